import Sentiment
import Testing

/// Rule 50: praise in a present counterfactual with a condition after it ("It would be a great app
/// if it didn't crash") names what the product is not yet, as a suggestion frame does (rule 13):
/// the praise counts nothing, and a fault the condition wishes away counts its own value (rule 41).
/// Sums worked by hand on the test lexicons (good 2.0, bad −2.0; "very" +0.3); the unmet wish's
/// frame value is `SentimentParameters.unmetWishValence` (−1.5), the counterfactual perfect's
/// negation VADER's N_SCALAR −0.74 (Hutto & Gilbert 2014).
struct ConditionalPraiseTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func praiseOnAConditionCountsNothing() throws {
    try expectSum("It would be good if it was cheaper.", 0)
    try expectSum("It could be a very good app if they listened.", 0)
    try expectSum("It'd be good if it was cheaper.", 0)
  }

  @Test func aFaultTheConditionWishesAwayIsTheComplaint() throws {
    // "not bad" inside the condition: the fault (−2.0), not a negated negative's +0.8.
    try expectSum("It would be a good app if it was not bad.", -2.0)
    // Rule 41: a condition that something should work makes the frame a complaint (−1.5).
    try expectSum("It would be a good app if it worked.", -1.5)
    // A fix wished for is a fault too (review h55b): the lift is broken.
    try expectSum("The hotel might be good if the lift was fixed.", -1.5)
  }

  @Test func otherReadingsKeepTheirValues() throws {
    // No condition, or one that does not make the praise counterfactual: "good" keeps 2.0.
    try expectSum("It would be good.", 2.0)
    try expectSum("It would be good even if it rained.", 2.0)
    try expectSum("It would be good, if cheaper.", 2.0)
    // "should be good if" predicts; "if" + a gerund is "when" ("very" adds 0.3).
    try expectSum("It should be good if the weather holds.", 2.0)
    try expectSum("The camera would be very good if shooting at night.", 2.3)
    // The past counterfactual is rule 6's: negated (2.0 × −0.74).
    try expectSum("It would have been good if it was cheaper.", 2.0 * -0.74)
    // A negative term after "be" is no praise: it keeps its value.
    try expectSum("It would be bad if it rained.", -2.0)
    // The reader's situation is a recommendation; an offer is sincere.
    try expectSum("It would be good if you're on a budget.", 2.0)
    try expectSum("It would be good if you work from home.", 2.0)
    try expectSum("It would be good if anyone needs a plumber.", 2.0)
    try expectSum("I would be good to go if needed.", 2.0)
    // "you" with a modal or a past verb is the company asked: the rule applies.
    try expectSum("It would be good if you could call back.", 0)
    try expectSum("It would be good if you trained your staff.", 0)
  }

  @Test func theExplanationNamesTheFrame() throws {
    let scorer = SentimentScorer(model: model)
    let explanation = try #require(scorer.score(text: "It would be good if it was cheaper.", explain: true).1)
    let good = try #require(explanation.contributions.first { $0.term == "good" })
    #expect(good.contribution == 0)
    #expect(good.rules.contains(.suggestion(frame: "would be … if")))
  }
}

/// Rule 50 on the shipped lexicons: labels a coder would give (hand-judged).
struct ConditionalPraiseShippedTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func conditionalPraiseIsNoPraise() {
    #expect(label("It would be a great app if it didn't crash.") == .negative)
    #expect(label("This would be a great hotel if the rooms were clean.") != .positive)
    #expect(label("Could be a five star restaurant if the service was quicker.") != .positive)
    #expect(label("It would be a lovely park if people picked up their litter.") == .negative)
    // Praise outside the condition's clause keeps its label.
    #expect(label("Great product, would be perfect if it had a dark mode.") == .positive)
    // Rule 9's comparative request keeps its negation; the condition's "faster" no longer
    // outweighs it.
    #expect(label("It would be better if the app was faster.") == .negative)
    #expect(label("It would be better if they called back.") == .negative)
  }
}
