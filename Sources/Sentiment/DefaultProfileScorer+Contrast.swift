import Tokenization

/// Contrastive connectives (step 3 of the default profile): the clause weights around "but", a
/// sentence-final "though", and the weighting itself.
extension DefaultProfileScorer {
  mutating func applyContrast(explain: Bool) {
    guard hasContrastUnit, let split = units.firstIndex(where: { $0.kind == .contrast }) else { return }
    let entry = tables.contrastEntries[Int(units[split].entry)]
    let (beforeWeight, afterWeight) =
      entry.side == .after
      ? (parameters.contrastWeakWeight, parameters.contrastStrongWeight)
      : (parameters.contrastStrongWeight, parameters.contrastWeakWeight)
    // "Although it was late, the food was great": a sentence-initial connective that promotes the
    // clause "before" it subordinates its own clause (up to the first boundary) instead.
    var pivot = split
    var (firstWeight, secondWeight) = (beforeWeight, afterWeight)
    if entry.side == .before && split == 0, let boundary = units.firstIndex(where: { $0.kind == .boundary }) {
      pivot = boundary
      (firstWeight, secondWeight) = (afterWeight, beforeWeight)
    } else if split > 0, isAdverbialThough(at: split, term: entry.term) {
      // "The staff were lovely, the room was dirty though", "Great app, crashes a lot though":
      // closing its clause, "though" is the adverb ("however"), not the subordinator: its own
      // clause is the one that counts, as after "but", and the clauses before it weigh less
      // (QA review 39: "Parcel was soaked though and the box was crushed" weighed the complaint
      // half). The pivot is the start of its clause.
      pivot = units[..<split].lastIndex(where: { $0.kind == .boundary }).map { $0 + 1 } ?? 0
      (firstWeight, secondWeight) = (parameters.contrastWeakWeight, parameters.contrastStrongWeight)
    }
    weighClauses(units.indices, pivot: pivot, first: firstWeight, second: secondWeight, explain: explain) {
      .clauseWeight(connective: entry.term, weight: $0)
    }
  }

  /// "The staff were lovely, the room was dirty though": a "though" that ends the sentence is the
  /// adverb ("however"), so its clause weighs more than the clauses before it in the sentence, as
  /// after "but". After a sentence with a score it concedes against that sentence instead: "Staff
  /// were rude. One nurse was lovely though." grants the nurse and keeps the complaint, so the
  /// whole sentence weighs `contrastWeakWeight` and the sentence before keeps its weight (QA review
  /// 44: the sentence before was demoted and the lone praise boosted). Returns whether it applied:
  /// the sentence ends with "though" and either follows a scored sentence or has a boundary before
  /// its last clause.
  mutating func applyTrailingThough(explain: Bool) -> Bool {
    guard let trailing = trailingConnective else { return false }
    let term = tables.contrastEntries[Int(trailing)].term
    guard Self.isThough(term) else { return false }
    if previousSentenceScored {
      let weak = parameters.contrastWeakWeight
      weighClauses(units.indices, pivot: units.count, first: weak, second: weak, explain: explain) {
        .clauseWeight(connective: term, weight: $0)
      }
      return true
    }
    guard let last = units.lastIndex(where: { $0.kind != .boundary }),
      let boundary = units[..<last].lastIndex(where: { $0.kind == .boundary })
    else { return false }
    weighClauses(
      units.indices, pivot: boundary + 1, first: parameters.contrastWeakWeight,
      second: parameters.contrastStrongWeight, explain: explain
    ) { .clauseWeight(connective: term, weight: $0) }
    return true
  }

  /// "though" and its spelling "tho", the connectives that are also adverbs.
  private static func isThough(_ term: String) -> Bool { term == "though" || term == "tho" }

  /// Whether the contrast unit at `split` is "though" (or "tho") closing its clause: a boundary or
  /// "and"/"but" follows it (at the sentence's end, `applyTrailingThough` reads it).
  private func isAdverbialThough(at split: Int, term: String) -> Bool {
    guard Self.isThough(term) else { return false }
    let next = split + 1
    return next == units.count || units[next].kind == .boundary || units[next].kind == .contrast
      || tokenWordLists[units[next].start].contains(.conjunctions)
  }

  /// Multiplies the term units of `range` before `pivot` by `first` and the others by `second`, and
  /// records `rule(weight)` on each for the explanation: the clause weighting of a contrastive
  /// connective (step 3), of rule 32's promise and delivery and of rule 34's turning complaint.
  mutating func weighClauses(
    _ range: Range<Int>, pivot: Int, first: Double, second: Double, explain: Bool,
    rule: (Double) -> SentimentRule
  ) {
    for index in range where units[index].kind == .valence && units[index].value != 0 {
      let weight = index < pivot ? first : second
      units[index].value *= weight
      if explain { rules[index].append(rule(weight)) }
    }
  }
}
