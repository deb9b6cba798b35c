import Sentiment
import Testing

/// Rule 42 on the time a service step took, without "me"/"us" ("Check-in took 45 minutes", "It
/// took 40 minutes to get a table"): a stated wait, scored `longWaitValence` for fifteen minutes up
/// to an hour and `hoursWaitValence` for an hour or more, as "waited 45 minutes" is. On the test
/// lexicons (no term in these sentences), so each sum is the rule's value alone, or 0 where the
/// duration is no wait.
struct ServiceStepWaitTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aNamedServiceStepThatTookAQuarterHourOrMoreIsAWait() throws {
    try expectSum("Check-in took 45 minutes.", parameters.longWaitValence)
    try expectSum("Check in took over an hour", parameters.hoursWaitValence)
    try expectSum("The check-in process took an hour.", parameters.hoursWaitValence)
    try expectSum("Security took an hour", parameters.hoursWaitValence)
    try expectSum("Drinks took 20 minutes", parameters.longWaitValence)
    try expectSum("Getting served took 25 minutes", parameters.longWaitValence)
  }

  @Test func whatTheDurationWasSpentWaitingForMakesItAWait() throws {
    try expectSum("It took 40 minutes to get a table", parameters.longWaitValence)
    try expectSum("The taxi took 40 minutes to arrive", parameters.longWaitValence)
    try expectSum("Took 2 hours to get through to someone", parameters.hoursWaitValence)
    try expectSum("It took an hour to be seen", parameters.hoursWaitValence)
    try expectSum("It took 30 minutes for someone to answer the phone", parameters.longWaitValence)
  }

  @Test func aDurationAloneOrAShortOneIsNoWait() throws {
    // No service step named, nothing awaited: a length of time.
    try expectSum("The tour took two hours", 0)
    try expectSum("The installation took 3 hours", 0)
    try expectSum("It took 2 hours to get there", 0)
    try expectSum("It took 30 minutes to get the kids ready", 0)
    // Under fifteen minutes, "only", "less than", or a negator.
    try expectSum("Food took 10 minutes", 0)
    try expectSum("Check-in only took 20 minutes", 0)
    try expectSum("Check in took less than 20 minutes", 0)
    try expectSum("Security never took an hour", 0)
    // Days may be quick for what they measure.
    try expectSum("My order took 2 days to arrive", 0)
  }

  /// Review h51d: travel, work done and activities are no waits.
  @Test func travelWorkAndActivitiesAreNoWaits() throws {
    try expectSum("It took 40 minutes to reach the summit", 0)
    try expectSum("The train took 2 hours to arrive in London", 0)
    try expectSum("It took 3 hours to come down the mountain", 0)
    try expectSum("It took 2 hours to check out the whole museum", 0)
    try expectSum("It took an hour to connect all my devices", 0)
    try expectSum("It took 20 minutes to get a feel for the controls", 0)
    try expectSum("It took 3 hours to get a tattoo", 0)
    // A named step whose duration measured another activity: "to assemble".
    try expectSum("My order took 2 hours to assemble", 0)
    // The person awaited makes "speak"/"reach" a wait.
    try expectSum("It took 45 minutes to speak to an agent", parameters.longWaitValence)
  }

  /// Review h51d: a reply awaited for days is a wait; a time judged well or as expected is not.
  @Test func aReplyAwaitedForDaysIsAWaitAndATimeJudgedWellIsNot() throws {
    try expectSum("It took 5 days to get a response", parameters.hoursWaitValence)
    try expectSum("It took 4 days to hear back", parameters.hoursWaitValence)
    try expectSum("Service took 20 minutes, which is normal for a busy Friday", 0)
    try expectSum("Security took 20 minutes instead of the usual 2 hours", 0)
    // Praise in the sentence judges the time: only "good" (2.0) counts.
    try expectSum("Security took 20 minutes, good for Heathrow", 2.0)
  }
}

/// Rule 42 on an outcome reached late: a duration after "after", in a sentence with "finally" or
/// "eventually", is a stated wait, scored as "waited 45 minutes" is. Test lexicons (no term in
/// these sentences).
struct LateOutcomeWaitTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func anOutcomeReachedAfterALongWaitIsAWait() throws {
    try expectSum("Finally spoke to a human after 45 minutes", parameters.longWaitValence)
    try expectSum("Eventually someone answered after an hour", parameters.hoursWaitValence)
    try expectSum("After 3 weeks I finally got my refund", parameters.hoursWaitValence)
  }

  @Test func aShortWaitOrNoAdverbIsNoWait() throws {
    try expectSum("Finally got through after 5 minutes", 0)
    try expectSum("Finally arrived after only 20 minutes", 0)
    // Without "finally"/"eventually", "after" dates an event: "After 45 minutes the film started".
    try expectSum("After 45 minutes the film started", 0)
  }

  /// Review h51d: years, an activity's length, another clause, or a wait already stated.
  @Test func yearsActivitiesOtherClausesAndStatedWaitsAreNotCountedAgain() throws {
    try expectSum("Finally after 20 years I own a house", 0)
    try expectSum("After 2 hours of hiking we finally reached the top", 0)
    try expectSum("Eventually, after an hour-long consultation, I left", 0)
    try expectSum("Finally a bank that listens, my loan was approved after 30 minutes", 0)
    // "after 45 minutes of waiting": the wait's own duration, scored once on "waiting".
    try expectSum("Finally after 45 minutes of waiting we were seated", parameters.longWaitValence)
    try expectSum("Eventually after a 2 hour wait we got served", parameters.hoursWaitValence)
  }
}
