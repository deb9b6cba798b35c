import Tokenization

/// The default profile's rule 43 (see `FeedbackRules.swift` for the list): a contact or effort
/// counted out.
extension DefaultProfileScorer {
  // MARK: Rule 43

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
      guard Self.norm(of: text, units[index].start, is: "times"), isManyTimes(text, units[index - 1]) else {
        continue
      }
      var repeated = false
      var back = index - 2
      while back >= 0, index - back <= Self.countedRepeatReach {
        let unit = units[back]
        if unit.kind == .boundary || unit.kind == .contrast || unit.kind == .negator { break }
        if isPraise(unit) {
          repeated = false
          break
        }
        // The unit's first word: "asked for help" is a neutral phrase of its own.
        if Self.isWord(text, unit.start, in: Self.repeatVerbs) { repeated = true }
        back -= 1
      }
      guard repeated, !clauseHoldsPraise(after: index) else { continue }
      units[index].kind = .valence
      units[index].entry = Self.countedRepeatEntry
    }
  }

  /// Whether the unit before "times" states a count of three or more: a number ("6", "3-4" ends
  /// in "4") or a word of many ("four", "several", "multiple", "countless").
  private func isManyTimes(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.kind == .neutral, unit.length == 1 else { return false }
    let token = text.tokens[unit.start]
    if token.kind == .number { return Self.leadingInteger(text, token) >= 3 }
    return Self.isWord(text, unit.start, in: Self.manyCounts)
  }

  /// Whether a term of praise follows unit `index` in its clause (up to a boundary or connective).
  private func clauseHoldsPraise(after index: Int) -> Bool {
    var next = index + 1
    while next < units.count, units[next].kind != .boundary, units[next].kind != .contrast {
      if isPraise(units[next]) { return true }
      next += 1
    }
    return false
  }

  /// Whether `unit` is a lexicon term of praise.
  private func isPraise(_ unit: Unit) -> Bool {
    unit.kind == .valence && unit.entry >= 0 && tables.valence(ofEntry: unit.entry) > 0
  }

  /// Most units between the verb and "times" ("tried to sell me gap insurance 5 times").
  private static let countedRepeatReach = 8
  /// Counts of three or more in words.
  private static let manyCounts: ShortWords = [
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    "several", "multiple", "many", "countless", "numerous", "umpteen", "dozen", "hundred",
  ]
  /// Verbs of contacting, asking and trying again, and "same": what a customer does more than once
  /// only when the first time did not work.
  private static let repeatVerbs: ShortWords = [
    "called", "calling", "phoned", "phoning", "rang", "ringing", "emailed", "emailing", "messaged", "texted",
    "wrote", "written", "chased", "chasing", "contacted", "asked", "asking", "asks", "explained", "explaining",
    "repeated", "sent", "resent", "resubmitted", "submitted", "applied", "reapplied", "tried", "trying",
    "complained", "reported", "rebooked", "rescheduled", "postponed", "cancelled", "canceled", "transferred",
    "disconnected", "same",
  ]
}
