import Testing
import Tokenization

@testable import Sentiment

/// The text-level tests that let the default profile skip a rule for most texts, checked against
/// the per-token tests they stand in for (the general path).
struct TextGateTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model() }

  /// Texts with and without currency signs and hyphens, typed plainly, full-width ("＄", "￡",
  /// "￥", which fold to "$", "£", "¥") or inside other tokens.
  static let texts = [
    "£9 for popcorn.", "€75 just to walk through the door", "$35 to take a small suitcase", "¥500 for tea",
    "＄9 for popcorn", "￡6 for a drink. ￥300 for water.", "Paid £20 for delivery", "US$5 for a coffee",
    "no prices here", "", "over-priced and under-staffed", "a - b", "well-known brand", "—dash— and – too",
    "The film was long. £9 for popcorn.", "café prices €5", "email me at a-b@example.com or see https://x.io/a-b",
    "Ça coûte 10 € pour rien", "déjà vu",
  ]

  /// `textMayHoldCurrencySign` is set for every text with a currency-sign token (it may be set for
  /// others), and not for an ASCII text without "$".
  @Test func currencyGateCoversEverySign() throws {
    let tokenizer = try Tokenizer()
    var scorer = DefaultProfileScorer(model: model)
    for text in Self.texts {
      var tokenized = TokenizedText()
      try tokenizer.tokenize(text, into: &tokenized)
      _ = scorer.score(tokenized, sentences: nil, explain: false)
      let hasSign = tokenized.tokens.indices.contains { scorer.isCurrencySign(tokenized, $0) }
      if hasSign { #expect(scorer.textMayHoldCurrencySign, "\(text)") }
      if text.utf8.allSatisfy({ $0 < 0x80 }) && !text.contains("$") {
        #expect(!scorer.textMayHoldCurrencySign, "\(text)")
      }
    }
  }

  /// `textHasHyphen` is set for every text where `isGluedHyphen` holds for some token, and not for
  /// a text without "-".
  @Test func hyphenGateCoversEveryGluedHyphen() throws {
    let tokenizer = try Tokenizer()
    var scorer = DefaultProfileScorer(model: model)
    for text in Self.texts {
      var tokenized = TokenizedText()
      try tokenizer.tokenize(text, into: &tokenized)
      _ = scorer.score(tokenized, sentences: nil, explain: false)
      let glued = tokenized.tokens.indices.contains { $0 > 0 && scorer.isGluedHyphen(tokenized, at: $0) }
      if glued { #expect(scorer.textMarks.contains(.hyphen), "\(text)") }
      if !text.contains("-") { #expect(!scorer.textMarks.contains(.hyphen), "\(text)") }
    }
  }
}
