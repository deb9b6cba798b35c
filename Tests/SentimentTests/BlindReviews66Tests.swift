import Sentiment
import Testing

/// The sixty-sixth session's blind reviews h66a (phone-survey transcripts, SMS replies, in-app
/// prompts, business accounts) and h66b (complaint letters, review-site reviews, NPS follow-ups,
/// post-visit surveys), their odd halves read: enquiries signed with thanks, questions that ask to be
/// told, and lexicon phrases. Sentences are our own, not the reviews'; labels hand-judged.
struct BlindReviews66Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  /// The rules applied to the term written `text` in `sentence`.
  private func rules(of text: String, in sentence: String) -> [SentimentRule] {
    let contributions = scorer.score(text: sentence, explain: true).1?.contributions ?? []
    return contributions.first { $0.text == text }?.rules ?? []
  }

  @Test func aSignOffsThanksAfterAQuestionIsNoPraise() {
    // Rule 26: an enquiry's closing thanks is for the answer it asks for.
    let enquiry = "Hi, my statement shows two payments. Could you check which is right? Thanks, Priya"
    #expect(rules(of: "Thanks", in: enquiry).contains(.thanksAfterQuestion))
    #expect(label(enquiry) == .neutral)
    // Thanks in a longer sentence, or with no question before it, is gratitude.
    #expect(label("The engineer fixed it in an hour. Thanks so much for sorting it all out today.") == .positive)
    #expect(rules(of: "Thanks", in: "Delivery came on Monday. Thanks, Priya").isEmpty)
  }

  @Test func aQuestionThatAsksToBeToldAsks() {
    // Rule 17: "Could you tell me …?" asks for information; its mild praise words ask, not praise.
    #expect(label("Could you tell me whether the second ticket is free?") == .neutral)
    // "Can I tell you how great …?" is a way of praising (a saying verb with no "me" or "us").
    #expect(label("Can I tell you how great the staff were?") == .positive)
  }

  @Test func aFixedFeeIsNoFix() {
    #expect(rules(of: "fixed monthly", in: "We pay a fixed monthly fee.").contains(.neutralFrame))
    #expect(label("They fixed the boiler.") == .positive)
  }

  @Test func phrasesFromTheReviews() {
    #expect(label("Worked first time, no app needed.") == .positive)
    #expect(label("They just get it done.") == .positive)
    #expect(label("Query answered within the hour.") == .positive)
    #expect(label("Thinking of cancelling.") == .negative)
    #expect(label("Too many clicks to find my payslip.") == .negative)
    #expect(label("7, long q at the desk") == .negative)
    #expect(label("Loved waiting 40 mins for one till to open.") == .negative)
    #expect(label("Big jump in price this year.") == .negative)
    #expect(label("The call rate adds up fast.") == .negative)
    #expect(label("Drove round for 20 mins looking for a space.") == .negative)
    #expect(label("The invoices don't match our purchase orders.") == .negative)
    #expect(label("Where has the history tab gone? Can't find anything now.") == .negative)
    #expect(label("The vet said one thing, the nurse said another, so which is it") == .negative)
  }

  @Test func theBestWayToIsAWay() {
    // "best" in "the best way to" names a way (five of six VADER sentences with it are not rated
    // positive); "in the best way" is still praise.
    #expect(label("What is the best way to contact you?") == .neutral)
    #expect(label("Silly in the best way.") == .positive)
  }

  @Test func unlikelyDeniesWhatFollows() {
    // "unlikely" is a negator (negators.txt): as "not likely" it denies the term after it. Three
    // VADER film and editorial sentences ("unlikely to be appreciated", rated negative) were positive.
    #expect(label("Very unlikely to recommend them.") == .negative)
    #expect(label("A comedy unlikely to be appreciated by adults.") == .negative)
  }

  @Test func callsNotReturnedAreAComplaint() {
    // An expected outcome (`negation=only`): news only when it does not happen.
    #expect(label("Account manager rarely returns calls.") == .negative)
    #expect(label("He never returns my calls.") == .negative)
    #expect(label("She returns calls.") == .neutral)
  }
}
