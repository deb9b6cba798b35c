import Sentiment
import Testing

/// Lexicon entries of the fifty-fourth session (lexicons/general-en.tsv and
/// lexicons/domain-customer-service.tsv, section "Travel insurance reviews 54"): the words and
/// idioms of customers who review an insurer, a warranty or a support plan. Labels hand-judged on
/// sentences written for these tests; each expectation says what a coder would code and why.
struct TravelInsurance54Tests {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func label(_ text: String) -> SentimentLabel { scorer.score(text: text, explain: false).0.label }

  @Test func peaceOfMindMisspeltAndFreedomFromWorry() {
    // "piece of mind" is how many customers spell the praise "peace of mind".
    #expect(label("Cost a bit but gave me piece of mind.") == .positive)
    // Worry free is stress free; having had no need to worry is relief.
    #expect(label("The whole booking was worry free.") == .positive)
    #expect(label("A worry-free trip from start to finish.") == .positive)
    #expect(label("We never had to worry about a thing.") == .positive)
    #expect(label("I didn't have to worry about lost bags.") == .positive)
    // Known limit: the object of the worry still counts, so this one only stops being a complaint.
    #expect(label("We never had to worry about delays.") != .negative)
  }

  @Test func securityGoodNewsAndRescue() {
    #expect(label("The cover gave us a sense of security.") == .positive)
    // A false sense of security is a complaint about the same feeling.
    #expect(label("Their app gives you a false sense of security.") == .negative)
    // Nothing to report is the good outcome of a policy.
    #expect(label("No news is good news with these guys.") == .positive)
    #expect(label("Support to the rescue again!") == .positive)
  }

  @Test func praiseThatLastedOnlyUntilItWasNeeded() {
    // The praise is the set-up of the complaint.
    #expect(label("The cover was good until it wasn't.") == .negative)
    #expect(label("It was good until I needed it.") == .negative)
    #expect(label("Great until you need them, then nobody picks up.") == .negative)
  }

  @Test func travellersRecommendations() {
    #expect(label("I would never travel without this cover.") == .positive)
    #expect(label("Don't leave home without it.") == .positive)
    #expect(label("We won't travel without them now.") == .positive)
  }

  @Test func reimbursedIsRefunded() {
    #expect(label("Got reimbursed within ten days.") == .positive)
    #expect(label("My hotel costs were reimbursed in full.") == .positive)
    #expect(label("Refunded the full amount after my surgery.") == .positive)
    // Negated or still awaited, the refund is a complaint.
    #expect(label("I was never reimbursed for the taxi.") == .negative)
    #expect(label("Three months on and I am yet to be reimbursed.") == .negative)
  }

  @Test func questionsAnsweredAndLimitedOffers() {
    #expect(label("The agent answered my questions.") == .positive)
    #expect(label("She answered all of our questions on the phone.") == .positive)
    #expect(label("Nobody answered my questions.") == .negative)
    // "only willing to" limits an offer; "willing" alone would be praise.
    #expect(label("They were only willing to offer a voucher.") == .negative)
    // A price "valued at" is no praise of feeling valued.
    #expect(label("The cruise was valued at four thousand dollars.") == .neutral)
    #expect(label("As a customer I felt valued.") == .positive)
  }

  @Test func hypotheticalMishapsNameNoEvent() {
    // What a policy covers is not what happened.
    #expect(label("Nice to know we were covered if anything went wrong.") == .positive)
    #expect(label("They give you a number to call in case of an emergency.") == .neutral)
    #expect(label("Should anything go wrong, the claim form is online.") == .neutral)
    // An event that did go wrong is still a complaint.
    #expect(label("Something went wrong with my booking.") == .negative)
    #expect(label("Everything went wrong on the way home.") == .negative)
  }
}
