import Sentiment
import Testing

/// Derived auxiliary forms of multi-word terms (`SentimentModel.auxiliaryVariants`): "X been Y" also
/// matches "X has/have/had been Y" and "X's been Y", and "X is Y" also "X is still Y". Before, the
/// most common perfect form ("the internet has been down for days") scored nothing. Sums by hand on
/// the test lexicon plus the two entries below; compound = s / √(s² + 15).
struct AuxiliaryVariantTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(valence: TestLexicons.valence + "\ninternet been down\t-1.9\napp is down\t-1.8\n")
  }

  @Test func perfectFormsMatchTheBeenTerm() throws {
    for text in [
      "internet been down", "the internet has been down for days", "our internet have been down",
      "the internet had been down twice", "internet's been down all week", "internet’s been down all week",
    ] {
      try TestLexicons.expectSum(text, -1.9, model)
    }
    // "never been down" is no complaint: no form is derived after "never".
    try TestLexicons.expectSum("the internet has never been down", 0, model)
  }

  @Test func stillAfterTheCopulaMatchesTheTerm() throws {
    try TestLexicons.expectSum("the app is still down", -1.8, model)
    try TestLexicons.expectSum("the app is down", -1.8, model)
    // Other words in between still break the phrase.
    try TestLexicons.expectSum("the app is sometimes down", 0, model)
  }

  /// A form some lexicon lists itself keeps its own entry.
  @Test func aListedFormWins() throws {
    let listed = try TestLexicons.model(
      valence: TestLexicons.valence + "\ninternet been down\t-1.9\ninternet has been down\t-3.0\n")
    try TestLexicons.expectSum("the internet has been down", -3.0, listed)
    try TestLexicons.expectSum("internet's been down", -1.9, listed)
  }
}
