import Sentiment
import Testing

/// Rule 51 for a former subject that the clause calls a person ("The previous owner was a lovely
/// man", "The old owners were lovely people"): the praise is of what the person is, not of the
/// service the reviewed one gave before, and keeps its value. A comparative still compares ("a
/// much nicer man"), as does a clause with "than"; a clause with no person noun ("The previous
/// owners were very good") compares as before. Sums worked by hand on the test lexicons (good
/// 2.0, bad −2.0, "very" +0.3) and "nicer" 1.8; the factor is VADER's N_SCALAR −0.74 (Hutto &
/// Gilbert 2014), the default `negationScalar`.
struct FormerPersonTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model(valence: TestLexicons.valence + "\nnicer\t1.8\n") }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func praiseOfThePersonKeepsItsValue() throws {
    try expectSum("The previous owner was a good man.", 2.0)
    try expectSum("The previous owners were very good people.", 2.3)
    try expectSum("The old manager was a good guy.", 2.0)
    try expectSum("The old owners were a good couple.", 2.0)
    // A provider left, called a person.
    try expectSum("My old dentist was a good man.", 2.0)
  }

  @Test func aComparisonStillCompares() throws {
    // A comparative in "-er": 1.8 × −0.74.
    try expectSum("The previous owner was a nicer man.", 1.8 * -0.74)
    // "than" names the comparison in the clause.
    try expectSum("The previous owner was a good man who cared more than the new one.", 2.0 * -0.74)
    // No person noun: the service compared, as before.
    try expectSum("The previous owners were very good.", 2.3 * -0.74)
    // Another provider is no former subject: its people's praise is the other's merit.
    try expectSum("Other banks have good people.", 2.0 * -0.74)
  }

  @Test func aFormerFaultStillCountsNothing() throws {
    try expectSum("The previous owner was a bad man.", 0)
  }
}

/// A former subject called a person, on the shipped lexicons: labels a coder would give
/// (hand-judged).
struct FormerPersonShippedTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func praiseOfAPersonStaysPraise() {
    #expect(label("The previous owner was a lovely man") == .positive)
    #expect(label("The previous owners were lovely people") == .positive)
    #expect(label("The previous owners were a lovely couple") == .positive)
    #expect(label("The previous manager was a really nice guy") == .positive)
  }

  @Test func aComparisonStaysAComplaint() {
    #expect(label("The previous owner was a much nicer man") == .negative)
    #expect(label("The previous owners were nicer people than the new ones") == .negative)
    #expect(label("The old owners were much friendlier") == .negative)
    #expect(label("The old staff were far more helpful") == .negative)
  }
}
