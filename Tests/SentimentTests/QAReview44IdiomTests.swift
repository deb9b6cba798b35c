import Sentiment
import Testing

/// QA review 44: complaints and praise in plain words, positive words in a neutral sense, and the
/// reach of a closing "though", on the shipped model. Labels, not numbers; the sentences are
/// written for these tests (the review's own are not in the repository).
extension CustomerFeedbackIdiomTests {
  /// Failure and harm without an opinion word, and absence frames: no record, no option, unable to.
  @Test func failureInPlainWords() {
    expect(
      [
        "The clinic had no record of my referral.", "There is no option to pay by card.",
        "I was unable to get through on the phone line.", "The storm left us unable to cook for two days.",
        "My GP misdiagnosed the rash.", "Getting a parking permit is a lottery.",
        "It is not rocket science to send a reminder text.", "Brown water came out of the kitchen tap for a week.",
        "The whole process seems built to make you give up.",
      ], are: .negative)
    // "unable to" still negates an opinion word after it.
    expect(["We were unable to fault the service."], are: .positive)
  }

  /// Help asked for, a treatment staff recommended, "clear" as a verb and a benefit's name say
  /// nothing of the service.
  @Test func positiveWordsInANeutralSense() {
    expect(
      [
        "I asked for help with the upload form.", "The pharmacist recommended a different cream.",
        "The engineer recommended that we replace the boiler.", "Support asked me to clear my browser history.",
        "I am calling about my housing benefit.",
      ], are: .neutral)
    expect(["I asked for help three times.", "I asked for help three times and nobody answered."], are: .negative)
    expect(["I would recommend them to anyone.", "Highly recommended."], are: .positive)
  }

  /// Praise idioms: a reward deserved, care that meant everything, staff who really cared.
  @Test func praiseIdioms() {
    expect(
      [
        "The night porter deserves a medal.", "Your call centre team deserve a pay rise.",
        "Her kindness meant the world to my dad.", "The midwife really cared about us.",
      ], are: .positive)
    expect(["You deserve a complaint."], are: .negative)
  }

  /// A hedged lukewarm verdict is still lukewarm; a hedge on praise is still praise.
  @Test func hedgedLukewarmAnswers() {
    expect(["Pretty ok.", "Fairly average.", "The course was mostly fine."], are: .neutral)
    expect(["Mostly excellent."], are: .positive)
  }

  /// "I'd do it again" is the writer's intent to come back; "never again" a refusal.
  @Test func doingItAgainIsAReturnIntent() {
    expect(["Hard work, but I would do it again.", "I'd do the course again."], are: .positive)
    expect(["I would never do it again."], are: .negative)
  }

  /// A sentence-final "though" after a scored sentence concedes: the earlier sentence keeps its
  /// weight and the conceding sentence weighs less.
  @Test func closingThoughConcedesAgainstTheSentenceBefore() {
    expect(["The receptionist was rude and dismissive. The doctor was nice though."], are: .negative)
    expect(["Brilliant little hotel. A bit pricey though."], are: .positive)
    // Within one sentence "though" still turns the clauses as "but" does.
    expect(["The staff were lovely, the room was filthy though."], are: .negative)
  }
}
