import Sentiment
import Testing

/// QA review 39: wording the shipped model got wrong, on the shipped model (embedded lexicons).
/// Labels and orderings, not numbers; the sentences are written for these tests (the review's own
/// are not in the repository).
extension CustomerFeedbackIdiomTests {
  /// "least" before an opinion word reverses it, as "less" does (VADER's own rule does the same for
  /// its profile, Hutto & Gilbert 2014): "the least helpful" is a complaint. Its concessions ("at
  /// least", "at the very least") negate nothing, and "not the least bit" negates once.
  @Test func leastReversesTheWordAfterIt() {
    expect(
      [
        "The least helpful staff I have dealt with.", "My least favourite airline.",
        "The agent was not the least bit helpful.", "They were not in the least helpful.",
      ], are: .negative)
    expect(
      [
        "The least stressful move we have ever had.", "At least the staff were helpful.",
        "At the very least they were friendly.",
      ], are: .positive)
  }

  /// Praise whose words are neutral or negative one by one: relief from a worry, work done right
  /// every time, a product as described, nothing to change.
  @Test func praiseIdiomsWithoutPraiseWords() {
    expect(
      [
        "They took the worry out of the whole thing.", "Takes the hassle out of paying bills.",
        "They get it right every time.", "Did what it said on the tin.", "There's nothing I would change.",
        "I wouldn't change a thing.",
      ], are: .positive)
  }

  /// "though" closing its clause is the adverb ("however"): its clause weighs more, as after "but"
  /// (Hutto & Gilbert 2014 weigh the clause after "but" by 1.5 and the one before by 0.5). Opening
  /// a clause it still subordinates it.
  @Test func aClosingThoughWeighsItsOwnClause() {
    expect(
      [
        "The staff were lovely, the room was dirty though.", "Great app, crashes a lot though",
        "Friendly driver. Parcel was soaked though and the box was crushed.",
      ], are: .negative)
    expect(
      [
        "A bit pricey, worth it though.", "Though the room was small, the staff were lovely.",
        "The room was small though the staff were lovely.",
      ], are: .positive)
  }

  /// "otherwise" after a comma or "but" opens the clause that counts, as "but" does; inside a
  /// clause it is the counterfactual's adverb and splits nothing.
  @Test func otherwiseOpensTheClauseThatCounts() {
    expect(
      [
        "Only complaint is the app logs me out every few days, otherwise brilliant bank.",
        "Delivery was slow, otherwise great service.",
      ], are: .positive)
    #expect(score("I would otherwise have given 5 stars but the delivery was late.").label == .negative)
  }

  /// Sentences typed without a space after the full stop are split before short openers too ("It",
  /// "I"), so a negator does not reach into the next sentence.
  @Test func runOnSentencesWithShortOpeners() {
    #expect(score("It was not good.It broke in a day.").label == .negative)
    #expect(score("Nothing wrong.I loved it").label == .positive)
  }
}
