import Tokenization

/// The default profile's rule 2 (see `FeedbackRules.swift` for the list): a negator right after a
/// term, as its object, negates it ("fixed nothing", "helped no one").
extension DefaultProfileScorer {
  /// The negator that is the object of the term at unit `position`, right after it: "they fixed
  /// nothing", "the agent helped no one", "the change pleased nobody", "I regret nothing". It
  /// negates the term as a negator before it would. Only "nothing", "nobody", "no one", "none"
  /// (and their spellings), and only where the clause ends there or goes on with a word that
  /// cannot start a clause or a comparison ("fixed nothing at all", "helped nobody in the
  /// queue"): "Staff were great nothing was too much trouble" opens a clause with "nothing",
  /// "love nothing more than", "nothing but", "like nothing else" compare. Not after "like" ("it
  /// looks like nothing happened", "feels like nothing at all"), nor after "a"/"an" ("a struggling
  /// nobody").
  ///
  /// The term is a verb: one word that ends in "-ed" ("fixed", "helped") or is one of
  /// `objectTakingVerbs` ("regret", "helps"), not after a degree word ("very pleased none"). An
  /// adjective, a phrase or an emoji before "nothing"/"none" is an answer and then another one,
  /// not a verb and its object: "great service nothing to add", "excellent none", "👍 nothing to
  /// report" are praise (review h55b: they read as "not great"). "nothing to add", "nothing to
  /// report" is a filler of its own, so "to" continues the object only before a person ("fixed
  /// nothing to me").
  func objectNegator(_ text: TokenizedText, after position: Int) -> String? {
    let unit = units[position]
    let next = position + 1
    guard next < units.count, units[next].kind == .negator, units[next].start == unit.start + unit.length
    else { return nil }
    let negator = units[next]
    guard
      negator.length == 1
        ? Self.isWord(text, negator.start, in: Self.objectNegators)
        : Self.norm(of: text, negator.start, is: "no")
          && Self.norm(of: text, negator.start + negator.length - 1, is: "one")
    else { return nil }
    guard unit.length == 1, text.tokens[unit.start].kind == .word,
      Self.norm(of: text, unit.start, endsWith: "ed", minimum: 4)
        || Self.isWord(text, unit.start, in: Self.objectTakingVerbs)
    else { return nil }
    // "a struggling nobody": an adjective before a noun; "very pleased none": a degree word before
    // an adjective.
    if unit.start > 0,
      tokenWordLists[unit.start - 1].contains(.articles) || Self.isWord(text, unit.start - 1, in: Self.degreeWords)
    {
      return nil
    }
    // "Satisfied none": "none" after a verb that opens its sentence answers a question ("any
    // suggestions?"); "nothing" there is the verb's object ("Fixed nothing.").
    if negator.length == 1, Self.norm(of: text, negator.start, is: "none"),
      position == 0 || units[position - 1].kind == .boundary
    {
      return nil
    }
    let after = negator.start + negator.length
    if next + 1 < units.count, units[next + 1].start == after {
      let following = units[next + 1]
      guard
        following.kind == .boundary
          || (following.kind != .valence && following.kind != .negator
            && Self.isWord(text, after, in: Self.objectContinuations)
            && (!Self.norm(of: text, after, is: "to") || Self.isWord(text, after + 1, in: Self.personObjects)))
      else { return nil }
    } else if after < text.tokens.count, text.tokens[after].kind != .punct {
      // A mention, URL or number right after the negator: not a closed clause.
      return nil
    }
    return (negator.start..<after).map { text.norm(of: text.tokens[$0]) }.joined(separator: " ")
  }

  /// One-word negators that can be a verb's object ("fixed nothing"); "no one" and "no-one" (three
  /// tokens) are matched by their first and last words.
  private static let objectNegators: ShortWords = ["nothing", "nothin", "nobody", "noone", "none"]
  /// Words that may follow an object negator inside its clause: prepositions and adverbs that do
  /// not open a clause or a comparison.
  private static let objectContinuations: ShortWords = [
    "at", "whatsoever", "for", "in", "to", "about", "and", "yet", "either", "today", "really", "here", "there",
    "then", "since", "with", "on", "from", "this", "that", "all",
  ]
  /// Verbs that take an object negator and do not end in "-ed" (`objectNegator`): present forms,
  /// and past forms of other shapes ("won nothing", "costs nothing", "lost nothing").
  private static let objectTakingVerbs: ShortWords = [
    "help", "helps", "fix", "fixes", "solve", "solves", "resolve", "resolves", "please", "pleases", "satisfy",
    "satisfies", "impress", "impresses", "improve", "improves", "regret", "regrets", "blame", "blames", "trust",
    "trusts", "achieve", "achieves", "suit", "suits", "benefit", "benefits", "recommend", "recommends", "love",
    "loves", "enjoy", "enjoys", "care", "cares", "respect", "respects", "hate", "hates", "fear", "fears", "miss",
    "misses", "won", "win", "wins", "gain", "gains", "offer", "offers", "deliver", "delivers", "work", "works",
    "cost", "costs", "risk", "risks", "lose", "loses", "lost", "hurt", "hurts", "harm", "harms", "bother",
    "bothers", "worry", "worries",
  ]
  /// Degree words that stand before an adjective, not a verb ("very pleased none").
  private static let degreeWords: ShortWords = [
    "very", "so", "all", "extremely", "quite", "pretty", "super", "most",
  ]
  /// People a "to" after an object negator may name ("explained nothing to me").
  private static let personObjects: ShortWords = ["me", "us", "them", "him", "her", "anyone", "anybody", "you"]
}
