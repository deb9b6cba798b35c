import Tokenization

/// The default profile's rule 39 (see `FeedbackRules.swift` for the list): praise or thanks asked
/// as a question after another sentence is ironic.
extension DefaultProfileScorer {
  // MARK: Rule 39

  /// "Substituted oat milk with a bottle of bleach. Thanks?", "Train cancelled again. Great?": a
  /// sentence that is only one word of praise (`WordList.praiseInterjections`) or a bare thanks
  /// ("thanks", "thank you", "cheers"), perhaps after an opener ("oh", "so"), and ends with "?",
  /// questions what it names. After another sentence that is neither praise (`previousSum` ≤ 0)
  /// nor a question or request of its own (`previous` does not end with "?") its praise is ironic:
  /// × `SentimentParameters.ironicPraiseScalar` (QA review 30). A first sentence ("Thanks? For
  /// what?"), one after praise ("Loved it. Thanks?") and the habitual "?" after a question ("Can
  /// you check my order? Thank you?") are left alone.
  mutating func applyQuestionedPraise(
    _ text: TokenizedText, range: Range<Int>, previous: Range<Int>, previousSum: Double, explain: Bool
  ) {
    guard previousSum <= 0, let last = range.last, Self.asksQuestion(text, last),
      let previousLast = previous.last, !Self.asksQuestion(text, previousLast)
    else { return }
    guard
      let praise = lonePraiseUnit(accepts: { unit in
        (unit.length == 1 && tokenWordLists[unit.start].contains(.praiseInterjections)) || isBareThanks(text, unit)
      })
    else { return }
    makeIronic(praise..<(praise + 1), explain: explain)
  }

  /// Whether token `index` is punctuation holding a "?".
  static func asksQuestion(_ text: TokenizedText, _ index: Int) -> Bool {
    text.tokens[index].kind == .punct && text.withNorm(of: text.tokens[index], { $0.contains(UInt8(ascii: "?")) })
  }
}
