import Sentiment
import Testing
import Tokenization

/// The customer-feedback rules of the default profile (`FeedbackRules.swift`) on the inline test
/// lexicons plus a few words for these rules (happier 2.5, recommend 2.0, "can't stand" −2.5,
/// 👏 +2.0, 🙄 −1.0). Each expected sum is worked by hand from the rule's definition and the constants of
/// `SentimentParameters` (negation × −0.74, contrast × 0.5 / × 1.5, ironic praise × −0.5, "!" +0.292,
/// repeated action −1.5); compound = s / √(s² + 15) (Hutto & Gilbert 2014).
struct FeedbackRulesTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nhappier\t2.5\nrecommend\t2.0\ncan't stand\t-2.5\n\u{1F44F}\t2.0\n\u{1F644}\t-1.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func standAloneNegatorDoesNotReachANewClause() throws {
    // "Nothing it was good" answers "what could we do better?": "it" opens a new clause.
    try expectSum("Nothing it was good", 2.0)
    try expectSum("Nothing, it was good", 2.0)
    // Without a new clause "nothing" negates as before: 2 × −0.74.
    try expectSum("nothing was good", 2.0 * -0.74)
    // A verb negator still negates its complement clause.
    try expectSum("doesn't mean it's good", 2.0 * -0.74)
  }

  @Test func pictographsAreNotNegated() throws {
    // The emoticon is the writer's reaction, not part of the negated phrase.
    try expectSum("not :)", 1.5)
    try expectSum("not good :)", 2.0 * -0.74 + 1.5)
  }

  @Test func negatedComparativeAfterCopulaIsASuperlative() throws {
    // "couldnt" (no apostrophe) + "be" + comparative: not negated.
    try expectSum("couldnt be happier", 2.5)
    try expectSum("never been happier", 2.5)
    // No copula: an ordinary negation, 2.5 × −0.74.
    try expectSum("not happier", 2.5 * -0.74)
  }

  @Test func cannotEnoughIsPraise() throws {
    try expectSum("can't recommend them enough", 2.0)
    try expectSum("cannot say enough good things", 2.0)
    // Without "enough" the modal negator negates: 2 × −0.74.
    try expectSum("can't recommend them", 2.0 * -0.74)
    // A negative phrase opening with the modal negator is reversed by "enough": −2.5 → +2.5.
    try expectSum("can't stand them enough", 2.5)
    try expectSum("can't stand them", -2.5)
  }

  @Test func repeatedActionIsAComplaint() throws {
    try expectSum("it keeps logging me out", -1.5)
    try expectSum("the app kept freezing", -1.5)
    // "keeps getting good": a positive term follows, so only "good" counts.
    try expectSum("it keeps getting good", 2.0)
    try expectSum("it keeps going", 0)
    // Imperatives and plans with "keep" are not complaints.
    try expectSum("keep trying", 0)
    // With contrast: 2 × 0.5 + (−1.5) × 1.5.
    try expectSum("good but keeps logging me out", 2.0 * 0.5 - 1.5 * 1.5)
    // An imperative "stop" + "-ing" opening the sentence asks to end a practice (review r24);
    // "stop" inside a sentence reports, it does not ask.
    try expectSum("Stop closing branches", -1.5)
    try expectSum("please stop changing the app", -1.5)
    try expectSum("I had to stop using it", 0)
    // "you/they keep" + "-ing" is the company's repeated act (review r26); "I keep", "we keep" the
    // writer's own habit, and "Keep improving" an imperative.
    try expectSum("you keep raising the price", -1.5)
    try expectSum("they keep on cancelling", -1.5)
    try expectSum("I keep using it", 0)
    try expectSum("we keep ordering", 0)
    // Only a verb of the company's repeated faults: "they keep adding new features" is news, not a
    // complaint (review of this session's diff).
    try expectSum("they keep adding features", 0)
    // Fault verbs longer than ten letters count too: `isWord` had kept the 10-byte guard of the
    // string sets it replaced, so "rescheduling" never matched its own list.
    try expectSum("they keep rescheduling", -1.5)
  }

  /// A sentence that opens with a sarcastic assent ("Oh sure,", "Yeah right,") has ironic praise
  /// (review r26): good 2.0 × −0.5. A plain "Sure," and "sure thing" are sincere.
  @Test func sarcasticAssentMakesPraiseIronic() throws {
    try expectSum("Oh sure, good", 2.0 * -0.5)
    try expectSum("Yeah, right. Good", 2.0)  // the praise is in the next sentence
    try expectSum("yeah right, good and good", 2.0 * -0.5 * 2)
    try expectSum("Sure, good", 2.0)
    try expectSum("Oh sure thing, good", 2.0)
  }

  /// Sarcasm is kept up (review r27): short praise (at most three words, no negator or contrast)
  /// in a later sentence of a text with irony is ironic too (× −0.5); not after a sentence that
  /// reports a fix, and not a sentence with a complaint in it.
  @Test func ironyIsKeptUpInLaterShortPraise() throws {
    try expectSum("Oh sure, good. Good", 2.0 * -0.5 * 2)
    try expectSum("Oh sure, good. Good and bad", 2.0 * -0.5 + 2.0 - 2.0)
    try expectSum("Oh sure, good. They fixed it. Good", 2.0 * -0.5 + 2.0)
    // Without irony before, short praise is sincere.
    try expectSum("Sure, good. Good", 2.0 * 2)
  }

  @Test func eyeRollMakesPraiseIronic() throws {
    // good × −0.5, then 🙄 −1.
    try expectSum("good \u{1F644}", 2.0 * -0.5 - 1.0)
  }

  @Test func clappedPraiseAfterAComplaintIsIronic() throws {
    // Next sentence: (good 2 + 👏 2) × −0.5 after "terrible" −3.
    // (Capitals: ICU starts no new sentence before a lower-case word.)
    try expectSum("Terrible. Good \u{1F44F}", -3.0 + (2.0 + 2.0) * -0.5)
    // Same sentence, final clause after a negative clause.
    try expectSum("bad, good \u{1F44F}", -2.0 + (2.0 + 2.0) * -0.5)
    // After a positive clause the clapping is sincere.
    try expectSum("good, good \u{1F44F}", 2.0 + 2.0 + 2.0)
    // Short praise with content and no marker stays praise: −3 + 2 + 0.292 ("!" on a positive sentence).
    try expectSum("Terrible. Good service!", -3.0 + 2.0 + 0.292)
    // A lone exclamation of praise after a complaint is ironic (review r17b): good × −0.5, and the
    // "!" now adds to a negative sentence: −3 + 2 × −0.5 − 0.292.
    try expectSum("Terrible. Good!", -3.0 + 2.0 * -0.5 - 0.292)
  }

  /// QA review 24: a lone exclamation of praise with one generic object ("Good system.", "good
  /// work") after a complaint is as ironic as "Good!" is; with a named aspect ("Good service!",
  /// above) or more words it is sincere, and after no complaint it is sincere.
  @Test func genericPraiseObjectAfterAComplaintIsIronic() throws {
    // "system" is unscored: good × −0.5 after "terrible" −3.
    try expectSum("Terrible. Good system.", -3.0 + 2.0 * -0.5)
    // Same sentence, last clause after a negative clause: bad −2, then good × −0.5.
    try expectSum("bad, good work", -2.0 + 2.0 * -0.5)
    try expectSum("Terrible. Good system design.", -3.0 + 2.0)
    try expectSum("Good. Good system.", 2.0 + 2.0)
  }
}
