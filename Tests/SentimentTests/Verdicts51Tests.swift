import Sentiment
import Testing

/// Entries added in the fifty-first session after a battery of short verdicts written for the
/// session: verdicts in the perfect ("couldn't have gone better"), a company called a joke, a
/// place no longer what it was, a star rating said to be too generous, regret at not reading the
/// reviews. The texts are invented. Expected compounds are worked by hand from VADER's
/// normalisation, which the default profile keeps: one term of valence v alone gives
/// v / √(v² + 15) (Hutto & Gilbert 2014).
struct Verdicts51Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  private static func normalised(_ sum: Double) -> Double { sum / (sum * sum + 15).squareRoot() }

  @Test func verdictsInThePerfectAreStrongPraise() {
    // +3.2 → +0.6367; +3.3 → +0.6485 (with "couldn't be better"), not "better" kept by negation.
    #expect(abs(compound("The wedding couldn't have gone better") - Self.normalised(3.2)) < 0.0001)
    #expect(abs(compound("Our waiter could not have been better") - Self.normalised(3.3)) < 0.0001)
  }

  @Test func aJokeOutrightAndADeclineAreComplaints() {
    // −2.4 → −0.5298; −1.8 → −0.4210.
    #expect(abs(compound("This courier is an absolute joke") - Self.normalised(-2.4)) < 0.0001)
    #expect(abs(compound("The shop is no longer what it was") - Self.normalised(-1.8)) < 0.0001)
    // Review h51d: a bounded verdict only; "no one could have been more rude" stays a complaint.
    #expect(compound("No one could have been more rude") < -0.05)
  }

  @Test func aRatingSaidToBeTooGenerousIsTheLowestVerdict() {
    // −3.0 → −0.6124: the phrase, not "1 star" (−2.8) plus a boosted "generous".
    #expect(abs(compound("1 star is too generous") - Self.normalised(-3.0)) < 0.0001)
    #expect(compound("Honestly two stars is too generous for this hotel") < -0.5)
  }

  @Test func regretAtNotReadingTheReviewsIsAComplaint() {
    // −2.0 → −0.4588.
    #expect(abs(compound("I wish I had read the reviews before booking") - Self.normalised(-2.0)) < 0.0001)
  }

  @Test func hotelAndBillingIdioms() {
    // −2.0 → −0.4588; −2.2 → −0.4939 ("value for money" +2.4 as the subject of "poor").
    #expect(abs(compound("The user guide is clear as mud") - Self.normalised(-2.0)) < 0.0001)
    #expect(abs(compound("The mattress was like sleeping on a rock") - Self.normalised(-2.0)) < 0.0001)
    #expect(abs(compound("Value for money was poor") - Self.normalised(-2.2)) < 0.0001)
    #expect(abs(compound("My payment was taken twice") - Self.normalised(-2.0)) < 0.0001)
    // What made up for a fault weighs after "but": the text is praise.
    #expect(compound("The room was dated but the staff more than made up for it") > 0.05)
  }

  @Test func productAndReturnIdioms() {
    // −1.8 → −0.4210; −2.5 → −0.5423; −2.2 → −0.4939; +1.4 → +0.3399; +2.0 → +0.4588.
    #expect(abs(compound("Things are getting out of hand") - Self.normalised(-1.8)) < 0.0001)
    #expect(abs(compound("I cannot complain enough about them") - Self.normalised(-2.5)) < 0.0001)
    #expect(abs(compound("The shop refused to accept my return") - Self.normalised(-2.2)) < 0.0001)
    #expect(abs(compound("Does exactly what it's supposed to") - Self.normalised(1.4)) < 0.0001)
    #expect(abs(compound("Swapped it without any questions asked") - Self.normalised(2.0)) < 0.0001)
    // "insane" alone stays a complaint word.
    #expect(compound("The queues were insane") < -0.05)
    // Review h51d: medicine "taken twice a day" is no double charge.
    #expect(compound("The tablets should be taken twice a day") == 0)
  }

  @Test func longerAnswersIdioms() {
    // −1.4 → −0.3400; +2.0 → +0.4588.
    #expect(abs(compound("It was all fine until I tried to cancel") - Self.normalised(-1.4)) < 0.0001)
    #expect(abs(compound("First stay here and definitely not the last") - Self.normalised(2.0)) < 0.0001)
    // A claim the writer refutes: "but" weighs the refutation (1.5 ×) over the claim (0.5 ×).
    #expect(compound("They claim to care but their actions say otherwise") < -0.05)
    // Review h51d: a threat is no promise to return, a voucher's date no decline, the writer's own
    // ignorance no complaint of staff.
    #expect(compound("This won't be the last you hear from me") <= 0.05)
    #expect(compound("The voucher is good until December") > 0.05)
    #expect(compound("I didn't know anything about mortgages but the advisor explained everything clearly") > 0.05)
  }

  @Test func negationIdioms() {
    // −2.4 → −0.5268; +2.5 → +0.5423; +3.0 → +0.6124; −2.0 → −0.4588.
    #expect(abs(compound("Not a single apology from anyone") - Self.normalised(-2.4)) < 0.0001)
    #expect(abs(compound("There was nothing I didn't like") - Self.normalised(2.5)) < 0.0001)
    #expect(abs(compound("Nobody could have been more helpful") - Self.normalised(3.0)) < 0.0001)
    #expect(abs(compound("Honestly there was nothing I liked") - Self.normalised(-2.0)) < 0.0001)
    // Review h51d: "nothing I like more than" is a superlative.
    #expect(compound("There is nothing I like more than their Sunday roast") > 0.05)
  }
}
