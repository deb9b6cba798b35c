import Testing
import Tokenization

/// A full stop typed without a space between two sentences in a script without case ("الخدمة
/// سيئة.لن أعود"): ICU's word rules keep the letters around it in one word (UAX #29 WB6/WB7), but
/// its sentence rules break after it (SB11: an OLetter after an ATerm is not SB8's Lower). The word
/// is split there, as "service.Never" is, so that the sentences are ICU's (QA review 21, finding 5).
@Suite struct SentenceInsideWordTests {
  static let samples: [(String, Int)] = [
    (
      "\u{627}\u{644}\u{62E}\u{62F}\u{645}\u{629} \u{633}\u{64A}\u{626}\u{629}.\u{644}\u{646} \u{623}\u{639}\u{648}\u{62F}",
      12
    ),
    (
      "\u{5D4}\u{5E9}\u{5D9}\u{5E8}\u{5D5}\u{5EA} \u{5D2}\u{5E8}\u{5D5}\u{5E2}.\u{5DC}\u{5D0} \u{5D0}\u{5D7}\u{5D6}\u{5D5}\u{5E8}",
      12
    ),
    (
      "\u{938}\u{947}\u{935}\u{93E} \u{916}\u{930}\u{93E}\u{92C}.\u{92B}\u{93F}\u{930} \u{928}\u{939}\u{940}\u{902}", 10
    ),
    ("\u{E1A}\u{E23}\u{E34}\u{E01}\u{E32}\u{E23}\u{E41}\u{E22}\u{E48}.\u{E08}\u{E30}\u{E44}\u{E21}\u{E48}", 10),
  ]

  @Test(arguments: samples)
  func sentencesBreakWhereICUBreaks(_ text: String, _ boundary: Int) throws {
    let tokenized = try Tokenizer().tokenize(text)
    let count = text.unicodeScalars.count
    #expect(tokenized.sentences.map { [$0.start, $0.end] } == [[0, boundary], [boundary, count]])
    // The full stop is a token of its own that ends the first sentence.
    let stop = tokenized.tokens[tokenized.sentences[0].tokenRange.upperBound - 1]
    #expect(tokenized.text(of: stop) == "." && stop.kind == .punct && stop.end == boundary)
    let scalars = Array(text.unicodeScalars)
    for token in tokenized.tokens {
      #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == tokenized.text(of: token))
    }
    let icu = try Tokenizer(options: TokenizerOptions(asciiFastPath: false)).tokenize(text)
    #expect(icu.tokens.map { icu.text(of: $0) } == tokenized.tokens.map { tokenized.text(of: $0) })
    #expect(icu.tokens.map { icu.norm(of: $0) } == tokenized.tokens.map { tokenized.norm(of: $0) })
    #expect(icu.sentences.map(\.tokenRange) == tokenized.sentences.map(\.tokenRange))
  }

  @Test func piecesAreNormalisedAndClassified() throws {
    let tokenized = try Tokenizer().tokenize("\u{391}\u{3B8}\u{3AE}\u{3BD}\u{3B1} ok.\u{5E9}\u{5DC}\u{5D5}\u{5DD}")
    #expect(
      tokenized.tokens.map { tokenized.norm(of: $0) } == [
        "\u{3B1}\u{3B8}\u{3AE}\u{3BD}\u{3B1}", "ok", ".", "\u{5E9}\u{5DC}\u{5D5}\u{5DD}",
      ])
    #expect(tokenized.tokens.map(\.kind) == [.word, .word, .punct, .word])
    #expect(tokenized.sentences.count == 2)
  }

  /// Where ICU's sentence rules join (a lower-case letter after the stop, SB8; "U.S.A", SB7) the word
  /// stays whole; with the option off, the word is ICU's and the boundary is dropped.
  @Test func otherWordsStayWhole() throws {
    #expect(try texts("caf\u{E9}.bien e.g \u{3B1}.\u{3B2}") == ["caf\u{E9}.bien", "e.g", "\u{3B1}.\u{3B2}"])
    let tokenizer = try Tokenizer(options: TokenizerOptions(splitRunOnSentences: false))
    let tokenized = try tokenizer.tokenize(Self.samples[0].0)
    #expect(tokenized.sentences.count == 1)
    #expect(tokenized.tokens.count == 3)
  }
}
