import Sentiment
import Tokenization

/// A test suite that reads texts through one scorer (usually of the shipped model): the label and
/// the compound the scorer gives a text, without an explanation.
protocol ScoresTexts {
  var scorer: SentimentScorer { get }
}

extension ScoresTexts {
  /// The label `scorer` gives `text`.
  func label(_ text: String) -> SentimentLabel { scorer.score(text: text, explain: false).0.label }

  /// The compound `scorer` gives `text`.
  func compound(_ text: String) -> Double { scorer.score(text: text, explain: false).0.compound }

  /// `text` tokenized as the commands tokenize it, for the scorer's calls that take a tokenized
  /// text (an answer read with its question).
  func tokenized(_ text: String) throws -> TokenizedText {
    var tokenized = TokenizedText()
    try Tokenizer().tokenize(text, into: &tokenized)
    return tokenized
  }
}
