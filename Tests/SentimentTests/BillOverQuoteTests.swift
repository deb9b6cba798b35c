import Sentiment
import Testing

/// Rule 44 of `FeedbackRules.swift` (QA review 44): in one sentence, a billed amount above a quoted
/// one scores `billOverQuoteValence`. On the test lexicons.
struct BillOverQuoteTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aBillAboveTheQuoteIsAComplaint() throws {
    try expectSum("They quoted £250 for the repair, the bill came to £610.", parameters.billOverQuoteValence)
    try expectSum("The estimate was $1,200 and they charged $2,000", parameters.billOverQuoteValence)
    try expectSum("Advertised at €40 a month, paying €65 now", parameters.billOverQuoteValence)
  }

  @Test func aBillAtOrUnderTheQuoteIsNone() throws {
    try expectSum("They quoted £250 for the repair, the bill came to £250.", 0)
    try expectSum("Quoted $1,200, charged $950", 0)
    try expectSum("They quoted £250 and never charged more than £300", 0)
    try expectSum("Paid £80 for the service.", 0)
  }
}
