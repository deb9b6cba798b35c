import Tokenization

/// The default profile's rule 31 (see `FeedbackRules.swift` for the list): prompt outcomes ("phoned
/// back within the hour").
extension DefaultProfileScorer {
  // MARK: Rule 31

  /// `Unit.entry` of the "within" of a prompt outcome (rule 31); not an index into the valence
  /// entries.
  static let promptOutcomeEntry: Int32 = -11

  /// Turns "within" (or "in under", "in less than") + a short duration into praise: "phoned back
  /// within the hour", "found it within 10 minutes", "sorted in under 5 minutes". Seconds, minutes
  /// and hours only (a policy's "within 14 days" is no outcome), and not in a clause with a negator,
  /// a modal, a condition or a promise before it ("didn't call within the hour", "will call within
  /// 2 hours", "if you cancel within 48 hours", "promised within the hour"), nor with a negative
  /// term ("broke within an hour"), nor the writer's compliance ("sent photos within the hour as
  /// asked").
  mutating func markPromptOutcomes(_ text: TokenizedText) {
    guard textTriggers.isSuperset(of: [.promptOpeners, .shortDurations]) else { return }
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      let token = units[index].start
      // Most words start with neither letter: one byte read before any comparison. The norm's byte,
      // not the text's: a full-width "ｗｉｔｈｉｎ" is "within" (QA review 36, F12).
      let normRange = text.tokens[token].normRange
      guard !normRange.isEmpty else { continue }
      let initial = text.normBytes[normRange.lowerBound]
      guard initial == UInt8(ascii: "w") || initial == UInt8(ascii: "i") else { continue }
      let opener: Bool
      if Self.norm(of: text, token, is: "within") {
        opener = true
      } else if Self.norm(of: text, token, is: "in"), token + 1 < text.tokens.count,
        Self.norm(of: text, token + 1, is: "under")
          || (token + 2 < text.tokens.count && Self.norm(of: text, token + 1, is: "less")
            && Self.norm(of: text, token + 2, is: "than"))
      {
        opener = true
      } else {
        opener = false
      }
      guard opener else { continue }
      var next = token + 1
      while next < text.tokens.count, next - token <= 4,
        text.tokens[next].kind == .number || Self.isWord(text, next, in: Self.promptQuantities)
      {
        next += 1
      }
      guard next < text.tokens.count, next > token + 1, Self.isWord(text, next, in: Self.shortDurations) else {
        continue
      }
      // The writer's own compliance: "Sent photos within the hour as asked".
      if next + 2 < text.tokens.count, Self.norm(of: text, next + 1, is: "as"),
        Self.isWord(text, next + 2, in: Self.requests)
      {
        continue
      }
      // The clause: between the boundaries or connectives around "within" ("Lost my passport at the
      // gate, staff found it within 10 minutes": the loss is another clause).
      let clauseStart = (units[..<index].lastIndex { $0.kind == .boundary || $0.kind == .contrast } ?? -1) + 1
      let clauseEnd = units[index...].firstIndex { $0.kind == .boundary || $0.kind == .contrast } ?? units.count
      let blocked = units[clauseStart..<clauseEnd].contains { unit in
        if unit.kind == .negator && unit.start < token { return true }
        // A negative term, but not an expected outcome that happened ("called", "came": rule 25).
        if unit.kind == .valence, unit.entry >= 0, tables.entries[Int(unit.entry)].valence < 0,
          !tables.countsOnlyNegated(entry: unit.entry)
        {
          return true
        }
        return unit.start < token && unit.length == 1 && Self.isWord(text, unit.start, in: Self.promptBlockers)
      }
      // Another clause of the sentence may still hold one ("Nobody answered at first, but the
      // second agent fixed it within 10 minutes").
      if blocked { continue }
      units[index].kind = .valence
      units[index].entry = Self.promptOutcomeEntry
      return
    }
  }

  /// "as asked", "as requested": what the writer was told to do.
  private static let requests: ShortWords = ["asked", "requested", "instructed", "required", "told", "directed"]
  /// Words between "within" and its duration: "the hour", "an hour", "10 minutes", "less than".
  private static let promptQuantities: ShortWords = [
    "the", "a", "an", "one", "two", "three", "four", "five", "ten", "few", "couple", "of", "under", "less", "than",
    "half", "twenty", "thirty", "fifteen", "forty",
  ]
  /// The short durations of a prompt outcome (`RuleTriggers.shortDurations` lists them too).
  static let shortDurationWords = [
    "second", "seconds", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
  ]
  private static let shortDurations = ShortWords(shortDurationWords)
  /// Words before "within" that make it no outcome: modals, conditions, promises and requirements.
  private static let promptBlockers: ShortWords = [
    "will", "would", "should", "could", "can", "must", "may", "might", "if", "unless", "promised", "promise",
    "supposed", "meant", "expected", "guaranteed", "guarantee", "need", "needs", "needed", "aim", "aims", "try",
    "tries", "i'll", "we'll", "they'll", "you'll", "it'll", "going", "until",
  ]
}
