public import Sentiment
public import Tokenization

extension SentimentScorer: AspectSentimentScoring {
  /// Sentence-level sentiment: the score of only the given sentences.
  public func sentiment(of tokenized: TokenizedText, sentences: [Int]) -> (label: String, compound: Double) {
    let score = score(tokenized, sentences: sentences)
    return (score.label.rawValue, score.compound)
  }

  /// Where the Sentiment module's contrastive connectives (`lexicons/contrast.txt`, or the
  /// model's own `--contrast` file) start a clause in `tokens`. The model's connective list is not
  /// public, so the scorer is asked: its explanation names the connective that split a stretch
  /// of text (`SentimentRule.clauseWeight`), which is then located among the tokens, and the text
  /// after it is asked again. A stretch without valenced words reports no connective, but then
  /// splitting it cannot change a score either. The VADER profile explains no clauses, so it
  /// gives no splits (clauses then end only at punctuation).
  public func contrastSplits(in tokenized: TokenizedText, tokens: Range<Int>) -> [Int] {
    var splits: [Int] = []
    var start = tokens.lowerBound
    while start < tokens.upperBound {
      let first = tokenized.tokens[start]
      let last = tokenized.tokens[tokens.upperBound - 1]
      let text = String(decoding: tokenized.utf8[first.utf8Range.lowerBound..<last.utf8Range.upperBound], as: UTF8.self)
      let (_, explanation) = score(text: text, explain: true)
      guard let connective = Self.firstConnective(in: explanation),
        let found = Self.locate(connective, in: tokenized, from: start, to: tokens.upperBound)
      else { break }
      if found.lowerBound > tokens.lowerBound { splits.append(found.lowerBound) }
      start = found.upperBound
    }
    return splits
  }

  /// Sentiment of the clauses (token ranges): each clause is scored on its own, and the
  /// compound is the mean over the clauses that carry sentiment (compound ≠ 0; a clause without
  /// sentiment words does not dilute the others), 0 when none does. The label follows the
  /// model's thresholds.
  public func sentiment(of tokenized: TokenizedText, clauses: [Range<Int>]) -> (label: String, compound: Double) {
    var total = 0.0
    var count = 0
    for clause in clauses where !clause.isEmpty {
      let first = tokenized.tokens[clause.lowerBound]
      let last = tokenized.tokens[clause.upperBound - 1]
      let text = String(decoding: tokenized.utf8[first.utf8Range.lowerBound..<last.utf8Range.upperBound], as: UTF8.self)
      let compound = score(text: text, explain: false).0.compound
      if compound != 0 {
        total += compound
        count += 1
      }
    }
    let compound = count == 0 ? 0 : total / Double(count)
    return (model.thresholds.label(for: compound).rawValue, compound)
  }

  private static func firstConnective(in explanation: SentimentExplanation?) -> String? {
    for contribution in explanation?.contributions ?? [] {
      for rule in contribution.rules {
        if case .clauseWeight(let connective, _) = rule { return connective }
      }
    }
    return nil
  }

  /// The first run of word tokens in `start..<end` whose norms are the connective's words.
  private static func locate(_ connective: String, in tokenized: TokenizedText, from start: Int, to end: Int)
    -> Range<Int>?
  {
    let words = connective.split(separator: " ").map { $0.lowercased() }
    guard !words.isEmpty else { return nil }
    var index = start
    while index + words.count <= end {
      var matched = true
      for (offset, word) in words.enumerated() where tokenized.norm(of: tokenized.tokens[index + offset]) != word {
        matched = false
        break
      }
      if matched { return index..<(index + words.count) }
      index += 1
    }
    return nil
  }
}
