import Testing

@testable import Tokenization

/// A segment of ASCII and two-byte characters whose non-ASCII characters are all
/// `CharacterFlags.isCaseFoldStable` takes its norm from the lower-cased text without asking the
/// norm cache or ICU (`TwoByteSegments.classify`). That norm must be exactly ICU's NFKC_Casefold.
@Suite struct CaseFoldStableTests {
  static let stable: [UInt32] = (0x80..<0x800).filter { CharacterFlags.isCaseFoldStable($0) }
  static let unstable: [UInt32] = (0x80..<0x800).filter { !CharacterFlags.isCaseFoldStable($0) }

  /// Lower-case Latin, Cyrillic and Greek letters are stable; capitals, "ß" ("ss"), combining marks, the soft
  /// hyphen and compatibility characters are not.
  @Test func flagsMarkWhatFoldsOrCombines() {
    for scalar: UInt32 in [0xE9, 0xFC, 0x434, 0x3B1, 0x5D0, 0x628] {
      #expect(CharacterFlags.isCaseFoldStable(scalar), "U+\(String(scalar, radix: 16))")
    }
    for scalar: UInt32 in [0xC9, 0xDC, 0xDF, 0x414, 0x391, 0x300, 0x301, 0x308, 0xAD, 0xAA, 0xB5, 0x1C5, 0x3C2, 0x345] {
      #expect(!CharacterFlags.isCaseFoldStable(scalar), "U+\(String(scalar, radix: 16))")
    }
  }

  /// Strings of stable two-byte characters and any ASCII are their own NFKC_Casefold, up to ASCII
  /// lower-casing: every stable character after every stable character and several ASCII ones, and
  /// 200,000 random strings.
  @Test func stableStringsAreTheirOwnCaseFoldUpToASCIILowerCase() throws {
    let tokenizer = try Tokenizer()
    func lowered(_ text: String) -> String {
      String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
    var mismatches: [String] = []
    func check(_ scalars: [UInt32]) throws {
      var text = ""
      for scalar in scalars { text.unicodeScalars.append(Unicode.Scalar(scalar)!) }
      if try tokenizer.caseFold(text) != lowered(text), mismatches.count < 5 {
        mismatches.append(text.debugDescription)
      }
    }
    let ascii: [UInt32] = [0x41, 0x61, 0x5A, 0x30, 0x2E, 0x27, 0x2D]
    for second in Self.stable {
      for first in Self.stable + ascii { try check([first, second]) }
    }
    var state: UInt64 = 3
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    let pool = Self.stable + Array(0x20..<0x7F)
    for _ in 0..<200_000 {
      try check((0..<(1 + next() % 8)).map { _ in pool[next() % pool.count] })
    }
    #expect(mismatches.isEmpty, "strings of stable characters that NFKC_Casefold changes: \(mismatches)")
  }

  /// Tokens with stable and unstable two-byte characters beside each other and ASCII: the same
  /// tokens and norms as ICU's path.
  @Test func tokensMatchICUWithStableAndUnstableCharacters() throws {
    let fast = try Tokenizer()
    let icu = try Tokenizer(options: TokenizerOptions(sentences: true, asciiFastPath: false))
    var fastResult = TokenizedText()
    var icuResult = TokenizedText()
    var state: UInt64 = 19
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    let ascii = Array("aZ9 .'-".unicodeScalars.map(\.value))
    var mismatches: [String] = []
    for _ in 0..<50_000 {
      var text = ""
      for _ in 0..<(1 + next() % 12) {
        let pool = next() % 4 == 0 ? Self.unstable : next() % 3 == 0 ? ascii : Self.stable
        text.unicodeScalars.append(Unicode.Scalar(pool[next() % pool.count])!)
      }
      try fast.tokenize(text, into: &fastResult)
      try icu.tokenize(text, into: &icuResult)
      if ASCIIFastPathTests.signature(fastResult) != ASCIIFastPathTests.signature(icuResult), mismatches.count < 5 {
        mismatches.append(text.debugDescription)
      }
    }
    #expect(mismatches.isEmpty, "the fast path differs from ICU on: \(mismatches)")
  }
}
