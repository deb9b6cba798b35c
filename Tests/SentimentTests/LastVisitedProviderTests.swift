import Sentiment
import Testing

/// Rule 51 for "the last" + a provider the writer went to ("The last hotel we stayed at was much
/// nicer", "the last airline I flew with"): a provider left, whose praise is a complaint about the
/// one reviewed and whose faults count nothing. The relative clause of the writer in the past
/// says it was another provider; without it "the last hotel" may be the trip's last stop. Sums
/// worked by hand on the test lexicons (good 2.0, bad −2.0, "very" +0.3); the factor is VADER's
/// N_SCALAR −0.74 (Hutto & Gilbert 2014), the default `negationScalar`.
struct LastVisitedProviderTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func theLastProviderWeWentToIsCompared() throws {
    try expectSum("The last hotel we stayed at was good.", 2.0 * -0.74)
    try expectSum("The last restaurant I went to was very good.", 2.3 * -0.74)
    try expectSum("The last hotel we've been to was good.", 2.0 * -0.74)
    try expectSum("The last online retailer I used was good.", 2.0 * -0.74)
    // Still in business: the present compares too.
    try expectSum("The last airline we flew with is good.", 2.0 * -0.74)
  }

  @Test func itsFaultsCountNothing() throws {
    try expectSum("The last hotel we stayed at was bad.", 0)
    // The clause ends at the comma: the one reviewed keeps its praise.
    try expectSum("The last hotel we stayed at was bad, this one is good.", 2.0)
  }

  @Test func otherReadingsKeepTheirValues() throws {
    // No relative clause of the writer: a stop of the trip, a time, a night.
    try expectSum("The last hotel on the trip was good.", 2.0)
    try expectSum("The last hotel was good.", 2.0)
    try expectSum("The last time we stayed it was good.", 2.0)
    // A relative clause not in the past: a plan, not a provider left.
    try expectSum("The last hotel we visit will be good.", 2.0)
    // After a verb: no subject.
    try expectSum("We liked the last hotel we stayed at, it was good.", 2.0)
  }
}

/// "The last" + a provider gone to, on the shipped lexicons: labels a coder would give
/// (hand-judged).
struct LastVisitedProviderShippedTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func praiseOfTheLastProviderIsAComplaint() {
    #expect(label("The last hotel we stayed at was much nicer") == .negative)
    #expect(label("The last hotel we stayed in was lovely") == .negative)
    #expect(label("The last restaurant we went to was far better") == .negative)
    #expect(label("The last airline I flew with was far better") == .negative)
    #expect(label("The last app I used was much easier") == .negative)
  }

  @Test func nearMissesKeepTheirLabels() {
    #expect(label("The last hotel on our tour was much nicer") == .positive)
    #expect(label("The last night was much nicer") == .positive)
    #expect(label("The last hotel we stayed at was awful, this one is great") == .positive)
    #expect(label("The last update was great.") == .positive)
  }
}
