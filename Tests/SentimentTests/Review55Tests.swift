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
}
