import Tokenization

/// The default profile's rule 47 (see `FeedbackRules.swift` for the list): a manner adverb after
/// a failure belongs to the failure.
extension DefaultProfileScorer {
  // MARK: Rule 47

  /// `Unit.entry` of a manner adverb that states a negated verb's failure (rule 47: "doesn't open
  /// properly"); not an index into the valence entries.
  static let failureMannerEntry: Int32 = -20

  /// The manner adverbs of rule 47: how well something works, which a customer names when it does
  /// not ("won't open properly", "doesn't load correctly", "never works right", "can't connect
  /// reliably", "didn't go smoothly", "didn't sleep well"). The words of
  /// `RuleTriggers.mannerAdverbs`.
  static let mannerAdverbList = [
    "properly", "correctly", "right", "smoothly", "reliably", "well", "fine", "perfectly", "normally", "accurately",
    "efficiently", "seamlessly", "successfully",
  ]
  private static let mannerAdverbs = ShortWords(mannerAdverbList)
  /// Objects that may stand between a negated verb and its manner adverb ("didn't do it properly",
  /// "won't charge them correctly").
  private static let failureObjects: ShortWords = [
    "it", "this", "that", "them", "me", "us", "you", "him", "her", "anything", "everything",
  ]
  /// Words that may follow a negator but are no verb whose manner the adverb states ("not as
  /// well", "not so well", "not quite right"), and verbs of knowing and speaking, whose "well" is
  /// no function ("I don't know it well", "can't speak well enough of them"); the feel verbs
  /// (`WordList.feelVerbs`) state health, not a failure ("wasn't feeling well").
  private static let nonVerbs: ShortWords = [
    "as", "so", "too", "quite", "very", "all", "that", "this", "the", "a", "an", "only", "just", "be", "been", "being",
    "know", "knew", "known", "remember", "understand", "think", "speak", "spoke", "say", "said",
  ]

  /// Rule 47: a manner adverb (`mannerAdverbList`) right after a verb phrase that failed states how
  /// it failed, not praise:
  ///
  /// - After a failure term (`isFailureTerm`: "won't open", "doesn't load", "can't connect",
  ///   "stopped syncing", "never works"), the adverb counts nothing: the
  ///   failure term keeps its value, as the lexicon's own phrases have it ("not working properly"
  ///   −2.2 is "not working" −2.2; "doesn't work correctly" −2.5 is "doesn't work" −2.5). The adverb
  ///   scored as praise before (+1.2 for "properly"), which left "the app won't open properly" at
  ///   −0.15.
  /// - After a negator and a verb the lexicon does not score, with at most an object between
  ///   ("doesn't open properly", "didn't do it right"), the adverb scores
  ///   `SentimentParameters.failureMannerValence` (it was the negated adverb, −0.9 for "properly",
  ///   or nothing for "right").
  /// - After a verb of praise that a negator flipped ("aren't working properly", "wasn't cleaned
  ///   properly"), the adverb brings the two to `failureMannerValence` (the negated verb is a weak
  ///   complaint: "working" 0.5 × −0.74 = −0.37, and the adverb −1.83).
  ///
  /// The adverb never ends up weaker than it was: "won't even properly open", its adverb before the
  /// verb and negated (−0.9), keeps that value.
  ///
  /// All the words adjacent, in one clause. "right" counts only at the end of its clause: "broken
  /// right now", "didn't call right away" are no manner. Not after a feel verb ("wasn't feeling
  /// well"), a verb of knowing or speaking ("don't know it well"), or a degree word ("not as well",
  /// "not quite right"), nor before "enough" ("can't speak well enough of them" is praise).
  mutating func applyFailureManner(_ text: TokenizedText, explain: Bool) {
    for index in units.indices.dropFirst() where units[index].length == 1 {
      let kind = units[index].kind
      guard kind == .valence || kind == .neutral, mayBeWord(units[index].start, of: .mannerAdverbs),
        Self.isWord(text, units[index].start, in: Self.mannerAdverbs),
        units[index - 1].start + units[index - 1].length == units[index].start
      else { continue }
      if Self.norm(of: text, units[index].start, is: "right"),
        index + 1 < units.count && units[index + 1].kind != .boundary && units[index + 1].kind != .contrast,
        !isBeforeNextTime(text, units[index].start)
      {
        continue
      }
      // "can't speak well enough of them", "can't thank you properly enough": praise (rule 2).
      let next = units[index].start + 1
      if next < text.tokens.count && Self.norm(of: text, next, is: "enough") { continue }
      // The adverb's value: nothing after a failure term the lexicon scores; after a negated verb,
      // what brings the pair to `failureMannerValence`. Never weaker than the adverb already was
      // ("won't even properly open": the adverb before the verb, negated, stays).
      var target: Double?
      let previous = units[index - 1]
      if previous.kind == .valence && previous.value < 0 {
        if isFailureTerm(text, previous) {
          target = 0
        } else if previous.isNegated {
          target = min(0, parameters.failureMannerValence - previous.value)
        }
      }
      if target == nil && (isFailedVerb(text, before: index) || isRequestedManner(text, adverb: index)) {
        target = parameters.failureMannerValence
      }
      guard let target, units[index].value > target else { continue }
      units[index].isNegated = false
      units[index].value = target
      if target == 0 {
        // The failure is scored: the adverb adds nothing to it.
        if explain { rules[index].append(.failureManner) }
      } else {
        units[index].kind = .valence
        units[index].entry = Self.failureMannerEntry
        if explain { rules[index] = [] }
      }
    }
  }

