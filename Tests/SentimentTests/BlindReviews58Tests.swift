import Sentiment
import Testing

/// The fifty-eighth session's blind review h58b (320 coded verbatims from fifteen sectors): lexicon
/// phrases for speed, price, extras and failures, and a wished-for comparative after an irregular
/// participle. Sentences are our own, not the review's; labels hand-judged, each with the reason a
/// coder would give.
struct BlindReviews58Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func speedPriceAndExtrasArePraise() {
    // Something that happened at once, the lowest price found, time saved, a feature counted in
    // the product's favour.
    #expect(label("The transfer to my other account was instant.") == .positive)
    #expect(label("Cheapest quote on the comparison sites by forty pounds.") == .positive)
    #expect(label("Ordering ahead on the app saved loads of time at the counter.") == .positive)
    #expect(label("Free parking at the back is a plus.") == .positive)
    #expect(label("Called about the boiler and an engineer came the same afternoon.") == .positive)
    // The faulty product is the fact; the exchange without fuss and the credit given decide it.
    #expect(
      label("The kettle broke after a month. Swapped it in store, no questions asked, credit where its due.")
        == .positive)
  }

  @Test func failuresWithoutAComplaintWordAreComplaints() {
    // A parcel abandoned outside, a charge attempted for someone else's damage, a delivery to an
    // address the customer had changed, mail sent after an opt-out.
    #expect(label("Courier left it on the pavement in the rain.") == .negative)
    #expect(label("The rental firm tried to charge me for a dent that was there at pick-up.") == .negative)
    #expect(label("They posted my new card to my old address.") == .negative)
    #expect(label("Still getting their texts even though I opted out twice.") == .negative)
  }

  @Test func aComparativeWishedAfterAParticipleAsksForWhatIsMissing() {
    // Rule 9 with an irregular participle between "be" and the comparative: the writer says the
    // thing is not clear or clean enough now. Denied by its subject, the wish is praise.
    #expect(label("The cancellation terms should be made clearer.") == .negative)
    #expect(label("The changing rooms could be kept cleaner.") == .negative)
    #expect(label("Nothing could have been made easier.") == .positive)
    // A denying subject before the modal makes the comparative a superlative (rule 2).
    #expect(label("Nothing could be easier.") == .positive)
    #expect(label("Nobody could have been kinder to my mum.") == .positive)
  }
}
