public import Tokenization

/// Scores texts with a `SentimentModel`. One per worker thread (it holds reusable scratch buffers
/// and, for raw-text scoring in the default profile, its own tokenizer): not `Sendable`.
public final class SentimentScorer {
  public let model: SentimentModel
  private var rulesScorer: DefaultProfileScorer
  private let vaderScorer: VaderProfileScorer?
  private var tokenizer: Tokenizer?
  private var scratch = TokenizedText()

  public init(model: SentimentModel) {
    self.model = model
    rulesScorer = DefaultProfileScorer(model: model)
    vaderScorer = model.vader.map {
      VaderProfileScorer(tables: $0, parameters: model.parameters, thresholds: model.thresholds)
    }
  }

  /// Scores a whole tokenized text; with `explain`, also says why. In the VADER profile the text
  /// is re-split VADER's way (its tokenization is part of what it computes).
  public func score(_ tokenized: TokenizedText, explain: Bool) -> (SentimentScore, SentimentExplanation?) {
    if let vaderScorer { return vaderScorer.score(text: tokenized.text, explain: explain) }
    return rulesScorer.score(tokenized, sentences: nil, explain: explain)
  }

  /// Scores only the given sentences (indices into `tokenized.sentences`; out-of-range indices are
  /// ignored) — aspect-level sentiment for the sentences a tag matched.
  public func score(_ tokenized: TokenizedText, sentences: [Int]) -> SentimentScore {
    if let vaderScorer {
      let bytes = tokenized.utf8
      let text = sentences.filter { tokenized.sentences.indices.contains($0) }.map {
        String(decoding: bytes[tokenized.sentences[$0].utf8Range], as: UTF8.self)
      }.joined(separator: " ")
      return vaderScorer.score(text: text, explain: false).0
    }
    return rulesScorer.score(tokenized, sentences: sentences, explain: false).0
  }

  /// Scores raw text (tokenizing it first in the default profile).
  public func score(text: String, explain: Bool) -> (SentimentScore, SentimentExplanation?) {
    if let vaderScorer { return vaderScorer.score(text: text, explain: explain) }
    if tokenizer == nil {
      do {
        tokenizer = try Tokenizer()
      } catch {
        preconditionFailure("cannot create a tokenizer: \(error)")
      }
    }
    do {
      try tokenizer!.tokenize(text, into: &scratch)
    } catch {
      preconditionFailure("tokenizer failed: \(error)")
    }
    return rulesScorer.score(scratch, sentences: nil, explain: explain)
  }
}
