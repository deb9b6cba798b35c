import Sentiment
import Testing
import Tokenization

/// A score asked for in the question's words and given at the answer's start ("Reply with a score
/// 0-10 and tell us why" → "8 driver was lovely"), as text-message surveys collect them
/// (`RatingScale`, `SentimentScorer.score(_:explain:question:)` with a `SurveyQuestion`). Scores on
/// a scale to 10 are read by the Net Promoter Score's groups (Reichheld, "The One Number You Need
/// to Grow", Harvard Business Review, December 2003: promoters 9–10, passives 7–8, detractors 0–6);
/// on a scale to 5, the middle (3) takes neither side, as the middle category of a Likert item
/// does.
struct RatingScaleTests {
  @Test func questionsThatAskForAScoreOnAScale() {
    for (question, low, high) in [
      ("Reply with a score 0-10 and tell us why", 0, 10),
      ("How did we do today? Reply 1-5", 1, 5),
      ("How likely are you to recommend us to a friend? Reply 0–10", 0, 10),
      ("On a scale of 1 to 10, how would you rate your visit?", 1, 10),
      ("Please rate us out of 5", 0, 5),
      ("Rate your stay from 1 (very poor) to 5 (excellent)", 1, 5),
      ("Text back a score between one and ten", 1, 10),
      ("Score 0 to 10, 0 = not at all likely", 0, 10),
    ] {
      let scale = RatingScale(question: question)
      #expect(scale?.lowest == low && scale?.highest == high, "\(question)")
    }
  }

  @Test func questionsThatAskForNoScoreOrAReversedOne() {
    for question in [
      // No scale, or a range of something else.
      "What could we improve?", "Did your parcel arrive within 1-5 days?", "How likely are you to recommend us?",
      "Was your order ready on the day we promised? Reply YES or NO",
      // A scale on which 1 is the best: its direction is not guessed.
      "Reply 1-5, where 1 = excellent and 5 = poor", "Rate us 1 to 5 (1 being very satisfied)",
      // Other scales.
      "Rate us from 1 to 7",
    ] {
      #expect(RatingScale(question: question) == nil, "\(question)")
    }
  }

  /// `text` tokenized and the scale `question` asks for.
  private func read(_ text: String, _ question: String) throws -> (scale: RatingScale?, text: TokenizedText) {
    var tokenized = TokenizedText()
    try Tokenizer().tokenize(text, into: &tokenized)
    return (RatingScale(question: question), tokenized)
  }

  private func opening(_ text: String, _ question: String) throws -> Int? {
    let answer = try read(text, question)
    return answer.scale?.openingScore(of: answer.text)?.value
  }

  @Test func anAnswerOpensWithAScoreOrWithAQuantity() throws {
    let nps = "Reply with a score 0-10 and tell us why"
    #expect(try opening("8 driver was lovely", nps) == 8)
    #expect(try opening("10!!!", nps) == 10)
    #expect(try opening("1. still no engineer", nps) == 1)
    #expect(try opening("(6) too pricey", nps) == 6)
    #expect(try opening("0", nps) == 0)
    // Quantities, ranges, times and ratings the words' own rule reads.
    #expect(try opening("4 months waiting for a repair", nps) == nil)
    #expect(try opening("3 times I called", nps) == nil)
    #expect(try opening("7.5 - good", nps) == nil)
    #expect(try opening("7-8 depending on the day", nps) == nil)
    #expect(try opening("8/10 good", nps) == nil)
    #expect(try opening("10am slot missed", nps) == nil)
    #expect(try opening("50% of the time it works", nps) == nil)
    // Off the scale, or not at the start.
    #expect(try opening("12 people in the queue", nps) == nil)
    #expect(try opening("6", "How did we do today? Reply 1-5") == nil)
    #expect(try opening("Driver was lovely, 9", nps) == nil)
  }

  private func stated(_ text: String, _ question: String) throws -> Int? {
    let answer = try read(text, question)
    return answer.scale?.answerScore(of: answer.text)?.value
  }

