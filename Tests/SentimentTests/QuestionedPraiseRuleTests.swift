import Sentiment
import Testing

/// Rule 39 of `FeedbackRules.swift` (QA review 30): a sentence that is only a word of praise or a
/// bare thanks and ends with "?", after a sentence that is neither praise nor a question, is
/// ironic (× `ironicPraiseScalar`, −0.5). One "?" adds no emphasis (VADER counts "?" only from
/// two on), so the hand-worked sums below are the terms alone.
struct QuestionedPraiseRuleTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model(valence: TestLexicons.valence + "\nthanks\t1.5\ngreat\t3.0\ncheers\t1.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func praiseQuestionedAfterAPlainStatementIsIronic() throws {
    try expectSum("Swapped the milk for bleach. Thanks?", 1.5 * parameters.ironicPraiseScalar)
    try expectSum("Cancelled the train again. Great?", 3.0 * parameters.ironicPraiseScalar)
    try expectSum("Sent the wrong size. Oh cheers?", 1.0 * parameters.ironicPraiseScalar)
  }

  /// Alone, after praise, after a question, with another word, or without the "?": sincere.
  @Test func otherThanksAndPraiseAreLeftAlone() throws {
    try expectSum("Thanks?", 1.5)
    try expectSum("Good food. Thanks?", 2.0 + 1.5)
    try expectSum("Great staff. Thanks!", 3.0 + 1.5 + 0.292)
    try expectSum("Sent the wrong size. Great staff though?", 3.0)
    // A question's habitual "?" on the thanks after it: the courtesy of a request (rule 26).
    try expectSum("Is it here yet? Thanks?", 0)
  }
}
