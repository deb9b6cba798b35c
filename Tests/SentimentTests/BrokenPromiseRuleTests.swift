import Sentiment
import Testing

/// Rule 35 of `FeedbackRules.swift` (QA review 22): a sentence that only denies, after one that
/// reports a promise, scores `brokenPromiseValence` (−1.8). On the inline test lexicon, where
/// "sort", "said", "callback" and "happened" have no valence, every expected sum is that value or 0.
struct BrokenPromiseRuleTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aDenialAfterAReportedPromiseIsAComplaint() throws {
    try expectSum("They said they'd sort it. They didn't.", parameters.brokenPromiseValence)
    try expectSum("Promised a callback. Never happened.", parameters.brokenPromiseValence)
    try expectSum("Was told someone would call. No one did.", parameters.brokenPromiseValence)
    try expectSum("They said they'd sort it. They did not.", parameters.brokenPromiseValence)
  }

  /// A fear or a guess ("I thought …": relief), a question, a bare "No.", a denial that says more,
  /// or no promise before it: the rule stays out.
  @Test func otherDenialsAreLeftAlone() throws {
    try expectSum("I thought they'd sort it. They didn't.", 0)
    try expectSum("Will they sort it? They didn't.", 0)
    try expectSum("They said they'd sort it. No.", 0)
    try expectSum("They said they'd sort it. They didn't sort the fee or the bill.", 0)
    try expectSum("We asked for it. They didn't.", 0)
    // Harm foretold (a term of −1.0 or less), then denied: relief, not a complaint.
    try expectSum("They said it would be terrible. It wasn't.", -3.0)
    try expectSum("I will. Never.", 0)  // "will" alone reports no promise
  }
}
