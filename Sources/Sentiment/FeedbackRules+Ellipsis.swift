import Tokenization

/// The default profile's rule 40 (see `FeedbackRules.swift` for the list): a clause that ends in
/// its negated auxiliary leaves out the term of the clause before it.
extension DefaultProfileScorer {
  // MARK: Rule 40

  /// "The food was good, the service was not.", "Counter staff are lovely, the wait times aren't.",
  /// "The app works but the website doesn't": the second clause ends with a negated auxiliary and
  /// leaves its predicate out; it is the first clause's last term, negated. The negator's unit
  /// becomes that term, negated as a negator right before it would negate it
  /// (`negationScalar`, or `negatedNegativeScalar` for a negative term: "The room was dirty, the
  /// bathroom was not" is faint praise).
  ///
  /// The pattern, all in one sentence: a clause of praise or complaint; a boundary or a
  /// contrastive connective; a subject of at most `ellipticalSubjectUnits` words (or phrases);
  /// an auxiliary and "not"/"never" ("was not", "does not") or a negated auxiliary ("wasn't",
  /// "doesn't"); then the sentence's or the clause's end. A term the first clause negated already
  /// is left alone ("The food wasn't great, the service wasn't either"), and so is one with an
  /// auxiliary after it in its clause, which the ellipsis echoes instead (`auxiliaryFollows`).
  ///
  /// Returns the first unit of the elliptical clause and the negator's unit when the rule applied: without a contrastive
  /// connective the caller weighs the clauses as around a "but" there, since the clause contrasts
  /// with the one before it as "The food was good but the service was not" does (QA review 41:
  /// "Counter staff are lovely, the wait times are not." scored positive, the "not" negating
  /// nothing).
  mutating func applyEllipticalNegation(_ text: TokenizedText, explain: Bool) -> (clause: Int, negator: Int)? {
    for index in units.indices where units[index].kind == .negator && units[index].length == 1 {
      guard index + 1 == units.count || units[index + 1].kind == .boundary,
        let subjectEnd = ellipticalAuxiliary(text, negator: index)
      else { continue }
      // The subject: words back to a boundary or a connective. It may hold a term, a topic the
      // customers rate ("the wait times are not").
      var start = subjectEnd
      while start > 0, units[start - 1].kind == .neutral || units[start - 1].kind == .valence,
        subjectEnd - start < Self.ellipticalSubjectUnits
      {
        start -= 1
      }
      guard start > 1, start < subjectEnd, units[start - 1].kind == .boundary || units[start - 1].kind == .contrast,
        let term = units[..<(start - 1)].lastIndex(where: { $0.kind == .valence || $0.kind == .boundary }),
        units[term].kind == .valence, units[term].value != 0, !units[term].isNegated,
        !auxiliaryFollows(text, term: term, before: start - 1)
      else { continue }
      let value = units[term].value
      let factor = value > 0 ? parameters.negationScalar : parameters.negatedNegativeScalar
      let negator = units[index]
      units[index] = Unit(
        kind: .valence, start: negator.start, length: negator.length, entry: units[term].entry, value: value * factor,
        isCaps: false, isNegated: true)
      if explain {
        let word = text.norm(of: text.tokens[negator.start])
        rules[index] = [.negated(by: word, distance: 0, factor: factor), .ellipsis]
      }
      return (start, index)
    }
    return nil
  }

  /// Whether an auxiliary stands between the term at unit `term` and the clause's end at unit
  /// `end`: the left-out predicate is then what follows that auxiliary, not the term ("I hope you
  /// can see, cause I can't" leaves out "see", not "hope").
  private func auxiliaryFollows(_ text: TokenizedText, term: Int, before end: Int) -> Bool {
    for index in (term + 1)..<end where units[index].kind == .neutral && units[index].length == 1 {
      if Self.isWord(text, units[index].start, in: Self.auxiliaries) { return true }
    }
    return false
  }

  /// The unit index of the auxiliary before the negator unit `negator` ("was" in "was not"), or the
  /// negator's own index when it is a negated auxiliary ("wasn't"); nil when neither.
  private func ellipticalAuxiliary(_ text: TokenizedText, negator: Int) -> Int? {
    let token = units[negator].start
    if Self.isWord(text, token, in: Self.negatedAuxiliaries) { return negator }
    guard Self.isWord(text, token, in: Self.elidingNegators), negator > 0, units[negator - 1].kind == .neutral,
      units[negator - 1].length == 1, Self.isWord(text, units[negator - 1].start, in: Self.auxiliaries)
    else { return nil }
    return negator - 1
  }

  /// The most words the subject of an elliptical clause may have ("the rest of the staff").
  private static let ellipticalSubjectUnits = 5
  /// Negators that stand after an auxiliary at a clause's end: "was not", "did never".
  private static let elidingNegators: ShortWords = ["not", "never"]
  /// Auxiliaries that take "not" and may end a clause without their predicate.
  private static let auxiliaries: ShortWords = [
    "is", "are", "was", "were", "am", "be", "been", "do", "does", "did", "has", "have", "had", "will", "would", "can",
    "could", "should", "must", "might", "may", "shall", "it's", "that's", "they're", "we're", "i'm", "he's", "she's",
    "you're",
  ]
  /// Auxiliaries with "n't", written with or without the apostrophe.
  private static let negatedAuxiliaries: ShortWords = [
    "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "werent", "don't", "dont", "doesn't", "doesnt",
    "didn't", "didnt", "hasn't", "hasnt", "haven't", "havent", "hadn't", "hadnt", "won't", "wont", "wouldn't",
    "wouldnt", "can't", "cant", "couldn't", "couldnt", "shouldn't", "shouldnt", "ain't", "aint",
  ]
}
