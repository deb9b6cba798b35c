import TestSupport
import Testing
import Tokenization

/// `RegexFirstBytes` answers only for patterns it can read, and `ICURegex` finds the same matches
/// with the prefilter as without it (ICU's own search is the reference).
@Suite struct RegexFirstBytesTests {
  private func starts(_ pattern: String, _ caseInsensitive: Bool = false) -> Set<UInt8>? {
    RegexFirstBytes.table(pattern: pattern, caseInsensitive: caseInsensitive).map { table in
      Set((0...255).filter { table[$0] }.map { UInt8($0) })
    }
  }

  @Test func readsLiteralOpenings() {
    #expect(starts("[£$€][0-9]") == [0xC2, UInt8(ascii: "$"), 0xE2])
    #expect(starts("\\bUPS\\b") == [UInt8(ascii: "U")])
    #expect(starts("^order #[0-9]+") == [UInt8(ascii: "o")])
    #expect(starts("\\$[0-9]") == [UInt8(ascii: "$")])
    #expect(starts("[0-9]+ ?%") == Set((0x30...0x39).map { UInt8($0) }))
    // Case-insensitive: both ASCII cases, and every non-ASCII lead byte (U+212A KELVIN SIGN folds to k).
    let folded = starts("ok", true)
    #expect(folded?.isSuperset(of: [UInt8(ascii: "o"), UInt8(ascii: "O"), 0xC2, 0xE2, 0xF4]) == true)
    #expect(folded?.contains(UInt8(ascii: "k")) == false)
  }

  @Test func givesUpOnWhatItCannotRead() {
    for pattern in [
      "a|b", "(ab)", ".x", "\\d+", "[^a]", "[a-z&&[^e]]", "[\\w]", "a?b", "a*b", "a{0,2}b", "", "\\p{L}", "[]a]",
    ] {
      #expect(starts(pattern) == nil, "\(pattern)")
    }
    #expect(starts("é", true) == nil)
  }

  /// On random texts (ASCII, accented, symbols, case variants, KELVIN SIGN) the prefiltered
  /// regex finds exactly the matches ICU finds without the prefilter.
  @Test func prefilterNeverChangesMatches() throws {
    let patterns: [(String, Bool)] = [
      ("[£$€][0-9]", false), ("\\bUPS\\b", false), ("ok", true), ("sk", true), ("order #[0-9]+", false),
      ("\\$[0-9]", false), ("[0-9]+ ?% ?off", false), ("é", false),
    ]
    let pieces = [
      "ok", "OK", "\u{212A}", "\u{017F}k", "UPS", "ups", "£5", "$9", "€3", "£", " ", "order #12", "10% off", "é", "e",
      "x", "Sk", "…", "’",
    ]
    try Self.expectSameMatches(patterns, pieces: pieces, seed: 20_261_201)
  }

  /// On 400 random concatenations of `pieces` per pattern, the prefiltered `ICURegex` finds exactly
  /// the matches of the one without a prefilter (ICU's own search).
  static func expectSameMatches(
    _ patterns: [(String, Bool)], pieces: [String], seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    var random = SplitMix64(state: seed)
    for (pattern, caseInsensitive) in patterns {
      let filtered = try ICURegex(pattern: pattern, caseInsensitive: caseInsensitive)
      let plain = try ICURegex(pattern: pattern, caseInsensitive: caseInsensitive, prefilter: false)
      for _ in 0..<400 {
        var text = ""
        for _ in 0..<Int(random.next() % 6) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        let bytes = Array(text.utf8)
        var a: [Range<Int>] = []
        var b: [Range<Int>] = []
        try bytes.withUnsafeBufferPointer { buffer in
          try filtered.matches(in: buffer, into: &a)
          try plain.matches(in: buffer, into: &b)
        }
        #expect(a == b, "\(pattern) on \(text)", sourceLocation: sourceLocation)
      }
    }
  }

  /// Two patterns with the same prefilters skip the same texts, so the tagger searches the second
  /// only when the first was searched (`ICURegex.hasSamePrefilters(as:)`).
  @Test func regexesWithTheSamePrefiltersSkipTheSameTexts() throws {
    let first = try ICURegex(pattern: "\\breturn(?:ing)?\\b", caseInsensitive: true)
    let second = try ICURegex(pattern: "\\breturn\\s+it\\b", caseInsensitive: true)
    #expect(first.hasSamePrefilters(as: second))
    #expect(try !ICURegex(pattern: "[£$€][0-9]").hasSamePrefilters(as: first))
    #expect(try !ICURegex(pattern: ".x").hasSamePrefilters(as: ICURegex(pattern: ".x")))
    for text in ["", "I will return it", "RETURNING soon", "no match here", "retur n", "café return"] {
      var unused: [Range<Int>] = []
      let searched = try Array(text.utf8).withUnsafeBufferPointer { buffer in
        [try first.matches(in: buffer, into: &unused), try second.matches(in: buffer, into: &unused)]
      }
      #expect(searched[0] == searched[1], "\(text)")
      #expect(searched[0] == (text.lowercased().contains("return") || !text.utf8.allSatisfy { $0 < 0x80 }), "\(text)")
    }
  }
}
