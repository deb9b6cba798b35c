import Sentiment
import Testing

/// Rules 42, 43, 35, 25, 4 and 15 as the review h55b (fifty-fifth session) extended them: complaints
/// stated as facts with no opinion word, and sarcasm without a marker. Sums hand-worked on the inline
/// test lexicon (`TestLexicons.valence`: "good" 2.0, "bad" −2.0, "terrible" −3.0), with an
/// expected outcome ("arrived", "called": `negation=only`) and "amazing" added where a sentence needs
/// one; every other word of these sentences is unscored, so each sum is a rule's value, a lexicon
/// value, or 0 where the rule must stay out.
struct FactualComplaintRuleTests {
  let model: SentimentModel
  let outcomes: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model()
    outcomes = try TestLexicons.model(
      valence: TestLexicons.valence + "\narrived\t-1.8\t\tnegation=only\ncalled\t-1.6\t\tnegation=only\namazing\t3.0\n")
  }

  private func expectSum(
    _ text: String, _ sum: Double, on model: SentimentModel? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try TestLexicons.expectSum(text, sum, model ?? self.model, sourceLocation: sourceLocation)
  }

  /// Rule 42: a duration of fifteen minutes or more that opens the sentence, right before what was
  /// awaited, is a wait with no word of waiting: `longWaitValence` under an hour, `hoursWaitValence`
  /// from an hour.
  @Test func anOpeningDurationBeforeWhatWasAwaitedIsAWait() throws {
    try expectSum("Forty minutes to get through to the front desk.", parameters.longWaitValence)
    // "get hold of" is awaited too, but the test lexicon scores "hold" (1.0): the shipped lexicon
    // does not (Verdicts55Tests).
    try expectSum("3 hours to get through to the landlord.", parameters.hoursWaitValence)
    try expectSum("An hour and a half to speak to a manager.", parameters.hoursWaitValence)  // a person awaited
    try expectSum("25 minutes to get an answer.", parameters.longWaitValence)  // a reply awaited
  }

  /// A short time, a trip (nothing awaited), "only", or a time judged well: no wait.
  @Test func shortTimesTripsAndTimesJudgedWellAreNoWaits() throws {
    try expectSum("Ten minutes to get through.", 0)  // under fifteen minutes
    try expectSum("Two hours to get to the airport.", 0)  // "get to" a place awaits nothing
    try expectSum("Only 20 minutes to get through.", 0)  // the sentence opens with "only"
    try expectSum("Forty minutes to get through, good.", 2.0)  // praise judges the time: only "good" counts
  }

  /// Rule 42: "now the" + a later day of the month than one before it is a wait of days
  /// (`hoursWaitValence`), across sentences too.
  @Test func elapsedDatesAreAWaitOfDays() throws {
    try expectSum("Ordered on the 3rd, it's now the 20th.", parameters.hoursWaitValence)
    try expectSum("Booked the repair for the 6th. It is now the 22nd.", parameters.hoursWaitValence)
    try expectSum("Ordered on the 3rd, came on the 4th.", 0)  // no "now": dates of a delivery
    try expectSum("Ordered on the 10th, it's now the 3rd.", 0)  // not later: a month apart, unread
    try expectSum("Fitted on the 2nd, it's now the 9th and it is good.", 2.0)  // praise: time well spent
  }

  /// Rule 43: an ordinal of the third or later (digits up to 20th, or a word), at most two words
  /// before a noun of contact or effort, scores `countedRepeatValence`.
  @Test func aLateOrdinalBeforeAnEffortIsACountedRepeat() throws {
    try expectSum("On my 4th router reset this week.", parameters.countedRepeatValence)  // a word between
    try expectSum("The 7th engineer visit.", parameters.countedRepeatValence)
    try expectSum("My ninth attempt.", parameters.countedRepeatValence)  // a word ordinal
  }

  /// Another noun, praise in the clause, an ordinal that is no count of contacts, or the second: no
  /// repeat.
  @Test func otherOrdinalsAreLeftAlone() throws {
    try expectSum("Third car I've bought from them.", 0)  // a car is bought, not repeated
    try expectSum("My 7th visit and it was good.", 2.0)  // loyalty, not a complaint
    try expectSum("The 27th call of the marathon.", 0)  // past `maxOrdinal`: no count of contacts
    try expectSum("My 2nd call.", 0)  // a second call is ordinary
  }

  /// Rule 35 within one sentence: a promise, then after a comma a clause that only denies; the
  /// negator scores `brokenPromiseValence` and the praise of what was promised counts nothing.
  @Test func aPromiseDeniedInItsOwnSentenceIsBroken() throws {
    try expectSum("They said they would call back, they never did.", parameters.brokenPromiseValence)
    // "good" was promised, not given: 0.
    try expectSum("They promised a good room, there was never one.", parameters.brokenPromiseValence)
  }

  /// The writer's own words and a question are no broken promise.
  @Test func ownWordsAndQuestionsAreNoBrokenPromise() throws {
    // "nothing" is a negator with nothing after it to flip: 0.
    try expectSum("As I said, there was nothing.", 0)
    try expectSum("They said they would call back, they never did?", 0)
  }

  /// Rule 25: an arrival after the event it was for counts its lexicon value (−1.8), as a missing
  /// one does; an arrival after a span, after the order, or a call after an event counts nothing.
  @Test func anArrivalAfterItsEventIsLate() throws {
    try expectSum("The cake arrived the morning after the wedding.", -1.8, on: outcomes)
    try expectSum("Tickets arrived after the concert.", -1.8, on: outcomes)
    try expectSum("Arrived after two days.", 0, on: outcomes)  // no event: rule 25 as before
    try expectSum("Arrived the day after I ordered.", 0, on: outcomes)  // no determiner and event
    try expectSum("Called after my appointment.", 0, on: outcomes)  // a follow-up call, not an arrival
  }

  /// Rule 4: "Good to know/see …" with a rest that adds up to −1.0 or less is ironic
  /// (`ironicPraiseScalar`: 2.0 × −0.5 = −1.0); "Yeah, really," standing alone is a sarcastic assent.
  @Test func knowOpenersBeforeAComplaintAndYeahReallyAreSarcasm() throws {
    let ironicGood = 2.0 * parameters.ironicPraiseScalar
    try expectSum("Good to see the food is still bad.", ironicGood - 2.0)
    try expectSum("Good to know my order was terrible.", ironicGood - 3.0)
    try expectSum("Good to know they open on Sundays.", 2.0)  // news, no complaint
    try expectSum("Yeah, really, good service.", ironicGood)
    try expectSum("Yeah really good service.", 2.0)  // "really" qualifies "good": no assent
  }

  /// Rule 15 with rule 4: "only took" + months or years, then an exclamation of praise alone, is
  /// sarcasm: the wait scores `longWaitValence` and the sentence's praise is ironic, and so is the
  /// lone praise after it (amazing 3.0 × −0.5). Praise of someone after it is sincere.
  @Test func onlyTookMonthsBeforePraiseAloneIsSarcasm() throws {
    let ironicAmazing = 3.0 * parameters.ironicPraiseScalar
    try expectSum("Only took them a year to reply. Amazing.", parameters.longWaitValence + ironicAmazing, on: outcomes)
    try expectSum("Only took 6 months, amazing.", parameters.longWaitValence + ironicAmazing, on: outcomes)
    try expectSum("Only took 3 months to sell, amazing agents.", 3.0, on: outcomes)  // praise of the agents
    try expectSum("Only took 3 weeks. Amazing.", 3.0, on: outcomes)  // weeks: often meant
  }
}
