import Sentiment
import Testing

/// The sixty-second session's blind review h62d (300 verbatims: periodic-survey answers, review-site
/// reviews, chat messages and written complaints from outside the UK; its odd half read): lexicon
/// phrases for a delivery status written without "as", an answer that missed the question, and
/// something the customer moved (a pension, an ISA) rather than a call passed on; a star rating
/// offered on a condition without a modal (rule 50). Sentences are our
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

  @Test func aRatingOnAConditionIsNotGivenYet() {
    // "5 stars if …" waits for the change, as "would give 5 stars if …" does; the rating given
    // now is the one that counts.
    #expect(label("5 stars if you bring back offline mode. 2 stars for now.") == .negative)
    #expect(label("Five stars if they fix the sync bug.") != .positive)
    #expect(label("5 stars if you fix the login") == .negative)
    // A condition on the reader's situation keeps the rating, and so does a rating given outright.
    #expect(label("5 stars if you like word games") == .positive)
    #expect(label("Fun little game. 5 stars") == .positive)
  }

  @Test func ifYouFixIsTheCompanyAddressed() {
    // "if you fix …" asks the company for a change; "if you like …" is the reader's taste.
    #expect(label("Would recommend if you fix the checkout.") != .positive)
    #expect(label("Would recommend if you like spicy food.") == .positive)
  }

  @Test func aFacilityNamedForItsUsersIsNoPraise() {
    // "accessible" of a toilet or a lift names the facility; of a place it is still praise.
    #expect(label("The accessible lift was out of order again.") == .negative)
    #expect(label("The accessible toilet is on level 1.") == .neutral)
    #expect(label("The venue is very accessible.") == .positive)
  }

  @Test func aRefusalToWaitAPriceNotPaidAgainAndMisSellingAreComplaints() {
    #expect(label("The courier said he couldn't wait for me.") == .negative)
    #expect(label("Nice enough but wouldn't pay that much again.") == .negative)
    #expect(label("We were mis-sold the policy.") == .negative)
    // Eagerness is still eagerness.
    #expect(label("Can't wait for my next stay!") == .positive)
  }

  @Test func paidAndGotNothingIsAComplaint() {
    #expect(label("Paid for the upgrade and got nothing.") == .negative)
    #expect(label("Paid in full, received nothing.") == .negative)
    // Not the idioms that say the opposite, or nothing either way.
    #expect(label("Honestly got nothing to complain about.") == .positive)
    #expect(label("I've got nothing against the staff.") == .neutral)
  }

  @Test func greatTimingAfterAFailureIsSarcasm() {
    // Rule 4's lone exclamation of praise with a generic object, as "Great job." after a complaint.
    #expect(label("Bank app down all morning. Great timing.") == .negative)
    #expect(label("Couldn't top up my card before the trip. Perfect timing.") == .negative)
    // Timing praised for what happened is praise.
    #expect(label("Arrived the day before the party, great timing!") == .positive)
  }
}
