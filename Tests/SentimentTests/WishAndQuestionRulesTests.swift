import Sentiment
import Testing
import Tokenization

/// Rules 7, 8, 33 and 34 of `FeedbackRules.swift` and the tenth session's negation-scope changes, on an
/// inline lexicon with round valences so every expected sum is worked by hand from the rule's
/// definition: negated positive × −0.74 (VADER's N_SCALAR, Hutto & Gilbert 2014), negated negative
/// × −0.4 (Kiritchenko & Mohammad 2016's finding that negation shifts negative words less), ironic
/// praise × −0.5, compound = s / √(s² + 15).
struct WishAndQuestionRulesTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + """

        doubt\t-0.6
        best\t3.0
        helpful\t2.0
        awful\t-3.0
        do not like\t-1.8
        thanks\t2.0
        great job\t3.0
        shame about\t-2.0\t\tcontrast=after
        nice\t2.0
        kudos\t1.5
        fixing\t0.5
        annoying\t-1.0
        losing\t-1.5
        friendlier\t1.6
        reasonable\t1.0
        """)
  }

  private func compound(_ text: String) throws -> Double { try TestLexicons.score(text, model).compound }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  /// A negator that flipped one term is spent there: "No doubt the best" is −0.6 × −0.4 + 3.0,
  /// where it scored "doubt" flipped and "best" flipped too (the VADER tweets' "You aren't good at
  /// dirty talk" read "dirty" as negated). Without a term between, the negator still reaches.
  /// ("No the best" was the example without a term until QA review 36, F03: "no" right before
  /// "the" is an interjection, "No, the best", and negates nothing.)
  @Test func aNegatorIsSpentOnTheTermItFlips() throws {
    try expectSum("No doubt the best", -0.6 * parameters.negatedNegativeScalar + 3.0)
    try expectSum("Not the best", 3.0 * parameters.negationScalar)
    try expectSum("No the best", 3.0)
    try expectSum("It isn't good at bad things", 2.0 * parameters.negationScalar - 2.0)
  }

  /// "do not like" written with an adverb inside ("I do not really like it") is the phrase; it
  /// scored 0 ("not really" took "really", "like" alone is no term).
  @Test func anAuxiliaryNegatorPhraseMayHoldAnAdverb() throws {
    try expectSum("I do not really like it", -1.8)
    try expectSum("I do not like it", -1.8)
  }

  /// A negated "be" that opens a question with a subject after it asks for agreement: "Isn't it
  /// awful?" says it is awful. After a question word, or with "there", the negation stands.
  @Test func aNegativeQuestionAsksForAgreement() throws {
    #expect(try compound("Isn't it awful?") == (try compound("awful?")))
    #expect(try compound("Wasn't that helpful of them?") == (try compound("helpful?")))
    // After "why" the negation stands (and rule 10 reads the "why" as a complaint).
    try expectSum("Why isn't it awful?", -3.0 * parameters.negatedNegativeScalar + parameters.complaintQuestionValence)
    #expect(try compound("Isn't there anything helpful?") == (try compound("not helpful?")))
    // Review r21a: punctuation inside the question ("£", ",") does not hide its "?".
    #expect(try compound("Isn't it awful that I pay £20?") == (try compound("awful?")))
    #expect(try compound("Isn't it awful, honestly?") == (try compound("awful?")))
    // Not a question: the negation stands.
    try expectSum("Isn't it awful.", -3.0 * parameters.negatedNegativeScalar)
  }

  /// Rule 7: what is wished for in a counterfactual did not happen.
  @Test func aCounterfactualWishNegatesWhatIsWished() throws {
    try expectSum("I wish the staff were more helpful", 2.0 * parameters.negationScalar)
    try expectSum("If only they had been helpful", 2.0 * parameters.negationScalar)
    // Its own negation first: "wish it wasn't bad" is −2 × −0.4, then wished: × −0.74.
    try expectSum("I wish it wasn't bad", -2.0 * parameters.negatedNegativeScalar * parameters.negationScalar)
    // A negative term wished for keeps its sign ("I wish I had known how bad it was").
    try expectSum("I wish I had known how bad it was", -2.0)
  }

  @Test func notEveryWishIsCounterfactual() throws {
    try expectSum("I wish you all the best", 3.0)  // a greeting: no past or modal form
    try expectSum("I wish every company was this good", 2.0)  // measured by the present
    try expectSum("I wish I had found this good shop sooner", 2.0)  // found late: praise
    try expectSum("I wish I had found this good shop earlier", 2.0)
    try expectSum("I wish it had been - it was good", 2.0)  // the dash ends the wish
    try expectSum("Only good things", 2.0)  // "only" without "if"
    try expectSum("I wish they would call when it is good", 2.0)  // a subordinate clause is not wished
  }

  /// Signs written with amounts end no clause: "not" reaches "good" over "$20" as over "20".
  @Test func currencySignsAreNotClauseBoundaries() throws {
    try expectSum("not $20 good", 2.0 * parameters.negationScalar)
    try expectSum("not £20 good", 2.0 * parameters.negationScalar)
    try expectSum("not 20% good", 2.0 * parameters.negationScalar)
    try expectSum("not ; good", 2.0)  // a semicolon does end one
  }

  /// Rule 9: "could/should/would be" + a comparative asks for what is missing (review r21a: "Staff
  /// could be friendlier" scored positive).
  @Test func aModalComparativeAsksForWhatIsMissing() throws {
    try expectSum("Staff could be friendlier", 1.6 * parameters.negationScalar)
    try expectSum("Prices could be more reasonable", 1.0 * parameters.negationScalar)
    try expectSum("Staff could be slightly friendlier", (1.6 - 0.3) * parameters.negationScalar)
    try expectSum("Staff were friendlier", 1.6)
    try expectSum("Prices could be reasonable", 1.0)  // not a comparative
    try expectSum("Staff couldn't be friendlier", 1.6)  // rule 2: a superlative
    // An imperative "make" that opens the sentence asks for it too; elsewhere "make" states a fact.
    try expectSum("Make the staff friendlier", 1.6 * parameters.negationScalar)
    try expectSum("please make prices more reasonable", 1.0 * parameters.negationScalar)
    try expectSum("They make it friendlier", 1.6)
  }

  /// Rule 8: thanks for a harm is ironic; thanks for anything else is thanks.
  @Test func thanksForAHarmIsSarcastic() throws {
    try expectSum("Thanks for losing my bag", 2.0 * parameters.ironicPraiseScalar - 1.5)
    try expectSum("Thanks for the help", 2.0)
    try expectSum("Thanks, losing it", 2.0 - 1.5)
  }

  /// Rule 33 (QA review 22): congratulations on a harm are ironic as thanks for one are: the
  /// lexicon's "great job", a praise word before "work"/"job", or "kudos", right before a negative
  /// "-ing" term or with "for"/"on" between. Congratulations on anything else, and a negative "-ing"
  /// word after a comma (an adjective: "annoying"), leave the praise as it is.
  @Test func congratulationsOnAHarmAreSarcastic() throws {
    try expectSum("Great job losing my parcel", 3.0 * parameters.ironicPraiseScalar - 1.5)
    try expectSum("Great job on losing my parcel", 3.0 * parameters.ironicPraiseScalar - 1.5)
    try expectSum("Nice work losing it", 2.0 * parameters.ironicPraiseScalar - 1.5)
    try expectSum("Kudos for losing it", 1.5 * parameters.ironicPraiseScalar - 1.5)
    try expectSum("Great job fixing my laptop", 3.0 + 0.5)
    try expectSum("Great job, losing it", 3.0 - 1.5)
    try expectSum("Nice losing it", 2.0 - 1.5)  // no word of congratulation
    try expectSum("Great job annoying", 3.0 - 1.0)  // an adjective in "-ing", no harm done
  }

  /// Rule 34 (QA review 22): a `contrast=after` term after another term weighs the sentence as a
  /// "but" in its place would: the terms before × contrastWeakWeight, it and those after ×
  /// contrastStrongWeight (VADER's 0.5 and 1.5). Alone, or in a sentence with a connective, it
  /// counts as it is.
  @Test func aComplaintThatTurnsTheSentence() throws {
    let (weak, strong) = (parameters.contrastWeakWeight, parameters.contrastStrongWeight)
    try expectSum("Nice staff, shame about the rest", 2.0 * weak - 2.0 * strong)
    try expectSum("Nice staff, shame about the awful rest", 2.0 * weak + (-2.0 - 3.0) * strong)
    try expectSum("Shame about the rest", -2.0)
    try expectSum("Shame about it. Nice staff", -2.0 + 2.0)  // another sentence
  }
}
