import Tokenization

/// The default profile's rule 24 (see `FeedbackRules.swift` for the list): a fix not done.
extension DefaultProfileScorer {
  // MARK: Rule 24

  /// Zeroes the praise of a fix verb that reports no fix yet: after "be" ("when it will be fixed",
  /// "supposed to be resolved", "should be properly repaired": one adverb in "-ly" may stand
  /// between) or with "until"/"unless" at most four tokens before it in `range`.
  mutating func applyFixNotDone(_ text: TokenizedText, range: Range<Int>, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].value > 0 {
      let unit = units[index]
      guard unit.length == 1, tokenWordLists[unit.start].contains(.fixVerbs) else { continue }
      var marker: String?
      var back = unit.start - 1
      if back > range.lowerBound, text.tokens[back].kind == .word,
        Self.norm(of: text, back, endsWith: "ly", minimum: 4)
      {
        back -= 1
      }
      if back >= range.lowerBound, Self.norm(of: text, back, is: "be") {
        marker = "be"
      } else {
        let from = max(range.lowerBound, unit.start - 4)
        if let found = (from..<unit.start).last(where: { Self.isWord(text, $0, in: Self.fixPending) }) {
          marker = text.norm(of: text.tokens[found])
        }
      }
      guard let marker else { continue }
      units[index].value = 0
      if explain { rules[index].append(.fixNotDone(marker: marker)) }
    }
  }

  /// Conjunctions after which a fix verb reports a fix still awaited ("until it is repaired").
  static let fixPending: ShortWords = ["until", "till", "unless"]
}
