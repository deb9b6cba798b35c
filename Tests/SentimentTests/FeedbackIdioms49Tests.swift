import Sentiment
import Testing

/// Idioms of feedback added in the forty-ninth session (`general-en.tsv`, after a battery of
/// sentences written for the session's last check). The texts are invented. Expected compounds are
/// worked by hand from VADER's normalisation, which the default profile keeps: one term of valence
/// v alone gives v / √(v² + 15): −2.2 → −0.4939, −2.1 → −0.4767, +1.6 → +0.3819.
struct FeedbackIdioms49Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  @Test func leftHighAndDryAndPassedAroundAreComplaints() {
    #expect(abs(compound("They left me high and dry") - -0.4939) < 0.001)
    #expect(abs(compound("They keep passing me around") - -0.4767) < 0.001)
  }

  @Test func arrivingEarlierThanExpectedIsPraiseButBreakingSoonerIsNot() {
    #expect(abs(compound("Delivery was earlier than expected") - 0.3819) < 0.001)
    #expect(compound("My parcel arrived sooner than expected") > 0.05)
    #expect(compound("It broke sooner than expected") < 0.05)
  }

  @Test func workingButBarelyIsAComplaint() {
    #expect(compound("It does the job but barely") < -0.05)
  }

  /// The second battery: a bill off its quote (−1.8 → −0.4215); a refund that "arrived the next
  /// day" (+1.2 with "refund" −0.6: 0.6 → +0.1531); a device started over six times (rule 43).
  @Test func theSecondBatterysComplaintsAndPraise() {
    #expect(abs(compound("The bill doesn't match what I was quoted.") - -0.4215) < 0.001)
    #expect(abs(compound("Refund arrived the next day.") - 0.1531) < 0.001)
    #expect(compound("I've had to reset the router six times this week.") < -0.05)
    #expect(compound("I reset the router once and it worked.") > -0.05)
  }

  /// The third battery: −1.5 → −0.3612, −1.3 → −0.3182; a suggestion stays neutral (rule 13).
  @Test func theThirdBatterysComplaints() {
    #expect(abs(compound("Staff seemed disinterested.") - -0.3612) < 0.001)
    #expect(abs(compound("I shouldn't have to chase them.") - -0.3182) < 0.001)
    #expect(compound("Lower your prices.") == 0)
  }
}
