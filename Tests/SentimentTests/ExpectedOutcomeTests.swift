import Sentiment
import Testing

/// Rule 25: a term tagged `negation=only` is an outcome customers expect ("came", "responding"):
/// negated it counts its lexicon value as given, affirmed it counts nothing. Sums by hand on the
/// test lexicon (good 2.0) plus the entries below; compound = s / √(s² + 15).
struct ExpectedOutcomeTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\ncame\t-1.8\t\tnegation=only\nresponding\t-1.6\t\tnegation=only\nreply\t-1.6\t\tnegation=only\ndelivered\t0.5\n",
      contrast: TestLexicons.contrast + "yet\tafter\n")
  }

  /// Review r33: "delivery boy not came" and "nobody picking up" scored nothing.
  @Test func aMissingOutcomeCountsItsValue() throws {
    try TestLexicons.expectSum("delivery boy not came", -1.8, model)
    try TestLexicons.expectSum("no one responding", -1.6, model)
    try TestLexicons.expectSum("the technician didn't came", -1.8, model)
    try TestLexicons.expectSum("nothing came", -1.8, model)
    // An adverb, determiner or object pronoun between does not count toward the two words.
    try TestLexicons.expectSum("no one has ever responding", -1.6, model)
    try TestLexicons.expectSum("they didn't get a reply", -1.6, model)
    let explanation = try #require(
      SentimentScorer(model: model).score(text: "not came", explain: true).1)
    #expect(
      explanation.contributions.first?.rules == [
        .expectedOutcome(happened: false), .negated(by: "not", distance: 1, factor: 1),
      ])
  }

  @Test func anOutcomeThatHappenedCountsNothing() throws {
    try TestLexicons.expectSum("the parcel came", 0, model)
    try TestLexicons.expectSum("good, the parcel came", 2.0, model)
    let explanation = try #require(
      SentimentScorer(model: model).score(text: "it came", explain: true).1)
    #expect(explanation.contributions.first?.rules == [.expectedOutcome(happened: true)])
  }

  /// The negator must deny the outcome itself: within two words, with no opinion term between.
  @Test func aNegatorOfSomethingElseDoesNotCount() throws {
    // "good" is the negated term; "came" happened.
    try TestLexicons.expectSum("not good it came", 2.0 * -0.74, model)
    try TestLexicons.expectSum("not sure when the parcel came", 0, model)
  }

  /// "not yet": the adverb of a negated verb, not the contrastive "yet".
  @Test func notYetIsNoContrast() throws {
    try TestLexicons.expectSum("parcel not yet delivered", 0.5 * -0.74, model)
    try TestLexicons.expectSum("good yet delivered", 2.0 * 0.5 + 0.5 * 1.5, model)
  }
}
