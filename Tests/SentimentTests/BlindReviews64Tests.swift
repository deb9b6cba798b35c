import Sentiment
import Testing

/// The sixty-fourth session's blind review h64d (300 verbatims: account-survey answers from
/// business customers, in-app feedback, marketplace feedback and questions, and customers writing
/// English as a second language; its odd half read): a listing's question and answer, a misgiving
/// about coming back, and lexicon phrases. Sentences are our own, not the review's; labels
/// hand-judged, each with the reason a coder would give.
struct BlindReviews64Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func aListingsAnswerIsNoPraise() {
    // The "Yes" that answers a listing's question states a fact (rule 56), and the question's mild
    // words ask (rule 17 after the "Q:" label).
    #expect(label("Q: Does the drill come with a case? A: Yes, and two spare bits.") == .neutral)
    #expect(label("Question: Is the sofa suitable for a small flat? Answer: No, it is 2.4m long.") == .neutral)
    // The answer's own opinion still counts.
    #expect(label("Q: Is it any good for camping? A: Yes, brilliant, we use it every summer.") == .positive)
    // Outside a listing's question and answer, "yes" keeps its value.
    #expect(label("Yes! Finally fixed.") == .positive)
  }

  @Test func thinkingTwiceAboutComingBackIsAMisgiving() {
    // A negative term between the modal and the verb of coming back makes it a refusal (rule 5).
    #expect(label("Would think twice about buying from them again") == .negative)
    #expect(label("I would hate to stay here again") == .negative)
    #expect(label("Would definitely stay again") == .positive)
  }

  @Test func hedgesAndPrecautionsAreNoPraise() {
    // "to be fair" concedes, "to be safe" is a precaution: no praise of fairness or safety.
    #expect(label("To be fair, the parcel came on the second attempt.") == .neutral)
    #expect(label("We ran both systems for a month to be safe.") == .neutral)
  }

  @Test func lexiconPhrasesFromTheReview() {
    #expect(label("Took longer than we hoped.") == .negative)
    #expect(label("The sizes run small.") == .negative)
    #expect(label("He doesn't follow through on anything he promises.") == .negative)
    #expect(label("The pressure washer is in the shed.") == .neutral)
  }
}
