import Tokenization

/// The default profile's rule 53 (see `FeedbackRules.swift` for the list): praise for those who
/// like a harm.
extension DefaultProfileScorer {
  /// Rule 53: praise recommended "if you like", "enjoy", "love" or "fancy" an experience that is a
  /// harm is sarcasm: "Brilliant service, if you like being ignored", "Perfect if you enjoy being
  /// ignored", "Great place if you love queuing for hours". The experience opens right after the
  /// verb ("being"/"getting" + a participle, or a gerund: `isUndergoing`); a taste ("if you love
  /// horror films") is sincere. The praise before the "if" in its
  /// sentence is ironic (× `SentimentParameters.ironicPraiseScalar`, as rule 4's), the liking verb
  /// counts nothing, and the harm keeps its value. The harm is a term whose value is negative after
  /// the other rules, in the condition's clause after the verb; a condition that avoids it or deals
  /// with it ("if you like avoiding the crowds", "if you enjoy tracking bad habits": `avoidingWords`) is a
  /// sincere recommendation, and so is one without a harm ("Great if you like spicy food") or a
  /// negated verb ("if you don't like waiting" is no "if you like").
  ///
  /// The audience may be named instead of addressed: "Great for those who enjoy being ignored",
  /// "Ideal for anyone who loves being overcharged", "Highly recommended to people who like
  /// waiting on hold": "for" or "to", an audience (`audienceWords`), "who", and a liking verb in
  /// any person ("loves", "enjoys"), read as "if you like …" is.
  mutating func applySarcasticCondition(_ text: TokenizedText, explain: Bool) {
    // The openers by their word lists' bits (one test a token); the audience only in a text with
    // a "who" (`RuleTriggers.whWords`).
    let audience = textTriggers.contains(.whWords)
    let openers: WordList = audience ? [.conditions, .forWord, .to] : .conditions
    for token in sentenceTokens where !tokenWordLists[token].isDisjoint(with: openers) {
      let verb: Int
      if tokenWordLists[token].contains(.conditions) {
        guard Self.norm(of: text, token, is: "if") else { continue }
        // "if you like": the "if" is a word of its own.
        guard let unit = unitIndex(startingAt: token), units[unit].kind == .neutral, units[unit].length == 1,
          token + 3 < text.tokens.count, Self.norm(of: text, token + 1, is: "you"),
          Self.isWord(text, token + 2, in: Self.likingVerbs)
        else { continue }
        verb = token + 2
      } else {
        // "for those who enjoy", "to anyone who loves".
        guard token + 4 < text.tokens.count, Self.isWord(text, token + 1, in: Self.audienceWords),
          Self.norm(of: text, token + 2, is: "who"), Self.isWord(text, token + 3, in: Self.likingVerbs)
        else { continue }
        verb = token + 3
      }
      // The units of the praise: those that open before the condition ("Ideal for" holds its "for").
      let opening = units.partitionPoint { $0.start < token }
      guard isUndergoing(text, verb + 1),
        units[..<opening].contains(where: { $0.kind == .valence && $0.value > 0 }),
        conditionNamesHarm(text, from: opening, verb: verb)
      else { continue }
      makeIronic(0..<opening, explain: explain)
      if let verbUnit = unitIndex(startingAt: verb), units[verbUnit].kind == .valence, units[verbUnit].value > 0 {
        units[verbUnit].value = 0
        if explain { rules[verbUnit].append(.ironicPraise(factor: 0)) }
      }
      return
    }
  }

  /// Whether the word at token `index`, right after the liking verb, opens an experience the
  /// customer goes through: "being"/"getting" + a participle ("being ignored"), or a gerund
  /// ("queuing", "paying twice"). A liking verb before a noun ("if you love horror films", "a
  /// difficult challenge") names a taste, which is sincere.
  private func isUndergoing(_ text: TokenizedText, _ index: Int) -> Bool {
    text.tokens[index].kind == .word
      && (Self.isWord(text, index, in: Self.passiveAuxiliaries)
        || Self.norm(of: text, index, endsWith: "ing", minimum: 5))
  }

  /// Whether the condition whose units open at unit `index` (its liking verb at token `verb`) names a
  /// harm after the verb, in its clause, and avoids none.
  private func conditionNamesHarm(_ text: TokenizedText, from index: Int, verb: Int) -> Bool {
    var harm = false
    var scan = index
    while scan < units.count, units[scan].kind != .boundary, units[scan].kind != .contrast {
      let unit = units[scan]
      if unit.start > verb {
        if (unit.start..<(unit.start + unit.length)).contains(where: { Self.isWord(text, $0, in: Self.avoidingWords) })
        {
          return false
        }
        if unit.kind == .valence && unit.value < 0 { harm = true }
      }
      scan += 1
    }
    return harm
  }

  /// The verbs of liking in "if you like …" (rule 53). Not "want": "if you want to lose weight"
  /// wants a harm gone.
  private static let likingVerbs: ShortWords = [
    "like", "enjoy", "love", "fancy", "adore", "relish", "likes", "enjoys", "loves", "fancies", "adores", "relishes",
  ]
  /// Who the praise is for, named ("for those who", "for anyone who", "to people that").
  private static let audienceWords: ShortWords = [
    "those", "anyone", "anybody", "people", "folks", "someone", "somebody", "everyone", "everybody",
  ]

  /// "being ignored", "getting ripped off".
  private static let passiveAuxiliaries: ShortWords = ["being", "getting"]
  /// Words of a condition that keeps a harm away or deals with it ("if you like avoiding the
  /// crowds", "if you enjoy tracking your bad habits", "if you love beating stress").
  private static let avoidingWords: ShortWords = [
    "avoid", "avoiding", "escape", "escaping", "skip", "skipping", "beat", "beating", "without", "away", "hate",
    "dislike", "lose", "losing", "reduce", "reducing", "quit", "quitting", "rid", "manage", "managing", "fix",
    "fixing", "stop", "stopping", "forget", "forgetting", "cure", "curing", "treat", "treating", "track",
    "tracking", "overcome", "overcoming", "fight", "fighting", "tackle", "tackling", "solve", "solving",
  ]
}
