import Tokenization

/// The default profile's pass over one sentence's units: each term valued, then the sentence-level
/// rules in their order.
extension DefaultProfileScorer {
  // MARK: Rules

  /// `mayHoldQuotes`: whether the text may hold a quotation mark (`mayHoldQuotes(_:)`); without
  /// one, no term stands in scare quotes.
  mutating func scoreUnits(
    _ text: TokenizedText, hasLowercase: inout Bool?, mayHoldQuotes: Bool, explain: Bool
  ) {
    // The rules applied to each unit are kept only for an explanation (otherwise `rules` stays
    // empty, and is not emptied again per sentence).
    rules.removeAllKeepingCapacity()
    var applied: [SentimentRule] = []
    for index in units.indices {
      if units[index].kind == .valence {
        let (value, negated) = valence(
          of: index, text, hasLowercase: &hasLowercase, rules: &applied, explain: explain)
        units[index].value = value
        // Set before the next unit is scored: a later term reads it ("never any delays or problems").
        if negated { units[index].isNegated = true }
      }
      if explain {
        rules.append(applied)
        applied = []
      }
    }
    // Rule 47 before the rules that weigh or reread values: its adverb is then weighed with its clause.
    if textTriggers.contains(.mannerAdverbs) { applyFailureManner(text, explain: explain) }
    if textTriggers.contains(.lukewarmHedges) { undoLukewarmHedges(text, explain: explain) }
    if mayHoldQuotes { applyScareQuotes(text, explain: explain) }
    if hasSuggestionFrame { applySuggestion(text, explain: explain) }
    // Rule 55: "My loyalty counts for nothing" ("nothing" is one of the clause negators' words).
    if textWordLists.contains(.clauseNegators) { applyDevaluedPraise(text, explain: explain) }
    // Rule 17 reads questions only: a text without a "?" (`mayHoldEmphasis`; most texts) has no
    // sentence that ends with one (`sentenceEndsWithQuestion`, the rule's first test), and the call
    // is skipped.
    if Self.mayHoldEmphasis(text, marks: textMarks) { applyQuestion(text, explain: explain) }
    // Rule 40 before the clause weights, which then weigh the term it adds.
    let ellipticalClause = hasNegatorUnit ? applyEllipticalNegation(text, explain: explain) : nil
    if hasContrastUnit {
      applyContrast(explain: explain)
    } else if let (clause, negator) = ellipticalClause {
      // "Counter staff are lovely, the wait times are not": the clauses contrast as around a "but".
      let start = units[negator].start
      weighClauses(
        units.indices, pivot: clause, first: parameters.contrastWeakWeight, second: parameters.contrastStrongWeight,
        explain: explain
      ) {
        .clauseWeight(
          connective: text.norm(of: text.tokens[start]), weight: $0)
      }
    } else if trailingConnective == nil || !applyTrailingThough(explain: explain),
      !(hasContrastTerm && applyContrastTerm(explain: explain)),
      textTriggers.contains(.promiseWords)
    {
      applyPromiseAndDelivery(text, explain: explain)
    }
    // Rule 51 after the clause weights and rule 40: an elliptical negation ("Other banks charge
    // fees, these guys don't") denies the term as the writer wrote it, before the comparison
    // turns it; a weight only scales a value, so the order does not change the others.
    if textTriggers.contains(.otherProviders) { applyOtherProviders(text, explain: explain) }
    // Rule 4 within a sentence: a text without any of its markers (most) skips the call.
    if mayHoldSarcasticClause { applySarcasticClause(text, explain: explain) }
    // Rule 53: "Brilliant service, if you like being ignored", "Great for those who enjoy being
    // ignored" (a text without "if", or without "for"/"to" and "who", skips it).
    if textWordLists.contains(.conditions)
      || (textTriggers.contains(.whWords) && !textWordLists.isDisjoint(with: [.forWord, .to]))
    {
      applySarcasticCondition(text, explain: explain)
    }
    // As in `scoreMapped`: rules whose trigger words the text lacks are not called.
    if textWordLists.contains(.thanks) {
      if textWordLists.contains(.forWord) { applySarcasticThanks(text, explain: explain) }
      applyCausalThanks(text, explain: explain)
    }
    if textTriggers.contains(.congratulations) { applySarcasticCongratulations(text, explain: explain) }
    if textWordLists.contains(.praiseInterjections) { applyIronicPraise(text, explain: explain) }
    if textTriggers.contains(.ironicLoveWords) { applyIronicLove(text, explain: explain) }
    if hasNegatorUnit { applyPromiseBroken(text, explain: explain) }
  }
}
