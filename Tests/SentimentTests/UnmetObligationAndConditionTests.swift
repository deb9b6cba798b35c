import Sentiment
import Testing
import Tokenization

/// Rules 27 and 28 (review r35): what should have happened and did not. Inline lexicon, sums worked
/// by hand; compound = s / √(s² + 15) (Hutto & Gilbert 2014).
struct UnmetObligationAndConditionTests {
  let model: SentimentModel
  let obligation = SentimentParameters().unmetObligationValence
  let condition = SentimentParameters().unmetConditionValence

  init() throws {
    model = try TestLexicons.model(valence: TestLexicons.valence + "\ncharged\t-1.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  // Rule 27: an obligation in the perfect, + a past participle, was not met.
  @Test func anObligationInThePerfectIsAComplaint() throws {
    try expectSum("Should have gone with a bigger agency", obligation)
    try expectSum("Someone ought to have checked the address", obligation)
    try expectSum("It should've been a two minute job", obligation)
    try expectSum("We should have at least been told", obligation)
    // The obligation's own negator does not flip the participle: "charged" keeps −1.0 (negated it
    // would be −1.0 × −0.74 = +0.74, and the complaint would read as praise).
    try expectSum("They should not have charged me twice", obligation - 1.0)
  }

  @Test func notAStandardMetRegretOrAQuestion() throws {
    // A standard that was met, regret at coming late, a question, a present obligation.
    try expectSum("Everything was as it should have been", 0)
    try expectSum("That is how it should have been done", 0)
    try expectSum("We should have switched to you years ago", 0)
    try expectSum("Should have done this years ago!", 0)
    try expectSum("Should I have called first?", 0)
    try expectSum("You should have a status page", 0)
    // The regret exception is the writer's: another subject's late action is a complaint.
    try expectSum("They should have switched it off years ago", obligation)
  }

  // Rule 28: a counterfactual condition in a sentence with no opinion says the condition failed.
  @Test func anUnmetConditionIsAComplaint() throws {
    try expectSum("The engineer would have finished today if the part had been in the van", condition)
    try expectSum("If I'd known the desk closes at 4 I'd have gone elsewhere", condition)
    try expectSum("Had someone told us, we would have budgeted for it", condition)
    try expectSum("It might have been a nine if the invoices matched", condition)
  }

  @Test func notAnAvertedOutcomeAChoiceOrAnotherOpinion() throws {
    // A negated condition held: the consequent was averted.
    try expectSum("If they hadn't called we would have missed it", 0)
    try expectSum("If they had not called we would have missed it", 0)
    // An obligation, a polite offer, "even if", no counterfactual consequent.
    try expectSum("If I had to choose, I would have picked the blue one", 0)
    try expectSum("Let me know if you'd have time", 0)
    try expectSum("Even if it had rained we would have gone", 0)
    try expectSum("If the part had been in the van, call me", 0)
    // Another opinion in the sentence: rule 6 negates the praise of the consequent instead
    // (good 2.0 × −0.74), and rule 28 adds nothing.
    try expectSum("It would have been good if the part had been in the van", 2.0 * -0.74)
  }
}
