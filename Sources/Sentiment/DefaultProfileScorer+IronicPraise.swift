import Tokenization

/// Ironic praise within a sentence (step 4 of the default profile, rule 4): "Great, another update".
extension DefaultProfileScorer {
  mutating func applyIronicPraise(_ text: TokenizedText, explain: Bool) {
    var first = 0
    while first < units.count
      && (units[first].kind == .intensifier
        || (units[first].kind == .neutral && tokenWordLists[units[first].start].contains(.ironyOpeners)))
    {
      first += 1
    }
    // A lone word ("Great, another delay"): an opening phrase of praise ("Lovely staff, a bit of a
    // wait") is a mixed review, not irony (review r10).
    // Only an exclamation of praise ("Great,", not "Very helpful,").
    guard first + 1 < units.count, units[first].kind == .valence, units[first].length == 1,
      units[first].value > 0, units[first + 1].kind == .boundary,
      tokenWordLists[units[first].start].contains(.praiseInterjections)
    else { return }
    // A contrast right after it concedes ("Good, although a bit slow", "Nice, but the room was
    // dirty"): the praise is sincere and the contrast weighs the clauses (review r20a).
    if first + 2 < units.count, units[first + 2].kind == .contrast { return }
    // The rest a plain complaint: no praise, no fix, not conceded ("Great, a bit pricey").
    guard isPlainComplaint(text, (first + 2)..<units.count, opener: first + 2) else { return }
    units[first].value *= parameters.ironicPraiseScalar
    ironySeen = true
    if explain { rules[first].append(.ironicPraise(factor: parameters.ironicPraiseScalar)) }
  }
}
