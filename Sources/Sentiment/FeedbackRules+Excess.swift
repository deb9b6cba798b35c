import Tokenization

/// The default profile's rules 12 and 30 (see `FeedbackRules.swift` for the list): excess ("too
/// fast") and plain excess ("too high").
extension DefaultProfileScorer {
  // MARK: Rule 12

  /// Whether the intensifier unit `intensifier` is one of excess ("too", "way too", "overly") and
  /// the one-word term after it is not praise that "too" only intensifies ("you're too kind").
  func isExcess(_ text: TokenizedText, _ intensifier: Unit, term: Unit) -> Bool {
    guard term.length == 1, text.tokens[term.start].kind == .word else { return false }
    let last = intensifier.start + intensifier.length - 1
    let isExcessWord = Self.norm(of: text, last, is: "too") || Self.norm(of: text, last, is: "overly")
    return isExcessWord && !Self.isWord(text, term.start, in: Self.praisedByToo)
  }

  /// Words that "too" intensifies rather than overdoes, in feedback: politeness and
  /// colloquial praise.
  private static let praisedByToo: ShortWords = ["kind", "good", "cute", "funny", "generous", "sweet"]

  // MARK: Rule 30

  /// `Unit.entry` of a word the lexicon does not score after "too" (rule 30); not an index into the
  /// valence entries.
  static let plainExcessEntry: Int32 = -10

  /// Turns a word the lexicon does not score into a complaint unit when an intensifier of excess
  /// ending in "too" comes right before it: "Prices are too high", "far too slow", "too many
  /// steps", "way too long". Not after a negator or "only" ("not too long", "only too happy"), not
  /// a pronoun, conjunction or address after "too" (the "also" of "me too, thanks"), and not a
  /// word that "too" praises (rule 12's list), and not past punctuation ("Tyler, Too" -- took").
  mutating func markPlainExcess(_ text: TokenizedText) {
    guard units.count > 1, textTriggers.contains(.too) else { return }
    for index in 0..<(units.count - 1) where units[index].kind == .intensifier {
      let next = index + 1
      let last = units[index].start + units[index].length - 1
      guard Self.norm(of: text, last, is: "too"), units[next].kind == .neutral, units[next].length == 1 else {
        continue
      }
      let word = units[next].start
      guard word == last + 1, text.tokens[word].kind == .word, text.tokens[word].utf8Range.count > 1,
        !Self.isWord(text, word, in: Self.notOverdone), !Self.isWord(text, word, in: Self.praisedByToo)
      else { continue }
      if index > 0, units[index - 1].kind == .negator { continue }
      if units[index].start > 0, Self.isWord(text, units[index].start - 1, in: Self.excessBlockers) { continue }
      units[next].kind = .valence
      units[next].entry = Self.plainExcessEntry
    }
  }

  /// Words after "too" that it does not overdo: pronouns, conjunctions, address and fillers ("me
  /// too and", "you too mate", "too lol"), and the survey answer's "too early to say" / "too soon
  /// to tell" (no opinion yet: reviews r22b–r35 coded each neutral).
  private static let notOverdone: ShortWords = [
    "i", "me", "you", "we", "us", "they", "them", "he", "him", "she", "her", "it", "and", "or", "but", "so", "as",
    "the", "a", "an", "lol", "haha", "lmao", "omg", "xx", "though", "tho", "then", "now", "today", "guys", "mate",
    "imo", "btw", "please", "pls", "thanks", "thank", "thx", "dear", "ok", "okay", "yeah", "yes", "hun", "bro",
    "true", "early", "soon",
  ]
  /// Words before "too" that make it no complaint: "not too bad", "only too happy", and a subject
  /// pronoun, whose "too" is "also" ("She too attended").
  private static let excessBlockers: ShortWords = [
    "not", "only", "never", "i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them",
  ]
}
