import Testing
import Tokenization

/// Hashtags and mentions extend across the format characters that ICU's word rules keep inside a
/// word (UAX #29 WB4: Format, Extend and ZWJ attach to the character before them), as ordinary
/// words do: ZWNJ (U+200C) in Persian "خدمات‌بد", ZWJ (U+200D) in a Devanagari conjunct, the soft
/// hyphen (U+00AD). QA review 42: "#خدمات‌بد" was the hashtag "#خدمات" and the word "بد". A tag
/// does not end on one, and the emoji-building selectors stay out.
@Suite struct HashtagFormatCharacterTests {
  static func tokens(_ text: String, fastPath: Bool) throws -> [(String, TokenKind)] {
    let tokenized = try Tokenizer(options: TokenizerOptions(asciiFastPath: fastPath)).tokenize(text)
    return tokenized.tokens.map { (tokenized.text(of: $0), $0.kind) }
  }

  @Test(arguments: [true, false])
  func aTagOrHandleExtendsAcrossFormatCharacters(fastPath: Bool) throws {
    for (text, kind) in [
      ("#خدمات\u{200C}بد", TokenKind.hashtag), ("#क्\u{200D}षा", .hashtag), ("#soft\u{AD}ware", .hashtag),
      ("@ali\u{200C}reza", .mention), ("@क्\u{200D}षा", .mention), ("#a\u{200C}\u{200D}b", .hashtag),
    ] {
      let tokens = try Self.tokens("\(text) ok", fastPath: fastPath)
      #expect(tokens.first?.0 == text, "\(text)")
      #expect(tokens.first?.1 == kind, "\(text)")
      #expect(tokens.count == 2, "\(text)")
    }
  }

  /// A format character after the tag's last letter is not part of it; a variation selector or
  /// keycap never is ("#️⃣" is the keycap emoji).
  @Test(arguments: [true, false])
  func aTagEndsOnNoFormatCharacter(fastPath: Bool) throws {
    #expect(try Self.tokens("#tag\u{200D}", fastPath: fastPath).first?.0 == "#tag")
    #expect(try Self.tokens("@acme\u{200C} hi", fastPath: fastPath).first?.0 == "@acme")
    #expect(try Self.tokens("#tag\u{200D}👍", fastPath: fastPath).first?.0 == "#tag")
    #expect(try Self.tokens("#\u{200C}abc", fastPath: fastPath).allSatisfy { $0.1 != .hashtag || $0.0 == "#abc" })
    #expect(try Self.tokens("#\u{FE0F}\u{20E3}", fastPath: fastPath).allSatisfy { $0.1 != .hashtag })
  }
}
