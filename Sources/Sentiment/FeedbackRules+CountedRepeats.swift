import Tokenization

/// The default profile's rule 43 (see `FeedbackRules.swift` for the list): a contact or effort
/// counted out.
extension DefaultProfileScorer {
  // MARK: Rule 43

  /// The triggers of `markCounts`.
  static let countTriggers: RuleTriggers = [.repeatCounts, .spentTimeVerbs, .lateOutcomeAdverbs, .quoteWords]

  /// Rules 43, 42 (time spent, an outcome reached late) and 44, each when the text has its trigger words: one call from
  /// `scoreMapped`, which stays small enough to be inlined as it is.
  @inline(never)
  mutating func markCounts(_ text: TokenizedText, range: Range<Int>) {
    if textTriggers.contains(.repeatCounts) { markCountedRepeats(text) }
    if textTriggers.contains(.spentTimeVerbs) { markSpentTime(text) }
    if textTriggers.contains(.lateOutcomeAdverbs) { markLateOutcome(text) }
    if textMayHoldCurrencySign && textTriggers.contains(.quoteWords) { markBillOverQuote(text, range: range) }
  }

  /// `Unit.entry` of the "times" of a counted repeat (rule 43); not an index into the valence
  /// entries.
  static let countedRepeatEntry: Int32 = -18

  /// "Phoned the surgery 6 times", "emailed them four times", "the form asks for the same
  /// information three times", "tried to sell me insurance 5 times" (QA review 44: customers
  /// complain by counting, and only "called/rang/phoned/emailed N times" with nothing between were
  /// in the lexicon). The "times" of "N times" — N three or more, in digits or words, or "several",
  /// "multiple", "countless" … — scores `SentimentParameters.countedRepeatValence` when its clause
  /// holds, within `countedRepeatReach` units before it, a verb of contacting or of trying
  /// (`repeatVerbs`: "phoned", "asked", "chased", "sent", "tried" …) or "same". Not when a negator
  /// comes between ("never had to call 3 times"), and not when the clause holds praise ("visited 5
  /// times and loved it", "asked three times and they were lovely"), where the count is loyalty or
  /// patience rewarded.
  @inline(never)
  mutating func markCountedRepeats(_ text: TokenizedText) {
    for index in units.indices where index >= 2 && units[index].kind == .neutral && units[index].length == 1 {
      guard Self.norm(of: text, units[index].start, is: "times"), isCountedRepeat(text, times: index) else {
        continue
      }
      units[index].kind = .valence
      units[index].entry = Self.countedRepeatEntry
    }
  }

  /// Whether the "times" unit at `times` closes a counted repeat (`markCountedRepeats`). Not
  /// `mutating`, and it calls no method of the scorer: `markCountedRepeats` would otherwise copy the
  /// whole scorer for each call.
  private func isCountedRepeat(_ text: TokenizedText, times: Int) -> Bool {
    guard Self.isManyTimes(text, units[times - 1]) else { return false }
    var repeated = false
    var back = times - 2
    while back >= 0, times - back <= Self.countedRepeatReach {
      let unit = units[back]
      if unit.kind == .boundary || unit.kind == .contrast || unit.kind == .negator { break }
      if unit.kind == .valence && unit.entry >= 0 && tables.valence(ofEntry: unit.entry) > 0 { return false }
      // The unit's first word: "asked for help" is a neutral phrase of its own.
      if Self.isWord(text, unit.start, in: Self.repeatVerbs) { repeated = true }
      back -= 1
    }
    guard repeated else { return false }
    // No praise after it in the clause either.
    var next = times + 1
    while next < units.count, units[next].kind != .boundary, units[next].kind != .contrast {
      let unit = units[next]
      if unit.kind == .valence && unit.entry >= 0 && tables.valence(ofEntry: unit.entry) > 0 { return false }
      next += 1
    }
    return true
  }

  /// Whether the unit before "times" states a count of three or more: a number ("6", "3-4" ends
  /// in "4") or a word of many ("four", "several", "multiple", "countless").
  private static func isManyTimes(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.kind == .neutral, unit.length == 1 else { return false }
    let token = text.tokens[unit.start]
    if token.kind == .number { return leadingInteger(text, token) >= 3 }
    return isWord(text, unit.start, in: manyCounts)
  }

  /// Most units between the verb and "times" ("tried to sell me gap insurance 5 times").
  private static let countedRepeatReach = 8
  /// Counts of three or more in words.
  private static let manyCounts: ShortWords = [
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    "several", "multiple", "many", "countless", "numerous", "umpteen", "dozen", "hundred",
  ]
  /// Verbs of contacting, asking and trying again, of starting a device over ("reset the router six
  /// times", "reinstalled it three times": forty-ninth session), and "same": what a customer does
  /// more than once only when the first time did not work.
  private static let repeatVerbs: ShortWords = [
    "called", "calling", "phoned", "phoning", "rang", "ringing", "emailed", "emailing", "messaged", "texted",
    "wrote", "written", "chased", "chasing", "contacted", "asked", "asking", "asks", "explained", "explaining",
    "repeated", "sent", "resent", "resubmitted", "submitted", "applied", "reapplied", "tried", "trying",
    "complained", "reported", "rebooked", "rescheduled", "postponed", "cancelled", "canceled", "transferred",
    "disconnected", "reset", "resetting", "restarted", "restarting", "rebooted", "rebooting", "reinstalled",
    "reinstalling", "replaced", "unplugged", "same",
  ]
}
