import Sentiment
import Testing

/// QA review 36 (F01, F02, F03, F17): negation scope and the rules that read it. Sums by hand on
/// the test lexicon (good 2.0, bad −2.0; negators "not", "no", "no one"…; intensifiers very 0.3
/// and the ones below) plus the entries below; compound = s / √(s² + 15). A negated positive is
/// × −0.74, a negated negative × −0.4; an intensifier at distance 1, 2, 3 adds its scalar × 1,
/// 0.95, 0.9.
struct NegationReachTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nprocessed\t-1.6\t\tnegation=only\nrefund\t-0.6\t\tnegation=keep\nlate\t-0.9\ncrashed\t-2.0\n"
        + "ok\t1.0\nfriendly\t2.0\nnot helpful\t-1.5\nno help\t-1.5\n"
        + "better\t1.9\n",
      intensifiers: TestLexicons.intensifiers + "really\t0.3\nso\t0.3\nmore\t0.1\n")
  }

  /// F01: an opinion term right before the negator ("Refund not processed", "late not processed")
  /// is not between the negator and the outcome, so the outcome is missing (rule 25), as it is
  /// without the term. It scored 0, "expected outcome happened".
  @Test func aTermBeforeTheNegatorLeavesTheOutcomeMissing() throws {
    try TestLexicons.expectSum("Payment not processed", -1.6, model)
    try TestLexicons.expectSum("Refund not processed", -0.6 - 1.6, model)
    try TestLexicons.expectSum("late not processed", -0.9 - 1.6, model)
    try TestLexicons.expectSum("Agent was ok. Refund not processed.", 1.0 - 0.6 - 1.6, model)
    let explanation = try #require(
      SentimentScorer(model: model).score(text: "Refund not processed", explain: true).1)
    #expect(
      explanation.contributions.last?.rules == [
        .expectedOutcome(happened: false), .negated(by: "not", distance: 1, factor: 1),
      ])
  }

  /// F01, near misses: a term between the negator and the outcome still takes the negation ("not
  /// late processed": "late" is negated, the outcome happened), and an outcome with no negator
  /// happened.
  @Test func aTermBetweenStillTakesTheNegation() throws {
    try TestLexicons.expectSum("not late processed", -0.9 * -0.4, model)
    try TestLexicons.expectSum("Refund processed", -0.6, model)
  }

  /// F02: an intensifier or "ever"/"even"/"actually" between a negator and the term does not count
  /// toward the three-word scope: "No agent was very good" (it scored +2.3 as praise) is "No agent
  /// was good" said more strongly.
  @Test func anAdverbBetweenKeepsTheTermInReach() throws {
    try TestLexicons.expectSum("No agent was good", 2.0 * -0.74, model)
    try TestLexicons.expectSum("No agent was very good", (2.0 + 0.3) * -0.74, model)
    try TestLexicons.expectSum("No agent was ever good", 2.0 * -0.74, model)
    try TestLexicons.expectSum("No agent was really very good", (2.0 + 0.3 + 0.3 * 0.95) * -0.74, model)
    try TestLexicons.expectSum("no one here is actually good", 2.0 * -0.74, model)
  }

  /// F02, near misses: the scope is still three other words ("No agent at the desk was very
  /// good" is too far), "so" or "more" is a comparison that still counts ("no one has ever been so
  /// good" praises), and an adverb does not carry the negator into another clause.
  @Test func theScopeOtherwiseStaysThreeWords() throws {
    try TestLexicons.expectSum("No agent at the desk was very good", 2.0 + 0.3, model)
    try TestLexicons.expectSum("no one has ever been so good", 2.0 + 0.3, model)
    try TestLexicons.expectSum("no one here is more good", 2.0 + 0.1, model)
    // A wh-word opens another clause: the adverb before it counts again ("really" boosts at
    // distance 3).
    try TestLexicons.expectSum("no one really knows how good it is", 2.0 + 0.3 * 0.9, model)
  }

  /// F02: a negative inversion ("Never was the agent good", "Not once was the agent helpful")
  /// reaches two words further, over the subject after the auxiliary, "I" included.
  @Test func aNegativeInversionNegatesItsClause() throws {
    try TestLexicons.expectSum("Never was the agent good", 2.0 * -0.74, model)
    try TestLexicons.expectSum("Never did I feel good", 2.0 * -0.74, model)
  }

  /// F02, near misses: a comparative or a degree word makes the inversion praise, and the reach
  /// ends two words further ("Never did I think it would be good" is surprise).
  @Test func aNegativeInversionOfPraiseIsPraise() throws {
    try TestLexicons.expectSum("Never have I had a better meal", 1.9, model)
    try TestLexicons.expectSum("Never have I felt so good", 2.0 + 0.3, model)
    try TestLexicons.expectSum("Never did I think it would be good", 2.0, model)
  }

  /// F17: a negator right before a phrase that opens with "not", or with only a form of "be"
  /// between, negates the phrase: "never not helpful" is praise as "never not friendly" is (it
  /// was −1.5, the "never" ignored). A negated negative is × −0.4.
  @Test func aDoubleNegativeOfAPhraseIsPraise() throws {
    try TestLexicons.expectSum("never not friendly", 2.0, model)
    try TestLexicons.expectSum("never not helpful", -1.5 * -0.4, model)
    try TestLexicons.expectSum("no one was not helpful", -1.5 * -0.4, model)
  }

  /// F17, near misses: the phrase alone, and negative concord ("isn't no help": one negation).
  @Test func negativeConcordIsOneNegation() throws {
    try TestLexicons.expectSum("not helpful", -1.5, model)
    try TestLexicons.expectSum("isn't no help", -1.5, model)
  }

  /// F03: "no" (or "nooo") right before a determiner or pronoun is an interjection, not the
  /// determiner of a noun: it negates nothing ("nooo the app crashed again" scored +0.8).
  @Test func anInterjectedNoNegatesNothing() throws {
    try TestLexicons.expectSum("nooo the app crashed again", -2.0, model)
    try TestLexicons.expectSum("no the app crashed", -2.0, model)
    try TestLexicons.expectSum("No this is bad", -2.0, model)
    try TestLexicons.expectSum("no my order was bad", -2.0, model)
  }

  /// F03, near misses: "no" before a noun or in "no one" still negates; after a comma it was never
  /// in reach.
  @Test func noBeforeANounStillNegates() throws {
    try TestLexicons.expectSum("no bad days", -2.0 * -0.4, model)
    try TestLexicons.expectSum("no one was good", 2.0 * -0.74, model)
    try TestLexicons.expectSum("No, the app crashed", -2.0, model)
  }
}

