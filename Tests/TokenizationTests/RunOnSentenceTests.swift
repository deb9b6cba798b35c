import Testing
import Tokenization

/// A full stop typed without a space between sentences ("service.Never"): ICU keeps the letters
/// around it together (UAX #29 WB6/WB7: "." is MidNumLet), so the tokenizer splits such ASCII words
/// itself when a lower-case letter precedes the stop and an upper-case then a lower-case letter follow.
@Suite struct RunOnSentenceTests {
  @Test func aWordIsSplitAtARunOnFullStop() throws {
    #expect(try pairs("Terrible service.Never again").map(\.0) == ["Terrible", "service", ".", "Never", "again"])
    #expect(try pairs("Terrible service.Never again").map(\.1) == [.word, .word, .punct, .word, .word])
    // Several in one word.
    #expect(try pairs("fine.Then.Broke").map(\.0) == ["fine", ".", "Then", ".", "Broke"])
  }

  /// Abbreviations, initialisms and a stop before a lower-case letter or a single capital stay whole,
  /// as ICU has them.
  @Test(arguments: ["e.g", "U.S.A", "Ph.D", "J.K", "node.js", "caf\u{E9}.The"])
  func abbreviationsStayWhole(_ word: String) throws {
    #expect(try pairs("see \(word) ok").map(\.0) == ["see", word, "ok"])
  }

  /// A run-on full stop also ends a sentence (ICU's SB7 would not break there).
  @Test func aRunOnFullStopEndsASentence() throws {
    let tokenized = try Tokenizer().tokenize("Excellent.Only complaint is the parking")
    #expect(tokenized.sentences.map { [$0.start, $0.end] } == [[0, 10], [10, 39]])
    #expect(tokenized.sentences.map(\.tokenRange) == [0..<2, 2..<7])
  }

  /// Short sentence openers split too (QA review 39): "good.It" was one word, so "not" reached the
  /// next sentence.
  @Test(arguments: [
    ("not good.It broke", ["not", "good", ".", "It", "broke"]),
    ("Nothing wrong.I loved it", ["Nothing", "wrong", ".", "I", "loved", "it"]),
    ("fine.I'm back", ["fine", ".", "I'm", "back"]),
    ("ok.So what", ["ok", ".", "So", "what"]),
  ])
  func shortOpenersSplit(_ text: String, _ expected: [String]) throws {
    #expect(try pairs(text).map(\.0) == expected)
    #expect(try Tokenizer().tokenize(text).sentences.count == 2)
  }

  /// Code and short endings stay whole (review r13b): a second capital ("WriteLine") or fewer than
  /// three letters after the stop that open no sentence ("Ph.Ds", "Node.Js").
  @Test(arguments: ["Console.WriteLine", "Ph.Ds", "Node.Js", "readme.Md"])
  func codeAndShortEndingsStayWhole(_ word: String) throws {
    #expect(try pairs("see \(word) ok").map(\.0) == ["see", word, "ok"])
  }

  @Test func piecesKeepOffsetsAndNorms() throws {
    let text = "Loved it.Terrible app"
    let tokenized = try Tokenizer().tokenize(text)
    let scalars = Array(text.unicodeScalars)
    for token in tokenized.tokens {
      #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == tokenized.text(of: token))
    }
    #expect(tokenized.tokens.map { tokenized.norm(of: $0) } == ["loved", "it", ".", "terrible", "app"])
  }

  @Test func theOptionOffKeepsICUsBoundaries() throws {
    let tokenizer = try Tokenizer(options: TokenizerOptions(splitRunOnSentences: false))
    let tokenized = try tokenizer.tokenize("Terrible service.Never again")
    #expect(tokenized.tokens.map { tokenized.text(of: $0) } == ["Terrible", "service.Never", "again"])
  }

  /// The ASCII fast path and ICU's own iterator give the same tokens with the split.
  @Test func fastPathAndICUAgree() throws {
    let text = "Great food.The staff were rude.Never again, e.g.The end"
    let fast = try Tokenizer().tokenize(text)
    let icu = try Tokenizer(options: TokenizerOptions(asciiFastPath: false)).tokenize(text)
    #expect(fast.tokens.map { fast.text(of: $0) } == icu.tokens.map { icu.text(of: $0) })
    #expect(fast.tokens.map(\.kind) == icu.tokens.map(\.kind))
  }
}
