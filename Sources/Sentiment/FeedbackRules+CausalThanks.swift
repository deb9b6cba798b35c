import Tokenization

/// The default profile's rule 49 (see `FeedbackRules.swift` for the list): "thanks to" that names a
/// cause.
extension DefaultProfileScorer {
  /// Rule 49: "thanks to" names a cause as well as someone thanked. The cause is what follows it up
  /// to the end of its clause (a boundary or a contrast). When the cause is a complaint ("thanks to
  /// an astonishingly witless script"), or is neutral while the rest of the sentence complains
  /// ("Thanks to them, my order arrived two weeks late", "My parcel is lost thanks to your
  /// courier"), the sentence blames rather than thanks: the thanks counts nothing and the complaint
  /// decides. A cause with praise in it stays thanks, whatever else the sentence says ("easy to
  /// swallow thanks to remarkable performances", "overcomes its moral baggage thanks to two
  /// appealing leads"), and so does a sentence without a complaint ("Thanks to Sarah, we are in our
  /// first home"). "No thanks to" is the lexicon's own phrase (−1.6) and "thank you to" is thanks
  /// addressed to someone, so neither is read here; "thanks for" a harm is rule 8's sarcasm.
  mutating func applyCausalThanks(_ text: TokenizedText, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      let unit = units[index]
      let next = unit.start + unit.length
      guard unit.length == 1, next < text.tokens.count, tokenWordLists[next].contains(.to),
        Self.norm(of: text, unit.start, is: "thanks")
      else { continue }
      // The cause: the units after the thanks up to the end of its clause. Praise in it keeps the
      // thanks.
      var causeEnd = index + 1
      var causePraises = false
      while causeEnd < units.count, units[causeEnd].kind != .boundary, units[causeEnd].kind != .contrast {
        if units[causeEnd].kind == .valence && units[causeEnd].value > 0 { causePraises = true }
        causeEnd += 1
      }
      // Otherwise a complaint, in the cause or elsewhere in the sentence (the units are the
      // sentence's), makes the thanks a blame.
      guard !causePraises, units.contains(where: { $0.kind == .valence && $0.value < 0 }) else { continue }
      units[index].value = 0
      if explain { rules[index].append(.causalThanks) }
    }
  }
}
