import Sentiment
import Testing

/// Rule 53 with the audience named: praise "for those/anyone/people who like" a harm is sarcasm, as
/// "if you like" one is. Sums worked by hand on a small lexicon (great 3.1, "ideal for" 1.8, enjoy
/// and enjoys 2.2, ignored −2.0, noise −1.0); the ironic factor is the default
/// `ironicPraiseScalar`, read from `SentimentParameters()` so the test states the rule, not the
/// parameter's value.
struct SarcasticAudienceTests {
  let model: SentimentModel
  let irony = SentimentParameters().ironicPraiseScalar

  init() throws {
    model = try TestLexicons.model(
      valence: "great\t3.1\nideal for\t1.8\nenjoy\t2.2\nenjoys\t2.2\nignored\t-2.0\nnoise\t-1.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func praiseForAnAudienceThatLikesAHarmIsIronic() throws {
    // The praise × the ironic factor, the liking verb 0, the harm −2.0.
    try expectSum("Great for those who enjoy being ignored.", 3.1 * irony - 2.0)
    try expectSum("Great service for anyone who enjoys getting ignored", 3.1 * irony - 2.0)
    try expectSum("Great, recommended to people who enjoy being ignored.", 3.1 * irony - 2.0)
    // The phrase "ideal for" holds the audience's "for": it is the praise.
    try expectSum("Ideal for anyone who enjoys being ignored.", 1.8 * irony - 2.0)
  }

  @Test func sincereAudiencesKeepThePraise() throws {
    // No harm named; a taste rather than an experience; a harm avoided; another verb.
    try expectSum("Great for those who enjoy cooking.", 3.1 + 2.2)
    try expectSum("Great for anyone who enjoys ignored classics.", 3.1 + 2.2 - 2.0)
    try expectSum("Great for those who enjoy avoiding the noise.", 3.1 + 2.2 - 1.0)
    try expectSum("Great for those who want to avoid the noise.", 3.1 - 1.0)
    // No praise before the audience.
    try expectSum("For those who enjoy being ignored, go there.", 2.2 - 2.0)
    // No relative pronoun: "for those" is no audience of a liking verb.
    try expectSum("Great for those enjoying being ignored.", 3.1 - 2.0)
  }
}

/// Rule 53's named audience on the shipped lexicons: labels a coder would give (hand-judged).
struct SarcasticAudienceShippedTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func sarcasticAudiencesAreComplaints() {
    #expect(label("Great for those who enjoy being ignored") == .negative)
    #expect(label("Ideal for anyone who loves being overcharged") == .negative)
    #expect(label("Perfect if you like waiting on hold") == .negative)
    #expect(label("Highly recommended to people who like waiting on hold for an hour.") == .negative)
    #expect(label("Brilliant bank for anyone who enjoys being lied to and overcharged!") == .negative)
  }

  @Test func sincereAudiencesStayPraise() {
    #expect(label("Great for people who love hiking.") == .positive)
    #expect(label("Perfect for anyone who enjoys spicy food.") == .positive)
    #expect(label("A lovely spot for people who enjoy walking along the beach.") == .positive)
    #expect(label("Ideal for those who like avoiding the crowds.") == .positive)
  }
}
