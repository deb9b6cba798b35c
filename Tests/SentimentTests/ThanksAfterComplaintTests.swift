import Sentiment
import Testing

/// Rule 23: a bare thanks in a sentence after sentences that add up to a complaint closes it
/// politely and counts nothing; and rule 19 with a phrasal fix verb ("sorted out a problem"). Sums
/// by hand on the test lexicon (bad −2.0, good 2.0) plus the entries below; compound =
/// s / √(s² + 15).
struct ThanksAfterComplaintTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nthanks\t1.7\nthank you\t1.8\nthank you so much\t2.5\nproblem\t-1.5\nsorted out\t1.4\nbrilliant\t3.0\n")
  }

  /// Review r32: "…came back still squeaking. Thanks for the coffee." was positive.
  @Test func politeThanksAfterAComplaintCountsNothing() throws {
    try TestLexicons.expectSum("bad parking. thanks for asking anyway.", -2.0, model)
    try TestLexicons.expectSum("bad parking. thank you", -2.0, model)
    let explanation = try #require(SentimentScorer(model: model).score(text: "bad parking. thanks", explain: true).1)
    #expect(explanation.contributions.last?.rules == [.thanksAfterComplaint])
  }

  @Test func thanksKeepsItsValueElsewhere() throws {
    // After praise, in the same sentence as the complaint, or first.
    try TestLexicons.expectSum("good parking. thanks", 2.0 + 1.7, model)
    try TestLexicons.expectSum("bad parking, thanks", -2.0 + 1.7, model)
    try TestLexicons.expectSum("thanks. bad parking.", 1.7 - 2.0, model)
    // A stronger thanks ("thank you so much", its own entry) is more than a formula; other praise
    // in its sentence counts.
    try TestLexicons.expectSum("bad parking. thank you so much", -2.0 + 2.5, model)
    try TestLexicons.expectSum("bad parking. thanks, the valet was brilliant", -2.0 + 3.0, model)
  }

  /// Rule 19 with "sorted out": the problem is what the fix removed, so the thanks after it is
  /// thanks for the fix (the demo corpus's "…sorted out a problem with an online order…  Thank
  /// you" turned neutral before this).
  @Test func aPhrasalFixVerbRemovesItsObject() throws {
    try TestLexicons.expectSum("they sorted out a problem with my order. thank you", 1.4 + 1.8, model)
  }
}
