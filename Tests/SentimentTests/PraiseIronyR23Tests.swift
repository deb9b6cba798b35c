import Sentiment
import Testing
import Tokenization

/// Review r23: praise that is ironic without an emoji. On an inline lexicon with round valences,
/// each sum worked by hand from the rule's definition: ironic praise × `ironicPraiseScalar` (−0.5);
/// the clause before it must sum to at most `lonePraiseAfterComplaint` (−0.7); compound =
/// s / √(s² + 15) (Hutto & Gilbert 2014).
struct PraiseIronyR23Tests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\ngreat\t2.0\ncrashed\t-1.5\nslow\t-0.6\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  /// A last clause that is only an exclamation of praise, after a complaining clause, is ironic:
  /// −1.5 + 2.0 × −0.5. After a neutral clause, or a mild one above the threshold (−0.6 > −0.7),
  /// it is praise.
  @Test func aPraiseClauseAfterAComplaintIsIronic() throws {
    let ironic = parameters.ironicPraiseScalar
    try expectSum("The app crashed again, great.", -1.5 + 2.0 * ironic)
    try expectSum("Arrived on Tuesday, great.", 2.0)
    try expectSum("It was slow, great.", -0.6 + 2.0)
    // Praise with content is not an exclamation: "great staff" stays praise.
    try expectSum("The app crashed, great staff though", -1.5 + 2.0)
  }

  /// "Great, another …" expects more of what was not wanted, even when the rest names no fault;
  /// with praise in the rest ("another good one") it is sincere.
  @Test func greatAnotherIsIronic() throws {
    let ironic = parameters.ironicPraiseScalar
    try expectSum("Great, another update", 2.0 * ironic)
    try expectSum("Great, another good update", 2.0 + 2.0)
    try expectSum("Great, the update", 2.0)
  }

  /// "Love how …", "love being …", "love when …" opening a sentence whose rest names a fault and no
  /// praise is ironic (review r24): 2.0 × −0.5 − 1.5; with praise or no fault in the rest it is love.
  @Test func ironicLoveNeedsAFaultInTheRest() throws {
    let model = try TestLexicons.model(
      valence: TestLexicons.valence + "\nlove\t2.0\ncrashed\t-1.5\neasy\t1.0\n")
    let ironic = parameters.ironicPraiseScalar
    try TestLexicons.expectSum("I love how the app crashed", 2.0 * ironic - 1.5, model)
    try TestLexicons.expectSum("love when it crashed", 2.0 * ironic - 1.5, model)
    try TestLexicons.expectSum("love how easy it is", 2.0 + 1.0, model)
    try TestLexicons.expectSum("love how it looks", 2.0, model)
  }

  /// "Great looking", "great fitting": an adjective of praise before a participle of appearance is
  /// a compound adjective, not an ironic link (clothing field test 46): the fault after it counts
  /// beside the praise, 2.0 − 0.6. "Great having to wait" stays ironic: 2.0 × −0.5 − 0.6; and
  /// "love looking at" (a verb of loving) may still be.
  @Test func aCompoundAdjectiveOfPraiseIsNoIronicLink() throws {
    let model = try TestLexicons.model(
      valence: TestLexicons.valence + "\ngreat\t2.0\nlove\t2.0\nattitude\t-0.6\nwait\t-0.6\n")
    let ironic = parameters.ironicPraiseScalar
    try TestLexicons.expectSum("Great looking jacket with attitude", 2.0 - 0.6, model)
    try TestLexicons.expectSum("great fitting jeans with attitude", 2.0 - 0.6, model)
    try TestLexicons.expectSum("Great having to wait", 2.0 * ironic - 0.6, model)
    try TestLexicons.expectSum("love looking at the wait", 2.0 * ironic - 0.6, model)
  }
}
