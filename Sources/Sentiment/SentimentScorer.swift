public import Tokenization

/// Scores texts with a `SentimentModel`. One per worker thread (it holds reusable scratch buffers
/// and, for raw-text scoring in the default profile, its own tokenizer): not `Sendable`.
public final class SentimentScorer {
  public let model: SentimentModel
  // Used by one thread and never re-entered (see above): these go unchecked at run time, so a call
  // makes no dynamic exclusivity check of the scorer.
  @exclusivity(unchecked) private var rulesScorer: DefaultProfileScorer
  private let vaderScorer: VaderProfileScorer?
  /// Whether `vaderScorer` is set. Tested first: `if let vaderScorer` copies the optional (a
  /// 296-byte struct, with a call to `memcpy`) to find out, once per text in the default profile.
  let usesVader: Bool
  @exclusivity(unchecked) private var tokenizer: Tokenizer?
  @exclusivity(unchecked) private var scratch = TokenizedText()
  /// The text of `beginReusingLookups(of:)`, held (never read) so that no other text can take its
  /// storage until `endReusingLookups()`; its storage (`TokenizedText.StorageKey`), and whether
  /// `rulesScorer` holds the lexicon lookups of its tokens (`mapTokens`).
  @exclusivity(unchecked) private var reusedText: TokenizedText?
  @exclusivity(unchecked) private var reusedKey: TokenizedText.StorageKey?
  @exclusivity(unchecked) private var reusedTextMapped = false

  /// After `score(_:explain:)`: whether `LanguageHint.nonEnglish` may name a language for the text
  /// just scored. False only when the default profile's lexicon lookup of its tokens (which also
  /// looks up the hint's function words, `LanguageHint.otherLanguagesFunctionWords`) found an ASCII
  /// text without a function word of another language: the hint would return nil, and a caller
  /// that counts the hints need not run it (it is about a twentieth of `score`'s time per text).
  /// True in the VADER profile, for non-ASCII text (the hint also reads the words' scripts), and
  /// after any other call that scores or looks up: read it right after `score(_:explain:)`.
  public internal(set) var scoredTextMayBeNonEnglish = true

  /// After `score(_:explain:question:)`: how the answer was read through its question, if it was.
  public internal(set) var lastQuestionReading: QuestionReading?

  public init(model: SentimentModel) {
    self.model = model
    rulesScorer = DefaultProfileScorer(model: model)
    vaderScorer = model.vader.map {
      VaderProfileScorer(tables: $0, parameters: model.parameters, thresholds: model.thresholds)
    }
    usesVader = model.vader != nil
  }

  /// Sets the score that opens the next texts the default profile scores (`AnswerScore.none`: none).
  func setAnswerScore(_ score: AnswerScore) {
    rulesScorer.answerScore = score
  }

  /// Scores a whole tokenized text; with `explain`, also says why. In the VADER profile the text
  /// is re-split VADER's way (its tokenization is part of what it computes).
  public func score(_ tokenized: TokenizedText, explain: Bool) -> (SentimentScore, SentimentExplanation?) {
    scoredTextMayBeNonEnglish = true
    if usesVader, let vaderScorer { return vaderScorer.score(text: tokenized.text, explain: explain) }
    let result = rulesScorer.score(tokenized, sentences: nil, explain: explain, mapped: lookupsHeld(for: tokenized))
    // The triggers are the text's: `score` has just looked its tokens up, or reused the lookups of
    // this same text (`lookupsHeld`).
    scoredTextMayBeNonEnglish = !tokenized.isASCII || rulesScorer.textTriggers.contains(.otherLanguageWords)
    return result
  }

  /// Until `endReusingLookups()`, `tokenized` may be scored more than once (the whole text, then
  /// the sentences, clauses and connectives a `Tagger` asks for per tag): its tokens are looked up
  /// in the lexicon at the first call only, and the later calls reuse those lookups. Other texts
  /// may be scored meanwhile (they are looked up as usual). `tokenized` is held until then, so a
  /// text passed to the scorer that shares its storage is a copy of it. A second call replaces the
  /// first. (Two calls rather than a method with a closure: the closure's captures and result
  /// crossed the module boundary through value witnesses, which cost more than the lookups saved.)
  public func beginReusingLookups(of tokenized: TokenizedText) {
    reusedText = tokenized
    reusedKey = tokenized.storageKey
    reusedTextMapped = false
  }

