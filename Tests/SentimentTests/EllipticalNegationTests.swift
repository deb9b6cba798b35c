import Sentiment
import Testing

/// Rule 40 of `FeedbackRules.swift` (QA review 41): "The food was good, the service was not." — a
/// clause that ends with a negated auxiliary leaves out the term of the clause before it, which
/// counts again there, negated, and the two clauses weigh as around a "but". Expected sums are
/// worked by hand from the inline test lexicon (good +2.0, bad −2.0) and the default parameters:
/// negation × −0.74 (VADER's N_SCALAR), a negated negative × −0.4, clause weights 0.5 and 1.5.
struct EllipticalNegationTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aNegatedAuxiliaryAtTheClauseEndNegatesTheTermBefore() throws {
    // 2.0 × 0.5 + 2.0 × −0.74 × 1.5 = 1.0 − 2.22.
    try expectSum("The food was good, the service was not.", -1.22)
    // A contracted auxiliary, and "but" instead of the comma: the same weights.
    try expectSum("The food was good but the service isn't", -1.22)
    // A negative term: "not bad" is faint praise: −2.0 × 0.5 + (−2.0 × −0.4) × 1.5 = −1.0 + 1.2.
    try expectSum("The room was bad, the bathroom was not", 0.2)
  }

  /// Where the rule does not apply the sentence scores as before: no auxiliary ("or not"), an
  /// auxiliary after the term that the ellipsis echoes, a term already negated, a subject longer
  /// than five words, no clause before, or words after the negator.
  @Test func otherNegatorsAreLeftAlone() throws {
    try expectSum("Whether it is good or not", 2.0)
    try expectSum("Good that you can, but I can't", 2.0 * parameters.contrastWeakWeight)
    try expectSum("The food was not good, the service was not", 2.0 * parameters.negationScalar)
    try expectSum("The food was good, the people at the front desk on the first night were not", 2.0)
    try expectSum("The service was not.", 0)
    try expectSum("The food was good, the service was not here", 2.0)
  }

  @Test func theExplanationNamesTheLeftOutTerm() throws {
    let scorer = SentimentScorer(model: model)
    let (_, explanation) = scorer.score(text: "The food was good, the service was not.", explain: true)
    let entries = try #require(explanation).contributions
    #expect(entries.map(\.text) == ["good", "not"])
    #expect(entries.map(\.term) == ["good", "good"])
    let negated = entries[1]
    #expect(
      negated.rules == [
        .negated(by: "not", distance: 0, factor: parameters.negationScalar), .ellipsis,
        .clauseWeight(connective: "not", weight: parameters.contrastStrongWeight),
      ])
    #expect(abs(negated.contribution - -2.22) < 1e-9)
    #expect(entries[0].rules == [.clauseWeight(connective: "not", weight: parameters.contrastWeakWeight)])
  }
}
