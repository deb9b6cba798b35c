import Sentiment
import Testing
import Tokenization

/// Rule 30 (QA review 19): a word the lexicon does not score, right after "too", is a complaint.
/// Inline lexicon with "too" +0.15 (the shipped value), sums worked by hand: the rule's unit is
/// −1.2 (`plainExcessValence`) whole, as the other rule units are (the intensifier's boost applies
/// to lexicon terms: "too bad" = −2.0 − 0.15).
struct PlainExcessTests {
  let model: SentimentModel
  let excess = SentimentParameters().plainExcessValence

  init() throws {
    model = try TestLexicons.model(intensifiers: TestLexicons.intensifiers + "too\t0.15\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func anUnscoredWordAfterTooIsAComplaint() throws {
    try expectSum("Prices are too high", excess)
    try expectSum("The queue was too long", excess)
    // A scored word keeps its own value and rule 12: "too good" is praise (its list), "too bad" −2.0 −0.15.
    try expectSum("It was too bad", -2.15)
  }

  @Test func notAfterANegatorOnlyOrASubjectNorBeforeAPronounOrAnAnswerNotYetGiven() throws {
    try expectSum("The wait was not too long", 0)
    try expectSum("She too attended", 0)
    try expectSum("Love you too", 0)
    try expectSum("Me too, thanks", 0)
    try expectSum("Too early to say", 0)
    try expectSum("Too true", 0)
  }
}
