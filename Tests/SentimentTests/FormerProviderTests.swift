import Sentiment
import Testing

/// Rule 51 for a provider the writer has left ("my previous insurer", "my old bank", "the last
/// company I used"): its praise is a complaint about the one reviewed, in any tense; its faults
/// count nothing. Sums worked by hand on the test lexicons (good 2.0, bad −2.0, "very" +0.3); the
/// factor is VADER's N_SCALAR −0.74 (Hutto & Gilbert 2014), the default `negationScalar`.
struct FormerProviderTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aFormerProvidersPraiseIsAComplaint() throws {
    try expectSum("My previous insurer was good.", 2.0 * -0.74)
    try expectSum("My old bank was very good.", 2.3 * -0.74)
    try expectSum("The last company I used was good.", 2.0 * -0.74)
    try expectSum("My old energy supplier was good.", 2.0 * -0.74)
    // Still in business: the present compares too.
    try expectSum("My previous insurer is good.", 2.0 * -0.74)
  }

  @Test func aFormerProvidersFaultCountsNothing() throws {
    try expectSum("My old bank was bad.", 0)
    try expectSum("My old bank was bad, this one is good.", 2.0)
  }

  @Test func otherReadingsKeepTheirValues() throws {
    // The reviewed one's latest, its age, its staff, a time, an account.
    try expectSum("The last update was good.", 2.0)
    try expectSum("The last service I had was good.", 2.0)
    try expectSum("The old hotel was good.", 2.0)
    try expectSum("The old bank building was good.", 2.0)
    // "The Old Bank" is also a name: "old" + a provider needs a possessive before it.
    try expectSum("The old bank was good.", 2.0)
    try expectSum("Last bank holiday was good.", 2.0)
    try expectSum("The previous agent was good.", 2.0)
    // After a verb: no subject. Parity: "so is".
    try expectSum("I left my old bank because it was bad.", -2.0)
    try expectSum("My old bank was good and so is the new one.", 2.0)
  }

  @Test func theExplanationNamesTheSubject() throws {
    let scorer = SentimentScorer(model: model)
    let explanation = try #require(scorer.score(text: "My previous insurer was good.", explain: true).1)
    let good = try #require(explanation.contributions.first { $0.term == "good" })
    #expect(good.rules.contains(.otherProvider(subject: "previous insurer", factor: -0.74)))
  }
}

/// Rule 51's former providers on the shipped lexicons: labels a coder would give (hand-judged).
struct FormerProviderShippedTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func aFormerProviderWithAComparativeIsAComplaint() {
    #expect(label("My previous insurer was more helpful") == .negative)
    #expect(label("My old bank was far better") == .negative)
    #expect(label("The last company I used was much quicker") == .negative)
    #expect(label("My old energy supplier was much more helpful, to be honest.") == .negative)
    #expect(
      label("The last bank I was with answered the phone in minutes and was far more helpful.") == .negative)
  }

  @Test func nearMissesKeepTheirLabels() {
    #expect(label("The last update was great.") == .positive)
    #expect(label("The old hotel was lovely and full of character.") == .positive)
    #expect(label("Last bank holiday weekend was great.") == .positive)
    #expect(label("The previous agent I spoke to was lovely.") == .positive)
    #expect(label("At last a company that is helpful.") == .positive)
    #expect(label("My last dentist appointment was painless.") == .positive)
  }
}
