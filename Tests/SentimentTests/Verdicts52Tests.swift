import Sentiment
import Testing

/// Lexicon entries of the fifty-second session (lexicons/general-en.tsv): a wait still open
/// stated with "yet to", a change for the worse, and a business that does not work as one. Labels
/// hand-judged; each line is a complaint a coder would code negative, and the "yet to" entries
/// leave the praise of "I have yet to hear a bad word" alone.
struct Verdicts52Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func waitsStillOpen() {
    #expect(label("Yet to receive my order.") == .negative)
    #expect(label("I am yet to hear back from anyone.") == .negative)
    #expect(label("Two weeks on and my money is yet to be refunded.") == .negative)
    #expect(label("The fault is yet to be fixed.") == .negative)
    #expect(label("I have yet to hear a bad word about them.") != .negative)
  }

  @Test func changesForTheWorseAndDisorder() {
    #expect(label("The new update is a step backwards.") == .negative)
    #expect(label("Removing the search bar was a backward step.") == .negative)
    #expect(label("The left hand doesn't know what the right hand is doing.") == .negative)
    #expect(label("They need to sort their act out.") == .negative)
    #expect(label("They really need to get their act together.") == .negative)
  }

  @Test func treatmentStockPortionsAndAGrudgingPass() {
    #expect(label("They treat you like a number.") == .negative)
    #expect(label("They treat you like family there.") == .positive)
    #expect(label("Never in stock when I need it.") == .negative)
    #expect(label("Always in stock and well priced.") == .positive)
    #expect(label("Smaller portions than before.") == .negative)
    #expect(label("I've had worse.") != .negative)
    #expect(label("I've had better.") == .negative)
  }

  @Test func aComparativeAloneAsksOnTheShippedLexicons() {
    // Rule 52 with the shipped lexicons.
    #expect(label("Better communication.") == .neutral)
    #expect(label("Faster response times") == .neutral)
    #expect(label("More helpful staff") == .neutral)
    #expect(label("Better than expected.") == .positive)
    #expect(label("Much better now.") == .positive)
  }

  @Test func theBestOfAVisitWasItsEnd() {
    #expect(label("The best part was leaving.") == .negative)
    #expect(label("Highlight of the trip was going home.") == .negative)
    #expect(label("Good luck trying to speak to a human.") == .negative)
    #expect(label("Good luck with your new business!") == .positive)
  }
}
