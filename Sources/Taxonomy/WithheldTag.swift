/// A tag whose rules held on a text but that the tagger did not assign, and why (`tag --explain`,
/// `Tagger.explain(_:metadata:textSentiment:)`). Taxonomy owners read these to see which decision
/// of the tagger, rather than a missing rule, kept a tag off a verbatim.
public struct WithheldTag: Sendable, Equatable {
  /// Why the tag was withheld.
  public enum Reason: Sendable, Equatable {
    /// An exclusion rule of the tag matched (`exclusion` is its 1-based position among the tag's
    /// `exclude` rules, `rule` its text, `evidence` where it matched).
    case excluded(exclusion: Int, rule: String, evidence: [Evidence])
    /// Fewer distinct mentions than `TaggingOptions.minimumEvidence`.
    case tooFewMentions(found: Int, required: Int)
    /// These more specific (descendant) tags were assigned to the text (`TaggingOptions.mostSpecific`).
    case moreSpecific(by: [String])
    /// A fallback tag (`CodebookTag.fallback`), and these tags that are not fallbacks were assigned
    /// to the text (`TaggingOptions.mostSpecific`). Named `more-specific` in JSON, as the reason is
    /// the same: the tag is for when no more specific tag fits.
    case fallback(by: [String])
    /// Its terms lie inside longer phrase occurrences claimed by these tags
    /// (`TaggingOptions.longestMatch`): tags whose rules held around it in the final pass (one of
    /// them may itself be withheld for another reason).
    case longestMatch(by: [String])
    /// No rule of the tag held, but rule `rule` (1-based) would have held without its own `NOT`s,
    /// which matched: `text` is the rule, `evidence` where its `NOT`s matched (review h43: such a
    /// tag was not explained at all).
    case negated(rule: Int, text: String, evidence: [Evidence])

    /// The reason as one word for JSON: `excluded`, `min-evidence`, `more-specific`, `longest-match`,
    /// `not`.
    public var name: String {
      switch self {
      case .excluded: "excluded"
      case .tooFewMentions: "min-evidence"
      case .moreSpecific, .fallback: "more-specific"
      case .longestMatch: "longest-match"
      case .negated: "not"
      }
    }

    /// The reason as a sentence, with the option that would keep the tag.
    public var detail: String {
      switch self {
      case .excluded(let exclusion, _, _):
        "exclusion \(exclusion) of the tag matched (see \"exclusion\")"
      case .tooFewMentions(let found, let required):
        "\(found) distinct mention(s); --min-evidence asks for \(required)"
      case .moreSpecific(let codes):
        "the text also has the more specific \(codes.joined(separator: ", ")) (--keep-parents keeps it)"
      case .fallback(let codes):
        "a fallback tag, for when no topic fits: the text has \(codes.joined(separator: ", ")) (--keep-parents keeps it)"
      case .longestMatch(let codes):
        codes.isEmpty
          ? "its words lie inside a longer phrase of another tag (--all-matches lets its rules see them)"
          : "its words lie inside a longer phrase of \(codes.joined(separator: ", ")) (--all-matches lets its rules see them)"
      case .negated(let rule, _, _):
        "rule \(rule) of the tag would hold but for its own NOT, which matched (see \"not\"); narrow the NOT to keep the tag"
      }
    }
  }

  /// Index of the tag in `codebook.tags`.
  public var tagIndex: Int
  public var code: String
  public var label: String
  public var reason: Reason
  /// The evidence the tag's own rules found (in text order; for `negated`, what the rule found with
  /// its `NOT`s set aside).
  public var evidence: [Evidence]

  public init(tagIndex: Int, code: String, label: String, reason: Reason, evidence: [Evidence]) {
    self.tagIndex = tagIndex
    self.code = code
    self.label = label
    self.reason = reason
    self.evidence = evidence
  }
}
