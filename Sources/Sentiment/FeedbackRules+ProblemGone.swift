import Tokenization

/// The default profile's rule 45 (see `FeedbackRules.swift` for the list): a problem that went
/// away.
extension DefaultProfileScorer {
  // MARK: Rule 45

  /// The verb of a problem that went away, when the term at unit `position` is that problem or
  /// that verb: "my back pain is gone", "the pain disappeared after two sessions", "the noise has
  /// stopped", "the rash cleared up", "the problem went away" (QA review 44: "back pain gone after
  /// 6 weeks" was a complaint). The problem is a negative term followed, with at most three link
  /// words between ("has", "is", "finally", "completely" …: `goneLinks`), by a verb of going away
  /// (`goneVerbWords`; "went" and "faded" with "away", "cleared" alone or with "up") that ends the
  /// sentence or is followed by a word of how or when (`goneFollowers`: "completely", "after",
  /// "within", "thanks" …). Anything else between — a negator ("hasn't gone", "never went away"),
  /// another noun ("the rude staff have gone") — or after ("gone missing", "gone up", "stopped me
  /// sleeping") keeps the term. Like rule 19's fixed object, the problem then counts nothing, and
  /// so does a verb that is negative on its own ("disappeared", "vanished": a parcel that
  /// disappeared is a complaint, a pain that disappeared is not).
  @inline(never)
  func goneProblem(_ text: TokenizedText, at position: Int) -> String? {
    if let verb = goneVerb(text, after: position) { return verb }
    // The term is the verb: a problem before it.
    guard units[position].length == 1, Self.isWord(text, units[position].start, in: Self.goneVerbs) else {
      return nil
    }
    var back = position - 1
    while back >= 0 && position - back <= Self.goneLinkReach + 1 {
      let other = units[back]
      if other.kind == .valence {
        guard other.entry >= 0, tables.valence(ofEntry: other.entry) < 0,
          goneVerb(text, after: back) != nil
        else { return nil }
        return text.norm(of: text.tokens[units[position].start])
      }
      guard other.kind == .neutral, other.length == 1, Self.isWord(text, other.start, in: Self.goneLinks) else {
        return nil
      }
      back -= 1
    }
    return nil
  }

  /// The verb of going away that the problem at unit `position` is the subject of (see
  /// `goneProblem`), or nil.
  private func goneVerb(_ text: TokenizedText, after position: Int) -> String? {
    var next = position + 1
    while next < units.count && next - position <= Self.goneLinkReach + 1 {
      let other = units[next]
      guard other.length == 1 else { return nil }
      if Self.isWord(text, other.start, in: Self.goneVerbs), other.kind == .neutral || other.kind == .valence {
        var after = other.start + 1
        let verb = text.norm(of: text.tokens[other.start])
        let particle = after < text.tokens.count ? text.norm(of: text.tokens[after]) : ""
        if verb == "went" || verb == "faded" {
          guard particle == "away" else { return nil }
          after += 1
        } else if particle == "away" || (verb == "cleared" && particle == "up") {
          after += 1
        }
        guard
          after >= text.tokens.count || text.tokens[after].kind == .punct
            || Self.isWord(text, after, in: Self.goneFollowers)
        else { return nil }
        return verb
      }
      guard other.kind == .neutral, Self.isWord(text, other.start, in: Self.goneLinks) else { return nil }
      next += 1
    }
    return nil
  }

  /// Most link words between a problem and the verb of its going away.
  private static let goneLinkReach = 3
  /// Verbs of a problem going away (`RuleTriggers.goneVerbs` holds them too).
  static let goneVerbWordList = [
    "gone", "disappeared", "vanished", "stopped", "eased", "subsided", "cleared", "went", "faded", "lifted",
  ]
  private static let goneVerbs = ShortWords(goneVerbWordList)
  /// Words between a problem and its verb: auxiliaries and adverbs of time and degree.
  private static let goneLinks: ShortWords = [
    "is", "was", "has", "have", "had", "are", "were", "now", "finally", "completely", "totally", "entirely",
    "all", "just", "since", "already", "almost", "virtually", "pretty", "much", "largely", "mostly", "at", "last",
    "eventually", "quickly", "soon",
  ]
  /// Words that may follow the verb: how completely, when, and thanks to whom.
  private static let goneFollowers: ShortWords = [
    "completely", "entirely", "altogether", "now", "since", "after", "thanks", "and", "so", "within", "in", "by",
    "at", "for", "overnight", "quickly", "immediately", "straight", "already", "totally", "fully", "once",
  ]
}
