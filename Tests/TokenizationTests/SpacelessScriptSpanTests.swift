import Testing
import Tokenization

/// Scripts written without spaces between words (Han, kana, Hangul, Thai…) put no space before or
/// after a URL, address or mention either (QA review 39): the span ends, or starts, where the
/// script changes from an ASCII letter or digit to such a character, as ICU's own word break does
/// between them (UAX #29: an ideograph never joins a Latin letter).
@Suite struct SpacelessScriptSpanTests {
  @Test(arguments: [
    ("请访问https://example.com/help了解更多", "https://example.com/help", TokenKind.url),
    ("https://example.comครับ", "https://example.com", .url),
    ("see https://example.com/faqをご覧ください", "https://example.com/faq", .url),
    ("请联系support@example.com谢谢", "support@example.com", .email),
    ("谢谢@acme客服", "@acme", .mention),
    ("访问example.com了解", "example.com", .url),
  ])
  func theSpanStopsAtTheScriptChange(_ text: String, _ span: String, _ kind: TokenKind) throws {
    let tokens = try pairs(text)
    #expect(tokens.contains { $0.0 == span && $0.1 == kind }, "\(tokens)")
  }

  /// After a delimiter such text ends the URL too (QA review 42: twitter-text's path characters
  /// hold no Han, kana or Hangul; `URLSpacelessScriptTests`), and a handle written in such a script
  /// is whole.
  @Test(arguments: [
    ("https://zh.wikipedia.org/wiki/中国 好", "https://zh.wikipedia.org/wiki/", TokenKind.url),
    ("https://example.jp/search?q=東京 ok", "https://example.jp/search?q=", .url),
    ("谢谢 @客服团队", "@客服团队", .mention),
  ])
  func delimitedTextAndHandles(_ text: String, _ span: String, _ kind: TokenKind) throws {
    let tokens = try pairs(text)
    #expect(tokens.contains { $0.0 == span && $0.1 == kind }, "\(tokens)")
  }

  /// A direction mark after an emoji (as right-to-left text has) is not part of its norm, so the
  /// emoji still matches the lexicon; a ZWJ sequence keeps its joiners.
  @Test func anEmojiNormDropsDirectionMarks() throws {
    let tokenizer = try Tokenizer()
    let marked = try tokenizer.tokenize("ok \u{1F44D}\u{200E} \u{200F}\u{1F600}")
    #expect(marked.tokens.filter { $0.kind == .emoji }.map { marked.norm(of: $0) } == ["\u{1F44D}", "\u{1F600}"])
    let family = try tokenizer.tokenize("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}")
    #expect(family.tokens.map { family.norm(of: $0) } == ["\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"])
  }
}
