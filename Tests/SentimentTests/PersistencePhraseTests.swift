import Sentiment
import Testing

/// A persistence phrase that ends with a negator ("still no", "still not") is a complaint of its
/// own, and yields its negator to a term that follows within three words ("still not good", "still
/// haven't got my refund"). Sums by hand on the test lexicon (good 2.0, bad −2.0) plus the entries
/// below; compound = s / √(s² + 15).
struct PersistencePhraseTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(valence: TestLexicons.valence + "\nstill no\t-1.6\nstill not\t-1.6\n")
  }

  @Test func aPersistencePhraseAloneIsAComplaint() throws {
    try TestLexicons.expectSum("still no", -1.6, model)
    try TestLexicons.expectSum("I still not have my kit", -1.6, model)
  }

  /// Review r34: the phrase took the negator, so the term after it kept its sign.
  @Test func aTermAfterItIsNegatedInstead() throws {
    try TestLexicons.expectSum("still not good", 2.0 * -0.74, model)
    try TestLexicons.expectSum("still no bad news", -2.0 * -0.4, model)
    // Past three words, or after a boundary, the phrase counts and the term keeps its sign.
    try TestLexicons.expectSum("still not here and the staff are good", -1.6 + 2.0, model)
    try TestLexicons.expectSum("still not here, good staff", -1.6 + 2.0, model)
  }
}
