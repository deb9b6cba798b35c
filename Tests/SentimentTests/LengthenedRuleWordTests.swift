import Sentiment
import Testing

/// Lengthened words read shortened by the rules that test a word's spelling (`FeedbackRules.swift`,
/// after rule 48): "whyyy" opens a complaint question as "why" does (rule 10), "maaake" and
/// "pleeease" an imperative request as "make" and "please" do (rule 9). Inline test lexicons
/// (`TestLexicons`) with "easier" +1.5 added; default parameters: the complaint question's "why"
/// scores −1.0 (`complaintQuestionValence`), a wished-for comparative is negated × −0.74.
struct LengthenedRuleWordTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model(valence: TestLexicons.valence + "\neasier\t1.5\n") }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aLengthenedWhyOpensAComplaintQuestion() throws {
    // Rule 10: the "why" scores −1.0, written or lengthened ("whyyy" → "whyy", not a word → "why").
    try expectSum("Why is my bill so high", -1.0)
    try expectSum("Whyyy is my bill so high", -1.0)
    try expectSum("WHYYYYYY is my bill so high", -1.0)
  }

  @Test func aLengthenedMakeOrPleaseAsksForWhatIsMissing() throws {
    // Rule 9: "easier" (+1.5) asked for is negated: 1.5 × −0.74 = −1.11.
    try expectSum("Make the website easier to use", -1.11)
    try expectSum("Maaake the website easier to use", -1.11)
    // "pleeease" → "please", a word the test vocabulary need not hold (the rule's own list does).
    try expectSum("Pleeease make it easier", -1.11)
  }

  /// Only a run of three or more of one letter is lengthening: a double letter is a spelling
  /// ("whyy" is no word, and stays unknown), a lone letter lengthened is no rule's word, and a word
  /// with digits is no lengthening.
  @Test func doubleLettersAndOtherRunsAreLeftAlone() throws {
    try expectSum("Whyy is my bill so high", 0)
    try expectSum("Maake the website easier to use", 1.5)
    try expectSum("Whyyy2 is my bill so high", 0)
    // Real words with double letters keep their spelling: "good" (2.0) as written.
    try expectSum("Too good", 2.0)
  }

  @Test func theExplanationShowsTheWordAsWritten() throws {
    let scorer = SentimentScorer(model: model)
    let (_, explanation) = scorer.score(text: "Whyyy is my bill so high", explain: true)
    let entries = try #require(explanation).contributions
    #expect(entries.map(\.text) == ["Whyyy"])
    #expect(entries.map(\.contribution) == [-1.0])
  }
}
