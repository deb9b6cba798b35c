import Sentiment
import Testing

/// Clothing review 46 on the shipped lexicons: returns said as an item "going back", fit
/// complaints ("swimming in it", "like a tent", "unflattering"), "true to size" as a lukewarm
/// fact, and the anticipation a review tells before its verdict ("I was so excited to …"). The
/// texts are invented, after patterns of real reviews of a clothing web shop.
struct ClothingReview46Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  /// The item as subject: a return. The writer as subject: a customer coming back, no complaint.
  @Test func anItemGoingBackIsAReturn() {
    #expect(label("It's going back.") == .negative)
    #expect(label("Sadly these are going back.") == .negative)
    #expect(label("Back it went.") == .negative)
    #expect(label("I'll be going back to that shop next week.") != .negative)
  }

  @Test func aGarmentOneSwimsInIsAFitComplaint() {
    #expect(label("I ordered my usual size and was swimming in it.") == .negative)
    #expect(label("It hangs like a tent.") == .negative)
    #expect(label("This top made me look pregnant.") == .negative)
    #expect(label("Very unflattering cut.") == .negative)
  }

  /// Negated, the complaint is praise: "doesn't look like a sack" says the cut flatters.
  @Test func aNegatedFitComplaintIsPraise() {
    #expect(label("Finally a swing top that doesn't look like a sack on me.") == .positive)
  }

  /// "true to size" alone is a fact about the cut (lukewarm, neutral); beside praise it adds to it.
  @Test func trueToSizeIsALukewarmFact() {
    #expect(label("Runs true to size.") == .neutral)
    #expect(label("True to size and the colour is gorgeous.") == .positive)
  }

  /// "was so excited" is the story before the verdict: a neutral frame, so the verdict decides.
  @Test func theAnticipationBeforeTheVerdictIsNoPraise() {
    #expect(label("I was so excited to order this dress.") == .neutral)
    #expect(label("I was so excited to order this dress, but it was huge on me.") == .negative)
  }

  /// A star taken off is a mild complaint beside the praise, not a one-star verdict (−2.8).
  @Test func aStarTakenOffIsNoOneStarVerdict() {
    #expect(label("Great fit. I took off one star for the price.") == .positive)
    #expect(label("I gave it one star.") == .negative)
  }

  @Test func notWhatIHadHopedIsAComplaint() {
    #expect(label("Not what I had hoped for.") == .negative)
  }
}
