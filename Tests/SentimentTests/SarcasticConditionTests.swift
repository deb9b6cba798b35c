import Sentiment
import Testing

/// Rule 53: praise before "if you like/enjoy/love/want/fancy" + a harm is sarcasm. Sums worked by
/// hand on a small lexicon (great 3.1, enjoy 2.2, ignored −2.0, spicy 0.0 left out); the ironic
/// factor is the default `ironicPraiseScalar`, read from `SentimentParameters()` so the test states
/// the rule, not the parameter's value.
struct SarcasticConditionTests {
  let model: SentimentModel
  let irony = SentimentParameters().ironicPraiseScalar

  init() throws {
    model = try TestLexicons.model(valence: "great\t3.1\nenjoy\t2.2\nignored\t-2.0\nnoise\t-1.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func praiseForThoseWhoLikeAHarmIsIronic() throws {
    // The praise × the ironic factor, the liking verb 0, the harm −2.0.
    try expectSum("Great service, if you like being ignored.", 3.1 * irony - 2.0)
    try expectSum("Great if you enjoy being ignored.", 3.1 * irony - 2.0)
    try expectSum("Great place if you love getting ignored", 3.1 * irony - 2.0)
  }

  @Test func sincereConditionsKeepThePraise() throws {
    // No harm named; a harm avoided; a negated liking verb; no praise before the "if".
    try expectSum("Great if you like spicy food.", 3.1)
    try expectSum("Great if you enjoy cooking.", 3.1 + 2.2)
    try expectSum("Great if you want to avoid the noise.", 3.1 - 1.0)
    try expectSum("If you like being ignored, go there.", -2.0)
    // A taste, not an experience; a harm wanted gone; "want".
    try expectSum("Great if you love ignored classics.", 3.1 - 2.0)
    try expectSum("Great if you enjoy tracking ignored tasks.", 3.1 + 2.2 - 2.0)
    try expectSum("Great if you want to be ignored.", 3.1 - 2.0)
  }
}
