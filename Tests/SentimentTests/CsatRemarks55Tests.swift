import Sentiment
import Testing

/// The fifty-fifth session's field test on post-contact CSAT remarks: chat spellings of thanks,
/// "nothing to say" as an answer, expected outcomes not provided or not available, taking "so much
/// time" (lexicons), an "-er" praise word that is no comparative (rule 52) and thanks for a fix
/// (rule 19). Sentences written for these tests; labels hand-judged, each expectation saying what
/// a coder would code.
struct CsatRemarks55Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  /// "thanku", "tq", "thks", "thnks" thank as "thanx" does: a bare thanks is praise.
  @Test func chatSpellingsOfThanks() {
    #expect(label("Thanku sir") == .positive)
    #expect(label("tq for the quick help") == .positive)
    #expect(label("Thks a lot") == .positive)
    #expect(label("thnks team") == .positive)
  }

  /// "Nothing to say" answers the survey; what follows it is not negated. "I have nothing to say"
  /// alone states no opinion, and a complaint after it stays one.
  @Test func nothingToSayNegatesNothingAfterIt() {
    #expect(label("Nothing to say great service") == .positive)
    #expect(label("nothing more to add, very helpful agent") == .positive)
    #expect(label("Nothing to say, thank you") != .negative)
    #expect(label("I have nothing to say") == .neutral)
    #expect(label("Nothing to say awful service") == .negative)
  }

  /// A solution provided or an agent available is what the customer expects: news only when it is
  /// not, and then a complaint. Affirmed, it counts nothing.
  @Test func expectedOutcomesNotProvidedOrNotAvailable() {
    #expect(label("Solution not provided") == .negative)
    #expect(label("They never provide any update on my order") == .negative)
    #expect(label("Tracking number not provided yet") == .negative)
    #expect(label("Invoice not available in the app") == .negative)
    #expect(label("No agent available after 6 pm") == .negative)
    #expect(label("Please provide support in Bengali") == .neutral)
    #expect(label("The agent provided excellent help") == .positive)
    #expect(label("Support is available 24 hours a day") == .neutral)
  }

  /// Taking "so much time" is a complaint, as taking "so long" is.
  @Test func takingSoMuchTime() {
    #expect(label("Refund takes so much time") == .negative)
    #expect(label("Why is it taking so much time to deliver a small parcel") == .negative)
    #expect(label("The exchange took so much time") == .negative)
  }

  /// "Super", "proper", "clever" end in "-er" but are no comparatives: a short answer that opens
  /// with one is praise, not a request (rule 52). A real comparative alone still asks.
  @Test func plainErPraiseIsNoComparativeRequest() {
    #expect(label("Super service") == .positive)
    #expect(label("Super everything") == .positive)
    #expect(label("Proper job") == .positive)
    #expect(label("Clever design") == .positive)
    #expect(label("Faster delivery") == .neutral)
    #expect(label("Better communication please") == .neutral)
  }

  /// Thanks for fixing a problem are thanks for a fix done: the problem is gone (rule 19), so the
  /// answer is praise. Thanks for not fixing it, and a question, report no fix.
  @Test func thanksForAFixReportTheFixDone() {
    #expect(compound("Thanks for solving my issue") > 0.4)
    #expect(compound("Thank you so much for sorting out the problem") > 0.4)
    #expect(compound("Thanks Priya for fixing the fault") > 0.4)
    #expect(label("Nothing to say thanks for resolving my complaint") == .positive)
    #expect(compound("Thanks for not fixing the problem") < 0.2)
    #expect(compound("Thanks for fixing the problem?") < 0.2)
    #expect(label("I need someone capable of solving my problem") != .positive)
  }
}
