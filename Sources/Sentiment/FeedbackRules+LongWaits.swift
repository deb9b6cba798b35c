import Tokenization

/// The default profile's rule 15 (see `FeedbackRules.swift` for the list): long waits ("took 3
/// weeks").
extension DefaultProfileScorer {
  // MARK: Rule 15

  /// `Unit.entry` of a "took + weeks" unit (rule 15); not an index into the valence entries.
  static let longWaitEntry: Int32 = -6

  /// Turns "took/taken/taking" into a complaint unit when a long duration follows it within
  /// `longWaitGap` tokens of quantity ("3", "over a", "nearly two", "a couple of").
  mutating func markLongWaits(_ text: TokenizedText) {
    guard textWordLists.contains(.longDurations) else { return }
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      let duration = units[index].start
      guard tokenWordLists[duration].contains(.longDurations) else { continue }
      var verb = duration - 1
      while verb >= 0, duration - verb <= Self.longWaitGap,
        text.tokens[verb].kind == .number || Self.isWord(text, verb, in: Self.quantityWords)
      {
        verb -= 1
      }
      // "took them 6 weeks", "has taken us months": one object pronoun after the verb.
      if verb > 0, Self.isWord(text, verb, in: Self.waitObjects),
        Self.isWord(text, verb - 1, in: Self.waitVerbs)
      {
        verb -= 1
      }
      guard verb >= 0, verb < duration - 1, Self.isWord(text, verb, in: Self.waitVerbs),
        let unit = units[..<index].lastIndex(where: { $0.start == verb && $0.length == 1 && $0.kind == .neutral })
      else { continue }
      var entry = Self.longWaitEntry
      if unit > 0, units[unit - 1].kind == .negator {
        continue
      } else if unit > 0, Self.isWord(text, units[unit - 1].start, in: Self.smallWaitWords) {
        // "Only took them a year to close my account. Incredible.": months or years made small, then
        // an exclamation of praise alone, are sarcasm (review h55b).
        guard Self.isWord(text, duration, in: Self.monthsAndYears), lonePraiseFollows(text, after: duration)
        else { continue }
        entry = Self.ironicLongWaitEntry
      }
      units[unit].kind = .valence
      units[unit].entry = entry
    }
  }

  /// `Unit.entry` of an "only took + months" unit followed by praise alone (rule 15, sarcasm); not
  /// an index into the valence entries. It scores as `longWaitEntry`, and rule 4 reads the praise of
  /// its sentence as ironic.
  static let ironicLongWaitEntry: Int32 = -21

  /// Whether the words after the duration at `duration`, from the next punctuation mark (a comma or
  /// the end of the sentence) to the one after it or the end of the text, are only an exclamation
  /// of praise: praise interjections and irony openers, at least one interjection ("… a year to
  /// close my account. Incredible.", "… 3 months, amazing"). Not "…, brilliant agents" (praise of
  /// someone).
  func lonePraiseFollows(_ text: TokenizedText, after duration: Int) -> Bool {
    let tokens = text.tokens
    var index = duration + 1
    while index < tokens.count, tokens[index].kind != .punct { index += 1 }
    while index < tokens.count, tokens[index].kind == .punct { index += 1 }
    var praise = false
    while index < tokens.count, tokens[index].kind != .punct {
      guard tokens[index].kind == .word else { return false }
      let lists = tokenWordLists[index]
      if lists.contains(.praiseInterjections) {
        praise = true
      } else if !lists.contains(.ironyOpeners) {
        return false
      }
      index += 1
    }
    return praise
  }

  /// Most quantity tokens between the verb and the duration, plus one.
  private static let longWaitGap = 5
  private static let waitVerbs: ShortWords = ["took", "taken", "taking"]
  private static let waitObjects: ShortWords = ["me", "us", "them", "him", "her", "you"]
  private static let smallWaitWords: ShortWords = ["only", "just", "barely", "less"]
  /// The durations that "only" makes sarcastic before an exclamation of praise (not weeks: "only
  /// took 3 weeks, brilliant" is often meant).
  private static let monthsAndYears: ShortWords = ["month", "months", "year", "years"]
  private static let quantityWords: ShortWords = [
    "a", "an", "over", "nearly", "almost", "about", "around", "more", "than", "several", "few", "couple", "of",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "whole", "full", "another", "the",
    "best", "part", "at", "least", "well", "some",
  ]
}
