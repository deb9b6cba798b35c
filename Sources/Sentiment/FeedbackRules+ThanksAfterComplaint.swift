import Tokenization

/// The default profile's rule 23 (see `FeedbackRules.swift` for the list): thanks after a
/// complaint.
extension DefaultProfileScorer {
  // MARK: Rule 23

  /// Zeroes the bare thanks of the current sentence, which follows sentences that add up to a
  /// complaint (the caller checks that): "Thanks for asking anyway", "Thanks for the coffee".
  mutating func applyThanksAfterComplaint(_ text: TokenizedText, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      guard isBareThanks(text, units[index]) else { continue }
      units[index].value = 0
      if explain { rules[index].append(.thanksAfterComplaint) }
    }
  }
}
