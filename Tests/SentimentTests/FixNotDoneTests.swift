import Sentiment
import Testing

/// Rule 24: a fix verb right after "be", or after "until"/"till"/"unless", reports a fix awaited or
/// promised, not done, and its praise counts nothing. Sums by hand on the test lexicon (bad −2.0)
/// plus the entries below; compound = s / √(s² + 15).
struct FixNotDoneTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(valence: TestLexicons.valence + "\nfixed\t1.2\nresolved\t1.4\nquickly\t1.7\n")
  }

  /// Review r32: "…nobody can tell me when it will be fixed" was positive.
  @Test func aFixAwaitedCountsNothing() throws {
    try TestLexicons.expectSum("nobody can tell me when it will be fixed", 0, model)
    try TestLexicons.expectSum("it was supposed to be resolved last week", 0, model)
    try TestLexicons.expectSum("it should be properly fixed", 0, model)
    try TestLexicons.expectSum("bad parking until it is fixed", -2.0, model)
    let explanation = try #require(
      SentimentScorer(model: model).score(text: "when will it be fixed", explain: true).1)
    #expect(explanation.contributions.first?.rules == [.fixNotDone(marker: "be")])
  }

  @Test func aFixDoneKeepsItsPraise() throws {
    try TestLexicons.expectSum("it was fixed the next day", 1.2, model)
    try TestLexicons.expectSum("my issue has been resolved quickly", 1.4 + 1.7, model)
    // "until" in another sentence is not the fix's.
    try TestLexicons.expectSum("wait until monday. it was fixed", 1.2, model)
  }
}
