import Sentiment
import Testing
import Tokenization

/// The sixtieth session's blind reviews h60b (300 answers to survey questions in fifteen sectors,
/// each with its question) and h60e (300 verbatims from post-contact surveys, app stores, social
/// media and e-mail): a yes/no question of approval read through its answer, satisfied answers
/// worded "the way it is", thanks closing a request, and lexicon phrases for unwanted contact,
/// lagging behind, a valuation and thanks denied. Sentences are our own, not the review's; labels hand-judged, each with the reason a
/// coder would give.
struct BlindReviews60Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func label(_ text: String, question: String) throws -> SentimentLabel {
    var tokenized = TokenizedText()
    try Tokenizer().tokenize(text, into: &tokenized)
    return scorer.score(tokenized, explain: false, question: QuestionFrame(question: question)).0.label
  }

  @Test func aBareAnswerToAQuestionOfApprovalApprovesOrNot() throws {
    let question = "Would you recommend us to a friend? Why or why not?"
    #expect(try label("no", question: question) == .negative)
    #expect(try label("Nah.", question: question) == .negative)
    #expect(try label("Yes I would", question: question) == .positive)
    #expect(try label("Already have!", question: question) == .positive)
    // A reason with an opinion scores as written; "depends" is no answer either way.
    #expect(try label("No, the app is useless", question: question) == .negative)
    #expect(try label("Depends what for", question: question) == .neutral)
    // A contact centre's resolution question asks for a yes: "yes" is satisfaction, not a fault
    // reported, and a plain update says nothing either way.
    let resolved = "Did we resolve your issue today? Tell us more"
    #expect(try label("yes", question: resolved) == .positive)
    #expect(try label("Not really", question: resolved) == .negative)
    #expect(try label("It's with the engineers now", question: resolved) == .neutral)
  }

  @Test func thanksClosingARequestIsCourtesy() {
    // A request for information closed with thanks asks; it does not praise.
    #expect(label("I need a receipt with our company address on it. Thanks") == .neutral)
    #expect(label("Can you confirm my new direct debit date? Many thanks") == .neutral)
    #expect(label("I was wondering if the offer applies to existing customers. Thank you") == .neutral)
    // Thanks for the help itself is praise.
    #expect(label("Many thanks for sorting my refund so quickly.") == .positive)
  }

  @Test func failuresStatedAsFactsInAppReviews() {
    // A payment the app lost and a sign-up forced on the user are faults without a complaint word.
    #expect(label("Paid for the day but the app didn't register the payment, so I got a fine.") == .negative)
    #expect(label("Had to download yet another app just to book a slot.") == .negative)
    #expect(label("Works, but very basic.") != .positive)
    // The name of a cover asked about is no damage done.
    #expect(label("Does my policy include accidental damage cover?") == .neutral)
  }

  @Test func thanksDeniedToALoyalCustomerIsAComplaint() {
    // The writer's loyalty set against poor treatment: "this is the thanks" is bitter.
    #expect(label("Twelve years with you and this is the thanks I get.") == .negative)
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
