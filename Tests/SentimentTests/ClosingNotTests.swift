import Sentiment
import Testing

/// Rule 48 of `FeedbackRules.swift`: a closing sarcastic "not" ("Great service... not", "Great
/// service. NOT!") takes back the praise of the statement it closes: each positive term × −0.74
/// (`negationScalar`); negative terms keep their value. Inline test lexicons (`TestLexicons`: good
/// +2.0, bad −2.0); "!" adds 0.292 away from zero (VADER).
struct ClosingNotTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aClosingNotInTheSentenceNegatesItsPraise() throws {
    // 2.0 × −0.74 = −1.48, after an ellipsis, a dash (typed as two hyphens or as "—"), a comma.
    try expectSum("Good service... not", -1.48)
    try expectSum("Good service -- not.", -1.48)
    try expectSum("Good service, not.", -1.48)
    try expectSum("Good service (not).", -1.48)
    // "!" after it: −1.48 − 0.292.
    try expectSum("Good service — NOT!", -1.48 - 0.292)
  }

  @Test func aSentenceThatIsOnlyNotNegatesThePraiseBeforeIt() throws {
    // "Good service." −1.48; "NOT!" sums 0, so its "!" adds nothing.
    try expectSum("Good service. NOT!", -1.48)
    try expectSum("Good service... Not.", -1.48)
  }

  @Test func negativeTermsKeepTheirValue() throws {
    // "good" −1.48, "bad" −2.0 as written.
    try expectSum("The food was good, the wait was bad... not", -1.48 - 2.0)
    try expectSum("Good that it was bad. NOT!", -1.48 - 2.0)
  }

  /// A "not" after a word, one that asks, one after a question, or one that closes nothing is no
  /// closing "not": the text scores as before.
  @Test func ordinaryNotsAreLeftAlone() throws {
    try expectSum("Whether it is good or not", 2.0)
    try expectSum("It was good, but maybe not", 2.0 * parameters.contrastWeakWeight)
    try expectSum("Good, or not?", 2.0)
    try expectSum("Not.", 0)
    try expectSum("Why not?", 0)
    try expectSum("Good, if not", 2.0)
    try expectSum("Good? Not.", 2.0)
    try expectSum("Good (or not).", 2.0)
    try expectSum("Good. Hopefully not.", 2.0)
    // After a complaint: "Will it be bad again? Hopefully not." stays the complaint (−2.0), never
    // more negative.
    try expectSum("It was bad. Hopefully not again.", -2.0)
    try expectSum("Will it be bad again? Not.", -2.0)
  }

  @Test func theExplanationNamesTheRule() throws {
    let scorer = SentimentScorer(model: model)
    let (_, explanation) = scorer.score(text: "Good service... not", explain: true)
    let entries = try #require(explanation).contributions
    #expect(entries.map(\.text) == ["Good"])
    #expect(entries[0].rules == [.closingNot(factor: parameters.negationScalar)])
    #expect(abs(entries[0].contribution - -1.48) < 1e-9)
  }
}
