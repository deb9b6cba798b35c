import Sentiment
import Testing

/// Comparisons that favour the other (forty-eighth session, lexicon `general-en.tsv`): what comes
/// after "than" is the product, place or company under review, so "X is better than this" is a
/// complaint about this, while "this is better than X" stays praise. The texts are invented.
///
/// Expected compounds are worked by hand from VADER's normalisation, which the default profile
/// keeps: one term of valence v alone gives v / √(v² + 15): −1.5 → −0.3612, −1.4 → −0.3399,
/// +1.0 ("better" alone) → +0.2500, +2.8 → +0.5860.
struct ComparisonFavoursOtherTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  @Test func somethingElseBetterThanTheReviewedThingIsAComplaint() {
    #expect(abs(compound("Tesco is better than you.") - -0.3612) < 0.001)  // −1.5
    #expect(abs(compound("My old phone held a charge better than this one.") - -0.3612) < 0.001)  // −1.5
    #expect(abs(compound("The chains are better than them.") - -0.3399) < 0.001)  // −1.4
    #expect(compound("Anything is better than this.") < -0.05)
  }

  @Test func theReviewedThingBetterThanAnotherStaysPraise() {
    #expect(abs(compound("This is better than my old phone.") - 0.25) < 0.001)  // "better" +1.0
    // A time after "than this" is no reviewed thing: the frame keeps the value of "better".
    #expect(abs(compound("Delivery is better than this time last year.") - 0.25) < 0.001)
    // "Better than you think" is praise, as "better than expected" is.
    #expect(compound("The app is better than you might think.") > 0.05)
  }

  @Test func aNegatorBeforeTheComparisonMakesItPraise() {
    #expect(abs(compound("It doesn't get any better than this.") - 0.5860) < 0.001)  // +2.8 whole
    #expect(compound("Nothing is better than this.") > 0.05)
  }

  /// The same session's idioms of coming back (`domain-customer-service.tsv`): "again and again"
  /// is a repeated failure, but loyalty when the customer says it of their own coming back or
  /// ordering; punctuation inside "never, ever go back" no longer breaks the idiom.
  @Test func comingBackAgainAndAgainIsLoyaltyAndAProblemsIsNot() {
    #expect(compound("We will be ordering again and again!") > 0.05)
    #expect(compound("I keep coming back again and again.") > 0.05)
    #expect(compound("The problem keeps coming back again and again.") < -0.05)
    #expect(compound("It crashed again and again.") < -0.05)
    // −3.0 alone: −3.0 / √24 = −0.6124.
    #expect(abs(compound("Will never, ever go back.") - -0.6124) < 0.001)
  }
}