  /// Ends `beginReusingLookups(of:)`: the text is released, and no lookups are reused.
  public func endReusingLookups() {
    reusedText = nil
    reusedKey = nil
    reusedTextMapped = false
  }

  /// Whether `rulesScorer` holds the lookups of `tokenized`'s tokens, for a call about to score
  /// it (after which it holds them: they are noted for the held text of `beginReusingLookups`).
  @inline(__always)
  private func lookupsHeld(for tokenized: TokenizedText) -> Bool {
    guard let reusedKey else { return false }
    let same = reusedKey == tokenized.storageKey
    defer { reusedTextMapped = same }
    return same && reusedTextMapped
  }

  /// Scores only the given sentences (indices into `tokenized.sentences`; out-of-range indices are
  /// ignored) — aspect-level sentiment for the sentences a tag matched.
  public func score(_ tokenized: TokenizedText, sentences: [Int]) -> SentimentScore {
    scoredTextMayBeNonEnglish = true
    if usesVader, let vaderScorer {
      let bytes = tokenized.utf8
      let text = sentences.filter { tokenized.sentences.indices.contains($0) }.map {
        String(decoding: bytes[tokenized.sentences[$0].utf8Range], as: UTF8.self)
      }.joined(separator: " ")
      return vaderScorer.score(text: text, explain: false).0
    }
    return rulesScorer.score(tokenized, sentences: sentences, explain: false, mapped: lookupsHeld(for: tokenized)).0
  }

  /// Scores raw text (tokenizing it first in the default profile).
  /// Scores token ranges of `tokenized` (clauses, say), each as a sentence of its own: the text
  /// score of just those ranges. The VADER profile scores the ranges' text joined by spaces.
  public func score(_ tokenized: TokenizedText, clauses: [Range<Int>]) -> SentimentScore {
    scoredTextMayBeNonEnglish = true
    if usesVader, let vaderScorer {
      let text = clauses.filter { !$0.isEmpty && $0.upperBound <= tokenized.tokens.count }.map { clause in
        let first = tokenized.tokens[clause.lowerBound].utf8Range.lowerBound
        let last = tokenized.tokens[clause.upperBound - 1].utf8Range.upperBound
        return String(decoding: tokenized.utf8[first..<last], as: UTF8.self)
      }.joined(separator: " ")
      return vaderScorer.score(text: text, explain: false).0
    }
    return rulesScorer.score(
      tokenized, sentences: nil, clauses: clauses, explain: false, mapped: lookupsHeld(for: tokenized)
    ).0
  }

  /// Scores each token range of `tokenized` on its own (as `score(_:clauses:)` with one range each),
  /// mapping the text's tokens to the lexicon once.
  public func scores(_ tokenized: TokenizedText, eachOf clauses: [Range<Int>]) -> [SentimentScore] {
    scoredTextMayBeNonEnglish = true
    if usesVader { return clauses.map { score(tokenized, clauses: [$0]) } }
    return rulesScorer.scoreEach(tokenized, clauses: clauses, mapped: lookupsHeld(for: tokenized))
  }

  /// Where the model's contrastive connectives ("but", "although", "even though" … from
  /// `lexicons/contrast.txt` or a `--contrast` file) occur among `tokens` of `tokenized`, as token
  /// ranges, longest match first. The default profile's tables are used for either profile.
  public func contrastConnectives(in tokenized: TokenizedText, tokens: Range<Int>) -> [Range<Int>] {
    contrastConnectives(in: tokenized, eachOf: [tokens])[0]
  }

  /// `contrastConnectives(in:tokens:)` of each of `ranges` (each searched on its own), with one
  /// lookup of the text's tokens for all of them.
  public func contrastConnectives(in tokenized: TokenizedText, eachOf ranges: [Range<Int>]) -> [[Range<Int>]] {
    scoredTextMayBeNonEnglish = true
    return rulesScorer.contrastConnectives(in: tokenized, eachOf: ranges, mapped: lookupsHeld(for: tokenized))
  }

  public func score(text: String, explain: Bool) -> (SentimentScore, SentimentExplanation?) {
    scoredTextMayBeNonEnglish = true
    if usesVader, let vaderScorer { return vaderScorer.score(text: text, explain: explain) }
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
    return rulesScorer.score(scratch, sentences: nil, explain: explain, mapped: lookupsHeld(for: scratch))
  }
}
