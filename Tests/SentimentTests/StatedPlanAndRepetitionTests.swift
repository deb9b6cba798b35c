import Sentiment
import Testing

/// Rule 5 (return intent, `FeedbackRules.returnIntent`) extended in the forty-ninth session: a
/// stated plan ("I plan on", "we're planning to", "we intend to") stands for the intent modal, and
/// a phrase of repetition ("again and again", "over and over again") for the bare "again". Inline
/// test lexicons (`TestLexicons`) plus the domain pack's values for the repetition terms ("again"
/// −0.4, "again and again" −1.5, "over and over again" −1.6: a recurring fault). Expected sums are
/// worked by hand from `SentimentParameters`: return intent +1.8, refusal −2.6. The sentences were
/// written for this test.
struct StatedPlanAndRepetitionTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nagain\t-0.4\nagain and again\t-1.5\nover and over again\t-1.6\nhappens\t0.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  /// "again and again" after an intent to come back is loyalty, not a recurring fault: it scored
  /// −1.5 ("I'd buy it again and again" was negative).
  @Test func repetitionAfterAnIntentIsAReturnIntent() throws {
    try expectSum("I'd buy it again and again", parameters.returnIntentValence)
    try expectSum("I will use them again and again", 1.8)
    try expectSum("We would order from them over and over again", 1.8)
    try expectSum("I'll be ordering from here again and again", 1.8)
  }

  /// A stated plan is an intent: "I plan on ordering from them again" scored the bare "again"
  /// (−0.4), a negative label.
  @Test func aStatedPlanIsAnIntent() throws {
    try expectSum("I plan on ordering from them again", 1.8)
    try expectSum("We're planning to stay here again", 1.8)
    try expectSum("We intend to book again", 1.8)
    try expectSum("I plan on ordering from them again and again", 1.8)
  }

  /// A negated plan is a refusal, as "won't" is; so is a negator between the plan and the verb.
  @Test func aNegatedPlanIsARefusal() throws {
    try expectSum("I don't plan on ordering from them again", parameters.refusedReturnValence)
    try expectSum("I do not plan to use them again", -2.6)
    try expectSum("We are not planning to stay again", -2.6)
    try expectSum("I plan on never ordering from them again", -2.6)
  }

  /// Without the writer's intent the repetition keeps its lexicon value: a recurring fault, another
  /// person's plan, a plan without "on"/"to", a question.
  @Test func otherRepetitionsStayARecurringFault() throws {
    try expectSum("I called again and again", -1.5)
    try expectSum("It happens again and again", -1.5)
    try expectSum("They plan to use it again and again", -1.5)
    try expectSum("The plan failed again", -0.4)
    try expectSum("Would you buy it again and again?", -1.5)
  }
}
