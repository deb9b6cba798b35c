import Sentiment
import Testing
import Tokenization

/// Rule 13 (review r23): after a phrase tagged `frame=suggestion`, positive terms name what is asked
/// for and count nothing to the end of the clause; negative terms and other clauses count as usual.
/// Inline lexicon, sums worked by hand; compound = s / √(s² + 15) (Hutto & Gilbert 2014).
struct SuggestionFrameTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nwould be nice to\t0.0\t\tframe=suggestion\nto be honest\t0.0\nchoice\t1.0\nslow\t-1.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func praiseAfterASuggestionFrameCountsNothing() throws {
    try expectSum("Would be nice to have more choice", 0)
    try expectSum("It would be nice to have good choice and it is slow", -1.0)
    // The clause ends at a boundary: the praise after the comma counts.
    try expectSum("Would be nice to have more choice, good staff", 2.0)
    // A neutral frame without the tag is only a frame: "choice" after it counts.
    try expectSum("To be honest good choice", 2.0 + 1.0)
  }
}

/// Rule 15 (review r23): "took/taken/taking" + a number of weeks, months or years scores
/// `longWaitValence` (−1.5) on its own, whatever words of quantity stand between; not days, not
/// after "only" or a negator, not with no quantity word that the rule reads; one object pronoun
/// may follow the verb ("took them 6 weeks").
struct LongWaitTests {
  let model: SentimentModel
  let wait = SentimentParameters().longWaitValence

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aWaitOfWeeksIsAComplaint() throws {
    try expectSum("The certificate took 2 months to arrive", wait)
    try expectSum("It has taken over three weeks", wait)
    try expectSum("taking nearly a year", wait)
    // "but" weighs the clauses (× 0.5 before, × 1.5 after).
    let parameters = SentimentParameters()
    try expectSum(
      "Took 3 weeks but the staff were good",
      wait * parameters.contrastWeakWeight + 2.0 * parameters.contrastStrongWeight)
  }

  @Test func anObjectPronounMayFollowTheVerb() throws {
    try expectSum("It took them 6 weeks to reply", wait)
    try expectSum("has taken us months", wait)
    // Only one pronoun, and only right after the verb.
    try expectSum("It took them us 6 weeks", 0)
    try expectSum("It only took me a week", 0)
  }

  @Test func shortOrDeniedWaitsAreNot() throws {
    try expectSum("Delivery took 2 days", 0)
    try expectSum("It only took a week", 0)
    try expectSum("never taken more than a week", 0)
    try expectSum("I have been a customer for 20 years", 0)
  }
}
