import Tokenization

/// The default profile's rule 13 (see `FeedbackRules.swift` for the list): a suggestion frame
/// ("would be nice to") around an opinion word, and rule 41's wish for what should already happen.
/// Rules 11, 12, 15 and 16, once here, have files of their own (`+ScareQuotes`, `+Excess`,
/// `+LongWaits`, `+PoliteFormulas`).
extension DefaultProfileScorer {
  // MARK: Rule 13

  /// `Unit.entry` of a neutral frame that opens a suggestion (rule 13); not an index into the
  /// valence entries.
  static let suggestionFrameEntry: Int32 = -5

  /// `Unit.entry` of a suggestion frame that wishes for what should already happen (rule 41); not
  /// an index into the valence entries.
  static let unmetWishEntry: Int32 = -15

  /// Zeroes the positive terms after a suggestion frame, to the end of its clause (rule 13), and
  /// reads a wish for what should already happen as the complaint it is (rule 41).
  mutating func applySuggestion(_ text: TokenizedText, explain: Bool) {
    guard let frame = units.firstIndex(where: { $0.kind == .neutral && $0.entry == Self.suggestionFrameEntry })
    else { return }
    // Rule 50's condition when it comes first ("If it were cheaper it would be perfect").
    let leading =
      isConditionalPraiseFrame(text, frame) || isRecommendationFrame(text, frame)
      ? leadingCondition(text, before: frame) : nil
    func frameWords() -> String {
      let start = units[frame].start
      let words = (start..<(start + units[frame].length)).map { text.norm(of: text.tokens[$0]) }.joined(separator: " ")
      // Rule 50's frame is the modal of "would be … if" (or of "if … would be"), of "would …
      // recommend … if", or a phrase of praise that opens with the modal ("would recommend … if").
      let modal = isConditionalPraiseFrame(text, frame)
      guard modal || isRecommendationFrame(text, frame) else { return words }
      let be = modal && start + 1 < text.tokens.count && Self.norm(of: text, start + 1, is: "be") ? " be" : ""
      guard let leading else { return words + be + " … if" }
      // An imperative condition ("Fix the app and it would be great") has no "if".
      return (Self.norm(of: text, units[leading].start, is: "if") ? "if … " : "… and ") + words + be
    }
    var unmet = false
    /// Rules 13 and 41 for the valence unit at `index`, in the frame's clause.
    func readWished(_ index: Int) {
      guard units[index].kind == .valence else { return }
      // A unit a rule made of its own (a prompt outcome, a rating) has no lexicon value: rule 13
      // alone applies to it.
      let entry = units[index].entry
      let lexicon = entry >= 0 ? tables.valence(ofEntry: entry) : 0
      if entry >= 0, units[index].isNegated && lexicon < 0 && units[index].value > 0 {
        // "Would be nice if the app didn't crash": the fault wished away is the complaint.
        units[index].value = lexicon
        unmet = true
        if explain { rules[index].append(.unmetWish(frame: frameWords())) }
      } else if entry >= 0, units[index].value == 0, !units[index].isNegated, tables.countsOnlyNegated(entry: entry) {
        // "Would be good if they replied to emails": an expected outcome wished for did not happen.
        units[index].value = lexicon
        unmet = true
        if explain {
          rules[index].removeAll { $0 == .expectedOutcome(happened: true) }
          rules[index].append(.unmetWish(frame: frameWords()))
        }
      } else if units[index].value > 0 {
        units[index].value = 0
        if explain { rules[index].append(.suggestion(frame: frameWords())) }
      }
    }
    func endsClause(_ index: Int) -> Bool { units[index].kind == .boundary || units[index].kind == .contrast }
    var index = frame + 1
    var wishAfter = false
    while index < units.count, !endsClause(index) {
      if units[index].kind == .valence { wishAfter = true }
      readWished(index)
      index += 1
    }
    if let leading {
      // "If the app didn't crash so much, it would be great": the condition is the wish.
      // The "if" is no part of the wish; an imperative verb is ("Improve the app and it'd be great").
      let first = Self.norm(of: text, units[leading].start, is: "if") ? leading + 1 : leading
      for index in first..<frame where units[index].kind != .boundary { readWished(index) }
    } else if !wishAfter {
      // A frame that closes its clause wishes for what comes before it: "Better filters by size
      // would be good", "A tracking page that actually tracks something would be nice".
      index = frame - 1
      while index >= 0, !endsClause(index) {
        readWished(index)
        index -= 1
      }
    }
    guard !unmet, hasWishedBasics(text, frame: frame, from: leading.map { units[$0].start }) else { return }
    // "Would be nice if the aircon worked", "A tracking page that actually tracks something would be
    // nice": the frame itself carries the complaint.
    units[frame].kind = .valence
    units[frame].entry = Self.unmetWishEntry
    units[frame].value = parameters.unmetWishValence
    if explain { rules[frame].append(.unmetWish(frame: frameWords())) }
  }

  /// Whether the sentence of the suggestion frame at unit `frame` wishes for something that should
  /// already work (rule 41): "actually" anywhere but as its first word ("Actually, it would be nice
  /// to have more colours" opens a suggestion), or "work"/"works"/"worked"/"working" or a verb of
  /// fixing ("fixed", "repaired") after the frame (or after rule 50's leading "if", `from`: "If it worked it would be great") and not
  /// right after a negator.
  private func hasWishedBasics(_ text: TokenizedText, frame: Int, from: Int? = nil) -> Bool {
    let sentence = sentenceTokens
    let frameEnd = from ?? units[frame].start + units[frame].length
    for token in sentence where Self.isWord(text, token, in: Self.wishedBasics) {
      if Self.norm(of: text, token, is: "actually") {
        if token > sentence.lowerBound { return true }
        continue
      }
      if token >= frameEnd, !units.contains(where: { $0.kind == .negator && $0.start + $0.length == token }) {
        return true
      }
    }
    return false
  }

  /// "actually", the forms of "work" and the verbs of a fix (rule 41: "Would be great if they fixed
  /// the app" wishes away a fault).
  private static let wishedBasics: ShortWords = [
    "actually", "work", "works", "worked", "working", "fix", "fixed", "fixes", "repair", "repaired",
  ]
}
