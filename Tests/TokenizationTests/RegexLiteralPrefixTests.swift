import TestSupport
import Testing
import Tokenization

/// `RegexLiteralPrefix` answers only for patterns it can read, and `ICURegex` finds the same matches
/// with the literal prefilter as without it (ICU's own search is the reference).
@Suite struct RegexLiteralPrefixTests {
  private func literal(_ pattern: String, _ caseInsensitive: Bool = false) -> String? {
    RegexLiteralPrefix.literal(pattern: pattern, caseInsensitive: caseInsensitive).map {
      ($0.caseInsensitive ? "i:" : "") + String(decoding: $0.bytes, as: UTF8.self)
    }
  }

  @Test func readsTheOpeningWord() {
    #expect(literal("(?im)\\breturn(?:ing)?\\b(?<=i\\sreturn)") == "i:return")
    #expect(literal("\\bUPS\\b") == "UPS")
    #expect(literal("^order number [0-9]+") == "order number ")
    #expect(literal("colou?r") == "colo")  // the "u" is optional
    #expect(literal("Refund", true) == "i:refund")
    #expect(literal("(?-i)Refund", true) == "Refund")
  }

  @Test func givesUpOnWhatItCannotRead() {
    for pattern in ["a|bcd", "abc|d", "(abc)", "[A-Z]{2}", "ab", "\\d+abc", "(?x)order number", "(?i:abc)", "é+abc"] {
      #expect(literal(pattern) == nil, "\(pattern)")
    }
  }

  /// Only a pure-ASCII text is searched: ICU folds "ſ" to "s" and KELVIN SIGN to "k" under
  /// case-insensitive matching, so a non-ASCII text proves nothing.
  @Test func searchesOnlyASCIIText() {
    func contains(_ text: String, _ literal: String) -> Bool? {
      Array(text.utf8).withUnsafeBufferPointer {
        RegexLiteralPrefix.asciiText($0, contains: Array(literal.utf8), caseInsensitive: true)
      }
    }
    #expect(contains("We will RETURN soon", "return") == true)
    #expect(contains("We will come back", "return") == false)
    #expect(contains("retur", "return") == false)
    #expect(contains("caf\u{E9} return", "return") == nil)
  }

  /// On random texts (ASCII, case variants, long s, KELVIN SIGN, accents) the prefiltered regex finds
  /// exactly the matches ICU finds without the prefilter, for the shipped codebook's kind of pattern.
  @Test func prefilterNeverChangesMatches() throws {
    let patterns: [(String, Bool)] = [
      ("(?im)\\breturn(?:ing)?\\b(?<=(?:^|\\b(?:i|we)\\s)(?:(?:will|would)\\s){1,4}return(?:ing)?)", false),
      ("desk", true), ("(?i)kiosk", false), ("order number [0-9]+", false), ("colou?r", true),
    ]
    let pieces = [
      "I will return", "we would returning", "RETURN", "return", "will ", "desk", "de\u{017F}k", "\u{212A}iosk",
      "kiosk", "KIOSK", "order number 12", "color", "colour", "é", " ", ".", "x",
    ]
    try RegexFirstBytesTests.expectSameMatches(patterns, pieces: pieces, seed: 20_261_202)
  }
}
