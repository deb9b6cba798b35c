import Sentiment
import Testing

/// Rule 36 of `FeedbackRules.swift` and the minor-complaint test of rule 4 (QA review 23). On an
/// inline lexicon where "great" is 3.0 and "delay" −2.0, every expected sum is worked out by hand:
/// irony multiplies the praise sentence's sum by `ironicPraiseScalar` (−0.5).
struct PraiseBeforeComplaintTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model(
      valence: """
        great\t3.0
        good\t2.0
        wow\t2.0
        delay\t-2.0
        fixed\t1.0
        """)
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  /// "Great. Another delay.": the praise sentence is ironic, as "Great, another delay" is.
  @Test func aLonePraiseSentenceBeforeAComplaintIsIronic() throws {
    let irony = parameters.ironicPraiseScalar
    try expectSum("Great. Another delay.", 3.0 * irony - 2.0)
    try expectSum("Oh great. Another delay.", 3.0 * irony - 2.0)
    // The exclamation's emphasis belongs to the praise sentence and turns with it.
    try expectSum("Great! Another delay.", (3.0 + parameters.exclamationIncrement) * irony - 2.0)
    // Only the sentence right before the complaint.
    try expectSum("Great. The parcel came. Another delay.", 3.0 - 2.0)
  }

  /// Mild interjections answer a question ("Good."), "Wow." exclaims surprise, a praise sentence
  /// that says more is a mixed review, and a complaint conceded as minor or with a fix in it leaves
  /// the praise sincere.
  @Test func otherPraiseBeforeAComplaintIsSincere() throws {
    try expectSum("Good. Another delay.", 2.0 - 2.0)
    try expectSum("Wow. Another delay.", 2.0 - 2.0)
    try expectSum("Great food. Another delay.", 3.0 - 2.0)
    try expectSum("Great. Only complaint is the delay.", 3.0 - 2.0)
    try expectSum("Great. My only real issue was the delay.", 3.0 - 2.0)
    try expectSum("Great. The delay was slightly long.", 3.0 - 2.0)
    // A reported fix (whatever the fix rules make of the fault): the praise is not turned.
    let fixed = try TestLexicons.score("Great. The delay was fixed.", model).compound
    #expect(fixed == (try TestLexicons.score("Great food. The delay was fixed.", model).compound))
    #expect(fixed > 0)
    // A complaint before the praise sentence is rule 4's case, not this one's.
    try expectSum("Another delay. Great.", -2.0 + 3.0 * parameters.ironicPraiseScalar)
  }

  /// Rule 4 inside one sentence: a complaint conceded as minor keeps the praise before the comma
  /// sincere ("Excellent, only complaint is the price" scored −0.67).
  @Test func aConcededComplaintAfterACommaKeepsThePraise() throws {
    try expectSum("Great, another delay.", 3.0 * parameters.ironicPraiseScalar - 2.0)
    try expectSum("Great, only complaint is the delay.", 3.0 - 2.0)
    try expectSum("Great, the only minor issue was the delay.", 3.0 - 2.0)
    try expectSum("Great, the delay was slightly long.", 3.0 - 2.0)
  }

  /// The same on the shipped model, as customers write it.
  @Test func shippedModelReadsTheSarcasmAndTheConcession() throws {
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    func label(_ text: String) -> SentimentLabel { scorer.score(text: text, explain: false).0.label }
    #expect(label("Wonderful. My card declined again.") == .negative)
    #expect(label("Brilliant. The app crashed again!") == .negative)
    #expect(label("Excellent, only complaint is the price.") == .positive)
    #expect(label("Great, a bit pricey.") == .positive)
    #expect(label("Perfect. The engineer replaced the boiler.") == .positive)
    #expect(label("Great! Never had a problem.") == .positive)
  }
}
