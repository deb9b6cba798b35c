import Tokenization

/// The default profile's rule 4 (see `FeedbackRules.swift` for the list): ironic "Love how …",
/// "Great to know …" openers.
extension DefaultProfileScorer {
  /// Rule 4: "Love how …", "love being …", "amazing how …", "love paying …" that open a sentence
  /// whose rest names a fault and no praise ("love how the app logs me out every day", "love being
  /// told we're a family", "Love paying more for less") are ironic. "love how easy it is" (praise in
  /// the rest) and "love how they fixed it" (a fix) are not. "Great to know …", "Nice to see …"
  /// (`isIronicKnowOpener`) are ironic when the rest adds up to `ironicKnowComplaint` or less
  /// (review h55b).
  mutating func applyIronicLove(_ text: TokenizedText, explain: Bool) {
    // The opening praise is one of `ironicLoveWords`: most texts have none.
    guard textTriggers.contains(.ironicLoveWords) else { return }
    var opener = 0
    while opener < units.count,
      units[opener].kind == .boundary || units[opener].kind == .intensifier
        || (units[opener].kind == .neutral && units[opener].length == 1
          && (tokenWordLists[units[opener].start].contains(.ironyOpeners)
            || Self.isWord(text, units[opener].start, in: Self.lovingSubjects)))
    {
      opener += 1
    }
    if isIronicKnowOpener(text, opener) {
      // "Great to know 10 years as a customer means nothing": the rest must add up to a complaint,
      // which a word of the news it names may soften ("my loyalty … counts for nothing").
      var rest = 0.0
      for unit in units[(opener + 3)...] {
        if tokenWordLists[unit.start].contains(.fixVerbs) { return }
        rest += unit.value
      }
      if rest <= Self.ironicKnowComplaint { makeIronic(opener..<(opener + 1), explain: explain) }
      return
    }
    guard opener + 2 < units.count, units[opener].kind == .valence, units[opener].length == 1, units[opener].value > 0,
      mayBeWord(units[opener].start, of: .ironicLoveWords),
      Self.isWord(text, units[opener].start, in: Self.ironicLoveWords), units[opener + 1].kind == .neutral,
      units[opener + 1].length == 1,
      Self.isWord(text, units[opener + 1].start, in: Self.ironicLoveLinks)
        || first(text, units[opener + 1], endsWith: "ing", minimum: 5)
    else { return }
    // "Great looking jacket", "lovely fitting dress": an adjective of praise before a participle of
    // appearance is a compound adjective, praise of what follows, not an ironic "great having to"
    // (clothing field test 46: "Great looking jacket with attitude" was ironic through "attitude").
    if !Self.isWord(text, units[opener].start, in: Self.lovingVerbs),
      Self.isWord(text, units[opener + 1].start, in: Self.appearanceParticiples)
    {
      return
    }
    var rest = 0.0
    for unit in units[(opener + 2)...] {
      if unit.value > 0 || tokenWordLists[unit.start].contains(.fixVerbs) { return }
      rest += unit.value
    }
    guard rest < 0 else { return }
    makeIronic(opener..<(opener + 1), explain: explain)
  }

  /// Whether the unit at `opener` opens a sentence as "Great to know", "Nice to see", "Good to hear",
  /// "Glad to learn" (`ironicKnowWords` + "to" + `learningVerbs`) with more words after it.
  private func isIronicKnowOpener(_ text: TokenizedText, _ opener: Int) -> Bool {
    guard opener + 3 < units.count, units[opener].kind == .valence, units[opener].length == 1,
      units[opener].value > 0, Self.isWord(text, units[opener].start, in: Self.ironicKnowWords)
    else { return false }
    let to = units[opener + 1]
    let verb = units[opener + 2]
    return to.kind == .neutral && to.length == 1 && Self.norm(of: text, to.start, is: "to") && verb.kind == .neutral
      && verb.length == 1 && Self.isWord(text, verb.start, in: Self.learningVerbs)
  }

  /// The most that the rest of a "Great to know …" sentence adds up to for the opener to be ironic:
  /// a complaint, not a mild word of the news ("Good to know the shop opens late on Thursdays").
  private static let ironicKnowComplaint = -1.0
  private static let ironicKnowWords = ShortWords(ironicKnowWordList)
  /// The words of `ironicKnowWords` (`RuleTriggers.ironicLoveWords`).
  static let ironicKnowWordList = ["great", "nice", "good", "glad", "lovely", "wonderful", "brilliant", "fantastic"]
  /// "Great to KNOW", "nice to SEE".
  private static let learningVerbs: ShortWords = ["know", "see", "hear", "learn", "find", "read"]

  private static let ironicLoveWords = ShortWords(ironicLoveWordList)
  /// The words of `ironicLoveWords` (`RuleTriggers.ironicLoveWords`).
  static let ironicLoveWordList = ["love", "loving", "amazing", "lovely", "great", "wonderful"]
  private static let ironicLoveLinks: ShortWords = ["how", "being", "when"]
  /// Participles that make a compound adjective after an adjective of praise ("great looking",
  /// "lovely smelling"): no ironic link.
  private static let appearanceParticiples: ShortWords = ["looking", "fitting", "sounding", "tasting", "smelling"]
  private static let lovingSubjects: ShortWords = ["i", "we", "gotta", "really", "absolutely", "simply"]
}
