import Testing
import Tokenization

/// A text may have at most `Tokenizer.maximumTokens` tokens (QA review 41: a 10 MiB line of full
/// stops, ten million tokens, took 1.3 GB in `score` and 1.6 GB in `tokenize`; memory now stays
/// bounded whatever the line).
struct TokenLimitTests {
  @Test func aTextAtTheLimitIsTokenizedAndOneTokenMoreIsRefused() throws {
    let tokenizer = try Tokenizer()
    let limit = Tokenizer.maximumTokens
    #expect(limit == 1 << 20)
    let atLimit = String(repeating: "a ", count: limit)
    #expect(try tokenizer.tokenize(atLimit).tokens.count == limit)
    #expect(throws: TokenizationError.self) { try tokenizer.tokenize(atLimit + "b") }
    // Punctuation alone (a token per byte) and text beyond ASCII take the other paths.
    #expect(throws: TokenizationError.self) { try tokenizer.tokenize(String(repeating: "!", count: limit + 1)) }
    #expect(throws: TokenizationError.self) { try tokenizer.tokenize(String(repeating: "é ", count: limit + 1)) }
  }

  @Test func theNextTextIsTokenizedAfterARefusal() throws {
    let tokenizer = try Tokenizer()
    var reused = TokenizedText()
    #expect(throws: TokenizationError.self) {
      try tokenizer.tokenize(String(repeating: "x ", count: Tokenizer.maximumTokens + 1), into: &reused)
    }
    try tokenizer.tokenize("Waited 40 minutes on hold", into: &reused)
    #expect(reused.tokens.count == 5)
    #expect(reused.norm(of: reused.tokens[4]) == "hold")
  }
}
