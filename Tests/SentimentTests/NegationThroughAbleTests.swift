import Sentiment
import Testing

/// "was able to" stands for "could": a negator before it reaches the verb after it as it reaches
/// the verb after "could" (fiftieth session: "No one was able to help" read as praise, because
/// "help" stood four words from "no one", one past the negation scope of three). Inline test
/// lexicon (`TestLexicons`, negators "no one", "never", "not") plus "help" +0.9; a negated term is
/// × −0.74 (`SentimentParameters.negationScalar`), so −0.666; compounds are s / √(s² + 15). The
/// sentences were written for this test.
struct NegationThroughAbleTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(valence: TestLexicons.valence + "\nhelp\t0.9\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aNegatorReachesOverAbleAsOverCould() throws {
    try expectSum("No one could help", 0.9 * -0.74)
    try expectSum("No one was able to help", 0.9 * -0.74)
    try expectSum("They were not able to help", 0.9 * -0.74)
  }

  @Test func ableWithoutANegatorIsNoNegation() throws {
    try expectSum("She was able to help", 0.9)
  }

  @Test func theReachStillEndsAfterThreeOtherWords() throws {
    // "no one" … "help" with three counted words between ("was", "to", "quickly") is out of reach.
    try expectSum("No one was able to quickly help", 0.9)
  }
}
