import Sentiment
import Testing

/// Airline review 45 on the shipped lexicons: waits kept where one sits, help asked for, a harm
/// said as what it made the writer miss, and the courtesy formula "feel free".
struct AirlineReview45Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  @Test func waitsWhereOneSits() {
    #expect(label("we are still sitting at the gate") == .negative)
    #expect(label("sat on the tarmac for 3 hrs") == .negative)
  }

  @Test func helpAskedForIsNoPraise() {
    #expect(label("can you help me change my flight?") == .neutral)
    #expect(label("they were a great help") == .positive)
  }

  /// "made me miss" and "making me miss" are a harm; after "thanks for" the thanks is ironic
  /// (rule 8).
  @Test func aHarmSaidAsWhatItMadeTheWriterMiss() {
    #expect(label("the delay made us miss our connection") == .negative)
    #expect(label("thanks for making me miss my meeting") == .negative)
  }

  @Test func feelFreeIsACourtesy() {
    #expect(label("feel free to contact us") == .neutral)
  }
}
