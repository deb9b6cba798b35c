import Sentiment
import Testing

/// Rule 38 of `FeedbackRules.swift` (QA review 27): a sentence that opens with a currency sign, an
/// amount and "for", "to" or "just", with no other opinion, scores `priceQuoteValence` (−1.2) on
/// the amount. On the inline test lexicon only "good" (+2.0) has a valence among these words.
struct PriceQuoteRuleTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aPriceQuotedAloneIsAComplaint() throws {
    try expectSum("£9 for popcorn.", parameters.priceQuoteValence)
    try expectSum("€75 just to walk through the door", parameters.priceQuoteValence)
    try expectSum("$35 to take a small suitcase", parameters.priceQuoteValence)
    // ICU reads each of these as one sentence (no capital after the stop); each stretch that
    // opens with a quote counts.
    try expectSum("£9 for popcorn. £6 for a drink.", 2 * parameters.priceQuoteValence)
    try expectSum("The film was long. £9 for popcorn.", parameters.priceQuoteValence)
  }

  /// An opinion in the sentence, a price inside the sentence, no link word, or a sign without an
  /// amount: the rule stays out.
  @Test func otherPricesAreLeftAlone() throws {
    try expectSum("£9 for a good pizza", 2.0)
    try expectSum("Paid £20 for delivery", 0)
    try expectSum("£5 off with the code", 0)
    try expectSum("£ for popcorn", 0)
    // A negator in the stretch: the rule stays out and "not bad" is read as usual (−2.0 × −0.4).
    try expectSum("£9 for popcorn is not bad", -2.0 * parameters.negatedNegativeScalar)
  }

  /// F19: a leading mention does not stop rule 38 (a quoted price as the whole complaint, −1.2).
  @Test func aMentionBeforeAQuotedPrice() throws {
    try expectSum("£9 for popcorn.", parameters.priceQuoteValence)
    try expectSum("@Odeon £9 for popcorn.", parameters.priceQuoteValence)
    try expectSum("@Odeon @cinema $75 just to walk through the door", parameters.priceQuoteValence)
    // Near miss: a price inside a sentence is left alone.
    try expectSum("@Odeon paid £9 for popcorn.", 0)
  }
}
