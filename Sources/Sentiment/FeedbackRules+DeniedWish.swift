import Tokenization

/// The default profile's rules 6 and 9 (see `FeedbackRules.swift` for the list): a wish denied by
/// its subject.
extension DefaultProfileScorer {
  /// Whether the modal of a counterfactual ("could have", "could be") whose first token is `modal`
  /// has "nothing", "nobody", "no one", "noone" or "none" (with "else" after it) right before it as
  /// its subject: "Nothing could have been done better", "No one could have done better", "Nobody
  /// could be more helpful" deny that anything was missing. That is praise, not a wish, so rules 6
  /// and 9 leave the term after the modal alone (FFT comments 55: "Nothing could have been done
  /// better considering the pressure" was read as a complaint).
  func hasNoneSubject(_ text: TokenizedText, modal: Int) -> Bool {
    var index = modal - 1
    if index >= 1, Self.norm(of: text, index, is: "else") { index -= 1 }
    guard index >= 0, text.tokens[index].kind == .word else { return false }
    if Self.isWord(text, index, in: Self.noneSubjects) { return true }
    return index >= 1 && Self.norm(of: text, index, is: "one") && Self.norm(of: text, index - 1, is: "no")
  }

  /// The first token of the modal of the counterfactual perfect whose "have" is `unit` (rule 6):
  /// "would've" and "I'd have" are one token with it, "could have" two.
  func counterfactualModalToken(_ unit: Unit) -> Int {
    tokenWordLists[unit.start].contains(.counterfactualPerfects) ? unit.start : unit.start - 1
  }

  private static let noneSubjects: ShortWords = ["nothing", "nobody", "noone", "none", "no-one"]
}
