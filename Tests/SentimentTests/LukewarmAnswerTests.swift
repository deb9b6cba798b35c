import Sentiment
import Testing
import Tokenization

/// Rule 18: an answer (of any length by default; at most `lukewarmAnswerMaxWords` words when set)
/// whose only opinion terms are lukewarm ones (tagged `tone=lukewarm`), none of them modified, is neutral. Sums worked by
/// hand on the test lexicons plus ok 1.0 and average −0.3 tagged lukewarm; compound =
/// s / √(s² + 15) (Hutto & Gilbert 2014). Blind reviews r22a–r26 coded 58 of 60 such answers
/// neutral.
struct LukewarmAnswerTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\nok\t1.0\t\ttone=lukewarm\naverage\t-0.3\t0.9\ttone=lukewarm\nfine\t1.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aShortLukewarmAnswerIsNeutral() throws {
    try expectSum("ok i guess", 0)
    try expectSum("Average experience", 0)
    try expectSum("It was ok. Average overall.", 0)
    let score = try TestLexicons.score("ok", model)
    #expect(score.label == .neutral)
    #expect(score.neu == 1.0 && score.pos == 0 && score.neg == 0)
  }

  @Test func anotherOpinionOrAModifierKeepsTheValues() throws {
    // Another opinion term: every term counts as usual.
    try expectSum("ok but terrible", 1.0 * 0.5 + -3.0 * 1.5)
    try expectSum("good and ok", 2.0 + 1.0)
    // A modified lukewarm term is an opinion: negated (−0.74, VADER's N_SCALAR) or boosted (+0.3).
    try expectSum("not ok", 1.0 * -0.74)
    try expectSum("very average", -0.3 - 0.3)
    // An untagged term of the same value is not lukewarm.
    try expectSum("fine", 1.0)
  }

  /// Review r32: long survey answers whose only opinions are lukewarm were coded neutral too, so
  /// the default has no length limit; a limit set in the parameters restores the values beyond it.
  @Test func anyLengthByDefaultOrUpToTheLimit() throws {
    try expectSum("the room and the staff were all just ok", 0)
    try expectSum("We stayed two nights for a wedding. The room was ok. Average breakfast, nothing else to say.", 0)
    let limited = try TestLexicons.model(
      valence: TestLexicons.valence + "\nok\t1.0\t\ttone=lukewarm\n",
      parameters: SentimentParameters(lukewarmAnswerMaxWords: 8))
    // Eight words: neutral; nine: the term keeps its value.
    try TestLexicons.expectSum("the room and the staff were all ok", 0, limited)
    try TestLexicons.expectSum("the room and the staff were all just ok", 1.0, limited)
  }

  @Test func theExplanationNamesTheRule() throws {
    let scorer = SentimentScorer(model: model)
    let explanation = try #require(scorer.score(text: "ok i guess", explain: true).1)
    #expect(explanation.contributions.map(\.contribution) == [0])
    #expect(explanation.contributions.first?.rules.contains(.lukewarmAnswer) == true)
  }
}
