public import Tokenization

/// Aspect-level sentiment: the sentiment of only the given sentences of a text. The Sentiment
/// module's `SentimentScorer` conforms (its `score(_:sentences:)`); tests use a fake.
public protocol AspectSentimentScoring {
  /// Sentiment label (`positive`, `neutral`, `negative`) and compound score of `sentences` (indices
  /// into `tokenized.sentences`) of `tokenized`.
  func sentiment(of tokenized: TokenizedText, sentences: [Int]) -> (label: String, compound: Double)
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
  /// Sentiment of those sentences, when the tagger has a scorer.
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
  /// Minimum number of distinct evidence spans a tag needs (default 1).
  public var minimumEvidence: Int
  /// Longest match: a phrase occurrence inside a longer phrase occurrence is ignored.
  public var longestMatch: Bool

  public init(impliedParents: Bool = false, minimumEvidence: Int = 1, longestMatch: Bool = true) {
    self.impliedParents = impliedParents
    self.minimumEvidence = minimumEvidence
    self.longestMatch = longestMatch
  }
}
