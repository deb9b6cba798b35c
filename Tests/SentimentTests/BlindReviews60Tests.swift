import Sentiment
import Testing
import Tokenization

/// The sixtieth session's blind review h60b (300 answers to survey questions in fifteen sectors,
/// each with its question): a yes/no question about recommending read through its answer, satisfied
/// answers worded "the way it is", and lexicon phrases for unwanted contact, lagging behind and a
/// valuation. Sentences are our own, not the review's; labels hand-judged, each with the reason a
/// coder would give.
struct BlindReviews60Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func label(_ text: String, question: String) throws -> SentimentLabel {
    var tokenized = TokenizedText()
    try Tokenizer().tokenize(text, into: &tokenized)
    return scorer.score(tokenized, explain: false, question: QuestionFrame(question: question)).0.label
  }

  @Test func aBareAnswerToARecommendationQuestionRecommendsOrNot() throws {
    let question = "Would you recommend us to a friend? Why or why not?"
    #expect(try label("no", question: question) == .negative)
    #expect(try label("Nah.", question: question) == .negative)
    #expect(try label("Yes I would", question: question) == .positive)
    #expect(try label("Already have!", question: question) == .positive)
    // A reason with an opinion scores as written; "depends" is no answer either way.
    #expect(try label("No, the app is useless", question: question) == .negative)
    #expect(try label("Depends what for", question: question) == .neutral)
  }

  @Test func contentAnswersWordedTheWayItIs() throws {
    // To a question about improvements, "fine the way it is" is satisfaction, as "fine as it is".
    #expect(try label("its fine the way it is", question: "Anything we could do better?") == .positive)
    #expect(try label("I like it the way it is", question: "What would you change?") == .positive)
  }

  @Test func unwantedContactAndLaggingAreComplaints() {
    // Contact the customer did not ask for, and a product behind its rivals, are faults.
    #expect(label("Your sales team keep ringing me about upgrades.") == .negative)
    #expect(label("The tablet app is years behind the web version.") == .negative)
    // A valuation is a figure, not a feeling: no praise in "valued".
    #expect(label("The insurer valued my car at £4,200.") == .neutral)
    #expect(label("I felt valued as a customer.") == .positive)
  }
}
