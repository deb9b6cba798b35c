import Sentiment
import Testing

/// Rule 51 with rule 25 (review h55b): an expected outcome (`negation=only`: counts only when it
/// did not happen) that another provider delivered is one the reviewed provider did not, and counts
/// its lexicon value, as when denied. On the test lexicons plus "replied" −1.8 `negation=only`.
struct OtherProviderOutcomeTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(valence: TestLexicons.valence + "\nreplied\t-1.8\t\tnegation=only\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func anOutcomeAnotherProviderDeliveredIsAComplaint() throws {
    try expectSum("Other banks replied the same day.", -1.8)
    try expectSum("My previous insurer replied the same day.", -1.8)
  }

  @Test func theReviewedProvidersOutcomeIsNoVerdict() throws {
    try expectSum("They replied the same day.", 0)  // rule 25: an outcome that happened counts nothing
    try expectSum("The bank replied the same day.", 0)
    // Denied by the other provider: rule 25's value, with rule 51's reading of a fault it has.
    try expectSum("Other banks never replied.", -1.8 * -0.74)
  }
}
