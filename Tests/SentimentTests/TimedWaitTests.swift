import Sentiment
import Testing

/// Rule 42 of `FeedbackRules.swift` (QA review 43): a word of waiting with a duration scores
/// `longWaitValence` (−1.5) for fifteen minutes up to an hour and `hoursWaitValence` (−2.2) for an
/// hour or more, when that is stronger than its own lexicon value. The lexicon here gives "waited"
/// −1.0 and "wait" −0.5 (as the shipped service pack does), "had to wait" −1.2, and the positive
/// phrases "didn't have to wait" and "can't wait".
struct TimedWaitTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nwaited\t-1.0\nwait\t-0.5\nhad to wait\t-1.2\ndidn't have to wait\t1.8\ncan't wait\t1.8\nlovely\t2.8\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aWaitOfMinutesAfterTheVerb() throws {
    try expectSum("I waited 40 minutes past my appointment time", parameters.longWaitValence)
    try expectSum("waited for about 45 mins", parameters.longWaitValence)
    try expectSum("had to wait forty-five minutes", parameters.longWaitValence)
    try expectSum("the wait was 50 minutes", parameters.longWaitValence)
    try expectSum("waited half an hour", parameters.longWaitValence)
  }

  @Test func aWaitOfHoursOrDays() throws {
    try expectSum("waited 3 hours", parameters.hoursWaitValence)
    try expectSum("queued for over an hour", parameters.hoursWaitValence)
    try expectSum("waiting 4 days for a reply", parameters.hoursWaitValence)
    try expectSum("waited all day for the engineer", parameters.hoursWaitValence)
  }

  /// The duration before the noun: "a 2-hour wait", "40 minute wait", "after 3 hours waiting".
  @Test func aDurationBeforeTheWait() throws {
    try expectSum("a 2-hour wait", parameters.hoursWaitValence)
    try expectSum("a 40 minute wait", parameters.longWaitValence)
    try expectSum("an hour-long queue", parameters.hoursWaitValence)
  }

  /// Sitting or being stuck somewhere is a wait, and a short place (a preposition, one to three
  /// words, "for") may stand between the wait and its duration (airline review 45). "sat" and
  /// "sitting" have no lexicon value here, so the rule's value is the whole sum.
  @Test func aPlaceBetweenTheWaitAndItsDuration() throws {
    try expectSum("sat on the tarmac for 2 hours", parameters.hoursWaitValence)
    try expectSum("been sitting at the gate for over 25 min", parameters.longWaitValence)
    try expectSum("we then sat on our plane for an hour", parameters.hoursWaitValence)
    try expectSum("waited in line for an hour", parameters.hoursWaitValence)
    // With no place, the duration follows at once.
    try expectSum("sat for 2 hours", parameters.hoursWaitValence)
    // No "for" after the place, a place of four words, a short stay: no wait.
    try expectSum("sat on the tarmac", 0)
    try expectSum("sat in the back row of the plane for 2 hours", 0)
    try expectSum("sitting at the gate for 5 minutes", 0)
  }

  /// A number written together with its unit is a duration too: hours, days and fifteen minutes
  /// or more (airline review 45: "sat for more than 3hrs" was neutral).
  @Test func aNumberWrittenTogetherWithItsUnit() throws {
    try expectSum("we sat for more than 3hrs", parameters.hoursWaitValence)
    try expectSum("waited 45mins", parameters.longWaitValence)
    try expectSum("waited 1.5hrs for the bags", parameters.hoursWaitValence)
    try expectSum("waited 0.5hrs", parameters.longWaitValence)
    try expectSum("a 2hr wait", parameters.hoursWaitValence)
    try expectSum("waited 2days", parameters.hoursWaitValence)
    // Under fifteen minutes, or no unit after the digits: the lexicon value stays.
    try expectSum("waited 10min", -1.0)
    try expectSum("waited 3x", -1.0)
  }

  /// A duration word before "old" states an age, not a wait: the lexicon values stay.
  @Test func anAgeIsNoWait() throws {
    try expectSum("sitting a 5 year old alone", 0)
    try expectSum("waited for a 2-year-old", -1.0)
    try expectSum("waited for a 3 year old child", -1.0)
  }

  /// A short or small wait, a negated one, a positive phrase: the lexicon values stay.
  @Test func shortSmallAndPositiveWaitsKeepTheirValues() throws {
    try expectSum("waited 5 minutes", -1.0)
    try expectSum("a 10 minute wait", -0.5)
    try expectSum("only waited 20 minutes", -1.0)
    try expectSum("waited less than 20 minutes", -1.0)
    try expectSum("didn't have to wait 20 minutes", 1.8)
    try expectSum("can't wait 2 weeks", 1.8)
    try expectSum("wait a minute", -0.5)
    // No word of waiting: a duration alone says nothing.
    try expectSum("It took 40 minutes", 0)
  }

  /// The review's case: the complaint after "but" now outweighs the praise before it
  /// (2.8 × 0.5 + (−1.5) × 1.5 < 0); with "wait" at −0.5 the sum was positive.
  @Test func aStatedWaitOutweighsPraiseBeforeBut() throws {
    try expectSum(
      "Reception staff lovely but the wait was 50 minutes past our appointment time",
      2.8 * parameters.contrastWeakWeight + parameters.longWaitValence * parameters.contrastStrongWeight)
  }
}
