import Tokenization

/// The default profile's rule 7 (see `FeedbackRules.swift` for the list): a positive term wished
/// for in a counterfactual.
extension DefaultProfileScorer {
  // MARK: Rule 7

  /// The unit of "wish" ("wished", the "only" of "if only") that makes the positive term at
  /// `position` something wished for that did not happen: "I wish the staff were more helpful",
  /// "wish they had called me back", "If only the app would work", "I wish I could say it was
  /// good". Between the wish and the term, in the same clause: a past or modal form
  /// (`WordList.wishedStates`, `WordList.counterfactualModals`), and no dash or subordinator ("I
  /// wish they'd text WHEN it's ready": "ready" is not wished). Not a greeting with no such form
  /// ("I wish you all the best"), not praise measured by the present ("I wish every company was
  /// THIS good"), and not regret at finding something late ("I wish I had found them sooner").
  func wishedCounterfactual(_ text: TokenizedText, at position: Int) -> Int? {
    var sawState = false
    var index = position - 1
    while index >= 0 && position - index <= Self.wishReach {
      let unit = units[index]
      if unit.kind == .boundary || unit.kind == .contrast { return nil }
      let lists = tokenWordLists[unit.start]
      // "I wish they'd text when it's ready": what the subordinate clause says is not wished.
      if unit.kind == .neutral && lists.contains(.subordinators) { return nil }
      if lists.contains(.wish) {
        guard sawState else { return nil }
        // "only" wishes after "if" alone ("if only it worked"; "only good things").
        if Self.norm(of: text, unit.start, is: "only"),
          unit.start == 0 || !Self.norm(of: text, unit.start - 1, is: "if")
        {
          return nil
        }
        let start = units[position].start
        if start > 0, Self.isWord(text, start - 1, in: Self.presentDegrees) { return nil }
        if wishesForMore(text, at: position) { return nil }
        if lateDiscovery(text, after: position) || containsDash(text, from: unit.start + unit.length, to: start) {
          return nil
        }
        return index
      }
      if lists.contains(.wishedStates) || lists.contains(.counterfactualModals) { sawState = true }
      index -= 1
    }
    return nil
  }

  /// Whether the positive term at `position` is wished more of, not wished for: "another" or "one
  /// more" before it ("I wish they'd open another great store near me", "one more awesome
  /// season"), or "like this" (these, that, them, it, you) after it in its clause ("I wish there
  /// were more great shops like this"). The praise of what exists stands; "I wish the staff were
  /// more helpful" wishes for what is missing.
  private func wishesForMore(_ text: TokenizedText, at position: Int) -> Bool {
    /// Whether the words that end at token `end` are "another" or "one more".
    func asksForMore(endingAt end: Int) -> Bool {
      guard end >= 0 else { return false }
      return Self.norm(of: text, end, is: "another")
        || (end >= 1 && Self.norm(of: text, end, is: "more") && Self.norm(of: text, end - 1, is: "one"))
    }
    // Right before the term, or before an intensifier of it ("another really great store").
    if asksForMore(endingAt: units[position].start - 1) { return true }
    if position > 0, units[position - 1].kind == .intensifier, asksForMore(endingAt: units[position - 1].start - 1) {
      return true
    }
    var index = position + 1
    while index < units.count && units[index].kind != .boundary && units[index].kind != .contrast {
      let token = units[index].start
      if Self.norm(of: text, token, is: "like"), token + 1 < text.tokens.count,
        Self.isWord(text, token + 1, in: Self.presentReferents)
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// What "like" points to when a wish asks for more of what exists ("more shops like this").
  private static let presentReferents: ShortWords = ["this", "these", "that", "them", "it", "you", "yours", "theirs"]

  /// Whether a dash stands between tokens `from` and `to` ("I wish it had been - it was gorgeous":
  /// the dash ends what is wished).
  private func containsDash(_ text: TokenizedText, from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    return (from..<to).contains { index in
      text.tokens[index].kind == .punct && Self.isWord(text, index, in: Self.dashes)
    }
  }

  /// Whether "sooner" or "earlier" follows in the sentence ("I wish I had found this great shop
  /// sooner": praise).
  private func lateDiscovery(_ text: TokenizedText, after position: Int) -> Bool {
    var index = position + 1
    while index < units.count && units[index].kind != .boundary {
      if Self.isWord(text, units[index].start, in: Self.lateWords) { return true }
      index += 1
    }
    return false
  }

  /// How many units before the term rule 7 looks for the wish ("I wish the staff at the branch
  /// were more helpful").
  private static let wishReach = 10
  private static let presentDegrees: ShortWords = ["this", "that"]
  private static let lateWords: ShortWords = ["sooner", "earlier"]
  private static let dashes: ShortWords = ["-", "--", "\u{2013}", "\u{2014}"]
}
