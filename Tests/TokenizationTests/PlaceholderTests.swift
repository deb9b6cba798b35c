import Testing
import Tokenization

/// `collapse(placeholders:)`: a redaction placeholder becomes one opaque token.
@Suite struct PlaceholderTests {
  @Test func aPlaceholderBecomesOneTokenWithAnEmptyNorm() throws {
    let tokenizer = try Tokenizer()
    var result = try tokenizer.tokenize("Mail [EMAIL] now. Card [CARD] declined")
    // "[EMAIL]" is code points 5..<12 and "[CARD]" 23..<29 of the text.
    result.collapse(placeholders: [5..<12, 23..<29])
    let kinds = result.tokens.map(\.kind)
    #expect(kinds == [.word, .placeholder, .word, .punct, .word, .placeholder, .word])
    #expect(result.text(of: result.tokens[1]) == "[EMAIL]")
    #expect(result.norm(of: result.tokens[1]).isEmpty)
    #expect(result.tokens[5].start == 23 && result.tokens[5].end == 29)
    // Sentences keep their tokens, renumbered: "Mail [EMAIL] now." and "Card [CARD] declined".
    #expect(result.sentences.map(\.tokenRange) == [0..<4, 4..<7])
  }

  @Test func textWithoutPlaceholdersIsUnchanged() throws {
    let tokenizer = try Tokenizer()
    let original = try tokenizer.tokenize("[not redacted] text")
    var copy = original
    copy.collapse(placeholders: [])
    #expect(copy.tokens == original.tokens)
    copy.collapse(placeholders: [100..<107])
    #expect(copy.tokens == original.tokens)
  }
}
