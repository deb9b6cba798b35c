import Sentiment
import Testing
import Tokenization

/// Rule 29 (review r35): what a counterfactual presupposes. Inline lexicon (the test negators: "not",
/// "never", …), sums worked by hand with the default scalars: a negated positive term × −0.74, a
/// negated negative one × −0.4 (`SentimentParameters`).
struct CounterfactualPresuppositionTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\nmissed\t-1.0\nhelp\t1.0\nlost\t-1.0\nrude\t-2.0\nhappy\t2.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func anAvertingConditionNamesWhatWasThereAndSparesTheWriter() throws {
    // "help" came (+1.0, not negated by "not"); "missed" was averted: −1.0 × −0.74 = +0.74.
    try expectSum("If not for their help we would have missed the deadline", 1.0 + 0.74)
    try expectSum("We would have been lost were it not for them", 0.74)
    try expectSum("We would have missed our flight if she had not stepped in", 0.74)
    // What the condition names was there: the rudeness (−2.0), and rule 6 negates the praise of
    // the consequent that did not happen: 2.0 × −0.74 = −1.48.
    try expectSum("Were it not for the rude staff, we would have been happy", -2.0 - 1.48)
  }

  @Test func aConsequentAboutSomethingElseKeepsItsTerms() throws {
    // Not the writer's: "the film would be bad were it not for the cast" says it nearly is.
    try expectSum("The film would have been bad were it not for the cast", -2.0)
    // No counterfactual modal: "not" negates as usual (2.0 × −0.74).
    try expectSum("It was not for the good of the customer", -1.48)
  }

  @Test func aNegatedConsequentOfAnUnmetConditionHappened() throws {
    // "lost" keeps −1.0 (negated it would be −1.0 × −0.4 = +0.4, a complaint read as praise).
    try expectSum("Had they called back we would not have lost a day", -1.0)
    try expectSum("If the part had been in the van we would not have lost a day", -1.0)
    // Regret, not a complaint: praise in the condition keeps the consequent's negation.
    try expectSum("If I had known how good it was I would not have missed it", 2.0 + 0.4)
    // A negated condition is no unmet one; a condition with no past perfect neither.
    try expectSum("If they never called we would not have lost a day", 0.4)
  }
}
