import Sentiment
import Testing

/// Rule 52: a one-sentence answer that is only a comparative and one to three words ("Better
/// communication", "Faster delivery") names what is asked for, as "More staff" does; the
/// comparative counts nothing. Sums worked by hand on a small lexicon (faster 1.4, helpful 1.5,
/// good 2.0, bad −2.0).
struct ComparativeRequestTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(valence: "faster\t1.4\nhelpful\t1.5\ngood\t2.0\nbad\t-2.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aComparativeAloneAsks() throws {
    try expectSum("Faster delivery.", 0)
    try expectSum("Faster delivery please!", 0)
    try expectSum("faster response times", 0)
    try expectSum("More helpful staff", 0)
  }

  @Test func statementsKeepTheirPraise() throws {
    // A comparison, a time, a verb of being; the comparative alone; a word before it.
    try expectSum("Faster than expected.", 1.4)
    try expectSum("Faster now.", 1.4)
    try expectSum("Faster every time", 1.4)
    try expectSum("Faster.", 1.4)
    try expectSum("Much faster delivery.", 1.4)
    // Four words after it, another term, or a second sentence: not a bare request.
    try expectSum("Faster delivery to my new house", 1.4)
    try expectSum("Faster delivery, good staff.", 1.4 + 2.0)
    try expectSum("Faster delivery. Good staff.", 1.4 + 2.0)
    // A positive term that is no comparative.
    try expectSum("Helpful staff.", 1.5)
  }

  @Test func theExplanationNamesTheRule() throws {
    let scorer = SentimentScorer(model: model)
    let explanation = try #require(scorer.score(text: "Faster delivery.", explain: true).1)
    let faster = try #require(explanation.contributions.first { $0.term == "faster" })
    #expect(faster.contribution == 0)
    #expect(faster.rules.contains(.comparativeRequest))
  }
}
