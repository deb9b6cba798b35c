import Testing
import Tokenization

/// White space inside ICU segments (review r6 finding 13). Issue 2: "Whitespace is not a token".
/// ICU's word rules attach combining marks, variation selectors, skin-tone modifiers and tag
/// characters to a preceding space (UAX #29 WB4), and make U+202F NARROW NO-BREAK SPACE an
/// ExtendNumLet that joins letters and digits (WB13a/b); no token may hold that white space.
@Suite struct WhiteSpaceTests {
  @Test func aMarkAfterWhiteSpaceIsATokenWithoutTheSpace() throws {
    let tokenizer = try Tokenizer()
    let result = try tokenizer.tokenize("x \u{301} y")
    #expect(result.tokens.map { result.text(of: $0) } == ["x", "\u{301}", "y"])
    #expect(result.tokens[1].start == 2 && result.tokens[1].end == 3)
  }

  /// A skin-tone modifier on its own is an emoji (Emoji_Modifier and Emoji_Presentation, UTS #51).
  @Test func aLoneSkinToneIsAnEmoji() throws {
    #expect(try pairs("\u{1F44D} \u{1F3FB}").map(\.0) == ["\u{1F44D}", "\u{1F3FB}"])
    #expect(try pairs("\u{1F44D} \u{1F3FB}").map(\.1) == [.emoji, .emoji])
  }

  /// A variation selector or tag character after white space is invisible: no token at all
  /// (NFKC_Casefold deletes both, so such a token had white space or nothing as its norm).
  @Test func invisibleCharactersAfterWhiteSpaceAreNoToken() throws {
    #expect(try texts("love it \u{2764} \u{FE0F}") == ["love", "it", "\u{2764}"])
    #expect(try texts("ok \u{E0067}\u{E007F} fine") == ["ok", "fine"])
    #expect(try texts("\t\u{FE0F}") == [])
  }

  /// The review's straddling cases: the token now starts where the sentence does.
  @Test func tokensLieInsideTheirSentence() throws {
    let tokenizer = try Tokenizer()
    for (text, expected) in [("  \u{1F3FB} ok", [2, 3]), ("\t\u{301}hello", [1, 2])] {
      let result = try tokenizer.tokenize(text)
      #expect([result.tokens[0].start, result.tokens[0].end] == expected)
      #expect(result.sentences.first?.start == expected[0])
    }
  }

  /// U+202F between letters (French typography puts it before "!", "?", ":" and inside numbers).
  @Test func narrowNoBreakSpaceSeparatesTokens() throws {
    #expect(try texts("a\u{202F}now") == ["a", "now"])
    #expect(try texts("see http://ex.com/a\u{202F}now") == ["see", "http://ex.com/a", "now"])
    let tokenizer = try Tokenizer()
    let result = try tokenizer.tokenize("Tr\u{E8}s bien\u{202F}!")
    #expect(result.tokens.map { result.norm(of: $0) } == ["tr\u{E8}s", "bien", "!"])
  }

  /// No token holds a White_Space character (Swift's own Unicode tables, not ICU's), on generated
  /// mixes of every kind of white space with the characters ICU attaches to it.
  @Test func noTokenHoldsWhiteSpace() throws {
    let pieces = [
      " ", "  ", "\t", "\u{A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{85}", "\u{2028}", "\u{301}", "\u{FE0F}",
      "\u{1F3FB}", "\u{E0067}", "\u{200D}", "\u{20E3}", "a", "\u{E9}", "1", "\u{1F44D}", ".", "'", "@x", "#t",
      "x.com", "\u{5F71}", "\u{E44}",
    ]
    var state: UInt64 = 13
    let tokenizer = try Tokenizer()
    var result = TokenizedText()
    var offenders: [String] = []
    for _ in 0..<5_000 {
      var text = ""
      for _ in 0..<8 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int((state >> 33) % UInt64(pieces.count))]
      }
      try tokenizer.tokenize(text, into: &result)
      for token in result.tokens where result.text(of: token).unicodeScalars.contains(where: \.properties.isWhitespace)
      {
        if offenders.count < 5 { offenders.append(result.text(of: token).debugDescription) }
      }
    }
    #expect(offenders.isEmpty, "tokens with white space: \(offenders)")
  }
}
