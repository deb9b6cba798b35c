/// A valence entry: what the explanation shows and where it came from.
struct ValenceEntry: Sendable {
  var term: String
  var valence: Double
  /// "general-en.tsv:123", or "emoji description" for an emoji scored from its description.
  var origin: String
}

/// Which clause a contrastive connective promotes.
enum ContrastSide: Sendable {
  /// "but", "however": the clause after the connective weighs more.
  case after
  /// The clause before the connective weighs more.
  case before
}

/// The default profile's lookup structures: one vocabulary of token norms, and tries over it for
/// valence terms (single words and multi-word expressions), negators, intensifiers and contrastive
/// connectives, plus prefix wildcards.
struct RuleTables: Sendable {
  var vocabulary = Vocabulary()
  var valence = PhraseTable()
  var prefixes = PrefixTable()
  var entries: [ValenceEntry] = []
  var negators = PhraseTable()
  var negatorTerms: [String] = []
  var intensifiers = PhraseTable()
  var intensifierEntries: [(term: String, scalar: Double)] = []
  var contrast = PhraseTable()
  var contrastEntries: [(term: String, side: ContrastSide)] = []

  mutating func ids(adding keys: [[UInt8]]) -> [Int32] {
    keys.map { vocabulary.id(adding: $0) }
  }
}
