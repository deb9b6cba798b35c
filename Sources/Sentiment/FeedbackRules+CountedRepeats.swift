import Tokenization

/// The default profile's rule 43 (see `FeedbackRules.swift` for the list): a contact or effort
/// counted out.
extension DefaultProfileScorer {
  // MARK: Rule 43

  /// The triggers of `markCounts`.
  static let countTriggers: RuleTriggers = [
    .repeatCounts, .spentTimeVerbs, .lateOutcomeAdverbs, .quoteWords, .shortDurations,
  ]

  /// Rules 43, 42 (time spent, an outcome reached late, a duration that opens the sentence) and 44, each when the text has its trigger words: one call from
  /// `scoreMapped`, which stays small enough to be inlined as it is.
  @inline(never)
  mutating func markCounts(_ text: TokenizedText, range: Range<Int>) {
    if textTriggers.contains(.repeatCounts) { markCountedRepeats(text) }
    if textTriggers.contains(.spentTimeVerbs) { markSpentTime(text) }
    if textTriggers.contains(.lateOutcomeAdverbs) { markLateOutcome(text) }
    if textTriggers.contains(.shortDurations) { markOpeningDuration(text) }
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
  ///
  /// An ordinal of the third or later, in digits or words, before a noun of contact or effort
  /// (`effortNouns`), with at most two unscored words between, counts too: "On my 4th password
  /// reset", "the 7th engineer visit", "my third delivery attempt", "12th call" (review h55b: the
  /// lexicon lists "3rd call" … "6th callback" with nothing between, so "4th password reset" scored
  /// nothing). The ordinal scores `countedRepeatValence`; not after a negator, and not in a clause
  /// with praise ("Our 7th visit and the food was lovely": loyalty), nor before another noun ("Third
  /// car I've bought from them").
  @inline(never)
  mutating func markCountedRepeats(_ text: TokenizedText) {
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      if index >= 2, Self.norm(of: text, units[index].start, is: "times"), isCountedRepeat(text, times: index) {
        units[index].kind = .valence
        units[index].entry = Self.countedRepeatEntry
      } else if Self.isLateOrdinal(text, units[index].start), isCountedEffort(text, ordinal: index) {
        units[index].kind = .valence
        units[index].entry = Self.countedRepeatEntry
      }
    }
  }

  /// The words of a lexicon count of two words ("third time", "2nd time") followed by a gerund of
  /// custom (`customGerunds`: "staying", "ordering", "using" …): a count of the writer's own visits
  /// or orders, which is loyalty ("It's my third time staying here", "Second time ordering from
  /// them and just as good"), not a repeat the writer had to make ("Third time I am calling", "for
  /// the third time" keep their value; nor "third time here", which may be a third trip to a
  /// branch; review h55d). Nil otherwise.
  func visitCount(_ text: TokenizedText, _ unit: Unit) -> String? {
    let next = unit.start + 2
    guard Self.norm(of: text, unit.start + 1, is: "time"), next < text.tokens.count,
      Self.isWord(text, next, in: Self.customGerunds)
    else { return nil }
    return text.norm(of: text.tokens[unit.start]) + " time"
  }

  /// Gerunds of custom after a count of visits ("third time staying").
  private static let customGerunds: ShortWords = [
    "staying", "ordering", "using", "visiting", "buying", "booking", "shopping", "flying", "eating", "dining",
    "coming", "renting", "travelling", "traveling", "choosing", "returning", "purchasing",
  ]

