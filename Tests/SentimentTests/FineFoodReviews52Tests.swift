import Sentiment
import Testing

/// Entries added in the fifty-second session after a field test on shoppers' reviews of groceries
/// (tastes that are wrong, food thrown or spat out, praise of a snack one is hooked on, verdicts
/// short of a complaint, "cons: none") and the names of food and drink that held an opinion word
/// ("angel food", "cold milk"). The texts are invented. Expected compounds are worked by hand from
/// VADER's normalisation, which the default profile keeps: one term of valence v alone gives
/// v / √(v² + 15).
struct FineFoodReviews52Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  private static func normalised(_ sum: Double) -> Double { sum / (sum * sum + 15).squareRoot() }

  @Test func wrongTastesAreComplaints() {
    // −1.6 → −0.3819; −1.4 → −0.3400; −2.0 → −0.4588.
    #expect(abs(compound("The soup had an off taste") - Self.normalised(-1.6)) < 0.0001)
    #expect(abs(compound("The crackers tasted off") - Self.normalised(-1.6)) < 0.0001)
    #expect(abs(compound("The cough drops taste like medicine") - Self.normalised(-1.8)) < 0.0001)
    #expect(abs(compound("This tea tastes medicinal") - Self.normalised(-1.6)) < 0.0001)
    #expect(abs(compound("The protein bars are chalky") - Self.normalised(-1.4)) < 0.0001)
    #expect(abs(compound("The gravy has a chemical taste") - Self.normalised(-2.0)) < 0.0001)
    #expect(abs(compound("The bread was like cardboard") - Self.normalised(-2.0)) < 0.0001)
  }

  @Test func aStrongAftertasteIsAComplaintThoughStrongAloneIsPraise() {
    // "strong aftertaste" −1.4 → −0.3400, in all three spellings; "strong" alone +0.8 → +0.2024 and
    // "aftertaste" alone −0.5 → −0.1280 would sum to a positive +0.3 before this entry.
    #expect(abs(compound("The syrup leaves a strong aftertaste") - Self.normalised(-1.4)) < 0.0001)
    #expect(abs(compound("The syrup leaves a strong after-taste") - Self.normalised(-1.4)) < 0.0001)
    #expect(abs(compound("The syrup leaves a strong after taste") - Self.normalised(-1.4)) < 0.0001)
    #expect(abs(compound("The coffee is strong") - Self.normalised(0.8)) < 0.0001)
  }

  @Test func foodThrownOutSpatOutOrThatMadeSomeoneSickIsAComplaint() {
    // −2.2 → −0.4939; −2.4 → −0.5267 (the object pronoun of the entry stands for the others).
    #expect(abs(compound("We threw them out after one bite") - Self.normalised(-2.2)) < 0.0001)
    #expect(abs(compound("My son spat it out") - Self.normalised(-2.2)) < 0.0001)
    #expect(abs(compound("The prawns made me sick") - Self.normalised(-2.4)) < 0.0001)
    #expect(abs(compound("The prawns made us sick") - Self.normalised(-2.4)) < 0.0001)
  }

  @Test func aSnackOneIsHookedOnIsPraise() {
    // +2.6 → +0.5574; +2.5 → +0.5423; +2.0 → +0.4588; +1.8 → +0.4215; +1.6 → +0.3819.
    #expect(abs(compound("These cookies are delish") - Self.normalised(2.6)) < 0.0001)
    #expect(abs(compound("A bowl of this soup hits the spot") - Self.normalised(2.5)) < 0.0001)
    #expect(abs(compound("I can't get enough of this granola") - Self.normalised(2.6)) < 0.0001)
    #expect(abs(compound("My kids are hooked on this cereal") - Self.normalised(2.0)) < 0.0001)
    #expect(abs(compound("I'm addicted to these pretzels") - Self.normalised(2.0)) < 0.0001)
    #expect(abs(compound("These chips are addicting") - Self.normalised(1.8)) < 0.0001)
    #expect(abs(compound("This salsa is my go to") - Self.normalised(1.6)) < 0.0001)
    // Being hooked up to a network is no praise.
    #expect(compound("The printer and the laptop are hooked up") == 0)
  }

  @Test func verdictsShortOfAComplaintAreMildlyNegative() {
    // −1.6 → −0.3819; −1.0 → −0.25; −1.4 → −0.3400 ("don't" and "doesn't" are both listed: the
    // persons of an auxiliary stand for one another inside a term, not at its start).
    #expect(abs(compound("The finish leaves something to be desired") - Self.normalised(-1.6)) < 0.0001)
    #expect(abs(compound("It was not what I was expecting") - Self.normalised(-1.6)) < 0.0001)
    #expect(abs(compound("The mug is only good for pens") + 0.25) < 0.0001)
    #expect(abs(compound("The mug is good") - Self.normalised(2.0)) < 0.0001)
    #expect(abs(compound("These mints don't do it for me") - Self.normalised(-1.4)) < 0.0001)
    #expect(abs(compound("The new flavour doesn't do it for me") - Self.normalised(-1.4)) < 0.0001)
  }

  @Test func noConsAndAMisspeltDisappointment() {
    // +1.6 → +0.3819; +1.4 → +0.3400; −2.3 → −0.5105.
    #expect(abs(compound("Cons: none") - Self.normalised(1.6)) < 0.0001)
    #expect(abs(compound("I found no cons") - Self.normalised(1.4)) < 0.0001)
    #expect(abs(compound("I was diappointed") - Self.normalised(-2.3)) < 0.0001)
  }

  @Test func aShrugIsLukewarmUnlessAComplaintFollows() {
    // "ehh" is lukewarm like "meh": alone it leaves the answer neutral; with a complaint it adds to it.
    #expect(label("Ehh, it is a cereal") == .neutral)
    #expect(compound("Ehhh, kind of bland") < -0.05)
  }

  @Test func namesOfFoodAndDrinkAreNoOpinion() {
    // "angel" +2.2 → +0.4939 is praise of a person, not a cake or a pasta.
    #expect(compound("We baked an angel food cake") == 0)
    #expect(compound("Angel hair with pesto") == 0)
    #expect(abs(compound("The nurse was an angel") - Self.normalised(2.2)) < 0.0001)
    // "cold" −0.6 → −0.1529 is a complaint about food, not a drink or the weather.
    #expect(compound("I drink it with cold milk") == 0)
    #expect(compound("I make cold brew with it") == 0)
    #expect(compound("Buy it in cold weather") == 0)
    #expect(abs(compound("The fries were cold") - Self.normalised(-0.6)) < 0.0001)
  }
}
