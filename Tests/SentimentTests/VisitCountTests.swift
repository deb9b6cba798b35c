import Sentiment
import Testing

/// Rule 43: a lexicon count ("third time" −1.3 on the inline lexicon below) before a gerund of
/// custom counts the writer's own visits or orders (review h55d: "It's my third time ordering from
/// here" read as a repeated complaint), and counts nothing; before anything else it keeps its value.
struct VisitCountTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(valence: TestLexicons.valence + "\nthird time\t-1.3\n2nd time\t-0.6\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aCountOfVisitsIsNoRepeat() throws {
    try expectSum("It's my third time staying here", 0)
    try expectSum("2nd time ordering from them and just as good", 2.0)  // "good" alone
    let explanation = try #require(
      SentimentScorer(model: model).score(text: "third time booking with them", explain: true).1)
    #expect(explanation.contributions.first?.rules == [.visitCounted(count: "third time")])
  }

  @Test func aRepeatKeepsItsValue() throws {
    try expectSum("Third time I am calling", -1.3)
    try expectSum("third time here, bad as ever", -1.3 + -2.0)  // "here": maybe a third trip for the fault
  }
}
