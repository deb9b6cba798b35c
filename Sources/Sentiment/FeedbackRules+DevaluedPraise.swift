import Tokenization

/// The default profile's rule 55 (see `FeedbackRules.swift` for the list): praise the writer says
/// counts for nothing.
extension DefaultProfileScorer {
  /// Rule 55: the subject of "counts for nothing", "means nothing", "meant nothing" is what the
  /// writer says is not valued, not praise: "My loyalty of 12 years counts for nothing", "Ten years
  /// as a loyal customer means nothing to them" (review h55b: "loyalty" +1.6 outweighed the
  /// complaint). The nearest term before such a phrase (a negative lexicon phrase that opens with
  /// one of `devaluingVerbs` and holds "nothing"), in its clause, counts nothing when it is
  /// positive; the search ends at the first term, or, going back, at a boundary, a contrast, a
  /// conjunction, a subordinator or a negator. "Nice to know my loyalty counts for nothing" keeps
  /// its "Nice" for rule 4 to read as irony. The phrase keeps its value; a phrase that holds its
  /// own subject ("loyalty means nothing") is one term.
  mutating func applyDevaluedPraise(_ text: TokenizedText, explain: Bool) {
    for index in units.indices where units[index].kind == .valence && units[index].value < 0 {
      let unit = units[index]
      guard unit.length >= 2, Self.isWord(text, unit.start, in: Self.devaluingVerbs),
        Self.norm(of: text, unit.start + unit.length - 1, is: "nothing")
          || (unit.length >= 3 && Self.norm(of: text, unit.start + 1, is: "nothing"))
      else { continue }
      let predicate = (unit.start..<(unit.start + unit.length)).map { text.norm(of: text.tokens[$0]) }
        .joined(separator: " ")
      var back = index - 1
      while back >= 0 {
        let other = units[back]
        if other.kind == .boundary || other.kind == .contrast || other.kind == .negator { break }
        if other.kind == .neutral, first(other, isIn: .conjunctions) || first(other, isIn: .subordinators) { break }
        if other.kind == .valence {
          if other.value > 0, !other.isNegated {
            units[back].value = 0
            if explain { rules[back].append(.devalued(by: predicate)) }
          }
          break
        }
        back -= 1
      }
    }
  }

  /// Verbs that open a phrase saying something is not valued ("counts for nothing", "means nothing").
  private static let devaluingVerbs: ShortWords = [
    "counts", "count", "counted", "counting", "means", "mean", "meant", "matters", "mattered",
  ]
}
