import Testing

@testable import Tokenization

/// Offsets after the tokenizer reads references and mojibake (`CharacterReferences`, `Mojibake`),
/// on generated mixes of their pieces with letters, white space, emoji and sentence ends: every
/// token's bytes and code points slice the same text out of the input, tokens are in order without
/// overlap, each lies in a sentence, and the text is kept as typed. A property of the mapping back,
/// not of any one decoding.
@Suite struct TextRepairOffsetTests {
  static let pieces = [
    "&", "#", "x", "X", "3", "9", "12", ";", "amp", "lt", "quot", "eacute", "&amp;", "&#39;", "&#x27;", "&lt;3",
    "&#146;", "&#10;", "&nbsp;", "&#0;", "&#xD800;", "Ã", "Â", "â€", "™", "©", "¨", "\u{A0}", "ðŸ", "˜", "€",
    "é", "ß", "“", "»", " ", "  ", "\n", ". ", "! ", "a", "Bad", "don", "t", "'", "😀", "中", "Д",
  ]

  @Test func offsetsSliceTheInputAfterRepairs() throws {
    let tokenizer = try Tokenizer()
    var result = TokenizedText()
    var state: UInt64 = 46
    var repaired = 0
    for _ in 0..<4_000 {
      var text = ""
      for _ in 0..<10 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += Self.pieces[Int((state >> 33) % UInt64(Self.pieces.count))]
      }
      try tokenizer.tokenize(text, into: &result)
      if !result.repairs.isEmpty { repaired += 1 }
      let bytes = Array(text.utf8)
      let scalars = Array(text.unicodeScalars)
      #expect(result.text == text)
      var previousEnd = 0
      for token in result.tokens {
        #expect(token.utf8Range.lowerBound >= previousEnd && !token.utf8Range.isEmpty, "\(text.debugDescription)")
        previousEnd = token.utf8Range.upperBound
        guard token.utf8Range.upperBound <= bytes.count, token.end <= scalars.count, token.start < token.end else {
          Issue.record("token out of range in \(text.debugDescription)")
          continue
        }
        var byScalars = ""
        byScalars.unicodeScalars.append(contentsOf: scalars[token.start..<token.end])
        #expect(String(decoding: bytes[token.utf8Range], as: UTF8.self) == byScalars, "\(text.debugDescription)")
      }
      for sentence in result.sentences {
        for index in sentence.tokenRange {
          #expect(
            result.tokens[index].utf8Range.lowerBound >= sentence.utf8Range.lowerBound
              && result.tokens[index].utf8Range.upperBound <= sentence.utf8Range.upperBound,
            "\(text.debugDescription)")
        }
      }
    }
    // The generator reaches the repairs: most texts hold one.
    #expect(repaired > 1_000)
  }
}
