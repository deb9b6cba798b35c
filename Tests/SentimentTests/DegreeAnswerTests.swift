import Sentiment
import Testing
import Tokenization

/// An answer of degree words alone to a question that asks a degree ("How satisfied were you?"
/// "Very."), read with the quality it leaves out (`DegreeAnswer`, `SurveyQuestion.degree`). Review
/// h66a (sixty-sixth session) coded such answers by the degree they give; alone they score nothing.
/// Sentences are our own; labels hand-judged.
struct DegreeAnswerTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func label(_ text: String, _ question: String) throws -> SentimentLabel {
    scorer.score(try tokenized(text), explain: false, question: SurveyQuestion(question)).0.label
  }

  @Test func theQualityAQuestionAsksTheDegreeOf() {
    #expect(SurveyQuestion("How satisfied were you with the resolution of your ticket?").degree == "satisfied")
    #expect(SurveyQuestion("How easy was it to book?").degree == "easy")
    #expect(SurveyQuestion("How likely are you to recommend us to a friend?").degree == "likely to recommend")
    // Questions that ask something else, or no "how".
    #expect(SurveyQuestion("How was your stay?").degree == nil)
    #expect(SurveyQuestion("How long did you wait?").degree == nil)
    #expect(SurveyQuestion("How would you rate us?").degree == nil)
    #expect(SurveyQuestion("How likely are you to come back?").degree == nil)
    #expect(SurveyQuestion("Were you satisfied?").degree == nil)
  }

  @Test func aDegreeAloneTakesTheSignOfTheQualityItLeavesOut() throws {
    let satisfied = "How satisfied were you with the resolution of your ticket?"
    // Alone, "Very." scores nothing.
    #expect(label("Very.") == .neutral)
    #expect(try label("Very.", satisfied) == .positive)
    #expect(try label("Extremely!", satisfied) == .positive)
    #expect(try label("Not very", satisfied) == .negative)
    #expect(try label("Not at all", satisfied) == .negative)
    #expect(try label("Very", "How difficult was it to cancel?") == .negative)
  }

  @Test func theQualitysOwnWordsMayBeRepeated() throws {
    let recommend = "How likely are you to recommend us to a friend?"
    #expect(try label("Extremely likely", recommend) == .positive)
    #expect(try label("Likely.", recommend) == .positive)
    #expect(try label("Not at all likely", recommend) == .negative)
  }

  @Test func anAnswerWithOtherWordsIsScoredAsWritten() throws {
    let satisfied = "How satisfied were you?"
    // Not degree words alone: its own words decide.
    #expect(try label("Very late and very rude", satisfied) == .negative)
    #expect(try label("Not", satisfied) == .neutral)
  }

  @Test func theExplanationNamesThePhraseRead() throws {
    let explanation = try #require(
      scorer.score(try tokenized("Very."), explain: true, question: SurveyQuestion("How satisfied were you?")).1)
    #expect(explanation.contributions.map(\.term) == ["very satisfied"])
    #expect(explanation.contributions.first?.text == "Very")
  }
}
