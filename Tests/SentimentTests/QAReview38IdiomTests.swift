import Sentiment
import Testing

/// QA review 38: complaints and praise of customer feedback that the shipped model missed, on the
/// shipped model (embedded lexicons). As in the rest of `CustomerFeedbackIdiomTests`, the
/// expectations are labels and orderings, not numbers; the sentences are written for these tests
/// (the review's own are not in the repository).
extension CustomerFeedbackIdiomTests {
  /// "nobody"/"no one" with no opinion word after it to negate is a complaint that nobody acted;
  /// before one it negates it as before, and praise idioms that open with it stay praise.
  @Test func aNegatorSubjectWithNothingToNegate() {
    expect(
      [
        "No one in billing returns emails.", "Nobody on the phone could tell me anything.",
        "Nobody at the branch knew where my card was.", "No one in the shop could answer my question.",
        "Nobody from the council has responded.", "Nobody warned me about the roaming charges.",
        "The driver didn't warn us about the delay.",
      ], are: .negative)
    expect(["Nobody was rude to us.", "No one else comes close.", "Nobody can beat their prices."], are: .positive)
  }

  /// Ironic thanks, help that came despite the company, plans to leave and regret.
  @Test func ironyLeavingAndRegret() {
    expect(
      [
        "Cheers for nothing, again.", "Sorted in the end, no thanks to the helpline.", "Wish I'd never signed up.",
        "I'm switching provider.", "Going back to my old provider next month.",
      ], are: .negative)
    expect(["Should have switched sooner!", "Wish I had done it sooner."], are: .positive)
  }

  /// A thing that never works; a return taken back "no questions asked" is praise, so the
  /// "Amazing." after it is no irony.
  @Test func neverWorksAndNoQuestionsAsked() {
    #expect(score("The ticket machines never work.").label == .negative)
    let returned = "Brought back a broken kettle and they replaced it, no questions asked. Brilliant."
    #expect(score(returned).label == .positive)
  }

  /// Names and measures are no verdicts: a fraud adviser's role, "two days solid", "my order
  /// again" (a repeated problem, not the wish to order again).
  @Test func namesAndMeasures() {
    #expect(score("The fraud adviser was calm and reassuring.").label == .positive)
    #expect(score("Half the shopping was missing from my order again.").label == .negative)
    #expect(score("The phone line was engaged for two days solid.").compound <= 0)
  }

  /// The base form "do what it says on the tin" lets negation reach the praise; the positive form
  /// is praise as before.
  @Test func negatedTinIdiom() {
    #expect(score("The router doesn't do what it says on the tin.").label == .negative)
    #expect(score("Does what it says on the tin.").label == .positive)
  }

  /// "when it works" takes from the praise it follows; plan tiers and browser chores are names.
  @Test func conditionalPraiseAndNames() {
    #expect(score("The app is great when it works.").compound < score("The app is great.").compound)
    #expect(score("It's fine when it actually works, which is rarely.").label == .negative)
    expect(["We pay for premium support.", "They told me to clear my cache."], are: .neutral)
  }
}
