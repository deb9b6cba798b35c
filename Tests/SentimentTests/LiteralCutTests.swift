import Sentiment
import Testing

/// The verdict "doesn't cut it" and the literal cut, on the shipped lexicons: labels a coder would
/// give (hand-judged). "cut it" with a particle or a result after it ("short", "up", "off", "in
/// half") says what was done to a thing, and the 0.0 frames of `general-en.tsv` cover the verdict
/// inside it; "cut it" with a manner after it ("cleanly", "straight") is a fault, and the verdict's
/// negative value is right for it.
struct LiteralCutTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func theVerdictIsAComplaint() {
    #expect(label("Sorry but this just doesn't cut it") == .negative)
    #expect(label("Sorry, the basic plan doesn't cut it anymore") == .negative)
    #expect(label("That excuse won't cut it") == .negative)
    #expect(label("Basic support isn't cutting it anymore") == .negative)
  }

  @Test func aCutWithoutItsMannerIsAFault() {
    // The knife should cut cleanly, the scissors straight: a complaint either way.
    #expect(label("This knife doesn't cut it cleanly") == .negative)
    #expect(label("The scissors won't cut it straight") == .negative)
  }

  @Test func aLiteralCutIsNoVerdict() {
    // What was done to the hair, the food, the box: a description.
    #expect(label("The barber didn't cut it short") == .neutral)
    #expect(label("They did not cut it short") == .neutral)
    #expect(label("They don't cut it back") == .neutral)
    #expect(label("The hairdresser doesn't cut it off") == .neutral)
    #expect(label("The waiter didn't cut it up for my son") == .neutral)
    // "cut it" affirmed has no entry: no complaint.
    #expect(label("It cuts it cleanly") != .negative)
  }
}
