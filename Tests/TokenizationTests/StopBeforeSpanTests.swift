import Testing
import Tokenization

/// A full stop or apostrophe between a word and a span glued to it ("terrible.XD", "great.@acme"):
/// ICU joins it to the letters on both sides (UAX #29 WB6/WB7), but the span takes the letters after
/// it, and ICU gives "terrible", "." for "terrible." standing alone (QA review 21, finding 1).
@Suite struct StopBeforeSpanTests {
  @Test func aFullStopBeforeAGluedEmoticonIsItsOwnToken() throws {
    #expect(try texts("The food was terrible.XD") == ["The", "food", "was", "terrible", ".", "XD"])
    #expect(try pairs("The food was terrible.XD").map(\.1) == [.word, .word, .word, .word, .punct, .emoticon])
    // The non-ASCII path.
    #expect(try texts("caf\u{E9}.XD") == ["caf\u{E9}", ".", "XD"])
    #expect(try texts("\u{444}\u{443}.xD") == ["\u{444}\u{443}", ".", "xD"])
  }

  @Test(arguments: ["Great.XD", "Merci.xD", "ok.T_T", "ok.o_O", "fine.B-)", "bad.XP!", "caf\u{E9}.XD", "nice.XD.Never"])
  func noWordEndsInAFullStop(_ text: String) throws {
    let words = try pairs(text).filter { $0.1 == .word }.map(\.0)
    #expect(!words.isEmpty)
    #expect(words.allSatisfy { !$0.hasSuffix(".") })
  }

  @Test func otherSpansAndJoinersToo() throws {
    #expect(try texts("great.@acme") == ["great", ".", "@acme"])
    #expect(try texts("don'XD") == ["don", "'", "XD"])
    #expect(try texts("don\u{2019}XD") == ["don", "\u{2019}", "XD"])
  }

  /// The full stop ends a sentence, as in "terrible. XD" (SB11: X is Upper, not SB8's Lower) and as
  /// a run-on full stop does; before a mention it does not ("great. @acme" is one sentence, SB8).
  @Test func theFullStopEndsASentenceBeforeALetterEmoticon() throws {
    let glued = try Tokenizer().tokenize("The food was terrible.XD")
    #expect(glued.sentences.map { [$0.start, $0.end] } == [[0, 22], [22, 24]])
    #expect(glued.sentences.map(\.tokenRange) == [0..<5, 5..<6])
    let spaced = try Tokenizer().tokenize("The food was terrible. XD")
    #expect(spaced.sentences.map(\.tokenRange) == [0..<5, 5..<6])
    let nonASCII = try Tokenizer().tokenize("caf\u{E9}.XD")
    #expect(nonASCII.sentences.map { [$0.start, $0.end] } == [[0, 5], [5, 7]])
    #expect(try Tokenizer().tokenize("great.@acme").sentences.count == 1)
    #expect(try Tokenizer().tokenize("love it.:)").sentences.count == 1)
  }

  @Test func theOptionOffSplitsTheTokenButAddsNoSentence() throws {
    let tokenizer = try Tokenizer(options: TokenizerOptions(splitRunOnSentences: false))
    let tokenized = try tokenizer.tokenize("terrible.XD")
    #expect(tokenized.tokens.map { tokenized.text(of: $0) } == ["terrible", ".", "XD"])
    #expect(tokenized.sentences.count == 1)
  }

  @Test func fastPathAndICUAgree() throws {
    for text in ["The food was terrible.XD", "caf\u{E9}.XD ok", "great.@acme and fine.B-)"] {
      let fast = try Tokenizer().tokenize(text)
      let icu = try Tokenizer(options: TokenizerOptions(asciiFastPath: false)).tokenize(text)
      #expect(fast.tokens.map { fast.text(of: $0) } == icu.tokens.map { icu.text(of: $0) })
      #expect(fast.tokens.map { fast.norm(of: $0) } == icu.tokens.map { icu.norm(of: $0) })
      #expect(fast.sentences.map(\.tokenRange) == icu.sentences.map(\.tokenRange))
    }
  }
}
