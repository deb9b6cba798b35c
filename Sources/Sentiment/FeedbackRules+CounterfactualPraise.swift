import Tokenization

/// The default profile's rule 6 (see `FeedbackRules.swift` for the list): counterfactual praise
/// ("It would have been nice to get a call").
extension DefaultProfileScorer {
  // MARK: Rule 6

  /// Whether `unit` is the "have" of a counterfactual perfect ("would have", "I'd have", or one
  /// token: "would've") that is not an obligation ("would have to say").
  func isCounterfactualPerfect(_ text: TokenizedText, _ unit: Unit) -> Bool {
    guard unit.length == 1 else { return false }
    let index = unit.start
    let lists = tokenWordLists[index]
    guard
      lists.contains(.counterfactualPerfects)
        || (lists.contains(.have) && index > 0 && tokenWordLists[index - 1].contains(.counterfactualModals))
    else { return false }
    return index + 1 >= tokenCount || !tokenWordLists[index + 1].contains(.to)
  }
}
