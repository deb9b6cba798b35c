import Sentiment
import Testing

/// Rule 50 with a leading condition that wishes a fault smaller ("If the app crashed less it would
/// be great"): the "less" after the fault wishes it away as a negator would ("If the app didn't
/// crash so much"), so the praise that only holds on the wish counts nothing and the fault is the
/// complaint. Sums worked by hand on the test lexicons (good 2.0, "very" +0.3) and "crashed"
/// −2.0; "less" is no negator in the test lexicons, so the fault keeps its −2.0 either way.
struct LessenedFaultConditionTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model(valence: TestLexicons.valence + "\ncrashed\t-2.0\n") }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aFaultWishedSmallerIsTheComplaint() throws {
    // The praise 0, the fault −2.0.
    try expectSum("If the app crashed less it would be good.", -2.0)
    try expectSum("If the app crashed less, it would be good.", -2.0)
    // Degree words between the fault and "less", and "often" after it.
    try expectSum("If the app crashed a lot less it would be good.", -2.0)
    try expectSum("If it crashed much less often it would be very good.", -2.0)
  }

  @Test func otherConditionsKeepThePraise() throws {
    // No "less": a trouble the praise is about (−2.0 + 2.0).
    try expectSum("If the app crashed it would be good.", -2.0 + 2.0)
    // "less" not after the fault: "and" is no word of degree.
    try expectSum("If the app crashed and less was saved it would be good.", -2.0 + 2.0)
    // The writer's own condition, a prediction (no counterfactual modal), a concession.
    try expectSum("If I crashed less it would be good.", -2.0 + 2.0)
    try expectSum("If the app crashed less it will be good.", -2.0 + 2.0)
    try expectSum("Even if the app crashed less it would be good.", -2.0 + 2.0)
  }
}

/// The lessened fault on the shipped lexicons: labels a coder would give (hand-judged).
struct LessenedFaultConditionShippedTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func aFaultWishedSmallerIsAComplaint() {
    // The app crashes, lags, freezes: the wish says so.
    #expect(label("If the app crashed less it would be great") == .negative)
    #expect(label("If the app crashed less, it would be great.") == .negative)
    #expect(label("If it lagged less it would be a brilliant game") == .negative)
    #expect(label("If the website crashed less often it would be excellent") == .negative)
    #expect(label("If the app froze a lot less it would be perfect") == .negative)
  }

  @Test func nearMissesKeepTheirLabels() {
    // The writer's own habit: no fault of the product.
    #expect(label("If I worried less it would be great") == .positive)
    // Praise for a use, in the indicative.
    #expect(label("If you need a quick snack it is great") == .positive)
  }
}
