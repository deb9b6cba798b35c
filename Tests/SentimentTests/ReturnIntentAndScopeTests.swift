import Sentiment
import Testing
import Tokenization

/// Review r13a's rule findings, on the inline test lexicons plus "again" −0.4 (the domain pack's
/// recurring fault), "worse" −2.0 and "no apology" −2.0. Expected sums are worked by hand from the
/// rules (`FeedbackRules.swift`) and `SentimentParameters` (negated positive × −0.74, negated
/// negative × −0.4, return intent +1.8, refusal −2.6); compound = s / √(s² + 15).
struct ReturnIntentAndScopeTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nagain\t-0.4\nworse\t-2.0\nno apology\t-2.0\nno one answers\t-2.2\nnever received\t-2.8\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  /// A term that opens with a negator is not negated again by an earlier one: "no food no water
  /// no apology" was +0.202 (−2.0 × −0.4).
  @Test func aNegatorInitialTermEndsAnEarlierNegatorsScope() throws {
    try expectSum("no food no water no apology", -2.0)
    try expectSum("no apology", -2.0)
    // A term without its own negator is still negated: "not bad" → −2 × −0.4.
    try expectSum("no food, not bad", -2.0 * -0.4)
  }

  /// An adverb inside a negator-initial phrase does not break it (review r13a R7: "No one ever
  /// answers the phone" scored 0).
  @Test func anAdverbInsideANegatorInitialPhrase() throws {
    try expectSum("No one ever answers the phone", -2.2)
    try expectSum("I never even received it", -2.8)
    try expectSum("never actually received", -2.8)
    // Only listed adverbs: another word still breaks the phrase ("received" alone is unknown).
    try expectSum("never once received", -2.8)
    try expectSum("never sadly received", 0)
  }

  /// "worse" is a comparative: negated after a copula it is the superlative, not praise.
  @Test func negatedWorseStaysNegative() throws {
    try expectSum("It couldnt have been worse", -2.0)
    try expectSum("It could never be worse", -2.0)
    // Without a copula or "get" between, the usual negation applies.
    try expectSum("not worse", -2.0 * -0.4)
  }

  /// Rule 6: praise after a counterfactual perfect did not happen; it is negated (× −0.74) like
  /// praise after a negator. Negative terms, obligations ("would have to") and phrases that open
  /// with a negator keep their reading.
  @Test func counterfactualPraiseIsNegated() throws {
    try expectSum("It would have been good", 2.0 * -0.74)
    try expectSum("could've been good", 2.0 * -0.74)
    try expectSum("I'd have been very good", (2.0 + 0.3) * -0.74)
    try expectSum("It would have been bad", -2.0)
    try expectSum("I would have to say good", 2.0)
    try expectSum("would have no problems", 1.5)
    // Two negations cancel as usual: "would not have been good" is negated once, by "not".
    try expectSum("It would not have been good", 2.0 * -0.74)
  }

  /// A term tagged `negation=keep` (something customers want) is not flipped by a negator: "no
  /// refund" is a complaint, as "refund" is; an untagged term still flips.
  @Test func aTermTaggedNegationKeepKeepsItsSign() throws {
    let tagged = try TestLexicons.model(
      valence: TestLexicons.valence + "\nrefund\t-0.6\t1.3\tdomain=service;negation=keep\ncallback\t-0.6\n")
    try TestLexicons.expectSum("never got a refund", -0.6, tagged)
    try TestLexicons.expectSum("no refund", -0.6, tagged)
    try TestLexicons.expectSum("no callback", -0.6 * -0.4, tagged)
    try TestLexicons.expectSum("not bad", -2.0 * -0.4, tagged)
  }

  @Test func anIntentToComeBackIsPraise() throws {
    try expectSum("Would definitely stay again", 1.8)
    try expectSum("I would fly with them again", 1.8)
    try expectSum("We will be booking again", 1.8)
    try expectSum("I'd stay again", 1.8)
  }

  @Test func aRefusalToComeBackIsAComplaint() throws {
    try expectSum("would never stay here again", -2.6)
    try expectSum("Won't be using them again", -2.6)
    try expectSum("Never flying with them again", -2.6)
  }

  /// Review r13b: no verb of coming back, a hedge or negator before the modal, another subject, or a
  /// question: the lexicon's reading stays; "hesitate", "mind" and "else" undo a refusal.
  @Test func returnIntentNeedsTheWritersReturn() throws {
    try expectSum("I will have to call again tomorrow", -0.4)
    try expectSum("I will be calling again tomorrow", -0.4)
    try expectSum("Not sure I'd stay again", -0.4)
    // A question: no return intent, and its weak "again" asks (rule 17).
    try expectSum("Would you stay again? No way", 0)
    try expectSum("The engineer will come again tomorrow", -0.4)
    try expectSum("Would definitely not stay again", -2.6)
    try expectSum("Wouldn't hesitate to stay again", 1.8)
    try expectSum("Would never stay anywhere else again", 1.8)
  }

  /// "going to" is a future like "will"; a clause-initial "not"/"never" before a verb of coming
  /// back is a refusal; the writer may be the subject after other words ("I'm sure I will").
  @Test func goingToAndClauseInitialRefusals() throws {
    try expectSum("We are going to book again", 1.8)
    try expectSum("I'm sure I will stay again", 1.8)
    try expectSum("I'm not going to use them again", -2.6)
    try expectSum("Not going back again", -2.6)
    try expectSum("Never stay here again", -2.6)
    // "going to complain" is no verb of coming back: "again" keeps −0.4, beyond the negator's scope.
    try expectSum("I'm not going to complain again", -0.4)
  }

  /// Review r14: a negated term carries its negation to a term coordinated by "or"/"nor", even
  /// beyond the negator's scope ("never any delays or problems"); the negator is not counted twice.
  @Test func negationCarriesOverCoordination() throws {
    // bad −2 × −0.4 = 0.8; terrible −3 × −0.4 = 1.2.
    try expectSum("never any bad or terrible", 0.8 + 1.2)
    try expectSum("no bad or terrible", 0.8 + 1.2)
    // Without "or", "terrible" is out of the negator's scope.
    try expectSum("never any bad and terrible", 0.8 - 3.0)
  }

  /// Review r14: an obligation ("have to", "need to") or a condition ("if …") is no intent; "be
  /// back" is a verb of coming back.
  @Test func obligationsConditionsAndBeBack() throws {
    try expectSum("I'll have to come back again next week", -0.4)
    try expectSum("I will need to go in again on Monday", -0.4)
    try expectSum("I would stay again if it were cheaper", -0.4)
    try expectSum("I would stay again, if the price is right", -0.4)
    // Review r15: coming back as the rejected alternative.
    try expectSum("Would rather sleep in the car than stay again", -2.6)
    try expectSum("I'd be back again in a flash", 1.8)
    try expectSum("We'll never be back again", -2.6)
  }

  /// Review r13a R4: "make + object + feel" does not count toward the negation distance.
  @Test func aCausativeFrameDoesNotDelayNegation() throws {
    try expectSum("It did not make us feel good", 2.0 * -0.74)
    try expectSum("nothing made me feel good", 2.0 * -0.74)
    // QA review 24: a subject pronoun opens a clause that "nothing"/"nobody" does not reach ("what
    // to improve? nothing it was good"), but as the frame's object ("you") it opens none.
    try expectSum("nothing makes you feel good", 2.0 * -0.74)
    try expectSum("nothing it was good", 2.0)
    // Without the frame, four words put "good" out of scope.
    try expectSum("not one two three good", 2.0)
  }

  /// Not the writer's intent, or no refusal: the lexicon's recurring fault stays.
  @Test func otherAgainsKeepTheLexiconsReading() throws {
    try expectSum("It will happen again", -0.4)
    try expectSum("bad again", -2.0 - 0.4)
    // No return intent either, but a call the writer was spared (rule 54): "again" is negated.
    try expectSum("I never had to call again", -0.4 * -0.4)
    // A boundary ends the search: the modal belongs to another clause.
    try expectSum("I would say so. Crashed again", -0.4)
  }
}

