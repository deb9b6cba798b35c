import Tokenization

/// The default profile's rule 53 (see `FeedbackRules.swift` for the list): praise for those who
/// like a harm.
extension DefaultProfileScorer {
  /// Rule 53: praise recommended "if you like", "enjoy", "love", "want" or "fancy" a harm is
  /// sarcasm: "Brilliant service, if you like being ignored", "Perfect if you enjoy being
  /// ignored", "Great place if you love queuing for an hour". The praise before the "if" in its
  /// sentence is ironic (× `SentimentParameters.ironicPraiseScalar`, as rule 4's), the liking verb
  /// counts nothing, and the harm keeps its value. The harm is a term whose value is negative after
  /// the other rules, in the condition's clause after the verb; a condition that avoids it ("if you
  /// want to avoid the crowds", "if you like peace without the noise": `avoidingWords`) is a
  /// sincere recommendation, and so is one without a harm ("Great if you like spicy food") or a
  /// negated verb ("if you don't like waiting" is no "if you like").
  mutating func applySarcasticCondition(_ text: TokenizedText, explain: Bool) {
    for index in units.indices where units[index].kind == .neutral && units[index].length == 1 {
      let token = units[index].start
      guard Self.norm(of: text, token, is: "if"), token + 2 < text.tokens.count,
        Self.norm(of: text, token + 1, is: "you"), Self.isWord(text, token + 2, in: Self.likingVerbs),
        units[..<index].contains(where: { $0.kind == .valence && $0.value > 0 }),
        conditionNamesHarm(text, from: index, verb: token + 2)
      else { continue }
      makeIronic(0..<index, explain: explain)
      if let verb = unitIndex(startingAt: token + 2), units[verb].kind == .valence, units[verb].value > 0 {
        units[verb].value = 0
        if explain { rules[verb].append(.ironicPraise(factor: 0)) }
      }
      return
    }
  }

  /// Whether the condition that opens at unit `index` (its liking verb at token `verb`) names a
  /// harm after the verb, in its clause, and avoids none.
  private func conditionNamesHarm(_ text: TokenizedText, from index: Int, verb: Int) -> Bool {
    var harm = false
    var scan = index + 1
    while scan < units.count, units[scan].kind != .boundary, units[scan].kind != .contrast {
      let unit = units[scan]
      if unit.start > verb {
        if (unit.start..<(unit.start + unit.length)).contains(where: { Self.isWord(text, $0, in: Self.avoidingWords) })
        {
          return false
        }
        if unit.kind == .valence && unit.value < 0 { harm = true }
      }
      scan += 1
    }
    return harm
  }

  /// The verbs of liking in "if you like …" (rule 53).
  private static let likingVerbs: ShortWords = ["like", "enjoy", "love", "want", "fancy", "adore", "relish"]
  /// Words of a condition that keeps a harm away ("if you want to avoid the crowds").
  private static let avoidingWords: ShortWords = [
    "avoid", "avoiding", "escape", "escaping", "skip", "skipping", "beat", "without", "away", "hate", "dislike",
  ]
}
