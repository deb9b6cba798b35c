import Testing

@testable import Tokenization

/// "don´t", "don`t": the grave and acute accents that keyboards without a reachable apostrophe key
/// put in contractions and elisions join the letters around them as an apostrophe does (UAX #29
/// WB6/WB7 join "don't" into one word), with "'" in the norm. Anywhere else they stay punctuation.
@Suite struct ApostropheSubstituteTests {
  func triples(_ text: String) throws -> [(String, String, TokenKind)] {
    let tokenized = try Tokenizer().tokenize(text)
    return tokenized.tokens.map { (tokenized.text(of: $0), tokenized.norm(of: $0), $0.kind) }
  }

  @Test func contractionsWithAGraveOrAcuteAccentAreOneWordLikeTheApostropheForm() throws {
    for substitute in ["\u{60}", "\u{B4}"] {
      let typed = try triples("I don\(substitute)t like it")
      let reference = try triples("I don't like it")
      #expect(typed.map(\.1) == reference.map(\.1), "norms with \(substitute)")
      #expect(typed.map(\.2) == reference.map(\.2), "kinds with \(substitute)")
      #expect(typed[1].0 == "don\(substitute)t")
    }
  }

  /// The norm is NFKC_Casefold, which keeps U+2019 and U+02BC: only the accents, which it would turn
  /// into a space and a combining mark, become "'". Lexicon and codebook matching read "’" as "'"
  /// (`TermNormalizer.matchKey`, the codebook's apostrophe variants). QA review 21, doubt 10.
  @Test func aTypographicApostropheKeepsItsNorm() throws {
    #expect(
      try triples("don't don\u{B4}t don`t don\u{2019}t don\u{2BC}t").map(\.1) == [
        "don't", "don't", "don't", "don\u{2019}t", "don\u{2BC}t",
      ])
  }

  @Test func elisionsInOtherScriptsAndChainsJoin() throws {
    #expect(try triples("j\u{B4}ai l\u{B4}\u{E9}t\u{E9}").map(\.1) == ["j'ai", "l'\u{E9}t\u{E9}"])
    #expect(try triples("y`all\u{B4}d").map(\.1) == ["y'all'd"])
  }

  @Test func offsetsAndSentencesStayThoseOfTheInput() throws {
    let text = "Don\u{B4}t. It\u{B4}s fine"
    let tokenized = try Tokenizer().tokenize(text)
    let scalars = Array(text.unicodeScalars)
    for token in tokenized.tokens {
      #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == tokenized.text(of: token))
    }
    #expect(tokenized.sentences.count == 2)
    #expect(tokenized.sentences[1].tokenRange == 2..<4)
  }

  @Test func quotesAndAccentsElsewhereStayPunctuation() throws {
    // An opening quote (`vain'), a spaced accent, digits around it, markdown code.
    #expect(try triples("`vain' Jia").map(\.0) == ["`", "vain", "'", "Jia"])
    #expect(try triples("a \u{B4} b").map(\.2) == [.word, .punct, .word])
    #expect(try triples("3`s").map(\.0) == ["3", "`", "s"])
    #expect(try triples("`code`").map(\.0) == ["`", "code", "`"])
  }

  /// Review r11 finding 1: a chain of 2,000 joins is one word whose norm is the chain with
  /// apostrophes, and the norm buffer stays linear in the text (the first version appended the growing
  /// norm at every step: quadratic memory, cubic time).
  @Test func aLongChainIsOneWordWithALinearNormBuffer() throws {
    let text = String(repeating: "a`", count: 2000) + "a"
    let tokenized = try Tokenizer().tokenize(text)
    #expect(tokenized.tokens.count == 1)
    #expect(tokenized.norm(of: tokenized.tokens[0]) == String(repeating: "a'", count: 2000) + "a")
    #expect(tokenized.normBytes.count <= 3 * text.utf8.count)
  }
}
