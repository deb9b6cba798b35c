import Sentiment
import Testing

/// The fifty-seventh session's blind reviews (h57d: answers with their questions; h57e: verbatims
/// from seventeen sectors): lexicon phrases for verdicts, refusals, a failed diagnosis and digs at
/// the second of two things. Sentences are our own, not the reviews'; labels hand-judged, each with
/// the reason a coder would give.
struct BlindReviews57Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func verdictsOfValueAndLoyaltyArePraise() {
    // A purchase that repaid its price, a provider kept, a choice the writer would make again.
    #expect(label("The annual plan paid for itself in the first month.") == .positive)
    #expect(label("After ten years we're sticking with them.") == .positive)
    #expect(label("Would book the same vet again in a heartbeat.") == .positive)
    #expect(label("Moved our broadband over last week, should have switched years ago.") == .positive)
    #expect(label("The support engineers actually listen.") == .positive)
  }

  @Test func refusalsAndDeterrentsAreComplaints() {
    #expect(label("After that bill, not another penny from me.") == .negative)
    #expect(label("The pushy sales call put me off the upgrade.") == .negative)
    #expect(label("Long-standing customers get punished with higher prices.") == .negative)
    // Denied, a deterrent is reassurance.
    #expect(label("Honestly, nothing put me off.") == .positive)
  }

  @Test func cantRecommendSomeoneEnoughIsPraiseWhateverTheirName() {
    // "Can't recommend X enough" praises X, however many words name X; an "enough" that belongs
    // to another clause or another term ("because the food was not good enough") leaves the
    // refusal to recommend.
    #expect(label("Can't recommend Dave at the Northside branch enough.") == .positive)
    #expect(label("I cannot recommend this little bakery in the old town highly enough") == .positive)
    #expect(label("Bought the software too, and can't praise it highly enough.") == .positive)
    #expect(label("I can't recommend them because the food was not good enough") == .negative)
    #expect(label("Can't recommend it, the room wasn't clean enough.") == .negative)
  }

  @Test func aFailedDiagnosisIsAComplaint() {
    // The negation belongs to "know": the writer says the fault was never found.
    #expect(label("Three visits and the garage still don't know what's wrong with the brakes.") == .negative)
  }

  @Test func aDifferentStoryIsADigAtTheSecondOfTwoThings() {
    // "A different story" says the second thing was not good: after praise of about the same
    // strength, the answer is no longer clearly praise.
    #expect(
      compound("The API is great. The dashboard is a different story.") < compound("The API is great.") / 2)
    #expect(compound("The rooms were lovely; the food was another story.") < compound("The rooms were lovely.") / 2)
    // "Not so much X as Y" corrects, it does not complain: no entry reads "not so much".
    #expect(label("Not so much a movie as a picture book for the big screen, and a lovely one.") == .positive)
  }
}
