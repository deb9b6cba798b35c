import VerbatimCore

/// Which rule set scores a text.
public enum SentimentProfile: String, Sendable, CaseIterable {
  /// Verbatim's rules on ICU tokens (negation scope, bounded negation of negatives, contrast per
  /// sentence, mentions/URLs never scored…), with the shipped lexicons as the base.
  case `default`
  /// A faithful copy of vaderSentiment 3.3.2's `polarity_scores`, quirks and rounding included,
  /// on VADER's own whitespace tokenization. Needs VADER's lexicon files by path.
  case vader
}

/// A lexicon file to load, by path.
public struct LexiconSpec: Sendable, Equatable {
  public var path: String
  public var format: LexiconFormat

  public init(path: String, format: LexiconFormat = .auto) {
    self.path = path
    self.format = format
  }
}

/// How to build a `SentimentModel`.
public struct SentimentConfiguration: Sendable {
  public var profile: SentimentProfile
  /// Start from the shipped lexicons (default profile only). False = `--lexicon -default`.
  public var includeShippedLexicons: Bool
  /// Valence lexicons loaded on top of the base, in order: a later file's value for a term wins.
  public var lexicons: [LexiconSpec]
  /// An emoji → description file in vaderSentiment's `emoji_utf8_lexicon.txt` format.
  public var emojiLexicon: String?
  public var thresholds: SentimentThresholds
  /// The rule constants; nil = the profile's own (`SentimentParameters.default` or `.vader`).
  public var parameters: SentimentParameters?
  /// Word lists for the default profile's rules, by path; nil = the shipped `lexicons/negators.txt`,
  /// `lexicons/intensifiers.tsv` (term<TAB>scalar) and `lexicons/contrast.txt` (term[<TAB>before|after]).
  public var negatorsPath: String?
  public var intensifiersPath: String?
  public var contrastPath: String?

  public init(
    profile: SentimentProfile = .default, includeShippedLexicons: Bool = true, lexicons: [LexiconSpec] = [],
    emojiLexicon: String? = nil, thresholds: SentimentThresholds = SentimentThresholds(),
    parameters: SentimentParameters? = nil
  ) {
    self.profile = profile
    self.includeShippedLexicons = includeShippedLexicons
    self.lexicons = lexicons
    self.emojiLexicon = emojiLexicon
    self.thresholds = thresholds
    self.parameters = parameters
  }
}

/// Provenance of one loaded file, for run manifests.
public struct LexiconSource: Sendable, Equatable {
  /// What the file is used for: "valence", "emoji", "negators", "intensifiers", "contrast", "vader-rules".
  public var role: String
  /// File name (embedded) or the path given.
  public var name: String
  /// Whether the file came from the binary (`lexicons/` at build time) rather than a path.
  public var embedded: Bool
  public var format: LexiconFormat
  public var entryCount: Int
  /// The file's bytes, kept for `sha256`: a shipped lexicon's stay in the binary until asked for,
  /// a file's text stays in memory beside the model built from it.
  let contents: LexiconContents

  /// SHA-256 of the file's bytes, lower-case hex. Computed when asked for (run manifests and
  /// reports), not when the model is built: hashing the shipped lexicons on every run took 18M
  /// instructions, 2% of scoring the 23,703 VADER texts.
  public var sha256: String { SHA256.hex(of: contents.bytes) }
  /// The size in bytes of what `sha256` hashes.
  public var byteCount: Int { contents.byteCount }
}

/// Where a `LexiconSource`'s bytes are.
enum LexiconContents: Sendable, Equatable {
  /// A file's text, as read.
  case text(String)
  /// A shipped file, by name (`EmbeddedData`): its text is not made for a model read from the
  /// build's archive, which never parses it (3.6M instructions a start-up).
  case embedded(name: String)

  var bytes: [UInt8] {
    switch self {
    case .text(let text): Array(text.utf8)
    case .embedded(let name): EmbeddedData.bytes(named: name) ?? []
    }
  }

  /// `bytes.count`, without copying them.
  var byteCount: Int {
    switch self {
    case .text(let text): text.utf8.count
    case .embedded(let name): EmbeddedData.byteCount(named: name) ?? 0
    }
  }
}
