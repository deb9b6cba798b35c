import Sentiment
import Testing

/// Rule 50 for a recommendation, a return or a rating on a condition (review h55b: "would
/// recommend if the price was lower" read as praise): the modal, or a phrase of praise that opens
/// with it, frames a suggestion, so the recommendation counts nothing and a wish for what should
/// already work is the complaint (rule 41, `unmetWishValence` −1.5). Sums worked by hand on the
/// test lexicons (good 2.0, bad −2.0, "very" +0.3) plus "would recommend" 2.3, "recommend" 2.0 and
/// "5 stars" 3.0 below.
struct ConditionalRecommendationTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\nwould recommend\t2.3\nrecommend\t2.0\n5 stars\t3.0\nhappily\t2.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aRecommendationOnAConditionIsNotGivenYet() throws {
    try expectSum("Would recommend if the price was lower.", 0)
    try expectSum("I would recommend them if they were cheaper.", 0)
    try expectSum("I would happily recommend them if they were cheaper.", 0)  // the adverb is framed too
    try expectSum("Would give 5 stars if delivery was quicker.", 0)  // a rating: "give" before the term
    try expectSum("If they were cheaper I would recommend them.", 0)  // the condition first
  }

  @Test func aWishForWhatShouldWorkIsTheComplaint() throws {
    let unmet = SentimentParameters().unmetWishValence
    try expectSum("Would give 5 stars if the app worked.", unmet)
    try expectSum("Would recommend if they fixed the app.", unmet)  // a fix wished for (rule 41)
  }

  @Test func otherRecommendationsStand() throws {
    try expectSum("Would recommend to anyone.", 2.3)  // no condition
    try expectSum("Would recommend if you need a quick fix.", 2.3)  // the reader's situation
    try expectSum("Would recommend, even if it is a bit far.", 2.3)  // a concession
    try expectSum("I would recommend them to anyone, if asked.", 2.3)  // the comma ends the clause first
    try expectSum("They recommend it if the price is lower.", 2.0)  // no modal: not the writer's verdict
  }
}
