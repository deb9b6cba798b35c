import Sentiment
import Testing

/// Sentences review 48 on the shipped lexicons: what a field test on the UCI "Sentiment Labelled
/// Sentences" (Amazon phone and accessory reviews, Yelp restaurant reviews;
/// `evaluation/sentiment/sentences.py`) showed the default profile missing. The texts are invented,
/// after patterns of those reviews; before the entries each of them scored 0 or had the wrong sign.
///
/// Expected compounds are worked by hand from VADER's normalisation, which the default profile
/// keeps: one term of valence v alone gives v / √(v² + 15), e.g. −1.8 → −0.4215, −1.6 → −0.3818,
/// +3.0 → +0.6124.
struct SentencesReview48Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  /// The positive contributions `--explain` lists for `text`.
  private func praise(_ text: String) throws -> [String] {
    let explanation = try #require(scorer.score(text: text, explain: true).1)
    return explanation.contributions.filter { $0.contribution > 0 }.map(\.text)
  }

  /// A product that does not hold up: one phrase each, so the compound is the phrase's own value.
  @Test func thingsThatDoNotHoldUpAreComplaints() {
    #expect(abs(compound("The battery doesn't last long.") - -0.4215) < 0.001)  // −1.8
    #expect(abs(compound("These earbuds only lasted three weeks.") - -0.4215) < 0.001)  // −1.8
    #expect(abs(compound("The strap didn't wear well.") - -0.3818) < 0.001)  // −1.6
    #expect(abs(compound("The earpiece won't stay in my ear.") - -0.3818) < 0.001)  // −1.6
    #expect(abs(compound("People can't hear me on calls.") - -0.3818) < 0.001)  // −1.6
    #expect(label("The app restarts for no reason.") == .negative)
  }

  /// The neighbours: a battery that lasts is no complaint, and "no coverage issues" is praise
  /// although "no coverage" alone is a complaint.
  @Test func neighboursOfTheFailurePhrases() {
    #expect(label("The battery lasts all day.") != .negative)
    #expect(label("No coverage issues so far.") == .positive)
    #expect(label("There is no coverage in the basement.") == .negative)
  }

  /// What was wanted, described or expected.
  @Test func expectationsMetAndMissed() {
    #expect(label("Just what I wanted!") == .positive)
    #expect(label("Not what I wanted.") == .negative)
    #expect(label("I was hoping for more.") == .negative)
    #expect(label("For that price I expect better.") == .negative)
    // "quality" (+0.8) and "below expectations" (−1.9) sum to −1.1: −1.1 / √16.21 = −0.2732.
    #expect(abs(compound("Quality was below expectations.") - -0.2732) < 0.001)
  }

  /// Warnings to other buyers and leaving for good. "Don't be fooled" and "Don't waste your cash"
  /// were positive: the negator turned "fooled" and "waste" into praise.
  @Test(arguments: [
    "Don't be fooled by the photos.",
    "Don't waste your cash on this.",
    "Spend your money elsewhere.",
    "Who in their right mind would pay this?",
    "Last time buying from this seller.",
    "We will never go back.",
  ])
  func warningsAndLeavingAreComplaints(text: String) {
    #expect(label(text) == .negative)
  }

  /// Never going back to the old one is praise of the new one.
  @Test func neverGoingBackToTheOldOneIsPraise() {
    #expect(label("I'll never go back to my old bank.") == .positive)
  }

  /// Food and drink.
  @Test func foodPraiseAndComplaints() {
    #expect(abs(compound("The food was out of this world.") - 0.6124) < 0.001)  // +3.0
    #expect(label("Portions were huge.") == .positive)
    #expect(label("Their desserts are always a hit.") == .positive)
    #expect(label("You must try the dumplings.") == .positive)
    #expect(label("I'm hooked!") == .positive)
    #expect(label("The chicken was like shoe leather.") == .negative)
    #expect(label("The soup needed salt.") == .negative)
    #expect(label("The fries were barely edible.") == .negative)
    #expect(label("Must have been an off night.") == .negative)
  }

  /// Longer frames keep the new praise entries from firing in other senses.
  @Test func framesAroundTheNewPraise() {
    #expect(label("I'm hooked up to the hotel wifi.") == .neutral)
    #expect(label("This is a dress you must try on before buying.") == .neutral)
    #expect(label("Must try harder.") == .negative)
  }

  /// "Let's be honest" is a frame: "honest" (+) no longer offsets what follows.
  @Test func letsBeHonestIsAFrame() throws {
    #expect(compound("Let's be honest, it was slow.") == compound("It was slow."))
    #expect(try praise("Let's be honest, it was slow.").isEmpty)
  }

  /// Misspellings are rated with the word they stand for.
  @Test func misspellingsWeighAsTheirWords() {
    #expect(compound("Very satisifed.") == compound("Very satisfied."))
    #expect(compound("I'm so pissd.") == compound("I'm so pissed."))
    #expect(compound("Totally unacceptible.") == compound("Totally unacceptable."))
    #expect(compound("The cake was devine.") == compound("The cake was divine."))
  }

  /// Left out on purpose, so these keep their old readings: friendly advice, a sincere wish,
  /// a setback, a return to an old provider.
  @Test func entriesLeftOutKeepTheirNeighbours() {
    #expect(label("Be careful with the hot plate.") != .negative)
    #expect(label("Best of luck in the new job!") == .positive)
    #expect(label("Battery life took a hit with the update.") != .positive)
    #expect(label("We will go back to our old provider.") != .positive)
  }
}
