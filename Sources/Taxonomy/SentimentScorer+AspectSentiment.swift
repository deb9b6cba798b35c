public import Sentiment
public import Tokenization

extension SentimentScorer: AspectSentimentScoring {
  /// Aspect-level sentiment for the tagger: the score of only the sentences a tag matched.
  public func sentiment(of tokenized: TokenizedText, sentences: [Int]) -> (label: String, compound: Double) {
    let score = score(tokenized, sentences: sentences)
    return (score.label.rawValue, score.compound)
  }
}
