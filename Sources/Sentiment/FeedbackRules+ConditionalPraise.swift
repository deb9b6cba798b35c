import Tokenization

/// The default profile's rule 50 (see `FeedbackRules.swift` for the list): praise on a condition.
extension DefaultProfileScorer {
  /// Rule 50: praise in a present counterfactual with a condition after it ("It would be a great
  /// app if it didn't crash", "This could be a lovely hotel if the rooms were cleaned", "Would be
  /// perfect if it had a dark mode") names what the product is not yet: the modal opens a
  /// suggestion, as a `frame=suggestion` phrase of the lexicon does (rule 13), so the praise and
  /// the condition's wished-for praise count nothing, and a fault the condition wishes away counts
  /// as the complaint it is (rule 41: "if it didn't crash" is −, not a negated negative's +).
  ///
  /// The modal is "would", "could", "might" or a contraction ("it'd", "we'd"), right before "be"
  /// (not "would have been": rule 6 negates that praise), then the sentence's first valence term
  /// within `conditionalPraiseReach` units ("a great app", "really good"), positive, then an "if"
  /// in the same clause (not "even if", "as if", "what if", "only if"; not "if" + a gerund, which
  /// means "when", nor "if you …" / "if anyone …", a recommendation for the reader's situation);
  /// not an offer ("would be happy to recommend them if asked"). A comparative keeps rule 9's negation ("It would be better if the app was
  /// faster": "better" is asked for, and "faster" now counts nothing too). A sentence that already
  /// has a suggestion frame keeps it, and the modal of a question ("Would it be good if …") is not
  /// before "be".
  mutating func markConditionalPraise(_ text: TokenizedText) {
    guard !hasSuggestionFrame else { return }
    for modal in units.indices where units[modal].kind == .neutral && units[modal].length == 1 {
      let token = units[modal].start
      guard Self.isWord(text, token, in: Self.conditionalModals), modal + 1 < units.count else { continue }
      let be = units[modal + 1]
      guard be.kind == .neutral, be.length == 1, be.start == token + 1, Self.norm(of: text, be.start, is: "be")
      else { continue }
      guard let praise = conditionalPraise(text, after: modal + 1), !isOffer(text, praise),
        hasCondition(text, after: praise)
      else { continue }
      units[modal].entry = Self.suggestionFrameEntry
      hasSuggestionFrame = true
      return
    }
  }

  /// The unit index of the positive term that the "be" at unit `be` predicates, or nil: the first
  /// valence unit within `conditionalPraiseReach` units, with only neutral words and intensifiers
  /// before it ("a", "really", "five"), and a positive lexicon value.
  private func conditionalPraise(_ text: TokenizedText, after be: Int) -> Int? {
    var index = be + 1
    while index < units.count, index - be <= Self.conditionalPraiseReach {
      switch units[index].kind {
      case .neutral, .intensifier:
        index += 1
        continue
      case .valence:
        let entry = units[index].entry
        guard entry >= 0, tables.valence(ofEntry: entry) > 0 else { return nil }
        return index
      default:
        return nil
      }
    }
    return nil
  }

  /// Whether the praise at unit `praise` is followed by "to": an offer or a readiness ("I would be
  /// happy to recommend them if anyone asks", "would be glad to stay again if we're back").
  private func isOffer(_ text: TokenizedText, _ praise: Int) -> Bool {
    let next = units[praise].start + units[praise].length
    return next < text.tokens.count && Self.norm(of: text, next, is: "to")
  }

  /// Whether an "if" opens a condition after unit `praise`, in its clause (before a boundary or a
  /// contrast), and not after `conditionBlockers` ("even if", "as if"), nor before a gerund ("if
  /// shooting in low light" is "when"), nor before the reader ("if you're on a budget", "if anyone
  /// needs a plumber": a recommendation for a situation, `readerSubjects`).
  private func hasCondition(_ text: TokenizedText, after praise: Int) -> Bool {
    var index = praise + 1
    while index < units.count, units[index].kind != .boundary, units[index].kind != .contrast {
      let unit = units[index]
      if unit.kind == .neutral, unit.length == 1, Self.norm(of: text, unit.start, is: "if") {
        if unit.start > 0 && Self.isWord(text, unit.start - 1, in: Self.conditionBlockers) { return false }
        // "would be really helpful if shooting in low light": a gerund makes "if" "when".
        let next = unit.start + 1
        guard next < text.tokens.count else { return true }
        return !(text.tokens[next].kind == .word && Self.norm(of: text, next, endsWith: "ing", minimum: 5))
          && !isReaderCondition(text, next)
      }
      index += 1
    }
    return false
  }

  /// Whether the modal frame unit `frame` of a suggestion is rule 50's (a lone modal) rather than a
  /// lexicon phrase: its explanation then reads "would be … if".
  func isConditionalPraiseFrame(_ text: TokenizedText, _ frame: Int) -> Bool {
    units[frame].length == 1 && Self.isWord(text, units[frame].start, in: Self.conditionalModals)
  }

  /// Modals of a present counterfactual (rule 50); not "should" ("should be good if the weather
  /// holds" predicts) nor the perfects ("would've": rule 6).
  static let conditionalModals: ShortWords = [
    "would", "could", "might", "i'd", "we'd", "it'd", "they'd", "you'd", "itd", "theyd", "youd",
  ]
  /// Whether the condition whose first word is token `index` states the reader's situation: "if
  /// you're on a budget", "if anyone needs a plumber", "if you work from home" (`readerSubjects`).
  /// A "you" whose verb is a modal or in the past is the company addressed, asked for what it does
  /// not do ("if you trained your staff", "if you could sort out my refund"), and is no such
  /// condition.
  private func isReaderCondition(_ text: TokenizedText, _ index: Int) -> Bool {
    guard Self.isWord(text, index, in: Self.readerSubjects) else { return false }
    guard Self.norm(of: text, index, is: "you"), index + 1 < text.tokens.count else { return true }
    let verb = index + 1
    return !(Self.isWord(text, verb, in: Self.addressedModals) || Self.norm(of: text, verb, endsWith: "ed", minimum: 4))
  }

  /// Modals and past forms after "you" that address the company ("if you could", "if you had").
  private static let addressedModals: ShortWords = [
    "could", "would", "had", "were", "did", "made", "got", "gave", "sent", "took", "kept", "paid", "put",
  ]
  /// Subjects of a condition that is the reader's situation ("if you're travelling with kids").
  private static let readerSubjects: ShortWords = [
    "you", "you're", "youre", "your", "u", "ur", "anyone", "someone", "anybody", "somebody",
  ]
  /// Most units between "be" and the praise: "would be a really great app if".
  static let conditionalPraiseReach = 4
}
