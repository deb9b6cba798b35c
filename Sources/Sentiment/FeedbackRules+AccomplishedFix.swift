import Tokenization

/// Rule 19's fixes in the base form after a frame of accomplishment (see `FeedbackRules.swift`):
/// "managed to fix the problem", "was able to resolve my issue", "helped me sort out the
/// problem".
extension DefaultProfileScorer {
  /// Whether the base-form fix verb at token `verb` ("fix", "resolve", "sort" …:
  /// `baseFixVerbs`) reports a fix that happened, as a past form does: it follows "managed to",
  /// "was/were/been able to" (one adverb in "-ly" may stand before "able": "was finally able to"),
  /// "helped" or "helped to", or "helped" and an object pronoun ("helped me (to)"). Not when a
  /// negator ends within the two tokens before the frame ("never managed to", "nobody helped me",
  /// "no one was able to"; "wasn't able to" has no past "be" and is no frame), nor after "if",
  /// "unless", "whether" or a perfect's "have" there ("if they were able to fix it", "could have
  /// helped me fix it"): those fixes did not happen.
  func isAccomplishedFix(_ text: TokenizedText, verb: Int) -> Bool {
    guard textTriggers.contains(.accomplishmentWords), Self.isWord(text, verb, in: Self.baseFixVerbs) else {
      return false
    }
    var index = verb - 1
    var afterTo = false
    if index >= 0, Self.norm(of: text, index, is: "to") {
      afterTo = true
      index -= 1
    }
    guard index >= 0 else { return false }
    var start: Int
    if afterTo, Self.norm(of: text, index, is: "managed") {
      start = index
    } else if afterTo, Self.norm(of: text, index, is: "able") {
      start = index - 1
      if start >= 0, Self.norm(of: text, start, endsWith: "ly", minimum: 4) { start -= 1 }
      guard start >= 0, Self.isWord(text, start, in: Self.pastBe) else { return false }
    } else {
      if Self.isWord(text, index, in: Self.helpedObjects) { index -= 1 }
      guard index >= 0, Self.norm(of: text, index, is: "helped") else { return false }
      start = index
    }
    let first = max(0, start - 2)
    for index in first..<start {
      if Self.isWord(text, index, in: Self.unreportedFrames) { return false }
      let negated = ids.withUnsafeBufferPointer { ids in
        tables.negators.longestMatch(ids, from: index, to: start).map { index + $0.length == start } ?? false
      }
      if negated { return false }
    }
    return true
  }

  /// The base forms of `WordList.fixVerbs`' past forms (rule 19 after a frame of accomplishment).
  static let baseFixVerbList = [
    "fix", "sort", "resolve", "replace", "repair", "refund", "solve", "correct", "reimburse", "rectify",
    "unblock", "restore", "reconnect", "credit", "clear", "address", "tackle", "mend", "patch", "remedy", "handle",
  ]
  private static let baseFixVerbs = ShortWords(baseFixVerbList)
  /// The words that open a frame of accomplishment (`RuleTriggers.accomplishmentWords`).
  static let accomplishmentWordList = ["managed", "able", "helped"]
  /// The past forms of "be" before "able to".
  private static let pastBe: ShortWords = ["was", "were", "been"]
  /// The object pronouns of "helped me fix it".
  private static let helpedObjects: ShortWords = ["me", "us", "him", "her", "them", "you"]
  /// Words before a frame that make its fix a supposition or a counterfactual.
  private static let unreportedFrames: ShortWords = ["if", "unless", "whether", "have", "'ve"]
}
