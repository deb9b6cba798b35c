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
}
