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
      ]
      var result = ""
      let count = Int(next() % 12) + 1
      for _ in 0..<count { result += pieces[Int(next() % UInt64(pieces.count))] }
      return result
    }
  }

  @Test func matchesICUOnGeneratedCorpus() throws {
    let fast = try Tokenizer(options: TokenizerOptions(sentences: false, asciiFastPath: true))
    let icu = try Tokenizer(options: TokenizerOptions(sentences: false, asciiFastPath: false))
    var generator = Generator(state: 20_261_130)
    var fastResult = TokenizedText()
    var icuResult = TokenizedText()
    var mismatches: [String] = []
    for _ in 0..<50_000 {
      let text = generator.text()
      try fast.tokenize(text, into: &fastResult)
      try icu.tokenize(text, into: &icuResult)
      if fastResult.tokens != icuResult.tokens, mismatches.count < 5 { mismatches.append(text.debugDescription) }
    }
    #expect(mismatches.isEmpty, "ASCII fast path differs from ICU on: \(mismatches)")
  }

  /// The same check on real text: every ASCII sentence of VADER's four ground-truth corpora.
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
        guard fields.count == 3, fields[2].utf8.allSatisfy({ $0 < 0x80 }) else { continue }
        let text = String(fields[2])
        try fast.tokenize(text, into: &fastResult)
        try icu.tokenize(text, into: &icuResult)
        checked += 1
        if fastResult.tokens != icuResult.tokens || fastResult.sentences != icuResult.sentences, mismatches.count < 5 {
          mismatches.append(text)
        }
      }
    }
    #expect(checked > 20_000)
    #expect(mismatches.isEmpty, "fast path differs from ICU on: \(mismatches)")
  }
}
