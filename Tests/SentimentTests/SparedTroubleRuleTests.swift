import Sentiment
import Testing

/// Rule 54 of `FeedbackRules.swift`: the negator of "never had to deal with", "no need to worry
/// about" reaches the trouble after the verb, which is negated as a negator right before it would
/// negate it. On the inline test lexicon only "bad" (−2.0), "terrible" (−3.0), "complaints" (−2.0)
/// and "good" (+2.0) have a valence, so each expected sum is a lexicon value, or one times
/// `negatedNegativeScalar` (−0.4: "bad" spared is +0.8).
struct SparedTroubleRuleTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  /// The trouble stands four to seven words after the negator, beyond the negation's usual three.
  @Test func aTroubleNeverFacedIsNegated() throws {
    let spared = -2.0 * parameters.negatedNegativeScalar
    try expectSum("We never had to deal with bad service", spared)
    try expectSum("We have never had to deal with any complaints", spared)
    try expectSum("No need to worry about bad weather with them", spared)
    try expectSum("Never ever had to chase them up for a bad parcel", spared)  // adverb, pronoun, particle
    try expectSum("Loved not having to put up with terrible queues", -3.0 * parameters.negatedNegativeScalar)
  }

  /// An obligation stated, a hope, a superlative or a wanted thing: the rule stays out.
  @Test func otherChainsAreLeftAlone() throws {
    try expectSum("I had to deal with bad service", -2.0)  // no negator
    try expectSum("You should never have to deal with bad service", -2.0)  // an obligation
    try expectSum("Customers should not have to deal with bad service", -2.0)
    try expectSum("I hope we will not have to deal with bad service", -2.0)  // the future
    try expectSum("I have never had to wait so long for bad service", -2.0)  // a superlative
    try expectSum("I don't want to have to deal with bad service", -2.0)  // "to have to"
    try expectSum("We never had to wait for good service", 2.0)  // only a trouble is spared
    try expectSum("We never had to deal with them, bad service", -2.0)  // punctuation ends it
  }
}
