import Sentiment
import Testing

/// QA review 36, F05: capitals on a lukewarm term ("OK", "FINE") add no emphasis, so rule 18 (an
/// answer whose only opinion terms are lukewarm is neutral) holds whatever the case. Sums by hand
/// on the test lexicon (good 2.0) plus ok and fine (1.0, `tone=lukewarm`); capitals add 0.733.
struct LukewarmCapitalsTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\nok\t1.0\t\ttone=lukewarm\nfine\t1.0\t\ttone=lukewarm\n")
  }

  /// F05: capitals add no emphasis to a lukewarm term, so "The food was OK" is a lukewarm answer
  /// like "the food was ok" (rule 18: 0); it scored +1.733.
  @Test func capitalsLeaveALukewarmTermLukewarm() throws {
    try TestLexicons.expectSum("the food was ok", 0, model)
    try TestLexicons.expectSum("The food was OK", 0, model)
    try TestLexicons.expectSum("Food OK, delivery OK", 0, model)
    try TestLexicons.expectSum("The service was FINE", 0, model)
  }

  /// F05, near misses: other terms keep their emphasis, and a lukewarm term beside another
  /// opinion keeps its value (1.0, no emphasis).
  @Test func capitalsStillEmphasiseOtherTerms() throws {
    try TestLexicons.expectSum("The food was GOOD", 2.0 + 0.733, model)
    try TestLexicons.expectSum("The food was OK and the staff GOOD", 1.0 + 2.0 + 0.733, model)
  }
}
