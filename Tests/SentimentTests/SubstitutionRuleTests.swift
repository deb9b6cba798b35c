import Sentiment
import Testing

/// Rule 37 of `FeedbackRules.swift` (QA reviews 24 and 26): one thing ordered or booked and another
/// received, in a sentence with no opinion word, scores `substitutionValence` (−1.5) on the verb of
/// receiving. On the inline test lexicon no word of these sentences has a valence except "good" and
/// "bad", so every expected sum is −1.5, 0, or a lexicon value.
struct SubstitutionRuleTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func anotherThingReceivedIsAComplaint() throws {
    try expectSum("Ordered a blue one, received a red one", parameters.substitutionValence)  // shared "one"
    try expectSum("Booked a double, got two singles.", parameters.substitutionValence)  // short, ends the clause
    try expectSum("I ordered two pizzas and received one", parameters.substitutionValence)  // fewer
    // QA review 28: "one" names the ordered thing again; the misspelling is as common as the word.
    try expectSum("Ordered a black hoodie, recieved a grey one in a diffrent size.", parameters.substitutionValence)
    // After "but" the clause weighs `contrastStrongWeight` (rule 12).
    try expectSum(
      "We booked a sea view but we were given a view of the bins",
      parameters.substitutionValence * parameters.contrastStrongWeight)
    try expectSum("Asked for a window seat, they gave me a middle seat", parameters.substitutionValence)
  }

  /// The same thing, something extra or a message, an opinion already stated, a condition, a long
  /// unrelated phrase, or nothing counted after the verb: the rule stays out.
  @Test func otherOrdersAreLeftAlone() throws {
    try expectSum("Ordered a blue one, received a blue one", 0)
    try expectSum("Ordered a pizza and got a free drink", 0)
    try expectSum("Ordered a sofa and got a confirmation email straight away", 0)
    try expectSum("Ordered a coat, got a good one", 2.0)  // "good" is the opinion; the rule adds nothing
    try expectSum("If you order a large you get a medium", 0)
    try expectSum("I ordered a taxi and got a driver who knew every back street in town", 0)
    try expectSum("Ordered a lamp on Monday and got it on Tuesday", 0)
    try expectSum("Never ordered a thing, got a bill", 0)
  }

  /// The rule's unit is scored like any term: a later "but" clause outweighs it (rule 12).
  @Test func theRuleIsATermOfItsClause() throws {
    let weak = parameters.contrastWeakWeight
    let strong = parameters.contrastStrongWeight
    try expectSum(
      "Ordered a blue one, received a red one, but the refund was good",
      parameters.substitutionValence * weak + 2.0 * strong)
  }
}
