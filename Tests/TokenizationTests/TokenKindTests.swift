import Testing
import Tokenization

/// Helpers: tokenize and look at (text, kind) pairs.
func pairs(_ text: String) throws -> [(String, TokenKind)] {
  let tokenizer = try Tokenizer()
  let result = try tokenizer.tokenize(text)
  return result.tokens.map { (result.text(of: $0), $0.kind) }
}

func texts(_ text: String) throws -> [String] { try pairs(text).map(\.0) }

func kind(of token: String, in text: String) throws -> TokenKind? {
  try pairs(text).first { $0.0 == token }?.1
}

@Suite struct TokenKindTests {
  @Test func wordsAndWhitespace() throws {
    #expect(try texts("Waited 40 minutes  on hold.") == ["Waited", "40", "minutes", "on", "hold", "."])
    #expect(try kind(of: "Waited", in: "Waited 40 minutes") == .word)
    #expect(try pairs("   \t\n ").isEmpty)
  }

  @Test(arguments: ["can't", "won't", "it’s", "it's", "I'm", "they’re"])
  func contractionsStayWhole(_ contraction: String) throws {
    #expect(try pairs("so \(contraction) be").map(\.0) == ["so", contraction, "be"])
    #expect(try kind(of: contraction, in: "so \(contraction) be") == .word)
  }

  /// A segment is a word if it holds a letter, a number if it holds a digit, else punctuation, on
  /// the ASCII fast path as on ICU's: underscores alone are punctuation ("*___*" is an emphasis
  /// mark, not a number), and ICU's "@" (a letter in its word rules) joins what follows.
  @Test func connectorsAloneArePunctuation() throws {
    #expect(try pairs("just *___* lol").map(\.1) == [.word, .punct, .punct, .punct, .word])
    #expect(try kind(of: "__2", in: "see __2 now") == .number)
    #expect(try kind(of: "x_y", in: "see x_y now") == .word)
  }

  /// Typographic quotes keep a contraction whole and split quotations, on the fast path as on ICU's.
  @Test func typographicQuotesAndDashes() throws {
    #expect(
      try texts("“Don’t go,” she said—twice.") == ["“", "Don’t", "go", ",", "”", "she", "said", "—", "twice", "."])
    let tokenizer = try Tokenizer()
    let result = try tokenizer.tokenize("“Don’t go,” she said.")
    // Offsets count code points: “ is one, though three bytes in UTF-8.
    #expect(result.tokens[1].start == 1 && result.tokens[1].end == 6)
    #expect(result.norm(of: result.tokens[1]) == "don’t")
  }

  @Test(arguments: ["3.5", "1,200", "1,234.56", "42"])
  func numbersStayWhole(_ number: String) throws {
    #expect(try pairs("paid \(number) euros").map(\.0) == ["paid", number, "euros"])
    #expect(try kind(of: number, in: "paid \(number) euros") == .number)
  }

  /// Review r6 finding 14: numbers that are not decimal digits were punctuation. Their general
  /// category (UnicodeData.txt) decides: ½ ² ① are No, Ⅻ 〇 are Nl — all N, so `number`; the digits
  /// of other scripts (Nd) already were.
  @Test func numericSymbolsAreNumbers() throws {
    let tokenizer = try Tokenizer()
    let result = try tokenizer.tokenize("\u{BD} \u{216B} \u{B2} \u{2460} \u{3007} \u{664}\u{662} \u{967}")
    #expect(result.tokens.map(\.kind) == Array(repeating: .number, count: 7))
    // NFKC_Casefold of each (ICU): 1⁄2, xii, 2, 1, 〇, ٤٢, १.
    #expect(
      result.tokens.map { result.norm(of: $0) } == [
        "1\u{2044}2", "xii", "2", "1", "\u{3007}", "\u{664}\u{662}", "\u{967}",
      ])
    // ICU splits "m²" (² is Other in UAX #29 word breaking): a word and a number.
    #expect(try pairs("10 m\u{B2} ok").map(\.1) == [.number, .word, .number, .word])
  }

  @Test(arguments: [
    "https://example.com/a/b?x=1&y=2", "http://x.io", "www.example.org/help", "example.com",
    "shop.example.co.uk/orders/42",
    "HTTPS://EXAMPLE.COM/Path",
  ])
  func urlsStayWhole(_ url: String) throws {
    #expect(try pairs("see \(url) now").map(\.0) == ["see", url, "now"])
    #expect(try kind(of: url, in: "see \(url) now") == .url)
  }

  @Test func urlTrailingPunctuationIsNotPartOfTheURL() throws {
    #expect(try texts("Go to https://example.com/help.") == ["Go", "to", "https://example.com/help", "."])
    #expect(
      try texts("(see https://en.wikipedia.org/wiki/Foo_(bar))").contains("https://en.wikipedia.org/wiki/Foo_(bar)"))
  }

  @Test(arguments: ["billing-help@example.com", "john.doe+tag@mail.example.org", "a@b.co"])
  func emailsStayWhole(_ email: String) throws {
    #expect(try pairs("mail \(email) today").map(\.0) == ["mail", email, "today"])
    #expect(try kind(of: email, in: "mail \(email) today") == .email)
  }

  @Test func mentionsAndHashtags() throws {
    let result = try pairs("Thanks @AcmeSupport for nothing #fail #服务 #1")
    #expect(result.contains { $0 == ("@AcmeSupport", .mention) })
    #expect(result.contains { $0 == ("#fail", .hashtag) })
    #expect(result.contains { $0 == ("#服务", .hashtag) })
    // "#1" has no letter: not a hashtag (Twitter's rule), so "#" and "1" are separate tokens.
    #expect(!result.contains { $0.1 == .hashtag && $0.0 == "#1" })
  }

  @Test(arguments: [
    ":-)", ":)", ":(", ";)", ":D", "<3", ":'(", "XD", "^_^", ":/", ":-(", ":P", "</3", "-_-", ">:(", "T_T", "(:", ":))",
  ])
  func emoticonsStayWhole(_ emoticon: String) throws {
    let result = try pairs("great \(emoticon) really")
    #expect(result.map(\.0) == ["great", emoticon, "really"], "\(result)")
    #expect(result.count == 3 && result[1].1 == .emoticon)
  }

  @Test func notEmoticons() throws {
    // Times, ratios and URL schemes are not faces.
    #expect(try kind(of: "10", in: "at 10:30 today") == .number)
    #expect(try !pairs("at 10:30 today").contains { $0.1 == .emoticon })
    #expect(try !pairs("Qty:3 items").contains { $0.1 == .emoticon })
    #expect(try !pairs("item 8) and B) too").contains { $0.1 == .emoticon })
    #expect(try !pairs("C:\\path").contains { $0.1 == .emoticon })
  }

  @Test(arguments: [
    "👍", "👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "1️⃣", "❤️", "🏳️‍🌈", "😡",
  ])
  func emojiSequencesAreOneToken(_ emoji: String) throws {
    let result = try pairs("ok \(emoji) fine")
    #expect(result.map(\.0) == ["ok", emoji, "fine"], "\(result)")
    #expect(result.count == 3 && result[1].1 == .emoji)
  }

  @Test func punctuation() throws {
    let result = try pairs("Really?! No…")
    #expect(result.map(\.1) == [.word, .punct, .punct, .word, .punct])
  }
}
