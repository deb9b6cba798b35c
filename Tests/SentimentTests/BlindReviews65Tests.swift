import Sentiment
import Testing

/// The sixty-fifth session's blind review h65d (300 verbatims: cancellation and exit surveys,
/// patient and care-service comments, public-service feedback, course and event evaluations; its
/// odd half read): lexicon phrases of leaving, blame and process. Sentences are our own, not the
/// review's; labels hand-judged, each with the reason a coder would give.
struct BlindReviews65Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func regretAtLeavingPraisesTheCompany() {
    // Sorry, sad or a shame to go: said of a company one liked, not a complaint.
    #expect(label("Moving to a provider with fibre, such a shame to go.") == .positive)
    #expect(label("Sad to be leaving after all these years.") == .positive)
    // "Sorry to leave a bad review" is no regret at leaving: the phrase is not in the lexicon.
    #expect(label("Sorry to leave a bad review but the room was filthy.") == .negative)
  }

  @Test func theWritersOwnFaultBlamesNoOne() {
    #expect(label("That one was my fault, to be honest.") == .neutral)
    #expect(label("My mistake, I left it to the last day.") == .neutral)
    // Someone else's fault is still a complaint.
    #expect(label("It was the courier's fault the parcel was lost.") == .negative)
  }

  @Test func relocationIsNoEmotion() {
    // "moving" as relocation, not a moving film.
    #expect(label("Moving everything over to my partner's bank.") == .neutral)
    #expect(label("Moving the stock to the other side of the shop.") == .neutral)
    #expect(label("A deeply moving performance.") == .positive)
  }

  @Test func processComplaintsFromTheReview() {
    #expect(label("The form on your website goes round in a loop.") == .negative)
    #expect(label("The consultation felt like a box-ticking exercise.") == .negative)
    #expect(label("Two letters arrived that contradict each other.") == .negative)
    #expect(label("The session ran a bit long.") == .negative)
    #expect(label("Tracking stopped three weeks ago.") == .negative)
  }

  @Test func feelingHeardIsPraise() {
    #expect(label("The nurse sat with us and we felt heard.") == .positive)
    #expect(label("I never once felt heard.") == .negative)
  }

  @Test func namesAndCompoundsAreNoPraise() {
    // Excel the program, not the verb; "hands-on" holds no "on time".
    #expect(label("We covered Excel pivot tables.") == .neutral)
    #expect(label("More hands-on time with the tools.") == .neutral)
  }

  @Test func anOverallMixedVerdictBalancesTheAnswer() {
    // Rule 20: "overall mixed" states that praise and complaint even out.
    #expect(label("The midwives were wonderful, the ward was grim. Overall mixed.") == .neutral)
  }

  @Test func bitterHopesAndRetoldStoriesAreComplaints() {
    // "worth it" is praise; hoping the savings were worth it, after a closure, is not.
    #expect(label("They shut the branch. I hope the savings were worth it.") == .negative)
    #expect(label("Every new nurse means I tell my story again.") == .negative)
  }

  /// Review h65e (food delivery, garages, insurance claims, installations; odd half read).
  @Test func claimsRepairsAndDeliveriesFromTheSecondReview() {
    #expect(label("Your delivery estimate is a work of fiction.") == .negative)
    #expect(label("The engineer left without fixing it.") == .negative)
    #expect(label("Passed round like a parcel for a month.") == .negative)
    #expect(label("Our handler kept fighting our corner with the underwriters.") == .positive)
    #expect(label("Nothing but respect for the patrol lady.") == .positive)
    // A delivery told as a fact is no praise; how it came is.
    #expect(label("My order was delivered at 8:14pm by a rider.") == .neutral)
    #expect(label("Delivered on time.") == .positive)
    // An insurer's team is named, not a loss suffered.
    #expect(label("The claim went to the major loss team on Monday.") == .neutral)
  }
}
