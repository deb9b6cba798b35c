import Sentiment
import Testing

/// The sixty-third session's blind review h63d (300 verbatims: text-message survey replies,
/// transcribed voicemails, forum and social posts, and comments right after one transaction; its
/// odd half read): a caller's fillers, a request that closes with its wish, clapping after a
/// complaint two sentences back, and lexicon phrases. Sentences are our own, not the review's;
/// labels hand-judged, each with the reason a coder would give.
struct BlindReviews63Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func aCallersOpeningAndClosingFillersAreNoAssent() {
    // "yes hello" and "yeah hi" open a voicemail; "so yeah" closes one: no assent, no praise.
    #expect(label("yes hello I'm calling about the letter I got") == .neutral)
    #expect(label("hi yes it's about the parking permit renewal") == .neutral)
    #expect(label("I just wanted to check the date of my appointment so yeah") == .neutral)
    // A plain "yes" of assent is still read as one.
    #expect(label("Yes! Finally fixed.") == .positive)
  }

  @Test func aRequestToTheCompanyOnAConditionIsNoPraise() {
    // "if someone could …, that would be great" asks for what has not been done (rule 50).
    #expect(label("if someone could ring me back that would be great") != .positive)
    #expect(label("If anybody could tell me where my parcel is, that would be brilliant") != .positive)
    #expect(label("so if somebody could come and fix the gate that'd be great") != .positive)
    // A condition on the reader's situation keeps the praise.
    #expect(label("If anyone needs a plumber, Dave would be great") == .positive)
  }

  @Test func clappingAfterAComplaintTwoSentencesBackIsIronic() {
    // A neutral sentence between the complaint and the clapped praise does not make it sincere.
    #expect(
      label("Waited six weeks and the appointment was cancelled. Rebooked for May. Great system 👏👏") == .negative)
    // Clapping after a fix earns the applause.
    #expect(label("Boiler fixed in an hour. Booked the service too. Great job 👏") == .positive)
  }

  @Test func someoneElsesWordsQuotedAreReportedNotPraise() {
    // The company's automated reply, quoted: its thanks are not the customer's (rule 11).
    let reported = "Reported a fake profile, got an automated 'thanks for keeping everyone safe' reply, still up"
    #expect(label(reported) != .positive)
    #expect(label("The email just said \"we're happy to help\" and nothing happened.") != .positive)
    // Praise in the customer's own words, and a quoted word without a word of saying, as before.
    #expect(label("The driver was lovely and said the \"new\" depot is great.") == .positive)
    #expect(label("Loved the 'see who liked you' feature") == .positive)
  }

  @Test func aTradespersonWhoMustComeAgainIsAComplaint() {
    #expect(label("Nice enough guy but he didn't have the part so has to come back") == .negative)
  }

  @Test func aWishPutStronglyIsStillARequest() {
    #expect(label("i'd really like someone to call me about the file") == .neutral)
    // Liking, said outright, is praise.
    #expect(label("I really like the new app") == .positive)
  }

  @Test func lexiconPhrasesOfTheReview() {
    #expect(label("Firmware updates are a lottery") == .negative)
    #expect(label("It's a postcode lottery whether they turn up") == .negative)
    #expect(label("They butchered my fringe") == .negative)
    #expect(label("the ticket machine wouldn't take my card") == .negative)
    // "rapid" names the kind of charger.
    #expect(label("I used the rapid hub on the ring road") == .neutral)
  }
}
