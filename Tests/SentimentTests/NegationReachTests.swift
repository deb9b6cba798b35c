import Sentiment
import Testing

/// QA review 36 (F01): negation scope and the rules that read it. Sums by hand on
/// the test lexicon (good 2.0, bad −2.0; negators "not", "no", "no one"…; intensifiers very 0.3
/// and the ones below) plus the entries below; compound = s / √(s² + 15). A negated positive is
/// × −0.74, a negated negative × −0.4; an intensifier at distance 1, 2, 3 adds its scalar × 1,
/// 0.95, 0.9.
struct NegationReachTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nprocessed\t-1.6\t\tnegation=only\nrefund\t-0.6\t\tnegation=keep\nlate\t-0.9\ncrashed\t-2.0\n"
        + "ok\t1.0\nfriendly\t2.0\nnot helpful\t-1.5\nno help\t-1.5\n"
        + "better\t1.9\n",
      intensifiers: TestLexicons.intensifiers + "really\t0.3\nso\t0.3\nmore\t0.1\n")
  }

  /// F01: an opinion term right before the negator ("Refund not processed", "late not processed")
  /// is not between the negator and the outcome, so the outcome is missing (rule 25), as it is
  /// without the term. It scored 0, "expected outcome happened".
  @Test func aTermBeforeTheNegatorLeavesTheOutcomeMissing() throws {
    try TestLexicons.expectSum("Payment not processed", -1.6, model)
    try TestLexicons.expectSum("Refund not processed", -0.6 - 1.6, model)
    try TestLexicons.expectSum("late not processed", -0.9 - 1.6, model)
    try TestLexicons.expectSum("Agent was ok. Refund not processed.", 1.0 - 0.6 - 1.6, model)
    let explanation = try #require(
      SentimentScorer(model: model).score(text: "Refund not processed", explain: true).1)
    #expect(
      explanation.contributions.last?.rules == [
        .expectedOutcome(happened: false), .negated(by: "not", distance: 1, factor: 1),
      ])
  }

  /// F01, near misses: a term between the negator and the outcome still takes the negation ("not
  /// late processed": "late" is negated, the outcome happened), and an outcome with no negator
  /// happened.
  @Test func aTermBetweenStillTakesTheNegation() throws {
    try TestLexicons.expectSum("not late processed", -0.9 * -0.4, model)
    try TestLexicons.expectSum("Refund processed", -0.6, model)
  }
}
