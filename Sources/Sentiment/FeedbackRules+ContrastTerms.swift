import Tokenization

/// The default profile's rule 34 (see `FeedbackRules.swift` for the list): a complaint that turns
/// the sentence as "but" does.
extension DefaultProfileScorer {
  // MARK: Rule 34

  /// "Lovely staff, shame about the product", "Nice shop, pity about the prices": a term tagged
  /// `contrast=after` ("shame about", "pity about") is a complaint and a contrastive connective at
  /// once. In a sentence without a connective, when a term comes before it, the terms before it are
  /// weighted × `contrastWeakWeight` and it and the terms after it × `contrastStrongWeight`, as
  /// around a "but" (QA review 22: the praise outweighed the complaint). Alone ("Shame about the
  /// wait") it counts as it is. Returns whether it weighted the sentence.
  mutating func applyContrastTerm(explain: Bool) -> Bool {
    var pivot: Int?
    var termBefore = false
    for index in units.indices where units[index].kind == .valence {
      if tables.tags(ofEntry: units[index].entry).contains(.opensContrast) && termBefore {
        pivot = index
        break
      }
      if units[index].value != 0 { termBefore = true }
    }
    guard let pivot else { return false }
    let term = explain ? tables.entries[Int(units[pivot].entry)].term : ""
    weighClauses(
      units.indices, pivot: pivot, first: parameters.contrastWeakWeight, second: parameters.contrastStrongWeight,
      explain: explain
    ) { .clauseWeight(connective: term, weight: $0) }
    return true
  }
}
