import Sentiment
import Testing

/// QA review 36, F12: "!" and "?" emphasis (VADER's 0.292 per "!", up to four, and 0.18 per "?"
/// when a sentence has two or three) counts the full-width forms and "‼" too. Sums by hand on the
/// test lexicon (good 2.0).
struct PunctuationEmphasisTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model() }

  /// F12: full-width "！" and "？", and "‼", are emphasis as "!" and "?" are (0.292 per "!", 0.18
  /// per "?" when there are two or three).
  @Test func fullWidthAndDoubleMarksEmphasise() throws {
    try TestLexicons.expectSum("good!!!", 2.0 + 3 * 0.292, model)
    try TestLexicons.expectSum("good！！！", 2.0 + 3 * 0.292, model)
    try TestLexicons.expectSum("good‼", 2.0 + 2 * 0.292, model)
    try TestLexicons.expectSum("good？？？", 2.0 + 3 * 0.18, model)
    // Near miss: one "？" adds nothing, as one "?" does not.
    try TestLexicons.expectSum("good？", 2.0, model)
  }
}
