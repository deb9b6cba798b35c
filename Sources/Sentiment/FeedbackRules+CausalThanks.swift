import Tokenization

/// The default profile's rule 49 (see `FeedbackRules.swift` for the list): "thanks to" that names a
/// cause.
extension DefaultProfileScorer {
  /// Rule 49: "thanks to" names a cause as well as someone thanked. When its sentence holds a
  /// negative term, before or after it, the sentence blames rather than thanks ("Thanks to them, my
  /// order arrived two weeks late", "My parcel is lost thanks to your courier"): the thanks counts
  /// nothing and the complaint decides. With no negative term in the sentence it stays thanks
  /// ("Thanks to Sarah, we are in our first home", "Thanks to all the staff"). "No thanks to" is the lexicon's own phrase
  /// (−1.6) and "thank you to" is thanks addressed to someone, so neither is read here; "thanks for"
  /// a harm is rule 8's sarcasm.
  mutating func applyCausalThanks(_ text: TokenizedText, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      let unit = units[index]
      let next = unit.start + unit.length
      guard unit.length == 1, next < text.tokens.count, tokenWordLists[next].contains(.to),
        Self.norm(of: text, unit.start, is: "thanks")
      else { continue }
      // The units are this sentence's: a negative term anywhere in it.
      guard units.contains(where: { $0.kind == .valence && $0.value < 0 }) else { continue }
      units[index].value = 0
      if explain { rules[index].append(.causalThanks) }
    }
  }
}
