import Sentiment
import Testing

/// The sixty-second session's blind review h62d (300 verbatims: periodic-survey answers, review-site
/// reviews, chat messages and written complaints from outside the UK; its odd half read): lexicon
/// phrases for a delivery status written without "as", an answer that missed the question, and
/// something the customer moved (a pension, an ISA) rather than a call passed on. Sentences are our
/// own, not the review's; labels hand-judged, each with the reason a coder would give.
struct BlindReviews62Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func aParcelMarkedDeliveredThatNeverCameIsAComplaint() {
    // The status is the complaint's opening: "delivered" alone scored it as good news.
    #expect(label("Order marked delivered. Nothing here.") == .negative)
    #expect(label("Tracking showing delivered. Not here.") == .negative)
    // Delivered, plainly, is still good news.
    #expect(label("Delivered on time, thanks.") == .positive)
  }

  @Test func anAnswerThatMissedTheQuestionIsAComplaint() {
    #expect(label("that's not what I asked") == .negative)
    #expect(label("Again, not what we asked.") == .negative)
  }

  @Test func whatTheCustomerTransferredIsNoCallPassedOn() {
    // Moving one's own pension or savings is an errand, and the praise after it is praise.
    #expect(label("Transferred my old company pension across in a week. Great.") == .positive)
    #expect(label("Transferred my ISA in online, no forms.") != .negative)
    // A call transferred is the old complaint.
    #expect(label("They transferred my call four times and nobody could help.") == .negative)
  }
}
