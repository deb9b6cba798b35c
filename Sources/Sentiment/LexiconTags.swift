import VerbatimCore

/// The check of a valence lexicon's `key=value` tags against lexicons/README.md (QA review 36, F08:
/// a misspelt behaviour tag, `negation=kep`, `Negation=Keep`, `tone=lukwarm`, was ignored without
/// a word and flipped the labels of the very phrases it was written for).
///
/// - Keys the default profile acts on (`negation`, `frame`, `tone`, `contrast`) take only the values
///   of `EntryTags.named`; any other value, or other case, is an error.
/// - The documented note keys (`domain`, `register`, `type`, `name`) take any value (a pack names
///   its own domain, `domain=telecom`), but are written in lower case.
/// - Any other key is the author's own note and is allowed; one within two edits of a behaviour
///   key (`negaton=keep`, `tones=lukewarm`) is warned about, since it is most likely a typo.
enum LexiconTags {
  /// What is wrong with a tag, if anything.
  enum Problem: Equatable {
    /// The line is refused (`SentimentError.badLine`).
    case error(String)
    /// The line loads; the message is a `LexiconWarning`.
    case warning(String)
  }

  /// The keys the default profile acts on, in `EntryTags.named`'s order.
  static let behaviourKeys: [String] = {
    var keys: [String] = []
    for (tag, _) in EntryTags.named {
      let key = String(tag.prefix { $0 != "=" })
      if !keys.contains(key) { keys.append(key) }
    }
    return keys
  }()

  /// The documented keys that only annotate an entry: any value.
  static let noteKeys = ["domain", "register", "type", "name"]

  private static let noteKeyBytes: [[UInt8]] = noteKeys.map { Array($0.utf8) }

  /// The values `key` (a behaviour key) takes.
  static func values(of key: String) -> [String] {
    EntryTags.named.compactMap { named in
      let parts = named.tag.split(separator: "=", maxSplits: 1)
      return parts.count == 2 && parts[0] == key ? String(parts[1]) : nil
    }
  }

  /// Every behaviour tag, for messages: "negation=keep|only, frame=suggestion|balance, …".
  static let behaviourSummary: String = behaviourKeys.map { "\($0)=\(values(of: $0).joined(separator: "|"))" }
    .joined(separator: ", ")

  /// Whether a tag (its `key=value` bytes, split at `equals`) needs no further look: a behaviour
  /// tag as documented or a lower-case note key. Byte tests only: the shipped lexicons' 6,000 tags
  /// are read at every start-up.
  static func isPlainlyValid(_ tag: UnsafeBufferPointer<UInt8>, equals: Int, setsBehaviour: Bool) -> Bool {
    if setsBehaviour { return true }
    let key = UnsafeBufferPointer(rebasing: tag[..<equals])
    return noteKeyBytes.contains { $0.count == key.count && $0.elementsEqual(key) }
  }

  /// The problem with the tag `key=value`, or nil. `isPlainlyValid` tags need not be passed.
  static func problem(key: Substring, value: Substring) -> Problem? {
    let folded = key.lowercased()
    if behaviourKeys.contains(folded) {
      let known = values(of: folded)
      if key == folded && known.contains(String(value)) { return nil }
      let caseHint =
        known.contains(value.lowercased()) || key != folded
        ? " (tags are lower case: \(folded)=\(value.lowercased()))" : ""
      return .error(
        "unknown tag \"\(key)=\(value)\"\(caseHint): \(folded) takes \(known.joined(separator: " or ")); "
          + "the tags the default profile acts on are \(behaviourSummary)")
    }
    if noteKeys.contains(folded) {
      guard key != folded else { return nil }
      return .error("tag \"\(key)=\(value)\": tag keys are lower case (\(folded)=\(value))")
    }
    if let near = behaviourKeys.first(where: { editDistance(folded, $0, atMost: 2) <= 2 }) {
      return .warning(
        "unknown tag key \"\(key)\" in \"\(key)=\(value)\" is kept as a note and changes nothing (did you mean "
          + "\(near)=?); the tags the default profile acts on are \(behaviourSummary)")
    }
    return nil
  }

  /// The Levenshtein distance of `a` and `b` (`EditDistance`), or `limit + 1` when it exceeds `limit`.
  static func editDistance(_ a: String, _ b: String, atMost limit: Int) -> Int {
    guard abs(a.unicodeScalars.count - b.unicodeScalars.count) <= limit else { return limit + 1 }
    return min(EditDistance.levenshtein(a, b), limit + 1)
  }
}
