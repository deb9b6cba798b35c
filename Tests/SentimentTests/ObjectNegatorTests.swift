import Sentiment
import Testing

/// A negator right after a term, as its object ("fixed nothing", "helped no one"), negates it as a
/// negator before it would: positive × negationScalar (−0.74), negative × negatedNegativeScalar
/// (−0.4). Sums by hand on the test lexicon (good 2.0, bad −2.0) plus the entries below;
/// compound = s / √(s² + 15).
struct ObjectNegatorTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\nfixed\t1.2\nhelped\t1.5\nregret\t-1.5\nlike\t2.0\nlove\t3.0\n")
  }

  /// Review of the eighteenth session's notes: "They sorted out nothing" was positive.
  @Test func anObjectNegatorNegatesTheTermBeforeIt() throws {
    try TestLexicons.expectSum("they fixed nothing", 1.2 * -0.74, model)
    try TestLexicons.expectSum("the agent helped no one at all", 1.5 * -0.74, model)
    try TestLexicons.expectSum("I regret nothing.", -1.5 * -0.4, model)
    let explanation = try #require(
      SentimentScorer(model: model).score(text: "they fixed nothing", explain: true).1)
    #expect(explanation.contributions.first?.rules == [.negatedByObject(by: "nothing", factor: -0.74)])
  }

  /// A negator that opens a clause or a comparison is not the term's object.
  @Test func aNegatorThatOpensAClauseOrComparisonDoesNot() throws {
    // "nothing" is the subject of "was bad": it negates "bad", not "good".
    try TestLexicons.expectSum("good nothing was bad", 2.0 + -2.0 * -0.4, model)
    try TestLexicons.expectSum("I love nothing more than this", 3.0, model)
    try TestLexicons.expectSum("it looks like nothing at all", 2.0, model)
    try TestLexicons.expectSum("a bad nothing", -2.0, model)
    // Another sentence: the boundary comes first.
    try TestLexicons.expectSum("they fixed it. nothing else", 1.2, model)
  }

  /// An adjective, a phrase or an emoji and then "nothing to add" or "none" is two answers, not a
  /// verb and its object (review h55b: "great service nothing to add" and "excellent none" read as
  /// "not great"). ":)" is 1.5 and "very" +0.3 on the test lexicon.
  @Test func anAnswerAfterPraiseIsNoObject() throws {
    try TestLexicons.expectSum("good nothing to add", 2.0, model)
    try TestLexicons.expectSum("good none", 2.0, model)
    try TestLexicons.expectSum(":) nothing to report", 1.5, model)
    try TestLexicons.expectSum("very good nothing", 2.0 + 0.3, model)
    try TestLexicons.expectSum("good service nothing else to say", 2.0, model)
    // "None" after a verb that opens the answer answers a question ("any suggestions?").
    try TestLexicons.expectSum("Fixed none", 1.2, model)
    // A verb keeps its object; "to" goes on with a person.
    try TestLexicons.expectSum("Fixed nothing.", 1.2 * -0.74, model)
    try TestLexicons.expectSum("they fixed nothing to me", 1.2 * -0.74, model)
  }
}
