import Sentiment
import Testing
import Tokenization

/// Lengthened words ("goooood", "sooo", "noooo"): looked up again with runs of three or more
/// identical characters cut to two, then one, and emphasised by one booster increment (0.293,
/// VADER `B_INCR`; lengthening as emphasis: Brody & Diakopoulos 2011). Inline test lexicons
/// (good 2, bad −2, very +0.3, not/no negators); compound = s / √(s² + 15).
struct LengthenedWordTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func runsCutToTwoThenToOne() throws {
    // "goooood" → "good" (runs to two); "baaaad" → "baad" (absent) → "bad" (runs to one).
    try expectSum("goooood", 2.0 + 0.293)
    try expectSum("The food was baaaad", -2.0 - 0.293)
    // A double letter as written is not lengthening: "baad" is simply unknown.
    try expectSum("baad", 0)
  }

  @Test func lengthenedModifiersKeepTheirRole() throws {
    // "veeery good": the booster "very" (+0.3); "nooot good": the negator "not" (2.3 × −0.74 for
    // "not very good" style negation of a positive word: 2 × −0.74).
    try expectSum("veeery good", 2.3)
    try expectSum("nooot good", 2.0 * -0.74)
  }

  @Test func emphasisAddsToCapitalsAndNegation() throws {
    // Capitals and lengthening both add: 2 + 0.733 + 0.293; then negation × −0.74.
    try expectSum("the food was GOOOOD", 2.0 + 0.733 + 0.293)
    try expectSum("not goooood", (2.0 + 0.293) * -0.74)
  }

  @Test func nonASCIILettersShortenToo() throws {
    // Two-byte scalars (Cyrillic о, U+043E) in a text that is not ASCII.
    let cyrillic = try TestLexicons.model(valence: TestLexicons.valence + "\nхорошо\t2.0\n")
    let value = try TestLexicons.score("очень хорооооошо", cyrillic).compound
    #expect(abs(value - TestLexicons.compound(2.293)) < 1e-9)
    // An ASCII run in a text that is not ASCII.
    try expectSum("café goooood", 2.293)
  }

  @Test func wordsWithoutARunAreUntouched() throws {
    // Runs of punctuation, digits or emoticon characters are not lengthened words.
    try expectSum("good!!!", 2.0 + 3 * 0.292)
    try expectSum("good 1000", 2.0)
    try expectSum("zzzz", 0)
  }

  @Test func explanationNamesTheRule() throws {
    let tokenizer = try Tokenizer()
    let scorer = SentimentScorer(model: model)
    let (_, explanation) = scorer.score(try tokenizer.tokenize("sooo goooood"), explain: true)
    let contributions = try #require(explanation).contributions
    #expect(contributions.count == 1)
    #expect(contributions.first?.text == "goooood")
    #expect(contributions.first?.term == "good")
    #expect(contributions.first?.rules == [.lengthened(amount: 0.293)])
  }
}