/// QA review 36 on the shipped model: F02's and F03's examples, with the negators "not one" (added)
/// and "nope" (no longer a negator). Labels, not numbers, so they hold whatever the exact valences
/// are.
struct NegationReachShippedTests {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func expect(_ texts: [String], are label: SentimentLabel, sourceLocation: SourceLocation = #_sourceLocation) {
    for text in texts {
      #expect(scorer.score(text: text, explain: false).0.label == label, "\(text)", sourceLocation: sourceLocation)
    }
  }

  /// F02: "not one" negates as "not a single" does; F02's other examples with the shipped words.
  @Test func notOneAndAdverbsInsideTheScope() {
    expect(
      [
        "Not one agent was helpful", "Not one person was helpful", "No agent was very helpful",
        "No agent was ever helpful", "Nobody was really that helpful", "nobody here is ever helpful",
        "nobody here is very helpful", "Not once was the agent helpful", "Not once were they helpful",
      ], are: .negative)
    expect(
      [
        "Nobody has ever been so helpful", "The agent was very helpful", "Never have I had such good service",
        "Never have I had a better meal",
      ], are: .positive)
  }

  /// F03: "nope" answers what came before; it negates nothing after it.
  @Test func nopeNegatesNothing() {
    expect(["nope the app crashed", "nooo the app crashed again", "No the agent was rude"], are: .negative)
  }
}
