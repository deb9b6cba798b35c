import Sentiment
import Testing

/// Rule 47 of `FeedbackRules.swift`: a manner adverb ("properly", "right", "well" …) right after a
/// failure states how it failed, not praise. Inline test lexicons (`TestLexicons`, negators "not",
/// "never", "isn't", "can't" …) with the terms below; `failureMannerValence` −2.2, negation × −0.74.
struct FailureMannerTests {
  static let terms = """
    properly\t1.2
    successfully\t2.0
    working\t0.5
    can't open\t-1.8
    will not open\t-1.8
    stopped syncing\t-2.0
    not working\t-2.2
    hacked\t-1.0
    broken\t-2.0
    """
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws { model = try TestLexicons.model(valence: TestLexicons.valence + "\n" + Self.terms + "\n") }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func afterAScoredFailureTheAdverbCountsNothing() throws {
    // The failure term alone: −1.8, −2.0, −2.2 (the adverb's +1.2 was added before).
    try expectSum("The app can't open properly", -1.8)
    try expectSum("It stopped syncing properly", -2.0)
    try expectSum("It is not working properly", -2.2)
    // The spelt-out negation, an auxiliary and "not" (forty-ninth session: it scored −1.8 + 1.2).
    try expectSum("The app will not open properly", -1.8)
  }

  @Test func afterANegatedUnscoredVerbTheAdverbIsTheFailure() throws {
    // −2.2 in place of the negated adverb (1.2 × −0.74) or of nothing ("right" is no term).
    try expectSum("It never opens properly", parameters.failureMannerValence)
    try expectSum("It never opens right.", -2.2)
    try expectSum("You can't do it right", -2.2)
    try expectSum("They never treat you right", -2.2)
  }

  @Test func afterANegatedVerbOfPraiseThePairIsTheFailure() throws {
    // "working" 0.5 × −0.74 = −0.37; the adverb −2.2 + 0.37 = −1.83; together −2.2.
    try expectSum("It isn't working properly", -2.2)
  }

  /// The lexicon's own phrase of that shape scores as the rule would: "not working properly" listed
  /// at −2.2, the value of "not working", scores −2.2 with or without the listing.
  @Test func theRuleAgreesWithListedPhrases() throws {
    let listed = try TestLexicons.model(
      valence: TestLexicons.valence + "\n" + Self.terms + "\nnot working properly\t-2.2\n")
    try TestLexicons.expectSum("It is not working properly", -2.2, listed)
    try expectSum("It is not working properly", -2.2)
  }

  /// Praise of how something works, a negative word that is no failure, "right" before more of its
  /// clause, and "well" after a verb of feeling or a degree word are left alone.
  @Test func otherAdverbsAreLeftAlone() throws {
    try expectSum("It works properly", 1.2)
    try expectSum("They hacked it successfully", -1.0 + 2.0)
    try expectSum("It was hacked successfully", -1.0 + 2.0)
    try expectSum("It never opens right now", 0)
    try expectSum("It's broken right now", -2.0)
    try expectSum("I'm not feeling well", 0)
    try expectSum("It's not as well made", 0)
    try expectSum("I don't know it well", 0)
    // "can't … enough" is praise (rule 2): the adverb before "enough" is left alone.
    try expectSum("I can't speak well enough of them", 0)
  }

  @Test func theExplanationNamesTheRule() throws {
    let scorer = SentimentScorer(model: model)
    let (_, explanation) = scorer.score(text: "The app can't open properly", explain: true)
    let entries = try #require(explanation).contributions
    #expect(entries.map(\.text) == ["can't open", "properly"])
    #expect(entries[1].rules == [.failureManner])
    #expect(entries[1].contribution == 0)
  }

  /// A manner asked for (review h55b): after "please" or before "next time" the adverb states that
  /// the job was not done that way, −2.2 in place of its +1.2 (or of nothing, for "right").
  @Test func aMannerAskedForIsTheFailure() throws {
    try expectSum("Please label the shelves properly", parameters.failureMannerValence)
    try expectSum("pls do it right", parameters.failureMannerValence)
    try expectSum("Do it right next time", parameters.failureMannerValence)
    // Reported, not asked for: the adverb keeps its value.
    try expectSum("They labelled the shelves properly", 1.2)
    try expectSum("It was right next time", 0)
  }
}
