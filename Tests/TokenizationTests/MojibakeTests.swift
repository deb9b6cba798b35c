import Testing

@testable import Tokenization

/// Mojibake, UTF-8 once decoded as Windows-1252 ("donâ€™t" for "don’t"): the tokenizer reads it as
/// the text it garbles (`Mojibake`). The garbled texts here are made by the forward process itself
/// (each UTF-8 byte read as its Windows-1252 character, the table of the WHATWG Encoding Standard's
/// windows-1252 index, with the five unassigned bytes read as the C1 controls of the same number),
/// so the repair is checked against an independent construction, not against itself.
@Suite struct MojibakeTests {
  let tokenizer: Tokenizer
  let plain: Tokenizer

  init() throws {
    tokenizer = try Tokenizer()
    plain = try Tokenizer(options: TokenizerOptions(repairsMojibake: false))
  }

  /// Windows-1252's characters for the bytes 0x80–0x9F (WHATWG Encoding Standard, index
  /// windows-1252), nil where it has none.
  static let upper: [Unicode.Scalar?] = [
    "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}", "\u{02C6}",
    "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil, nil, "\u{2018}", "\u{2019}", "\u{201C}",
    "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}", "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil,
    "\u{017E}", "\u{0178}",
  ]

  /// `text`'s UTF-8 bytes read as Windows-1252.
  static func garble(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      if byte >= 0x80 && byte <= 0x9F, let scalar = upper[Int(byte - 0x80)] {
        result.unicodeScalars.append(scalar)
      } else {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      }
    }
    return result
  }

  static func shape(_ text: TokenizedText) -> [String] {
    text.tokens.map { "\($0.kind.rawValue):\(text.norm(of: $0))" }
  }

  @Test(arguments: [
    "I don\u{2019}t like it", "The café was not good", "naïve Zürich crème brûlée", "Love it 😀👍",
    "\u{201C}great\u{201D} service \u{2014} really", "It cost €5\u{2026} ça va", "Ñandú señor", "中山",
    "Привет мир", "tired 😭 of waiting", "£20 for ½ a pizza", "Straße ß",
  ])
  func garbledTextReadsAsTheText(text: String) throws {
    let garbled = Self.garble(text)
    #expect(garbled != text)
    let repaired = try tokenizer.tokenize(garbled)
    #expect(Self.shape(repaired) == Self.shape(try tokenizer.tokenize(text)))
    // The text and offsets stay the garbled input's.
    #expect(repaired.text == garbled)
    let scalars = Array(garbled.unicodeScalars)
    for token in repaired.tokens {
      var byScalars = ""
      byScalars.unicodeScalars.append(contentsOf: scalars[token.start..<token.end])
      #expect(repaired.text(of: token) == byScalars)
    }
  }

  /// Text that is not mojibake stays as typed: a lead character before ASCII, before a letter that
  /// is no Windows-1252 continuation, or before too few of them; a sequence whose bytes are no
  /// well-formed UTF-8 (an overlong form, a surrogate); a letter before a closing quotation mark
  /// or a no-break space and guillemet, as German and French typography put them ("Spaß“" read as
  /// garbled would be U+07D3, "é »" U+983B).
  @Test(arguments: [
    "Das macht Spaß\u{201C}", "\u{00AB} Qualité\u{00A0}\u{00BB}", "é\u{00A0}\u{00A0}", "ó\u{201D}\u{2026}\u{00BB}",
    "GRÜẞE\u{2019}", "NÃO é bom", "SÃO PAULO", "Â la carte", "Ã", "â€", "Ã\u{00A9}", "à la mode", "Ôte-toi", "ÂÂÂ",
    "\u{00E0}\u{00A9}", "\u{00ED}\u{00A0}\u{0080}", "\u{00F0}\u{0080}\u{0080}\u{0080}",
    "\u{00F4}\u{0090}\u{0080}\u{0080}",
  ])
  func otherTextStaysAsTyped(text: String) throws {
    let expected = text == "Ã\u{00A9}" ? Self.shape(try tokenizer.tokenize("é")) : Self.shape(try plain.tokenize(text))
    #expect(Self.shape(try tokenizer.tokenize(text)) == expected)
  }

  @Test func garbledContractionIsOneWord() throws {
    let tokenized = try tokenizer.tokenize("I donâ€™t like it")
    #expect(Self.shape(tokenized) == ["word:i", "word:don\u{2019}t", "word:like", "word:it"])
    #expect(tokenized.text(of: tokenized.tokens[1]) == "donâ€™t")
    #expect(Self.shape(try plain.tokenize("I donâ€™t like it")).count == 7)
  }
}
