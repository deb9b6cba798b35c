import Sentiment
import Testing

/// Rule 55: the nearest term before "counts for nothing" / "means nothing", in its clause, is what
/// the writer says is not valued; when positive it counts nothing (review h55b: "my loyalty of 12
/// years counts for nothing" read as praise). On the inline lexicon below: "loyalty" +1.6, "counts
/// for nothing" −2.0, "means nothing" −2.0, and the test lexicon's "good" +2.0.
struct DevaluedPraiseTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\nloyalty\t1.6\ncounts for nothing\t-2.0\nmeans nothing\t-2.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func theSubjectOfCountsForNothingIsNoPraise() throws {
    try expectSum("My loyalty of 12 years counts for nothing", -2.0)
    try expectSum("Years of loyalty means nothing to them", -2.0)
    let explanation = try #require(
      SentimentScorer(model: model).score(text: "my loyalty counts for nothing", explain: true).1)
    #expect(explanation.contributions.first?.rules == [.devalued(by: "counts for nothing")])
  }

  @Test func otherClausesKeepTheirPraise() throws {
    // A conjunction or a boundary ends the subject; only the nearest term is read.
    try expectSum("The staff were good and my loyalty counts for nothing", 2.0 - 2.0)
    try expectSum("Good staff. Loyalty counts for nothing", 2.0 - 2.0)
    try expectSum("good staff, my loyalty counts for nothing", 2.0 - 2.0)
  }
}
