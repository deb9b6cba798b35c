import Tokenization

/// A negator that opens "not what …": a mismatch ("Not what we were promised"), which a negative
/// term after it names rather than denies.
extension DefaultProfileScorer {
  // MARK: "not what"

  /// Whether the negator at unit `index` opens "not what …" ("isn't what", "wasn't what"): a
  /// mismatch ("Not what we were promised", review r27), which a negative term after it names
  /// rather than denies. Positive terms are still negated ("not what I'd call good service"), and so
  /// is a term after a verb of judging ("not what I would call bad").
  func isNotWhat(_ text: TokenizedText, _ index: Int) -> Bool {
    guard
      index + 1 < units.count && units[index + 1].kind == .neutral && units[index + 1].length == 1
        && Self.norm(of: text, units[index + 1].start, is: "what")
    else { return false }
    // "Not what I would call bad" names a judgement, which the negator denies as usual.
    let after = (index + 2)..<min(units.count, index + 6)
    return !after.contains { Self.isWord(text, units[$0].start, in: Self.judgementVerbs) }
  }

  private static let judgementVerbs: ShortWords = ["call", "say", "describe", "consider", "rate"]
}
