import Sentiment
import Testing

/// The fifty-fifth session's field test on patients' comments (helper h55e): a wish that its
/// subject denies (rules 6 and 9), a comparative alone asked about a negative aspect (rule 52), an
/// improvement asked for with a modal, support that "was there" for the writer, gratitude said as a
/// double negative, and "nothing" given as the answer to "what could we improve?". Sentences are
/// our own; labels hand-judged, each with the reason a coder would give.
struct PatientFeedback55Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func aWishDeniedByItsSubjectIsPraise() {
    // "Nothing" or "no one" as the subject says nothing was missing: the top mark, not a wish.
    #expect(label("Nothing could have been done better.") == .positive)
    #expect(label("Honestly nothing could be done better by the clinic.") == .positive)
    #expect(label("No one could have done better than the two paramedics.") == .positive)
    #expect(label("Nobody could be more helpful than the receptionist.") == .positive)
    #expect(label("Nothing else could have been done better for my dad.") == .positive)
    // With a real subject the wish stands: the writer wanted more than they got.
    #expect(label("The nurse could have done better.") == .negative)
    #expect(label("The ward could be cleaner.") == .negative)
    #expect(label("Reception staff could have been more helpful.") == .negative)
  }

  @Test func anImprovementAskedForIsAFault() {
    // A modal before "improved" names something that is not good enough yet.
    #expect(label("The booking system could be improved.") == .negative)
    #expect(label("Parking at the clinic can be improved.") == .negative)
    #expect(label("Communication between the teams needs to be improved.") == .negative)
    #expect(label("The waiting area could do with improving.") == .negative)
    // Denied, it is praise; stated as a change that happened, it stays praise.
    #expect(label("Nothing could be improved, it was perfect.") == .positive)
    #expect(label("The service has improved a lot this year.") == .positive)
  }

  @Test func supportThatWasThere() {
    // "There for me" is support given when it was needed.
    #expect(label("The community nurses were there for us every step of the way.") == .positive)
    #expect(label("My key worker has always been there for me.") == .positive)
    #expect(label("She was always there for my mum when she needed someone.") == .positive)
  }

  @Test func nothingAsTheAnswerThenAVerdict() {
    // "Nothing" answers the question asked; the verdict after it is the writer's own.
    #expect(label("Nothing all good") == .positive)
    #expect(label("Nothing, all good.") == .positive)
    // A negated verdict stays a complaint.
    #expect(label("Not all good, the driver was late.") == .negative)
  }

  @Test func aComparativeAskedAboutANegativeAspect() {
    // Rule 52: the comparative asks for what is missing; the aspect's own mild fault is the score.
    #expect(label("Quicker response time") == .negative)
    #expect(label("Faster response time please") == .negative)
    // A comparative alone is still no verdict, and a second positive term is still an opinion.
    #expect(label("Better communication.") == .neutral)
    #expect(label("Faster delivery, no problems.") == .positive)
  }

  @Test func gratitudeAsADoubleNegative() {
    // Help the writer could not have done without is help that mattered.
    #expect(label("I couldn't have done it without the physio team.") == .positive)
    #expect(label("We could not have coped without the district nurses.") == .positive)
    #expect(label("I don't know what I would have done without them.") == .positive)
    #expect(label("It wouldn't have been possible without the support of the ward staff.") == .positive)
    // "without" alone still takes away what follows it.
    #expect(label("Discharged without any help or advice.") == .negative)
  }

  @Test func patientsComplaintsTheLexiconDidNotKnow() {
    // Not being believed, a trolley for a bed, an early discharge and no pain relief are complaints
    // about care.
    #expect(label("The GP didn't believe me about the headaches.") == .negative)
    #expect(label("The crew did not believe the pain my son was in.") == .negative)
    #expect(label("My nan was left on a trolley for nine hours.") == .negative)
    #expect(label("I think he was discharged too early.") == .negative)
    #expect(label("Sent home with no pain relief at all.") == .negative)
    // Staff worked off their feet is a complaint about staffing; kindness said after it still wins.
    #expect(label("The nurses are run off their feet.") == .negative)
    #expect(label("The ward is overstretched at night.") == .negative)
    #expect(label("The nurses were run off their feet but so kind to my dad.") == .positive)
    // "Believe me" as a discourse marker is no verdict of its own.
    #expect(label("Believe me, the nurses were wonderful.") == .positive)
  }
}
