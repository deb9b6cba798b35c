import Sentiment
import Testing

/// Rule 43 of `FeedbackRules.swift` (QA review 44): "N times" after a verb of contacting or trying,
/// or "same", in its clause scores `countedRepeatValence`; and rule 42's time the writer spent
/// ("took me 40 minutes to …") scores as a stated wait. On the test lexicons, with "lovely" and
/// "loved it" as praise.
struct CountedRepeatTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model(valence: TestLexicons.valence + "\nlovely\t2.8\nloved it\t3.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aContactCountedOutIsAComplaint() throws {
    try expectSum("I phoned the branch 6 times last week", parameters.countedRepeatValence)
    try expectSum("emailed their support team four times", parameters.countedRepeatValence)
    try expectSum("We chased the invoice several times", parameters.countedRepeatValence)
    try expectSum("Tried to book online about 5 times", parameters.countedRepeatValence)
    try expectSum("The website asks for the same code three times", parameters.countedRepeatValence)
  }

  @Test func aSmallCountOrNoVerbOfTryingIsNoComplaint() throws {
    try expectSum("I phoned them 2 times", 0)
    try expectSum("I phoned them twice", 0)
    try expectSum("The bus runs 4 times an hour", 0)
    try expectSum("Three times a day with food", 0)
  }

  @Test func praiseOrANegatorInTheClauseKeepsItOff() throws {
    try expectSum("We have visited 5 times and loved it", 3.0)
    try expectSum("Lovely staff phoned 3 times to check on me", 2.8)
    try expectSum("I never had to call 3 times", 0)
  }

  /// Review h65e: an ordinal of the third or later before a failure that recurs.
  @Test func aRecurringFailureCountedOutIsAComplaint() throws {
    try expectSum("This is the fourth burst in our street", parameters.countedRepeatValence)
    try expectSum("Third outage since June", parameters.countedRepeatValence)
    try expectSum("Second outage since June", 0)
    try expectSum("Our third car from them", 0)
  }

  @Test func timeTheWriterSpentIsAWait() throws {
    try expectSum("It took me 40 minutes to find the cancel button", parameters.longWaitValence)
    try expectSum("Took us three hours to get a reply", parameters.hoursWaitValence)
    try expectSum("It only took me 20 minutes to set up", 0)
    try expectSum("Took me 5 minutes to install", 0)
    try expectSum("It took me less than 20 minutes", 0)
  }

  /// Review h65d: time spent is a wait when waiting or chasing follows the duration ("on hold", "on
  /// the phone", "in a queue", "trying", "chasing"); time spent at anything else is not.
  @Test func timeSpentWaitingOrChasingIsAWait() throws {
    try expectSum("Spent 2 hrs holding for an adviser", parameters.hoursWaitValence)
    try expectSum("I spent 45 minutes trying to reach them", parameters.longWaitValence)
    try expectSum("We spent an hour in a queue at the desk", parameters.hoursWaitValence)
    try expectSum("Spent two hours browsing the shop", 0)
    try expectSum("Spent 5 minutes on the phone", 0)
    try expectSum("We spent 3 hours on the phone and loved it", 3.0)
  }
}
