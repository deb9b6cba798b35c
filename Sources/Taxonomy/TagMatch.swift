public import Tokenization

/// Aspect-level sentiment for the tagger. The Sentiment module's `SentimentScorer` conforms (in
/// this module); tests use a fake.
///
/// The tagger splits each sentence that holds a tag's evidence into clauses: at the contrastive
/// connectives the scorer reports (`contrastSplits`), at `;`, `:`, dashes and parentheses, and,
/// within those, at commas. It scores the comma clauses that hold the evidence; when they carry
/// no sentiment at all (compound 0), it scores the larger clauses around them instead.
public protocol AspectSentimentScoring {
  /// Sentiment label (`positive`, `neutral`, `negative`) and compound score of `sentences` (indices
  /// into `tokenized.sentences`) of `tokenized`.
  func sentiment(of tokenized: TokenizedText, sentences: [Int]) -> (label: String, compound: Double)

  /// Token indices inside `tokens` (one sentence or part of one) where a contrastive connective
  /// ("but", "although", …) begins a new clause, in increasing order. The default finds none.
  func contrastSplits(in tokenized: TokenizedText, tokens: Range<Int>) -> [Int]

  /// `contrastSplits(in:tokens:)` of every sentence of `tokenized`, in order, in one pass over
  /// the text. The default asks `contrastSplits(in:tokens:)` sentence by sentence.
  func contrastSplitsBySentence(in tokenized: TokenizedText) -> [[Int]]

  /// Sentiment of the given clauses (non-empty token ranges). The default scores the sentences
  /// that contain them.
  func sentiment(of tokenized: TokenizedText, clauses: [Range<Int>]) -> (label: String, compound: Double)

  /// Whether the sentiment of all of a text's sentences, in order, is the sentiment of the whole
  /// text, so that a caller who scored the text can pass that score to `Tagger.tag(_:metadata:
  /// textSentiment:)` rather than have the same sentences scored again. The default is false.
  var scoresAllSentencesAsText: Bool { get }
}

extension AspectSentimentScoring {
  /// False: the tagger always asks `sentiment(of:sentences:)`.
  public var scoresAllSentencesAsText: Bool { false }

  /// No contrastive connectives: clauses end only at punctuation.
  public func contrastSplits(in tokenized: TokenizedText, tokens: Range<Int>) -> [Int] { [] }

  /// `contrastSplits(in:tokens:)` of each sentence.
  public func contrastSplitsBySentence(in tokenized: TokenizedText) -> [[Int]] {
    tokenized.sentences.map { contrastSplits(in: tokenized, tokens: $0.tokenRange) }
  }

  /// The sentiment of the sentences that contain the clauses.
  public func sentiment(of tokenized: TokenizedText, clauses: [Range<Int>]) -> (label: String, compound: Double) {
    var sentences: [Int] = []
    for (index, sentence) in tokenized.sentences.enumerated()
    where clauses.contains(where: { $0.overlaps(sentence.tokenRange) }) {
      sentences.append(index)
    }
    return sentiment(of: tokenized, sentences: sentences)
  }
}

/// The sentiment of the clauses that matched a tag.
public struct AspectSentiment: Sendable, Equatable {
  public var label: String
  public var compound: Double

  public init(label: String, compound: Double) {
    self.label = label
    self.compound = compound
  }
}

/// Why a tag was assigned: a span of the text and the rule that matched there.
public struct Evidence: Sendable, Equatable, Hashable {
  /// Start offset in Unicode code points.
  public var start: Int
  /// End offset (exclusive) in code points.
  public var end: Int
  /// The rule that matched, as `code#n`: the n-th rule (from 1) of the tag with that code (for an
  /// implied parent, the child's rule).
  public var rule: String

  public init(start: Int, end: Int, rule: String) {
    self.start = start
    self.end = end
    self.rule = rule
  }
}

/// One tag assigned to a verbatim.
public struct TagMatch: Sendable, Equatable {
  /// Index of the tag in `codebook.tags`.
  public var tagIndex: Int
  public var code: String
  public var label: String
  /// Evidence in text order.
  public var evidence: [Evidence]
  /// Sentences (indices into `TokenizedText.sentences`) that hold the evidence.
  public var sentences: [Int]
  /// Sentiment of the clauses of those sentences that hold the evidence, when the tagger has a
  /// scorer (see `AspectSentimentScoring`).
  public var sentiment: AspectSentiment?
  /// True when the tag was added only because a descendant matched (`impliedParents`).
  public var implied: Bool

  public init(
    tagIndex: Int, code: String, label: String, evidence: [Evidence], sentences: [Int],
    sentiment: AspectSentiment? = nil, implied: Bool = false
  ) {
    self.tagIndex = tagIndex
    self.code = code
    self.label = label
    self.evidence = evidence
    self.sentences = sentences
    self.sentiment = sentiment
    self.implied = implied
  }
}

/// How the tagger decides.
public struct TaggingOptions: Sendable, Equatable {
  /// Also assign every ancestor of an assigned tag (marked `implied` when no rule of its own matched).
  public var impliedParents: Bool
  /// Minimum number of distinct mentions a tag needs: the largest number of its evidence spans
  /// that do not overlap (default 1).
  public var minimumEvidence: Int
  /// Longest match: a phrase occurrence inside a longer occurrence claimed by another tag whose rule
  /// holds is ignored (see `Tagger`).
  public var longestMatch: Bool
  /// Most specific tag: a tag one of whose descendants is assigned too is left out, as the codebook's
  /// parents are for "when no more specific tag fits" (review t28: "Delivery was late" was delivery
  /// and delivery.speed). This holds across sentences ("Delivery is a mess. It was late." is
  /// delivery.speed only): reviews t31 and t32, like t28, code a parent never with its own child.
  /// Off: every tag whose rules matched.
  public var mostSpecific: Bool

  public init(
    impliedParents: Bool = false, minimumEvidence: Int = 1, longestMatch: Bool = true, mostSpecific: Bool = true
  ) {
    self.impliedParents = impliedParents
    self.minimumEvidence = minimumEvidence
    self.longestMatch = longestMatch
    self.mostSpecific = mostSpecific
  }
}
