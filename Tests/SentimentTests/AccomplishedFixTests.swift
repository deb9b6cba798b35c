import Sentiment
import Testing

/// Rule 19 extended in the fiftieth session (`isAccomplishedFix`): a fix verb's base form after a
/// frame of accomplishment ("managed to", "was/were/been able to", "helped (me) (to)") reports a
/// fix that happened, as the past form does ("fixed the problem"); the problem then counts the
/// fix's praise, `SentimentParameters.accomplishedFixValence` (+1.2). A frame denied or supposed
/// keeps the problem. Inline test lexicon (`TestLexicons`) plus "problem" −1.5, "issue" −1.0,
/// "leak" −1.2, "helped" +1.4, "lose" −1.3, "wrong" −1.5 and "solve" +1.2; expected sums are
/// worked by hand (a negated term × −0.74), and compounds are s / √(s² + 15). The sentences were
/// written for this test; the second group follows review h50c's findings.
struct AccomplishedFixTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nproblem\t-1.5\nissue\t-1.0\nleak\t-1.2\nhelped\t1.4\nlose\t-1.3\nwrong\t-1.5\nsolve\t1.2\n")
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

  @Test func aNegatorAnywhereInTheClauseBeforeTheFrameKeepsTheProblem() throws {
    // Not next to the frame: "has been", "at all" stand between.
    try expectSum("No one has been able to fix the problem.", -1.5)
    // "helped" is negated too: 1.4 × −0.74 − 1.5.
    try expectSum("No one at all helped me fix the problem.", 1.4 * -0.74 - 1.5)
    // A clause of its own before "and" is not the frame's: the fix happened.
    try expectSum("No issue with the staff and they managed to fix the leak.", -1.0 * -0.4 + 1.2)
  }

  @Test func aWishAQuestionOrADoubtingAdverbIsNoFixDone() throws {
    try expectSum("I wish they were able to fix the leak.", -1.2)
    try expectSum("If only they had been able to fix the leak.", -1.2)
    try expectSum("Has anyone been able to fix the leak?", -1.2)
    try expectSum("He was barely able to fix the leak.", -1.2)
  }

  @Test func aPlainPerfectIsAFixDoneAndAModalPerfectIsNot() throws {
    try expectSum("She has been able to fix the problem.", 1.2)
    try expectSum("They have been able to fix the problem.", 1.2)
    try expectSum("They could have been able to fix the problem.", -1.5)
  }

  @Test func aWrongObjectIsTheFixsFaultAndAVerbWithPraiseKeepsIt() throws {
    // "the wrong part": no fixed object, in the base form and the past form alike.
    try expectSum("They managed to replace the wrong part.", -1.5)
    try expectSum("They replaced the wrong part.", -1.5)
    // "solve" has praise of its own: it counts, the problem counts nothing (as "solved the problem").
    try expectSum("They managed to solve the problem.", 1.2)
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
