import Sentiment
import Testing

/// The VADER profile compares and cases strings as CPython 3.11 does (QA review 41: a fuzz of 1.6
/// million texts against vaderSentiment 3.3.2 found 338 that differed, all from these two causes).
/// Lexicon keys are compared code point by code point, not by canonical equivalence, and
/// `str.isupper()` reads Unicode 14.0's data. Expected compounds are vaderSentiment 3.3.2's
/// `polarity_scores` on Python 3.11.7 (Unicode 14.0.0); the inline lexicon holds VADER's values of
/// the words involved (";)" 0.9, "great" 3.1).
struct VaderUnicodeParityTests {
  private func compound(_ text: String) throws -> Double {
    let model = try TestLexicons.vaderModel(valences: [";)\t0.9", "great\t3.1"], emoji: "😀\tgrinning face\n")
    return SentimentScorer(model: model).score(text: text, explain: false).0.compound
  }

  @Test func greekQuestionMarkIsNotASemicolon() throws {
    #expect(try compound(";)") == 0.2263)
    // U+037E is canonically equivalent to ";", but a different key for Python: 0.0.
    #expect(try compound("\u{037E})") == 0)
  }

  /// VADER adds 0.733 to a capitalised word when some words are not capitalised (0.7034), not when
  /// all are (0.6249).
  @Test func capitalsAreJudgedOnUnicode14() throws {
    // U+1C89 (Unicode 16) is no letter in 14.0: "\u{1C89}" is not upper, so "GREAT" stands out.
    #expect(try compound("GREAT \u{1C89}") == 0.7034)
    // U+0295 ʕ is lower-case in 14.0 (not in 16.0): "Aʕ" is not upper.
    #expect(try compound("GREAT A\u{0295}") == 0.7034)
    // U+A7F2 is not cased in 14.0 (lower-case in 16.0): "Aꟲ" is upper, so every word is.
    #expect(try compound("GREAT A\u{A7F2}") == 0.6249)
  }
}
