import Pipeline
import Sentiment
import Testing
import Tokenization

/// The readable line the report and disagreements.csv give an answer read through its question:
/// it must say which kind of question decided the sign, or an analyst cannot tell why "No" scored
/// negative.
struct QuestionFrameExplanationTests {
  private func lines(_ text: String, _ question: String) throws -> [String] {
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    var tokenized = TokenizedText()
    try Tokenizer().tokenize(text, into: &tokenized)
    let explanation = scorer.score(tokenized, explain: true, question: QuestionFrame(question: question)).1
    return explanationLines(try #require(explanation))
  }

  @Test func eachFrameIsNamedInTheExplanation() throws {
    #expect(try lines("No", "Would you recommend us?").last?.contains("a yes or no to a question of approval") == true)
    #expect(try lines("Nothing.", "What was good?").last?.contains("question asking what was good") == true)
    #expect(try lines("Nothing.", "How could we improve?").last?.contains("question asking what to improve") == true)
  }
}
