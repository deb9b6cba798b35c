import Sentiment
import Testing

/// Findings of review h55b (fifty-fifth session: 279 survey answers written and labelled blind,
/// gold hashed before the scorer ran) and of the lead's notes, on the shipped lexicons. Sentences
/// are new (not the review's set); each label is what a coder following the project's conventions
/// gives.
struct Review55Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  /// Praise and then a filler answer, as exports write it: unpunctuated, lower case.
  @Test func praiseThenNothingToAdd() {
    #expect(label("great service nothing to add") == .positive)
    #expect(label("all good nothing to report") == .positive)
    #expect(label("👍 nothing to report") == .positive)
    #expect(label("excellent none") == .positive)
    #expect(label("Satisfied none") == .positive)
    #expect(label("they fixed nothing") == .negative)
    #expect(label("The update improves nothing") == .negative)
  }

  /// Rule 54: a trouble the customer never had to face.
  @Test func troublesNeverFaced() {
    #expect(label("We never had to deal with any issues") == .positive)
    #expect(label("Never had to worry about late deliveries") == .positive)
    #expect(label("No need to chase them about delays") == .positive)
    #expect(label("Didn't have to chase them for a refund") == .positive)
    #expect(label("You shouldn't have to chase a refund") == .negative)
    #expect(label("No customer should have to put up with rude staff") == .negative)
    #expect(label("Never had to deal with such rude staff") == .negative)
  }

  /// Rule 50 and rule 41: a recommendation or rating waits for a condition.
  @Test func recommendationsOnACondition() {
    #expect(label("I'd recommend them if they sorted the app out and fixed the login.") == .negative)
    #expect(label("Would give them 5 stars if the tracking worked.") == .negative)
    #expect(label("Would recommend if the prices were a bit lower.") != .positive)
    #expect(label("Would recommend to anyone.") == .positive)
    #expect(label("Would recommend if you need a quick repair.") == .positive)
  }

  /// Rule 20: an answer that denies both verdicts is neutral.
  @Test func neitherVerdict() {
    #expect(label("Not brilliant, not awful.") == .neutral)
    #expect(label("Wasn't amazing, wasn't terrible either.") == .neutral)
    #expect(label("Not great, to be honest.") == .negative)
    #expect(label("Not good and not helpful.") == .negative)
  }

  /// Hedges, the survey itself and answers that cover everything.
  @Test func hedgesAndCourtesy() {
    #expect(label("Could have been worse.") == .neutral)
    #expect(label("No one is perfect, there's always room for improvement.") == .neutral)
    #expect(label("There's always room for improvement but we're very happy.") == .positive)
    #expect(label("Happy to take part in the survey.") == .neutral)
    #expect(label("😐") == .neutral)
    #expect(label("Everything was fine.") == .positive)
    #expect(label("It was fine.") == .neutral)
  }

  /// Leaving weighed, and a lead over the market.
  @Test func leavingAndLeading() {
    #expect(label("Seriously thinking of switching after this.") == .negative)
    #expect(label("Considering leaving them after this year.") == .negative)
    #expect(label("Miles ahead of other banks.") == .positive)
    #expect(label("Other insurers are miles ahead.") == .negative)
    // A guest's departure is no threat to leave.
    #expect(label("We were planning to leave by nine.") != .negative)
  }

  /// Rule 47: a manner asked for says the job was not done that way.
  @Test func mannerAskedFor() {
    #expect(label("Please price the shelves correctly.") == .negative)
    #expect(label("pls wrap fragile items properly") == .negative)
    #expect(label("Get my name right next time.") == .negative)
    #expect(label("Please keep it running well.") != .negative)
    #expect(label("It was packed properly, please keep it up.") == .positive)
  }

  /// Training asked for says the staff fall short; staff trained well is praise.
  @Test func training() {
    #expect(label("Perhaps train your agents to read the notes on my account.") == .negative)
    #expect(label("The counter staff need better training.") == .negative)
    #expect(label("Very well trained engineer.") == .positive)
  }

  /// Review h55d: answers in the world's Englishes (sentences of the lead's, not the review's).
  @Test func worldEnglishes() {
    #expect(label("Service was accha, delivery on time") == .positive)
    #expect(label("Maraming salamat po sa tulong") == .positive)
    #expect(label("App sangat teruk lah") == .negative)
    #expect(label("Parcel abhi tak nahi mila") == .negative)
    #expect(label("osm experience") == .positive)
    #expect(label("Agent not picking the call since two days") == .negative)
    #expect(label("No network in my area since Monday") == .negative)
    #expect(label("Need improvement in the app") == .negative)
    #expect(label("Cracking service from the lads") == .positive)
    #expect(label("The screen is cracking already") != .positive)  // "cracking" alone is no praise
    #expect(label("Wouldn't be the best, wouldn't be the worst") == .neutral)
    #expect(label("Wicked service, cheers lads") == .positive)
  }
}