  /// Review h64d (account surveys): the score often closes the answer, as a sentence of its own.
  @Test func aScoreStatedInASentenceOfItsOwn() throws {
    let nps = "How likely are you to recommend us to a colleague (0-10)? What is the main reason for your score?"
    #expect(try stated("8 driver was lovely", nps) == 8)
    #expect(try stated("Deliveries mostly on time. Prices crept up. 6", nps) == 6)
    #expect(try stated("The helpdesk is slow. Overall 7.", nps) == 7)
    #expect(try stated("Great translators. 9, only because big jobs are slow.", nps) == 9)
    #expect(try stated("Fine on the whole. Score: 8", nps) == 8)
    // Numbers in sentences, after an abbreviation, glued to another, or with a unit are no score.
    #expect(try stated("We had 3 visits. 2 were late.", nps) == nil)
    #expect(try stated("Ticket No. 5, still open.", nps) == nil)
    #expect(try stated("Engineers came at 9. Fixed it.", nps) == nil)
    #expect(try stated("Prices went up. 7.5 percent this year.", nps) == nil)
    #expect(try stated("Slow again. 3 weeks this time.", nps) == nil)
    #expect(try stated("Slow again. 12.", nps) == nil)
  }
}

struct AnswerScoreScoringTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func score(_ text: String, _ question: String, explain: Bool = false) throws -> (
    SentimentScore, SentimentExplanation?
  ) {
    scorer.score(try tokenized(text), explain: explain, question: SurveyQuestion(question))
  }

  @Test func aDetractorsOrAPromotersScoreDecidesAnAnswerWithNoOpinionWord() throws {
    let nps = "How likely are you to recommend us? Reply 0-10 and tell us why"
    // The words alone state no opinion; the score is the verdict.
    #expect(scorer.score(text: "2 the ticket machine by the exit", explain: false).0.label == .neutral)
    #expect(try score("2 the ticket machine by the exit", nps).0.label == .negative)
    #expect(try score("10 same day fitting", nps).0.label == .positive)
    // A passive's score says nothing: the words decide.
    #expect(try score("7", nps).0.label == .neutral)
    #expect(try score("8 driver was lovely", nps).0.label == .positive)
    #expect(try score("7 took too long", nps).0.label == .negative)
  }

  @Test func theMiddleOfAFivePointScaleTakesNeitherSide() throws {
    let csat = "How did we do today? Reply 1-5"
    #expect(try score("3", csat).0.label == .neutral)
    #expect(try score("1 no hot water", csat).0.label == .negative)
    #expect(try score("5 quick and easy", csat).0.label == .positive)
    #expect(try score("4", csat).0.label == .positive)
  }

  @Test func aDetractorsScoreOutweighsMildPraiseBeforeAComplaint() throws {
    // "4" is a detractor's score: the mixed words (lovely venue, but a mix-up) no longer read neutral.
    let nps = "How likely are you to recommend us to a friend? Reply 0-10"
    let text = "4. Lovely venue but nobody knew we'd ordered the vegan menu."
    #expect(try score(text, nps).0.label == .negative)
  }

  @Test func theScoreIsNamedInTheExplanationAndCountedOnce() throws {
    let (score, explanation) = try score("2", "How did we do today? Reply 1-5", explain: true)
    let terms = explanation?.contributions.map(\.term) ?? []
    #expect(terms == ["score N on 1–5"])
    // One term of valence −1.6 (the lexicon's "2 stars" anchor): compound −1.6 / √(1.6² + 15).
    #expect(abs(score.compound - (-1.6 / (1.6 * 1.6 + 15).squareRoot())) < 1e-4)
    #expect(scorer.lastQuestionReading == .openingScore)
  }

  @Test func aClosingDetractorsScoreTurnsAMildAnswer() throws {
    let nps = "How likely are you to recommend us to a colleague (0-10)? What is the main reason for your score?"
    // The words alone read neutral; the closing score is the verdict.
    #expect(scorer.score(text: "The new portal went live in March. 2", explain: false).0.label == .neutral)
    #expect(try score("The new portal went live in March. 2", nps).0.label == .negative)
    #expect(try score("The new portal went live in March. 10", nps).0.label == .positive)
    #expect(scorer.lastQuestionReading == .openingScore)
  }

  @Test func withoutAScaleOrInTheVaderProfileANumberIsJustANumber() throws {
    #expect(try score("2 the ticket machine by the exit", "Any other comments?").0.label == .neutral)
    #expect(try score("2 the ticket machine by the exit", "What could we improve?").0.label != .positive)
  }
}
