import TestSupport
import Testing
import Tokenization

@testable import Taxonomy

/// The rule parser's shortcuts for terms and phrases against the tokenizer they stand in for: a
/// piece of lower-case ASCII letters and digits is one token whose norm is the piece, and every term
/// and phrase (ASCII on the bytes, remembered per text, or any other) gets the words that
/// tokenizing its pieces one by one gives.
@Suite struct PieceTokensTests {
  /// The texts of every term and quoted phrase of the shipped codebook's rules.
  static func shippedPhraseTexts() throws -> [String] {
    var texts: [String] = []
    for tag in try Codebook.shipped().tags {
      for rule in tag.rules + tag.exclude {
        for lexeme in try RuleLexer.lex(rule.text) {
          switch lexeme.kind {
          case .word(let text), .quoted(let text): texts.append(text)
          default: break
          }
        }
      }
    }
    return texts
  }

  /// The words of a term or phrase as the parser was first written to make them: the text cut at
  /// its spaces, a trailing `*` taken off each piece (its last token then a prefix), each piece
  /// tokenized, and a punctuation token inside a piece a joiner.
  static func referenceWords(_ text: String, tokenizer: Tokenizer) throws -> [PhraseWord] {
    var words: [PhraseWord] = []
    for piece in text.split(separator: " ") {
      var body = String(piece)
      var isPrefix = false
      if body.hasSuffix("*") {
        body.removeLast()
        isPrefix = true
      }
      let tokenized = try tokenizer.tokenize(body)
      for (index, token) in tokenized.tokens.enumerated() {
        let isLast = index == tokenized.tokens.count - 1
        words.append(
          PhraseWord(
            tokenized.norm(of: token), isPrefix: isPrefix && isLast,
            isJoiner: index > 0 && !isLast && token.kind == .punct))
      }
    }
    return words
  }

  @Test func plainPiecesAreOneTokenWithThemselvesAsNorm() throws {
    let tokenizer = try Tokenizer()
    var pieces = Set(try Self.shippedPhraseTexts().flatMap { $0.split(separator: " ").map { String($0) } })
    // Random strings of lower-case letters and digits, and of letters that make emoticons and URLs
    // when spelled otherwise ("xd", "xp", "www", "http").
    var generator = SplitMix64(state: 35)
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789xdpwhtsoo3")
    for _ in 0..<2000 {
      let count = Int.random(in: 1...12, using: &generator)
      pieces.insert(String((0..<count).map { _ in alphabet.randomElement(using: &generator)! }))
    }
    var plain = 0
    for piece in pieces.sorted() {
      var bytes = piece
      guard bytes.withUTF8({ PieceTokens.isPlainWord($0, tokenizer: tokenizer) }) else { continue }
      plain += 1
      let tokenized = try tokenizer.tokenize(piece)
      #expect(tokenized.tokens.count == 1, "\(piece)")
      #expect(tokenized.tokens.first.map { tokenized.norm(of: $0) } == piece, "\(piece)")
      #expect(tokenized.tokens.first?.kind != .punct, "\(piece)")
    }
    #expect(plain > 3000)
    for piece in ["", "XD", "Refund", "wi-fi", "don't", "x*", "café", "a.b", "#tag"] {
      var bytes = piece
      #expect(!bytes.withUTF8 { PieceTokens.isPlainWord($0, tokenizer: tokenizer) }, "\(piece)")
    }
    var bytes = "refund"
    let slowTokenizer = try Tokenizer(options: TokenizerOptions(asciiFastPath: false))
    #expect(!bytes.withUTF8 { PieceTokens.isPlainWord($0, tokenizer: slowTokenizer) })
  }

  @Test func phrasesAreTheTokenizedPieces() throws {
    let tokenizer = try Tokenizer()
    let parser = RuleParser(tokenizer: tokenizer)
    let extra = [
      "Refund*", "follow-up", "don't", "wi-fi", "café au lait", "a  b", "10 - 15", " lead", "trail ", "XD", "ＲＥＦＵＮＤ",
      "don\u{2019}t", "e\u{301}te\u{301}", "naïve*", "https://example.com", "4g", "2nd class",
    ]
    let texts = try Self.shippedPhraseTexts() + extra
    // Each text twice: made, then remembered.
    for text in texts + texts {
      let quoted =
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
      let expression = try parser.parse(text: quoted, asExclusion: true)
      #expect(expression == .phrase(try Self.referenceWords(text, tokenizer: tokenizer)), "\(text)")
    }
  }

  @Test func phraseErrorsAreTheSameWhenTheTextWasSeen() throws {
    let parser = RuleParser(tokenizer: try Tokenizer())
    for rule in ["refund OR \"a *b\"", "\"a *b\" OR refund", "\"  \"", "\"x *\"", "caf*é", "*"] {
      var messages: [String] = []
      for _ in 0..<2 {
        do {
          _ = try parser.parse(text: rule)
          messages.append("none")
        } catch {
          messages.append("\(error.offset): \(error.message)")
        }
      }
      #expect(messages[0] == messages[1], "\(rule)")
      #expect(messages[0] != "none", "\(rule)")
    }
  }
}
