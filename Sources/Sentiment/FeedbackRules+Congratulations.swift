import Tokenization

/// The default profile's rule 33 (see `FeedbackRules.swift` for the list): congratulations on a
/// harm are sarcasm.
extension DefaultProfileScorer {
  // MARK: Rule 33

  /// "Great job losing my parcel", "Well done for ignoring my emails", "Good job on messing up my
  /// order", "Nice work breaking my phone": praise that congratulates (a positive term that ends
  /// in "job", "done", "work" or "one", or is followed by one of those words, or "bravo", "kudos",
  /// "congrats") right before a negative term that opens with an "-ing" verb — after "for" or "on"
  /// at most — congratulates a harm, as rule 8's thanks for one do (QA review 22: these
  /// read as praise). The praise is ironic. "Great job fixing my laptop" (no harm) stays praise.
  mutating func applySarcasticCongratulations(_ text: TokenizedText, explain: Bool) {
    // Every reading below needs one of the words (`congratulationWordList`): most texts have none.
    guard textTriggers.contains(.congratulations) else { return }
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      let unit = units[index]
      var next = index + 1
      if Self.isWord(text, unit.start + unit.length - 1, in: Self.congratulatingWords) {
        // The lexicon's phrase: "great job", "well done".
      } else if unit.length == 1, next < units.count, units[next].kind == .neutral, units[next].length == 1,
        Self.isWord(text, units[next].start, in: Self.congratulatingWords)
      {
        next += 1  // "nice work", "brilliant job": the lexicon scores the praise word alone.
      } else if unit.length != 1 || !mayBeWord(unit.start, of: .congratulations)
        || !Self.isWord(text, unit.start, in: Self.congratulations)
      {
        continue
      }
      applyIfHarm(text, praise: index, next: next, explain: explain)
    }
  }

  /// Makes the praise at unit `praise` ironic when unit `next` — or the one after it, when `next`
  /// is "for" or "on" — is a negative term that opens with an "-ing" verb. Not after a comma: "Great
  /// one, annoying but useful" evaluates with an adjective in "-ing".
  private mutating func applyIfHarm(_ text: TokenizedText, praise: Int, next: Int, explain: Bool) {
    var harm = next
    if harm < units.count, units[harm].length == 1, units[harm].kind == .neutral,
      Self.isWord(text, units[harm].start, in: Self.congratulatedFor)
    {
      harm += 1
    }
    guard harm < units.count, units[harm].kind == .valence, units[harm].value < 0,
      text.tokens[units[harm].start].kind == .word, first(text, units[harm], endsWith: "ing", minimum: 5),
      !Self.isWord(text, units[harm].start, in: Self.evaluativeAdjectives)
    else { return }
    makeIronic(praise..<(praise + 1), explain: explain)
  }

  /// The last words of congratulating praise: "great job", "well done", "nice work", "nice one".
  private static let congratulatingWords = ShortWords(congratulatingWordList)
  private static let congratulatingWordList = ["job", "done", "work", "one"]
  /// The words without which the rule cannot apply (`RuleTriggers.congratulations`).
  static let congratulationWordList = congratulatingWordList + congratulationList
  /// Adjectives in "-ing" that evaluate rather than name a harm done ("kudos, annoying but useful").
  private static let evaluativeAdjectives: ShortWords = [
    "annoying", "boring", "disappointing", "frustrating", "confusing", "irritating", "infuriating", "misleading",
    "worrying", "alarming", "depressing", "embarrassing", "underwhelming", "unappealing", "uninspiring",
  ]
  /// Congratulations in one word.
  private static let congratulations = ShortWords(congratulationList)
  private static let congratulationList = ["bravo", "kudos", "congrats", "congratulations"]
  /// The words that may stand between the congratulations and the harm: "well done FOR losing",
  /// "good job ON messing up".
  private static let congratulatedFor: ShortWords = ["for", "on"]
}