  /// Whether the ordinal unit at `ordinal` comes right before a noun of contact or effort (at most
  /// two unscored words between: "4th password reset"), after no negator, in a clause without
  /// praise (`markCountedRepeats`). Not `mutating`, as `isCountedRepeat`.
  private func isCountedEffort(_ text: TokenizedText, ordinal: Int) -> Bool {
    var next = ordinal + 1
    var found = false
    while next < units.count, next - ordinal <= 3 {
      let unit = units[next]
      guard unit.kind == .neutral, unit.length == 1, text.tokens[unit.start].kind == .word else { return false }
      if Self.isWord(text, unit.start, in: Self.effortNouns) {
        found = true
        break
      }
      next += 1
    }
    guard found else { return false }
    // No negator or praise before it in the clause, no praise after it.
    var back = ordinal - 1
    while back >= 0 {
      let unit = units[back]
      if unit.kind == .boundary || unit.kind == .contrast { break }
      if unit.kind == .negator { return false }
      if isLexiconPraise(unit) { return false }
      back -= 1
    }
    return !praiseFollows(inClauseAfter: next)
  }

  /// Whether token `token` is an ordinal of the third or later: digits and "rd"/"th"/"st"/"nd"
  /// ("3rd", "4th", "12th"; at most `maxOrdinal`), or a word of `lateOrdinals` ("third", "tenth").
  private static func isLateOrdinal(_ text: TokenizedText, _ token: Int) -> Bool {
    guard text.tokens[token].kind == .word || text.tokens[token].kind == .number else { return false }
    if isWord(text, token, in: lateOrdinals) { return true }
    return text.withNorm(of: text.tokens[token]) { norm -> Bool in
      var value = 0
      var digits = 0
      while digits < norm.count, digits < 4, norm[digits] &- UInt8(ascii: "0") < 10 {
        value = value * 10 + Int(norm[digits] &- UInt8(ascii: "0"))
        digits += 1
      }
      guard digits > 0, value >= 3, value <= maxOrdinal, norm.count == digits + 2 else { return false }
      let suffix = (norm[digits], norm[digits + 1])
      return suffix == (UInt8(ascii: "t"), UInt8(ascii: "h")) || suffix == (UInt8(ascii: "r"), UInt8(ascii: "d"))
        || suffix == (UInt8(ascii: "s"), UInt8(ascii: "t")) || suffix == (UInt8(ascii: "n"), UInt8(ascii: "d"))
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
      if isLexiconPraise(unit) { return false }
      // The unit's first word: "asked for help" is a neutral phrase of its own.
      if Self.isWord(text, unit.start, in: Self.repeatVerbs) { repeated = true }
      back -= 1
    }
    guard repeated else { return false }
    // No praise after it in the clause either.
    return !praiseFollows(inClauseAfter: times)
  }

  /// Whether a term of praise (a positive lexicon value) stands after unit `index` in its clause,
  /// before a boundary or a contrast: the count is then loyalty or patience rewarded.
  private func praiseFollows(inClauseAfter index: Int) -> Bool {
    var next = index + 1
    while next < units.count, units[next].kind != .boundary, units[next].kind != .contrast {
      if isLexiconPraise(units[next]) { return true }
      next += 1
    }
    return false
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
  /// The largest ordinal in digits read as a count of contacts: "the 27th letter of the alphabet"
  /// counts no effort (the VADER tweets).
  private static let maxOrdinal = 20
  /// Ordinals of the third or later in words.
  private static let lateOrdinals: ShortWords = [
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "umpteenth",
    "nth",
  ]
  /// `effortNouns`, for `RuleTriggers.repeatCounts`.
  static let effortNounList = [
    "call", "calls", "visit", "reset", "attempt", "try", "engineer", "technician", "email", "e-mail", "request",
    "chase", "reminder", "complaint", "appointment", "callback", "replacement", "repair", "return",
    "refund", "claim", "application",
    // A failure that recurs (review h65e: "the fourth burst in our street this year", "Third outage
    // this month").
    "outage", "burst", "leak", "cut", "breakdown", "cancellation", "delay", "failure", "fault", "crash",
  ]
  /// Nouns of contact or effort that a customer repeats only when the first did not work, and of
  /// a failure that recurs: "my 4th password reset", "the 5th engineer visit", "the third power
  /// cut".
  private static let effortNouns = ShortWords(effortNounList)
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
