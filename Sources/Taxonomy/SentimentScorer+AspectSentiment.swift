public import Sentiment
public import Tokenization

extension SentimentScorer: AspectSentimentScoring {
  /// Sentence-level sentiment: the score of only the given sentences.
  public func sentiment(of tokenized: TokenizedText, sentences: [Int]) -> (label: String, compound: Double) {
    let score = score(tokenized, sentences: sentences)
    return (score.label.rawValue, score.compound)
  }

  /// True in the default profile, which scores the selected sentences' token ranges exactly as it
  /// scores the whole text's; the VADER profile scores a selection as its sentences' text joined
  /// by spaces, which may differ from the text.
  public var scoresAllSentencesAsText: Bool { model.profile == .default }

  /// Where the model's contrastive connectives start a clause among `tokens`.
  public func contrastSplits(in tokenized: TokenizedText, tokens: Range<Int>) -> [Int] {
    contrastSplits(in: tokenized, eachOf: [tokens])[0]
  }

  /// The splits of every sentence with the text's tokens looked up once.
  public func contrastSplitsBySentence(in tokenized: TokenizedText) -> [[Int]] {
    contrastSplits(in: tokenized, eachOf: tokenized.sentences.map(\.tokenRange))
  }

  /// The starts of the connectives inside each range, its own start excepted.
  private func contrastSplits(in tokenized: TokenizedText, eachOf ranges: [Range<Int>]) -> [[Int]] {
    zip(ranges, contrastConnectives(in: tokenized, eachOf: ranges)).map { range, found in
      found.map(\.lowerBound).filter { $0 > range.lowerBound }
    }
  }

  /// Sentiment of the clauses (token ranges): each clause is scored on its own, and the
  /// compound is the mean over the clauses that carry sentiment (compound ≠ 0; a clause without
  /// sentiment words does not dilute the others), 0 when none does. The label follows the
  /// model's thresholds.
  public func sentiment(of tokenized: TokenizedText, clauses: [Range<Int>]) -> (label: String, compound: Double) {
    var total = 0.0
    var count = 0
    for score in scores(tokenized, eachOf: clauses.filter { !$0.isEmpty }) {
      let compound = score.compound
      if compound != 0 {
        total += compound
        count += 1
      }
    }
    let compound = count == 0 ? 0 : total / Double(count)
    return (model.thresholds.label(for: compound).rawValue, compound)
  }
}
