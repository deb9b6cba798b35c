import Testing
import Tokenization

/// A URL ends where Chinese, Japanese or Korean text starts, after a delimiter as after a letter
/// (QA review 42: "https://shop.jp/が遅すぎる" was one URL). twitter-text's valid URL path
/// characters (`validUrlPathChars`: ASCII, Latin accents, Cyrillic) hold no Han, kana or Hangul,
/// and RFC 3986 paths are ASCII (an IRI's are percent-encoded when typed). Accented and Cyrillic
/// paths stay in the URL.
@Suite struct URLSpacelessScriptTests {
  static func tokens(_ text: String, fastPath: Bool) throws -> [(String, TokenKind)] {
    let tokenized = try Tokenizer(options: TokenizerOptions(asciiFastPath: fastPath)).tokenize(text)
    return tokenized.tokens.map { (tokenized.text(of: $0), $0.kind) }
  }

  @Test(arguments: [true, false])
  func aURLEndsBeforeCJKText(fastPath: Bool) throws {
    for (text, url) in [
      ("https://shop.jp/が遅すぎる", "https://shop.jp/"), ("https://shop.jp/help?q=配送が遅い", "https://shop.jp/help?q="),
      ("http://x.cn/路径/中国", "http://x.cn/"), ("https://x.kr/#배송", "https://x.kr/#"),
      ("shop.jp/注文が来ない", "shop.jp/"), ("https://x.tw/ㄅㄆ", "https://x.tw/"),
    ] {
      let tokens = try Self.tokens(text, fastPath: fastPath)
      #expect(tokens.first?.0 == url, "\(text)")
      #expect(tokens.first?.1 == .url, "\(text)")
      #expect(tokens.count > 1, "\(text)")
    }
  }

  /// Latin accents and Cyrillic continue a path (twitter-text), and a host of another script stays.
  @Test(arguments: [true, false])
  func accentedAndCyrillicPathsStay(fastPath: Bool) throws {
    for text in ["https://fr.wikipedia.org/wiki/Café", "https://ru.wikipedia.org/wiki/Москва"] {
      #expect(try Self.tokens(text, fastPath: fastPath).map(\.0) == [text], "\(text)")
    }
  }
}
