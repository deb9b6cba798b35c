import Sentiment
import Testing

/// Rule 19 extended in the fiftieth session (`isAccomplishedFix`): a fix verb's base form after a
/// frame of accomplishment ("managed to", "was/were/been able to", "helped (me) (to)") reports a
/// fix that happened, as the past form does ("fixed the problem"); the problem then counts the
/// fix's praise, `SentimentParameters.accomplishedFixValence` (+1.2). A frame denied or supposed
/// keeps the problem. Inline test lexicon (`TestLexicons`) plus "problem" −1.5, "issue" −1.0,
/// "leak" −1.2, "helped" +1.4 and "lose" −1.3; expected sums are worked by hand, and compounds are
/// s / √(s² + 15). The sentences were written for this test.
struct AccomplishedFixTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\nproblem\t-1.5\nissue\t-1.0\nleak\t-1.2\nhelped\t1.4\nlose\t-1.3\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aFixReportedByAFrameCountsAsTheFix() throws {
    #expect(parameters.accomplishedFixValence == 1.2)
    try expectSum("They managed to fix the problem.", 1.2)
    try expectSum("He was able to resolve my issue.", 1.2)
    try expectSum("They were able to sort out the leak.", 1.2)
    // One adverb in "-ly" before "able".
    try expectSum("She was finally able to repair the leak.", 1.2)
    // "helped" keeps its own praise: 1.4 + 1.2.
    try expectSum("She helped me resolve the problem.", 2.6)
    try expectSum("They helped to fix the leak.", 2.6)
  }

  @Test func aDeniedOrSupposedFrameKeepsTheProblem() throws {
    // A negator before the frame: the problem stands (−1.5).
    try expectSum("They never managed to fix the problem.", -1.5)
    // "wasn't able to" has no past "be": no frame.
    try expectSum("They weren't able to fix the problem.", -1.5)
    // A supposition and a counterfactual.
    try expectSum("If they were able to fix the problem", -1.5)
    try expectSum("They could have managed to fix the problem", -1.5)
    // A base form without a frame is a fix not done (asked for).
    try expectSum("They need to fix the problem.", -1.5)
  }

  @Test func aFrameWithoutAFixVerbChangesNothing() throws {
    // "managed to lose": no fix, the negative verb counts as it is.
    try expectSum("They managed to lose it.", -1.3)
  }

  @Test func theExplanationNamesTheVerbAndTheValue() throws {
    let scorer = SentimentScorer(model: model)
    let contributions = scorer.score(text: "He was able to resolve my issue.", explain: true).1?.contributions ?? []
    let issue = try #require(contributions.first)
    #expect(issue.rules == [.accomplishedFix(verb: "resolve", value: parameters.accomplishedFixValence)])
    #expect(issue.contribution == parameters.accomplishedFixValence)
  }
}