  /// Whether a negative term is a failure the lexicon scores: it opens with a negator ("won't
  /// open", "never works", "not loading"), with an auxiliary and "not" ("will not open", "does not
  /// load": the spelt-out "won't"; forty-ninth session, found by the documentation review) or with
  /// a verb of stopping or failing ("stopped syncing", "fails to load"). Not any negative word:
  /// "hacked successfully" is no failure.
  private func isFailureTerm(_ text: TokenizedText, _ unit: Unit) -> Bool {
    if unit.length >= 3, tokenWordLists[unit.start + 1].contains(.not),
      Self.isWord(text, unit.start, in: Self.auxiliaries)
    {
      return true
    }
    return Self.isWord(text, unit.start, in: Self.failureVerbs) || startsWithNegator(unit)
  }

  /// Auxiliaries before the "not" of a spelt-out failure term ("will not open", "is not loading").
  private static let auxiliaries: ShortWords = [
    "will", "would", "does", "do", "did", "can", "could", "should", "is", "are", "was", "were", "has", "have", "had",
  ]

  /// Verbs of stopping or failing that open a failure term ("stopped working", "fails to load").
  private static let failureVerbs: ShortWords = [
    "stopped", "stops", "stop", "ceased", "failed", "fails", "failing",
  ]

  /// Whether the adverb at unit `adverb` is a manner asked for: "properly", "correctly",
  /// "accurately" or "right" in a sentence with "please" before it ("Please label the shelves
  /// correctly", "pls pack things properly") or "next time" right after it ("Do it right next
  /// time"). The request says the job was not done that way (review h55b: "please put the prices
  /// on the shelves correctly" read as praise). Not "well" or "fine" ("please keep it working
  /// well" asks for more of the same).
  private func isRequestedManner(_ text: TokenizedText, adverb: Int) -> Bool {
    let token = units[adverb].start
    guard Self.isWord(text, token, in: Self.requestedManners) else { return false }
    let sentence = sentenceTokens
    if (sentence.lowerBound..<token).contains(where: { Self.isWord(text, $0, in: Self.pleaseWords) }) { return true }
    // "It was right next time" reports the second try: not after a form of "be".
    return token + 2 < sentence.upperBound && isBeforeNextTime(text, token)
      && !(token > 0 && Self.isWord(text, token - 1, in: Self.reportingCopulas))
  }

  /// Forms of "be" and "get" before an adverb that report how a later try went.
  private static let reportingCopulas: ShortWords = ["was", "is", "were", "are", "got", "been"]

  /// Whether "next time" follows token `token` ("get it right next time").
  private func isBeforeNextTime(_ text: TokenizedText, _ token: Int) -> Bool {
    token + 2 < text.tokens.count && Self.norm(of: text, token + 1, is: "next")
      && Self.norm(of: text, token + 2, is: "time")
  }

  /// The manner adverbs a request names as missing (`isRequestedManner`).
  private static let requestedManners: ShortWords = ["properly", "correctly", "accurately", "right"]
  /// "please" and its short spellings.
  private static let pleaseWords: ShortWords = ["please", "pls", "plz", "plse", "pleae"]

  /// Whether an unscored verb stands before the adverb at unit `adverb` ("open" of "doesn't open
  /// properly") with a negator right before it, and at most one object between the verb and the
  /// adverb.
  private func isFailedVerb(_ text: TokenizedText, before adverb: Int) -> Bool {
    var verb = adverb - 1
    if verb >= 1, units[verb].kind == .neutral, units[verb].length == 1,
      Self.isWord(text, units[verb].start, in: Self.failureObjects),
      units[verb - 1].start + units[verb - 1].length == units[verb].start
    {
      verb -= 1
    }
    guard verb >= 1, units[verb].kind == .neutral, units[verb].length == 1, units[verb - 1].kind == .negator,
      units[verb - 1].start + units[verb - 1].length == units[verb].start,
      text.tokens[units[verb].start].kind == .word,
      !Self.isWord(text, units[verb].start, in: Self.nonVerbs),
      !tokenWordLists[units[verb].start].contains(.feelVerbs)
    else { return false }
    return true
  }
}
