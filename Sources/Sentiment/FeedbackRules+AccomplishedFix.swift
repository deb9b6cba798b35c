import Tokenization

/// Rule 19's fixes in the base form after a frame of accomplishment (see `FeedbackRules.swift`):
/// "managed to fix the problem", "was able to resolve my issue", "helped me sort out the
/// problem".
extension DefaultProfileScorer {
  /// Whether the base-form fix verb at token `verb` ("fix", "resolve", "sort" …:
  /// `baseFixVerbs`) reports a fix that happened, as a past form does: it follows "managed to",
  /// "was/were/been able to" (one adverb in "-ly" may stand before "able": "was finally able to";
  /// not a negating or doubting one: "was hardly able to", "was supposedly able to"), "helped" or
  /// "helped to", or "helped" and an object pronoun ("helped me (to)"). The fix did not happen,
  /// and this is no frame, when the clause before the frame holds a negator ("never managed to",
  /// "nobody has been able to", "none of the engineers were able to", "no one at all helped me";
  /// "wasn't able to" has no past "be") or a word of supposition or wish ("if", "if only",
  /// "unless", "whether", "wish", "hope"), when a modal's perfect comes right before it ("could
  /// have helped me fix it", "would've been able to"; a plain perfect, "has been able to", is a fix
  /// done), or when the sentence is a question ("Has anyone been able to fix it?"). The clause
  /// before the frame is read back to a punctuation mark or a coordinator ("and", "but", "so",
  /// "then"), at most `frameReach` tokens.
  ///
  /// An "-ing" fix verb (`gerundFixVerbs`: "solving", "fixing", "sorting" …) reports a fix that
  /// happened when thanks are for it: `isThankedFix`.
  func isAccomplishedFix(_ text: TokenizedText, verb: Int) -> Bool {
    guard textTriggers.contains(.accomplishmentWords) else { return false }
    if Self.isWord(text, verb, in: Self.gerundFixVerbs) { return isThankedFix(text, verb: verb) }
    guard Self.isWord(text, verb, in: Self.baseFixVerbs) else { return false }
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
      if start >= 0, Self.norm(of: text, start, endsWith: "ly", minimum: 4) {
        if isNegatorToken(start) || Self.isWord(text, start, in: Self.doubtingAdverbs) { return false }
        start -= 1
      }
      guard start >= 0, Self.isWord(text, start, in: Self.pastBe) else { return false }
    } else {
      if Self.isWord(text, index, in: Self.helpedObjects) { index -= 1 }
      guard index >= 0, Self.norm(of: text, index, is: "helped") else { return false }
      start = index
    }
    // A modal's perfect right before the frame: "could have helped", "would've been able to".
    let before = start - 1
    if before >= 0, tokenWordLists[before].contains(.counterfactualPerfects) { return false }
    if before >= 1, tokenWordLists[before].contains(.have), tokenWordLists[before - 1].contains(.counterfactualModals) {
      return false
    }
    // The clause before the frame: no negator, no supposition or wish.
    var back = start - 1
    while back >= 0 && start - back <= Self.frameReach {
      if text.tokens[back].kind == .punct || Self.isWord(text, back, in: Self.frameClauseBreaks) { break }
      if isNegatorToken(back) || Self.isWord(text, back, in: Self.suppositions) { return false }
      back -= 1
    }
    // A question asks whether the fix happened ("Has anyone been able to fix the leak?!").
    return !sentenceEndsWithQuestion(text)
  }

  /// Whether the "-ing" fix verb at token `verb` is what thanks are for: "for" right before it and,
  /// before "for", a thanks word (`WordList.thanks`) with at most `thankedFixReach` words between
  /// them that only address or stress it ("Thanks for solving my issue", "thank you so much for
  /// sorting out the problem", "Thanks Priya for fixing it"). Thanks for a fix are thanks for a fix
  /// done. Not "thanks for not fixing it" (no word between "for" and the verb), nor a question.
  private func isThankedFix(_ text: TokenizedText, verb: Int) -> Bool {
    guard verb >= 2, Self.norm(of: text, verb - 1, is: "for") else { return false }
    var index = verb - 2
    while index >= 0 && verb - 2 - index <= Self.thankedFixReach {
      if tokenWordLists[index].contains(.thanks) { return !sentenceEndsWithQuestion(text) }
      guard Self.isWord(text, index, in: Self.thanksCompanions) || Self.isCapitalisedName(text, index) else {
        return false
      }
      index -= 1
    }
    return false
  }

  /// Whether a negator starts at token `index` (a single word or the first of a phrase: "no one"),
  /// within the text's tokens (the id slots past them hold an earlier text's).
  private func isNegatorToken(_ index: Int) -> Bool {
    ids.withUnsafeBufferPointer { ids in tables.negators.longestMatch(ids, from: index, to: tokenCount) != nil }
  }

  /// How far back from a frame of accomplishment its clause is read for a negator or a supposition.
  private static let frameReach = 6
  /// Coordinators that end that clause: "No complaints and they were able to fix it".
  private static let frameClauseBreaks: ShortWords = ["and", "but", "so", "then"]
  /// Words of supposition or wish before a frame: the fix is supposed, not reported.
  private static let suppositions: ShortWords = ["if", "unless", "whether", "wish", "wished", "hope", "hoping"]
  /// Adverbs before "able" that deny or doubt the ability.
  private static let doubtingAdverbs: ShortWords = ["supposedly", "apparently", "allegedly", "barely"]

  /// The base forms of `WordList.fixVerbs`' past forms (rule 19 after a frame of accomplishment).
  static let baseFixVerbList = [
    "fix", "sort", "resolve", "replace", "repair", "refund", "solve", "correct", "reimburse", "rectify",
    "unblock", "restore", "reconnect", "credit", "clear", "address", "tackle", "mend", "patch", "remedy", "handle",
  ]
  private static let baseFixVerbs = ShortWords(baseFixVerbList)
  /// The "-ing" forms of `baseFixVerbList`, which thanks may be for: "solving", "sorting", "handling".
  static let gerundFixVerbList = baseFixVerbList.map { $0.hasSuffix("e") ? $0.dropLast() + "ing" : $0 + "ing" }
  private static let gerundFixVerbs = ShortWords(gerundFixVerbList)
  /// The words that open a frame of accomplishment, and the "-ing" fix verbs thanks may be for
  /// (`RuleTriggers.accomplishmentWords`).
  static let accomplishmentWordList = ["managed", "able", "helped"] + gerundFixVerbList
  /// Most words between a thanks and the "for" of a fix it is for ("thank you so much for").
  private static let thankedFixReach = 3
  /// Words that may stand between that thanks and its "for": the one thanked, and stress.
  private static let thanksCompanions: ShortWords = [
    "you", "u", "ya", "guys", "team", "all", "so", "very", "much", "a", "lot", "again",
  ]
  /// The past forms of "be" before "able to".
  private static let pastBe: ShortWords = ["was", "were", "been"]
  /// The object pronouns of "helped me fix it".
  private static let helpedObjects: ShortWords = ["me", "us", "him", "her", "them", "you"]
}