extension ReturnIntentAndScopeTests {
  /// Review r27: after "and" the intent's subject is the earlier clause's ("I've used them twice
  /// and will use them again", +1.8 for "again"); a negator before "and" is not the intent's.
  @Test func anIntentAfterAndSharesTheEarlierSubject() throws {
    try expectSum("I've used them twice now and will use them again", 1.8)
    try expectSum("We were not rushed and would definitely book again", 1.8)
    try expectSum("The staff were bad and I won't use them again", -2.0 - 2.6)
    // Another subject right after "and", or a subject pronoun before it, makes it someone else's
    // intent ("again" keeps its −0.4).
    try expectSum("We loved it and they will book again", -0.4)
    try expectSum("He was good and would book again", 2.0 - 0.4)
  }

  /// Review r27: a negator right before "what" opens a mismatch ("Not what we were promised"),
  /// which a negative term after it names, so it is not negated (was −2.0 × −0.4 = +0.8);
  /// positive terms are still negated (× −0.74).
  @Test func notWhatKeepsANegativeTermNegative() throws {
    try expectSum("not what bad means", -2.0)
    try expectSum("not what good means", 2.0 * -0.74)
    // After a verb of judging, the negator denies the judgement ("not what I'd call bad").
    try expectSum("not what call bad", -2.0 * -0.4)
    // Without "what" between, the usual negation.
    try expectSum("not that bad", -2.0 * -0.4)
  }
}
