import Tokenization

/// The default profile's rule 19 (see `FeedbackRules.swift` for the list): what a fix removed
/// ("fixed my broken boiler").
extension DefaultProfileScorer {
  // MARK: Rule 19

  /// The verb of a fix that happened, when the negative term at unit `position` is what it removed:
  /// its object ("fixed my broken boiler", "sorted the damp problem", "cleared the backlog"; at most
  /// three plain words between, no other opinion term), or its subject before a passive ("the
  /// leak was repaired", "my issue has been resolved", "the fault got sorted"; no negator between:
  /// "never got fixed", "still hasn't been resolved" keep the problem). The verbs are the past
  /// forms of `WordList.fixVerbs`; a base form ("needs to fix the leak") is a fix not yet done,
  /// unless a frame of accomplishment reports it ("managed to fix the leak": `isAccomplishedFix`).
  /// `accomplished`: the verb is such a base form, without praise of its own.
  func fixedObject(_ text: TokenizedText, at position: Int) -> (verb: String, accomplished: Bool)? {
    // An adverb says how the fix went ("handled badly", "fixed it badly"): it is no object.
    let term = units[position]
    if term.length == 1, first(text, term, endsWith: "ly", minimum: 4) { return nil }
    // "replaced the wrong part", "managed to refund the wrong card": what is wrong is the fix's
    // fault, not what it removed (fiftieth session, review h50c).
    if term.length == 1, term.start > 0, Self.norm(of: text, term.start, is: "wrong"),
      tokenWordLists[term.start - 1].contains(.articles) || Self.norm(of: text, term.start - 1, is: "the")
    {
      return nil
    }
    var back = position - 1
    while back >= 0 && back >= position - 4 {
      let other = units[back]
      // A phrasal fix verb is a fix too: "sorted out a problem", "cleared up the mess".
      if other.length == 1 || (other.length == 2 && Self.isWord(text, other.start + 1, in: Self.fixParticles)),
        tokenWordLists[other.start].contains(.fixVerbs), other.kind == .neutral || other.kind == .valence
      {
        // "replaced by the forced funniness", "replaced it with a worse one": a substitution, whose
        // agent or replacement is no problem removed.
        let between = (other.start + 1)..<term.start
        if between.contains(where: { Self.isWord(text, $0, in: Self.substitutionWords) }) { return nil }
        // "could have been handled better": a fix that did not happen (review r30).
        if back >= 2, counterfactualModal(text, before: back - 1) != nil { return nil }
        return (text.norm(of: text.tokens[other.start]), false)
      }
      // A base form after a frame of accomplishment: "managed to fix the problem".
      if other.length == 1 || (other.length == 2 && Self.isWord(text, other.start + 1, in: Self.fixParticles)),
        other.kind == .neutral || other.kind == .valence, isAccomplishedFix(text, verb: other.start)
      {
        // A base form with praise of its own ("solve") keeps it, as a past form does, and the
        // problem counts nothing; one without ("fix") lends the problem the fix's praise.
        return (text.norm(of: text.tokens[other.start]), other.kind == .neutral)
      }
      guard other.kind == .neutral || other.kind == .intensifier else { break }
      // A coordinated clause has its own object: "fixed the heating and damaged the floor".
      if first(other, isIn: .conjunctions) || first(other, isIn: .coordinators)
        || Self.isWord(text, other.start, in: Self.clauseLinks)
      {
        break
      }
      back -= 1
    }
    // A phrase with its own negator ("still hasn't") is no subject of a fix.
    let holdsNegator = ids.withUnsafeBufferPointer { ids in
      (term.start..<(term.start + term.length)).contains {
        tables.negators.longestMatch(ids, from: $0, to: term.start + term.length) != nil
      }
    }
    if holdsNegator { return nil }
    var next = position + 1
    while next < units.count && next <= position + 4 {
      let other = units[next]
      guard other.kind == .neutral, other.length == 1 else { break }
      // "broken until it is fixed": the fix is awaited (rule 24), the problem stays.
      if Self.isWord(text, other.start, in: Self.fixPending) { break }
      if Self.isWord(text, other.start, in: Self.passiveLinks), next + 1 < units.count {
        let verb = units[next + 1]
        if verb.length == 1, verb.kind == .neutral || verb.kind == .valence,
          tokenWordLists[verb.start].contains(.fixVerbs)
        {
          return (text.norm(of: text.tokens[verb.start]), false)
        }
      }
      next += 1
    }
    return nil
  }

  private static let substitutionWords: ShortWords = ["by", "with"]

  /// Particles of a phrasal fix verb ("sorted out", "cleared up").
  private static let fixParticles: ShortWords = ["out", "up"]

  /// Words that start another clause between a fix verb and a later term.
  private static let clauseLinks: ShortWords = ["but", "then", "so", "while", "yet", "also"]

  /// The auxiliaries of a passive that reports a fix ("was fixed", "has been resolved", "got sorted").
  private static let passiveLinks: ShortWords = ["was", "were", "been", "got", "gets", "is", "are", "now"]

  /// Whether `unit` is a lexicon phrase of a negator + "even" ("didn't even", "never even").
  func isNegatedEven(_ text: TokenizedText, _ unit: Unit) -> Bool {
    unit.kind == .valence && unit.length == 2 && startsWithNegator(unit)
      && Self.norm(of: text, unit.start + 1, is: "even")
  }
}
