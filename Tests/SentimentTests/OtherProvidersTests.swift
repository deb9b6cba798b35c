import Sentiment
import Testing

/// Rule 51: a clause whose subject is another provider judges that provider, and feedback says it
/// to compare: its praise is a complaint about the one reviewed, its faults praise the one
/// reviewed; what was replaced is read the same for its praise, its faults count nothing. Sums
/// worked by hand on the test lexicons (good 2.0, bad −2.0, "very" +0.3); the factor is VADER's
/// N_SCALAR −0.74 (Hutto & Gilbert 2014), the default `negationScalar`.
struct OtherProvidersTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func anotherProvidersPraiseIsAComplaint() throws {
    try expectSum("Other banks are good.", 2.0 * -0.74)
    try expectSum("Every other airline was very good.", 2.3 * -0.74)
    try expectSum("All my other apps are good.", 2.0 * -0.74)
    try expectSum("Their competitors are good.", 2.0 * -0.74)
    try expectSum("Other online retailers are good.", 2.0 * -0.74)
    // After a conjunction that opens the clause.
    try expectSum("We waited, and other banks are good.", 2.0 * -0.74)
  }

  @Test func whatTheReviewedOneWasBeforeIsCompared() throws {
    try expectSum("The old app was good.", 2.0 * -0.74)
    try expectSum("The previous owners were very good.", 2.3 * -0.74)
    try expectSum("The old one was bad.", 0)
    // Not a replaced version: a person's age, a place's name; a new subject after "and".
    try expectSum("I am old and it was good.", 2.0)
    try expectSum("The old town was good.", 2.0)
    try expectSum("The old app was bad and this one is good.", 2.0)
  }

  @Test func anotherProvidersFaultPraisesTheOneReviewed() throws {
    // The other's fault, turned: −2.0 × −0.74.
    try expectSum("The other company was bad.", -2.0 * -0.74)
    try expectSum("Other banks are bad, it is good.", -2.0 * -0.74 + 2.0)
    // A fault the other does not have: "not bad" (+0.8, VADER's negated negative at −0.4) is the
    // other's merit, so a complaint: 0.8 × −0.74.
    try expectSum("Other banks are not bad.", -2.0 * -0.4 * -0.74)
  }

  @Test func otherReadingsKeepTheirValues() throws {
    // "no other" praises (the negator does not flip an equative "as good": 2.0); a provider
    // after a verb or a preposition is no subject.
    try expectSum("No other bank is as good.", 2.0)
    try expectSum("It is good, unlike other banks.", 2.0)
    try expectSum("I have used other banks that were good.", 2.0)
    // Not a provider: people, a time, "other than".
    try expectSum("Other hotel guests were good.", 2.0)
    try expectSum("The other day it was good.", 2.0)
    try expectSum("Other than that it was good.", 2.0)
    // A new subject after a conjunction ends the other's clause (only "bad" turns).
    try expectSum("Other apps are bad and this one is good.", -2.0 * -0.74 + 2.0)
    // "another" + a noun is mostly the one reviewed ("Another company that doesn't care").
    try expectSum("Another bank that is bad.", -2.0)
    // Parity: the comparison finds no difference.
    try expectSum("Other banks are just as bad.", -2.0)
    try expectSum("Other banks are good as well.", 2.0)
    try expectSum("The old staff were good and so are the new ones.", 2.0)
    try expectSum("The old one was good, so I ordered another.", 2.0)
    // What was replaced, outside the past: no comparison.
    try expectSum("The old owners would be good.", 2.0)
  }

  @Test func theExplanationNamesTheSubject() throws {
    let scorer = SentimentScorer(model: model)
    let explanation = try #require(scorer.score(text: "Other banks are good.", explain: true).1)
    let good = try #require(explanation.contributions.first { $0.term == "good" })
    #expect(good.rules.contains(.otherProvider(subject: "other banks", factor: -0.74)))
  }
}

/// Rule 51 on the shipped lexicons: labels a coder would give (hand-judged).
struct OtherProvidersShippedTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func praiseOfCompetitorsComplains() {
    #expect(label("Other banks are much more helpful.") == .negative)
    #expect(label("Every other airline I've flown with was better.") == .negative)
    #expect(label("Their competitors are faster and cheaper.") == .negative)
    #expect(label("The other store was lovely, this one not so much.") == .negative)
    #expect(label("The other company was a nightmare.") != .negative)
    // The reviewed one praised against the others stays praise.
    #expect(label("Compared to other airlines, the seats are comfy.") == .positive)
    #expect(label("Other staff members were lovely.") == .positive)
    #expect(label("The old app was much better.") == .negative)
    #expect(label("The previous version was so much easier to use.") == .negative)
  }
}
