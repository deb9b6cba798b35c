import Sentiment
import Testing

/// "Nothing like" the thing that was sold: a mismatch complaint whatever the reference is called
/// (lexicon section 30, forty-seventh session). The texts are invented. Before these entries
/// "nothing like what I ordered" and "nothing like as shown on the website" scored 0 (neutral),
/// while "nothing like the picture" scored negative.
struct MismatchPhraseTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  @Test(arguments: [
    "It was nothing like what I ordered.",
    "The colour was nothing like as shown on the website.",
    "The product is nothing like its description.",
    "Nothing like the listing at all.",
    "They looked nothing like the photos.",
    "The sauce tastes nothing like the one I used to buy.",
  ])
  func aMismatchWithWhatWasSoldIsAComplaint(text: String) {
    #expect(label(text) == .negative)
  }

  /// The new references weigh as the older "nothing like the picture" does: the same value.
  @Test func theReferencesWeighAlike() {
    #expect(compound("nothing like what I ordered") == compound("nothing like the picture"))
    #expect(compound("looked nothing like it") == compound("looks nothing like it"))
  }

  /// Praise built on "nothing like" is not among the entries.
  @Test func praiseWithNothingLikeIsNotAComplaint() {
    #expect(label("There is nothing like a hot bath after a long shift.") != .negative)
  }
}
