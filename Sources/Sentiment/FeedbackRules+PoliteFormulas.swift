import Tokenization

/// The default profile's rule 16 (see `FeedbackRules.swift` for the list): polite formulas
/// ("Nothing else, thanks").
extension DefaultProfileScorer {
  // MARK: Rule 16

  /// Whether every word of the text outside the thanks `unit` is a filler, at least one of them an
  /// answer ("nothing", "n/a", not only "you very much"), and the thanks is not "thanks to"
  /// ("No thanks to you" is sarcasm) or "thanks for" (thanks for something).
  func isFillerThanks(_ text: TokenizedText, _ unit: Unit) -> Bool {
    let end = unit.start + unit.length
    // A redacted name between counts as the name did: "Thanks [NAME] for nothing" is "thanks for"
    // (QA review 19: `--redact` turned "Thanks Sarah for nothing" neutral).
    var next = end
    while next < text.tokens.count,
      text.tokens[next].kind == .placeholder || (next == end && Self.isCapitalisedName(text, next))
    {
      next += 1
    }
    if next < text.tokens.count, Self.norm(of: text, next, is: "to") || Self.norm(of: text, next, is: "for") {
      return false
    }
    var words = 0
    var answers = 0
    for index in text.tokens.indices where index < unit.start || index >= end {
      let kind = text.tokens[index].kind
      guard kind == .word || kind == .number else { continue }
      // The one thanked: "Nothing else, thanks Sarah" as "thanks [NAME]" (a placeholder is no word).
      if index == end, Self.isCapitalisedName(text, index) { continue }
      words += 1
      guard words <= Self.maximumFillers else { return false }
      if Self.isWord(text, index, in: Self.fillerAnswers) {
        answers += 1
      } else if !Self.isWord(text, index, in: Self.thanksContinuations) {
        return false
      }
    }
    return answers > 0
  }

  /// Most filler words a polite formula closes.
  private static let maximumFillers = 8
  /// Words of answers that say nothing ("no", "nothing else", "n/a", "none at the moment", "not
  /// really", "that's all").
  private static let fillerAnswers: ShortWords = [
    "no", "nope", "nah", "none", "nothing", "nil", "n", "a", "na", "else", "more", "not", "really", "to", "add",
    "at", "the", "this", "moment", "time", "comment", "comments", "that's", "thats", "all", "for", "now", "i",
    "think",
  ]
  /// Words that continue the thanks itself ("thank you very much", "thanks again").
  private static let thanksContinuations: ShortWords = ["you", "u", "very", "much", "so", "again", "anyway"]
}
