import Foundation
import TestSupport
import Testing

@testable import Tokenization

/// The pure-Swift ASCII word breaker must give exactly ICU's boundaries: the reference is ICU
/// itself (an independent implementation of UAX #29), run on the same texts.
@Suite struct ASCIIFastPathTests {
  /// A seeded generator of ASCII texts rich in the characters word rules care about.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    mutating func text() -> String {
      let pieces = [
        "can't", "it's", "3.5", "1,200", "a.b", "U.S.A.", "e-mail", "x:y", "10:30", "a;b", "1;2", "_x_", "foo_bar",
        "hello", "WORLD", "42", "!", "?", "...", "--", "'", "\"", "(", ")", " ", "  ", "\t", "\n", "\r\n", "\r", ":)",
        "#tag", "@user", "www.x.com", "a@b.co", "3'4", "x'", "'y", "1.", ".5", "a1", "1a", "$9.99", "50%", "a,b",
        "5,", "\u{0B}", "\u{0C}", "~", "^", "/", "\\", "|", "<3", "a'b'c", "1.2.3", "1,2,3", "1'2", "b.2", "2.b",
        // Typographic quotes and dashes stay on the fast path (TypographicPunctuation).
        "don\u{2019}t", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}", "3\u{2019}4",
        "a\u{2018}b", "x\u{201C}y", "1\u{2013}2",
        // What a mention or address leaves of an ICU segment (review r6 finding 15), and URLs
        // holding sentence punctuation (finding 8).
        "@acme's", "x@y.org's", "'s1", "'scan't", "@acme\u{2019}s", "bob@x.org\u{2019}s", "https://x.com/?a=1",
        "www.x.org/a!b", "@a_1's",
      ]
      var result = ""
      let count = Int(next() % 12) + 1
      for _ in 0..<count { result += pieces[Int(next() % UInt64(pieces.count))] }
      return result
    }
  }

  /// What a token is to a caller: kind, byte range, code-point offsets and norm. (Where the norm is
  /// stored in `normBytes` may differ between the paths.)
  static func signature(_ result: TokenizedText) -> [String] {
    result.tokens.map { "\($0.kind) \($0.utf8Range) \($0.start)..<\($0.end) \(result.norm(of: $0))" }
  }

  @Test func matchesICUOnGeneratedCorpus() throws {
    let fast = try Tokenizer(options: TokenizerOptions(sentences: true, asciiFastPath: true))
    let icu = try Tokenizer(options: TokenizerOptions(sentences: true, asciiFastPath: false))
    var generator = Generator(state: 20_261_130)
    var fastResult = TokenizedText()
    var icuResult = TokenizedText()
    var mismatches: [String] = []
    for _ in 0..<50_000 {
      let text = generator.text()
      try fast.tokenize(text, into: &fastResult)
      try icu.tokenize(text, into: &icuResult)
      if Self.signature(fastResult) != Self.signature(icuResult) || fastResult.sentences != icuResult.sentences,
        mismatches.count < 5
      {
        mismatches.append(text.debugDescription)
      }
    }
    #expect(mismatches.isEmpty, "ASCII fast path differs from ICU on: \(mismatches)")
  }

  /// A token's kind depends on the token alone, not on whether some other character of the text
  /// takes it off the fast path: appending " é" changes no earlier token (review r6 finding 15 found
  /// "'s" after "@acme" punctuation on the fast path and a word on ICU's).
  @Test func aNonASCIICharacterLaterInTheTextChangesNoToken() throws {
    let tokenizer = try Tokenizer()
    var generator = Generator(state: 15)
    var plain = TokenizedText()
    var extended = TokenizedText()
    var mismatches: [String] = []
    for _ in 0..<20_000 {
      let text = generator.text()
      try tokenizer.tokenize(text, into: &plain)
      try tokenizer.tokenize(text + " \u{E9}", into: &extended)
      let before = Self.signature(plain)
      if Array(Self.signature(extended).prefix(before.count)) != before || extended.tokens.count != before.count + 1,
        mismatches.count < 5
      {
        mismatches.append(text.debugDescription)
      }
    }
    #expect(mismatches.isEmpty, "tokens change when \" é\" follows: \(mismatches)")
    // The review's example, pinned: "'s" is a word on both paths.
    #expect(try pairs("@acme's great").map(\.1) == [.mention, .word, .word])
    #expect(try pairs("@acme's great \u{E9}").map(\.1) == [.mention, .word, .word, .word])
  }

  /// Sentence boundaries: the ASCII breaker against ICU's sentence iterator on texts built from the
  /// characters sentence rules care about (terminators, closing punctuation, spaces, separators,
  /// letters of both cases, digits, abbreviations).
  @Test func sentenceBreakerMatchesICUOnGeneratedTexts() throws {
    let icu = try BreakIteratorHandle(sentences: true)
    let pieces = [
      "a", "x", "Z", "Q", "1", "9", ".", ".", "!", "?", ",", ":", "-", ";", "\"", "'", "(", ")", "[", "]", "{", "}",
      " ", " ", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{01}", "@", "_", "#", "%", "hello", "World",
      "U.S.", "e.g.", "3.5", "Mr.", "... ", "?! ", " I ", ". a", ". A", "\" ", "'s", "\u{2018}", "\u{2019}", "\u{201C}",
      "\u{201D}", "\u{2013}", "\u{2014}", ".\u{201D} ", "\u{2014} a",
    ]
    var state: UInt64 = 2_026_113_006
    var handled = 0
    var mismatches: [String] = []
    for _ in 0..<100_000 {
      var text: [UInt8] = []
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0...(state >> 33) % 16 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text.append(contentsOf: pieces[Int((state >> 33) % UInt64(pieces.count))].utf8)
      }
      var fast: [Int32] = []
      var reference: [Int32] = []
      try text.withUnsafeBufferPointer { bytes in
        if ASCIISentenceBreaker.boundaries(bytes, into: &fast) {
          handled += 1
          try icu.boundaries(bytes, into: &reference)
        }
      }
      if fast != reference, mismatches.count < 5 {
        mismatches.append(String(decoding: text, as: UTF8.self).debugDescription)
      }
    }
    #expect(mismatches.isEmpty, "ASCII sentence breaker differs from ICU on: \(mismatches)")
    // It declines only where ";" follows a terminator (its class changed in Unicode 15.1).
    #expect(handled > 90_000)
  }

  /// `ByteRuns` (eight bytes at a time) against a byte-by-byte reference, on every byte value at
  /// every offset of the eight-byte window.
  @Test func byteRunsMatchAByteByByteScan() {
    func isAlnum(_ byte: UInt8) -> Bool {
      (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
    var failures = 0
    for stop in 0...255 {
      for length in 0..<20 {
        for prefix in 0..<min(length, 12) {
          var bytes = [UInt8](repeating: UInt8(ascii: "k"), count: length)
          bytes[prefix] = UInt8(stop)
          let expectedWord = bytes.firstIndex(where: { !isAlnum($0) }) ?? length
          let expectedNonSpace = bytes.firstIndex(of: UInt8(ascii: " ")) ?? length
          let expectedASCII = bytes.firstIndex(where: { $0 >= 0x80 }) ?? length
          bytes.withUnsafeBufferPointer { buffer in
            if ByteRuns.alnumRunEnd(buffer, from: 0) != expectedWord { failures += 1 }
            if ByteRuns.nonSpaceRunEnd(buffer, from: 0) != expectedNonSpace { failures += 1 }
            if ByteRuns.asciiRunEnd(buffer, from: 0) != expectedASCII { failures += 1 }
          }
        }
      }
    }
    #expect(failures == 0)
  }

  /// `TypographicPunctuation.onlyMarksBeyondASCII` skips ASCII eight bytes at a time: a mark or
  /// another character after ASCII runs of every length.
  @Test func onlyMarksBeyondASCIIAfterASCIIRunsOfEveryLength() {
    for length in 0..<20 {
      let ascii = String(repeating: "k", count: length)
      for (text, expected) in [
        (ascii + "\u{2019}s", true), (ascii + "\u{E9}", false), (ascii + "\u{2014}" + ascii + "\u{E9}", false),
        (ascii + "\u{201C}" + ascii + "\u{201D}", true), (ascii, true), (ascii + "\u{2026}", false),
      ] {
        let found = Array(text.utf8).withUnsafeBufferPointer { TypographicPunctuation.onlyMarksBeyondASCII($0) }
        #expect(found == expected, "\(text.debugDescription)")
      }
    }
  }

  /// The same check on real text: every sentence of VADER's four ground-truth corpora.
  @Test func matchesICUOnTheVaderGroundTruth() throws {
    guard let shared = TestSupport.sharedDirectory else {
      print("skipped: ../shared is absent (the VADER ground-truth corpus lives there)")
      return
    }
    let fast = try Tokenizer(options: TokenizerOptions(sentences: true, asciiFastPath: true))
    let icu = try Tokenizer(options: TokenizerOptions(sentences: true, asciiFastPath: false))
    var fastResult = TokenizedText()
    var icuResult = TokenizedText()
    var checked = 0
    var mismatches: [String] = []
    let folder = shared.appendingPathComponent("corpora/vader-groundtruth")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where name.hasSuffix("_GroundTruth.txt") {
      let content = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for line in content.split(whereSeparator: \.isNewline) {
        let fields = line.split(separator: "\t", maxSplits: 2)
        guard fields.count == 3 else { continue }
        let text = String(fields[2])
        try fast.tokenize(text, into: &fastResult)
        try icu.tokenize(text, into: &icuResult)
        checked += 1
        if Self.signature(fastResult) != Self.signature(icuResult) || fastResult.sentences != icuResult.sentences,
          mismatches.count < 5
        {
          mismatches.append(text)
        }
      }
    }
    #expect(checked > 20_000)
    #expect(mismatches.isEmpty, "fast path differs from ICU on: \(mismatches)")
  }
}
