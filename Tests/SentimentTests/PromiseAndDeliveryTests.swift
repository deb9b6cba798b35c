import Sentiment
import Testing
import Tokenization

/// Rule 32: an idea, design or look praised, then how it works faulted, the clauses joined by a
/// comma alone, are weighted as around a "but" (× 0.5 and × 1.5, `contrastWeakWeight` and
/// `contrastStrongWeight`). Inline lexicon, sums by hand: "good" +2.0, "bad" −2.0, "terrible" −3.0.
struct PromiseAndDeliveryTests {
  let model: SentimentModel
  let weak = SentimentParameters().contrastWeakWeight
  let strong = SentimentParameters().contrastStrongWeight

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func praiseOfAPromiseThenAFaultIsWeightedAsAroundBut() throws {
    // Without the rule each of these sums to 0 or to the praise's side.
    try expectSum("Good idea, bad execution", 2.0 * weak - 2.0 * strong)
    try expectSum("Looks good, terrible to use", 2.0 * weak - 3.0 * strong)
    try expectSum("Good concept; terrible app", 2.0 * weak - 3.0 * strong)
    // The promise word may follow the praise at a distance ("good to look at").
    try expectSum("Very good to look at, bad to use", (2.0 + 0.3) * weak - 2.0 * strong)
  }

  @Test func otherPraiseOrderOrShapeIsLeftAlone() throws {
    // Praise of something else: a mixed answer, summed as it is.
    try expectSum("Good staff, bad wait", 0)
    // The fault first.
    try expectSum("Bad execution, good idea", 0)
    // Both clauses the same way.
    try expectSum("Good idea, good execution", 4.0)
    // A connective weighs the clauses itself, once.
    try expectSum("Good idea, but bad execution", 2.0 * weak - 2.0 * strong)
    // A long first clause is a description, not a verdict on a promise.
    try expectSum("A thriller with a good premise and a cast we all knew from television, bad ending", 0)
    // The word of promise too far from the praise.
    try expectSum("Good service for the whole idea, bad food", 0)
  }
}
