import Tokenization

/// The default profile's rule 3 (see `FeedbackRules.swift` for the list): a repeated unwanted
/// action ("keeps logging me out").
extension DefaultProfileScorer {
  // MARK: Rule 3

  /// Turns "keep/keeps/kept (on) + unscored -ing word" into a repeated-action valence unit.
  mutating func markRepeatedActions(_ text: TokenizedText) {
    guard textWordLists.contains(.keepForms) else { return }
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      guard first(units[index], isIn: .keepForms) else { continue }
      if Self.norm(of: text, units[index].start, is: "stop") && !opensImperative(text, index) { continue }
      let isKeep = Self.norm(of: text, units[index].start, is: "keep")
      if isKeep && !followsCompanySubject(text, index) { continue }
      var next = index + 1
      if next < units.count && units[next].kind == .neutral && first(units[next], isIn: .on) { next += 1 }
      guard next < units.count, units[next].kind == .neutral, text.tokens[units[next].start].kind == .word else {
        continue
      }
      // "you/they keep" + a verb of the company's repeated faults only: "they keep adding new
      // features", "you keep making my day" are praise (review of this session's diff).
      if isKeep && !Self.isWord(text, units[next].start, in: Self.repeatedFaults) { continue }
      guard first(text, units[next], endsWith: "ing", minimum: 5), !first(units[next], isIn: .harmlessRepeats)
      else { continue }
      let praiseFollows = units[(next + 1)..<min(units.count, next + 4)].contains {
        $0.kind == .valence && $0.entry >= 0 && tables.entries[Int($0.entry)].valence > 0
      }
      if praiseFollows { continue }
      units[index].kind = .valence
      units[index].entry = Self.repeatedActionEntry
    }
  }

  /// "-ing" verbs that "you/they keep" turns into a repeated fault.
  static let repeatedFaults: ShortWords = [
    "raising", "increasing", "hiking", "putting", "charging", "overcharging", "billing", "cancelling", "canceling",
    "changing", "sending", "emailing", "calling", "phoning", "ringing", "texting", "asking", "crashing", "freezing",
    "losing", "breaking", "failing", "ignoring", "closing", "cutting", "logging", "dropping", "delaying", "moving",
    "spamming", "messing", "forgetting", "getting", "telling", "promising", "blaming", "transferring", "removing",
    "pushing", "missing", "postponing", "rescheduling", "bouncing", "disconnecting", "deleting", "kicking",
    "locking", "hiding", "reducing", "shrinking",
  ]

  /// Whether the unit right before `index` is "you", "u" or "they": "you keep raising the price",
  /// "they keep cancelling" report the company's repeated act (review r26). "I keep using it", "we
  /// keep ordering" are the writer's loyalty, and "Keep improving" is an imperative: not this rule.
  private func followsCompanySubject(_ text: TokenizedText, _ index: Int) -> Bool {
    guard index > 0, units[index - 1].kind == .neutral, units[index - 1].length == 1 else { return false }
    return Self.isWord(text, units[index - 1].start, in: Self.companySubjects)
  }

  private static let companySubjects: ShortWords = ["you", "u", "they"]

  /// Whether the unit at `index` opens its sentence, alone or after "please"/"just" ("Stop closing
  /// branches", "please stop changing the app").
  private func opensImperative(_ text: TokenizedText, _ index: Int) -> Bool {
    var first = 0
    while first < index, units[first].kind == .boundary { first += 1 }
    if first < index, units[first].kind == .neutral, units[first].length == 1,
      Self.norm(of: text, units[first].start, is: "please") || Self.norm(of: text, units[first].start, is: "just")
    {
      first += 1
    }
    return first == index
  }
}
