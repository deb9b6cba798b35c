import Sentiment
import Testing
import Tokenization

/// Customer-feedback idioms from issue 4, on the shipped model (embedded lexicons). They state the
/// behaviour, not numbers, so they hold whatever the exact valences of the shipped lexicons are.
/// vaderSentiment 3.3.2 gets the last two wrong: "Thanks for nothing" +0.4404, "Great, another
/// delay" +0.4215 (../shared/notes/vader-behaviour.md).
struct CustomerFeedbackIdiomTests {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func score(_ text: String) -> SentimentScore { scorer.score(text: text, explain: false).0 }

  @Test func negatedComplaintsArePositive() {
    #expect(score("No problems or complaints").label == .positive)
  }

  @Test func negatedSuperlativeIsNotStronglyPositive() {
    let notTheWorst = score("Not the worst")
    #expect(notTheWorst.compound < 0.5)
    #expect(notTheWorst.compound > score("the worst").compound)
  }

  @Test func thanksForNothingIsNegative() {
    #expect(score("Thanks for nothing").label == .negative)
  }

  @Test func ironicPraiseIsNegative() {
    #expect(score("Great, another delay").label == .negative)
  }

  @Test func handlesAreNotScoredAsWords() {
    // VADER scores "@united" as the word "united"; a mention is never a word here.
    #expect(score("@united").compound == 0)
    #expect(score("@happy @love").compound == 0)
  }
}
