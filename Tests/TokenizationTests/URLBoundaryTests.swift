import Testing
import Tokenization

/// Where a URL ends. Issue 2: "URLs … stay whole" — the URL, not the URL and the next word. Review
/// r6 finding 4 found URLs running on through non-ASCII white space and typographic punctuation.
@Suite struct URLBoundaryTests {
  /// Every White_Space character of Unicode (PropList.txt, Unicode 15.0) beyond ASCII ends a URL,
  /// as an ASCII space does. (U+202F, which UAX #29 makes ExtendNumLet, is in `WhiteSpaceTests`.)
  @Test(arguments: [
    "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2002}", "\u{2007}", "\u{2009}", "\u{200A}", "\u{2028}",
    "\u{2029}", "\u{205F}", "\u{3000}",
  ])
  func whiteSpaceEndsAURL(_ space: String) throws {
    let result = try pairs("see http://ex.com/a\(space)now")
    #expect(result.first { $0.1 == .url }?.0 == "http://ex.com/a", "\(result)")
    #expect(result.last?.0 == "now", "\(result)")
  }

  /// Closing quotes, guillemets, corner brackets, the ellipsis and full-width punctuation follow a URL
  /// in running text; none is part of it (none may appear unencoded in a URI, RFC 3986 §2).
  @Test(arguments: [
    "\u{201D}", "\u{2019}", "\u{BB}", "\u{203A}", "\u{300D}", "\u{300F}", "\u{2026}", "\u{FF0C}", "\u{3002}",
    "\u{FF01}", "\u{FF1F}", "\u{3001}", "\u{FF1B}", "\u{FF1A}", "\u{FF09}", "\u{3011}", "👍",
  ])
  func typographicPunctuationEndsAURL(_ mark: String) throws {
    let result = try pairs("link: https://ex.com/help\(mark) ok")
    #expect(result.first { $0.1 == .url }?.0 == "https://ex.com/help", "\(result)")
    #expect(result.contains { $0.0 == mark || $0.0.hasPrefix(mark) }, "\(result)")
  }

  /// The review's examples: Chinese after a full-width comma, a word after NBSP, a quoted URL whose
  /// ASCII full stop before the closing quote is trimmed as it is before an ASCII quote.
  @Test func neighboursKeepTheirTokens() throws {
    #expect(try texts("https://ex.com\u{FF0C}很好") == ["https://ex.com", "\u{FF0C}", "很好"])
    #expect(try texts("see https://x.com/help\u{A0}awful") == ["see", "https://x.com/help", "awful"])
    #expect(try texts("\u{201C}www.x.org.\u{201D}") == ["\u{201C}", "www.x.org", ".", "\u{201D}"])
    #expect(try kind(of: "example.com", in: "see example.com\u{A0}now") == .url)
    #expect(try kind(of: "example.com", in: "\u{AB}example.com\u{BB}") == .url)
  }

  /// Letters, marks and digits of other scripts continue a URL (internationalised paths, RFC 3987),
  /// except Han, kana and Hangul, which twitter-text's path characters leave out (QA review 42).
  @Test func internationalisedPathsStayWhole() throws {
    #expect(try kind(of: "https://de.wikipedia.org/wiki/Köln", in: "see https://de.wikipedia.org/wiki/Köln ok") == .url)
    #expect(try kind(of: "https://zh.wikipedia.org/wiki/", in: "见 https://zh.wikipedia.org/wiki/北京 。") == .url)
  }
}
