import Sentiment
import Testing

/// Rule 46: a bare "help" that the writer asks for — in a sentence with a question or a request
/// word, or opening its sentence — counts nothing; help given keeps its value. Sums by hand on the
/// test lexicon (good 2.0, bad −2.0, not a negator) plus the entries below; compound =
/// s / √(s² + 15).
struct RequestedHelpTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\nhelp\t0.9\nhelpful\t2.0\nplease help\t-0.8\ngreat\t2.5\nthanks\t1.7\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  /// Airline review 45: "@united 6 minutes to boarding at b12. No sign of gate agent. A little
  /// help?" and "Pls help!" were positive on "help" alone.
  @Test func helpInAQuestionOrRequestCountsNothing() throws {
    try expectSum("can you help me change my flight?", 0)
    try expectSum("no sign of the gate agent. a little help?", 0)
    try expectSum("pls help me win my bid upgrade", 0)
    // The request word or the question mark may stand anywhere in the sentence.
    try expectSum("help me find a seat please", 0)
    let explanation = try #require(
      SentimentScorer(model: model).score(text: "pls help me", explain: true).1)
    #expect(explanation.contributions.first?.rules == [.requestedHelp])
  }

  /// A "help" that opens its sentence is a plea or an imperative; the rest of the text counts.
  @Test func helpOpeningItsSentenceCountsNothing() throws {
    try expectSum("Help! bad service at the desk", -2.0)
    try expectSum("@united help, left my headphones on the plane", 0)
    try expectSum("Help me find a flight to Denver", 0)
    // Not a plea: another word follows the opening "help" (a campaign call, a name).
    try expectSum("Help launch the great campaign", 0.9 + 2.5)
  }

  /// Help given, other forms, a lexicon phrase and help changed by another rule keep their values.
  @Test func helpGivenKeepsItsValue() throws {
    try expectSum("the agent was a great help", 2.5 + 0.9)
    try expectSum("thanks for your help", 1.7 + 0.9)
    try expectSum("the agent was helpful, please call her", 2.0)
    try expectSum("please help", -0.8)
    // Negated: "not" flips the term before the rule sees it (0.9 × −0.74).
    try expectSum("please note it did not help", 0.9 * SentimentParameters().negationScalar)
  }
}
