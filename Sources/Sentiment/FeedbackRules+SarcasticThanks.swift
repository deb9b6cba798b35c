import Tokenization

/// The default profile's rule 8 (see `FeedbackRules.swift` for the list): sarcastic thanks ("Thanks
/// for losing my bag").
extension DefaultProfileScorer {
  // MARK: Rule 8

  /// Thanks for a harm is sarcasm: "Thanks for losing my bag", "Thank you for wasting my time". The
  /// thanks (its first word in `WordList.thanks`) is followed by "for" and a negative term that
  /// opens with an "-ing" verb; its praise is ironic. "Thanks for sorting the problem" (no harm
  /// right after "for") stays thanks.
  ///
  /// The harm may also be a noun after a determiner and words of praise ("Thanks for the lovely
  /// gouge in my floorboards", "thanks for the delay"; review r29), if it is clearly negative (at most
  /// `SentimentParameters.thankedHarmMaximum`); the praise is then ironic too, and so is a clause
  /// of short praise that closes the sentence ("…, really appreciated").
  mutating func applySarcasticThanks(_ text: TokenizedText, explain: Bool) {
    guard textWordLists.contains(.thanks), textWordLists.contains(.forWord) else { return }
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      guard first(units[index], isIn: .thanks), let forUnit = thankedFor(text, after: index), forUnit + 1 < units.count
      else { continue }
      let harm = units[forUnit + 1]
      // "Thanks Sarah for nothing", "Thank you Tesco for nothing": the lexicon's "thanks for
      // nothing" with the one thanked between (QA review 19: positive).
      if units[forUnit].start > units[index].start + units[index].length, harm.kind == .negator,
        Self.norm(of: text, harm.start, is: "nothing"),
        harm.length == 1, forUnit + 2 >= units.count || units[forUnit + 2].kind == .boundary
      {
        makeIronic(index..<(index + 1), explain: explain)
        continue
      }
      if harm.kind == .valence, harm.value < 0, text.tokens[harm.start].kind == .word,
        first(text, harm, endsWith: "ing", minimum: 5)
      {
        makeIronic(index..<(index + 1), explain: explain)
        continue
      }
      guard harm.kind == .neutral, first(harm, isIn: .harmDeterminers) else { continue }
      var noun = forUnit + 2
      while noun < units.count, units[noun].kind == .valence, units[noun].value > 0, units[noun].length == 1 {
        noun += 1
      }
      guard noun < units.count, units[noun].kind == .valence, units[noun].value <= parameters.thankedHarmMaximum
      else { continue }
      // The harm ends its noun phrase: the sentence or clause ends, or a preposition follows ("the
      // gouge in my floor"). A word that it only describes is what was thanked for: "thanks for the
      // complaint handling", "the fast problem resolution" (review of this session's diff).
      let after = noun + 1
      guard
        after >= units.count || units[after].kind == .boundary || units[after].value < 0
          || (units[after].kind == .neutral && Self.isWord(text, units[after].start, in: Self.harmFollowers))
      else { continue }
      makeIronic(index..<noun, explain: explain)
      // A closing clause of short praise keeps up the sarcasm: "…, really appreciated".
      if let boundary = units[noun...].lastIndex(where: { $0.kind == .boundary }), boundary + 1 < units.count,
        isShortPraise(text, (boundary + 1)..<units.count)
      {
        makeIronic((boundary + 1)..<units.count, explain: explain)
      }
    }
  }

  /// The unit of the "for" after the thanks at unit `index`: the next unit, or the one after the
  /// one thanked ("Thanks Sarah for", "Thank you Tesco for", "thanks [NAME] for", "thanks guys
  /// for": at most `thankedWords` tokens, each a capitalised word, a placeholder or its brackets,
  /// or an addressee word); nil when no "for" follows so.
  private func thankedFor(_ text: TokenizedText, after index: Int) -> Int? {
    let thanksEnd = units[index].start + units[index].length
    var token = thanksEnd
    while token < text.tokens.count, token - thanksEnd <= Self.thankedWords {
      if Self.norm(of: text, token, is: "for") {
        return unitIndex(startingAt: token).flatMap { units[$0].kind == .neutral ? $0 : nil }
      }
      let kind = text.tokens[token].kind
      let bracket = kind == .punct && (Self.norm(of: text, token, is: "[") || Self.norm(of: text, token, is: "]"))
      guard
        kind == .placeholder || bracket || Self.isCapitalisedName(text, token)
          || Self.isWord(text, token, in: Self.addressees)
      else {
        return nil
      }
      token += 1
    }
    return nil
  }

  /// Whether token `token` is a word of two letters or more that opens with an ASCII capital: the
  /// name of someone thanked ("Thanks Sarah", "thank you Tesco").
  static func isCapitalisedName(_ text: TokenizedText, _ token: Int) -> Bool {
    let range = text.tokens[token].utf8Range
    return text.tokens[token].kind == .word && range.count > 1 && (0x41...0x5A).contains(text.utf8[range.lowerBound])
  }

  /// Most tokens between a thanks and its "for" (rule 8): "[", "NAME", "]".
  private static let thankedWords = 3
  private static let addressees: ShortWords = ["guys", "team", "folks", "all", "again", "u", "ya"]

  /// Words that may follow the harm thanked for in rule 8 (besides more harm): prepositions and
  /// conjunctions.
  private static let harmFollowers: ShortWords = [
    "in", "on", "of", "with", "to", "at", "from", "for", "and", "after", "during", "yesterday", "today",
  ]
}
