import Sentiment
import Testing

/// The fifty-ninth session's blind review h59b (300 coded verbatims from twenty service sectors):
/// stock phrases of satisfaction read as sarcasm after a complaint (rule 4), doubted fixes, a
/// "Yeah" before ironic praise, and lexicon phrases for inaction and for words in another sense.
/// Sentences are our own, not the review's; labels hand-judged, each with the reason a coder would
/// give.
struct BlindReviews59Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func stockSatisfactionAfterAComplaintIsSarcasm() {
    // The writer comments on the fault just reported: the phrase means its opposite.
    #expect(label("Boiler broke down again on Sunday. Just what we needed.") == .negative)
    #expect(label("The lift is out of order again, just what I need with a pram.") == .negative)
    #expect(label("Wonderful, another rise in the service charge, exactly what we needed.") == .negative)
    // As a verdict of its own, or after good news, it is sincere.
    #expect(label("The new timetable app is just what I needed.") == .positive)
    #expect(label("Exactly what we wanted!") == .positive)
    #expect(label("Repair was done in a day. Just what we needed.") == .positive)
  }

  @Test func aDoubtedFixAfterAnExclamationIsIronic() {
    // A fix in scare quotes is the company's word, doubted: the praise before it is ironic.
    #expect(label("Brilliant, the garage 'repaired' the exhaust and it rattles worse than before.") == .negative)
    // "Yeah" before the exclamation is part of it.
    #expect(label("Yeah brilliant, the council 'resolved' my complaint by closing it.") == .negative)
    // Sincere praise before a real fix, and "yeah" before plain praise, stay praise.
    #expect(label("Brilliant, the garage repaired the exhaust the same day.") == .positive)
    #expect(label("Yeah lovely, everything arrived on time.") == .positive)
  }

  @Test func inactionAndOtherSensesAreReadAsMeant() {
    // Staff who did nothing about a problem; a strap that snapped; damp; an appointment kept late.
    #expect(label("Someone was smoking by the pool and the lifeguard didn't do anything.") == .negative)
    #expect(label("The strap snapped within a week.") == .negative)
    #expect(label("Bathroom smells of damp.") == .negative)
    #expect(label("Seen 50 minutes after my appointment time.") == .negative)
    // "killing time" is no violence but faint praise (−1.0): with an "ok" a lukewarm zero. A cover
    // "snapped on" is no breakage.
    #expect(label("The cover feels flimsy but once snapped on the case is solid.") == .positive)
    #expect(label("Fine for killing time on a train.") == .neutral)
  }

  @Test func anImperativeConditionGivesNoPraiseYet() {
    // Rule 50 with the condition as an imperative joined by "and": the praise waits for a change
    // the company has not made, as "if they fixed the app it would be great" does.
    #expect(label("Sort out the booking system and you'd be the best gym in town.") == .neutral)
    #expect(label("Hire more staff and I would recommend them to everyone.") == .neutral)
    // A fix asked for is a fault now (rule 41's wish for what should work).
    #expect(label("Fix the login page and it would be perfect.") == .negative)
    // Advice to the reader is not a condition on the company: the praise stands.
    #expect(label("Try the fish and you'd be amazed.") == .positive)
  }

  @Test func theExplanationNamesAnImperativeCondition() throws {
    let explanation = try #require(scorer.score(text: "Hire more staff and I would recommend them.", explain: true).1)
    let rules = explanation.contributions.flatMap(\.rules)
    #expect(rules.contains(.suggestion(frame: "… and would recommend")))
  }
}
