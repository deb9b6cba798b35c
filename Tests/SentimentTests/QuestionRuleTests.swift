import Sentiment
import Testing
import Tokenization

/// Rule 17 (review r26): a question that opens with an auxiliary asks; its mild positive terms
/// (lexicon valence below `questionPraiseCeiling`, 2.5) count nothing. Sums worked by hand on the
/// test lexicons plus amazing 3.0; a single "?" adds no emphasis (VADER's `_punctuation_emphasis`
/// counts "?" only from two on); compound = s / √(s² + 15) (Hutto & Gilbert 2014).
struct QuestionRuleTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(valence: TestLexicons.valence + "\namazing\t3.0\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func mildPraiseInAnAuxiliaryQuestionCountsNothing() throws {
    try expectSum("Do you have good parking?", 0)
    try expectSum("Is the app good?", 0)
    // One greeting or linking word may come first.
    try expectSum("Hi, could the staff be good?", 0)
    // Only that sentence: the answer after it keeps its praise.
    try expectSum("Was it good? Yes, good.", 2.0)
  }

  @Test func otherTermsAndOtherSentencesKeepTheirValue() throws {
    // Negative terms name the problem asked about.
    try expectSum("Is it normal to be on hold this long?", -1.5)
    // Strong praise (3.0 ≥ 2.5) is praise even in a question.
    try expectSum("Can I say how amazing the nurse was?", 3.0)
    // No "?", or no auxiliary first: not a question of this kind.
    try expectSum("Do you have good parking", 2.0)
    try expectSum("You have good parking?", 2.0)
    // A "why" question is rule 10's (the "why" scores −1.0), not this rule's: "good" keeps 2.0.
    try expectSum("Why good?", 2.0 - 1.0)
    // A verb of saying within three words: a way of praising, not a question (review of this
    // session's diff).
    try expectSum("Can I just say good work?", 2.0)
    try expectSum("Did I mention the good parking?", 2.0)
    // Only within the question: a verb of saying in the next sentence does not exempt it.
    try expectSum("Was good? Tell us.", 0)
  }

  /// Reviews r33 and r34: "Is there a fee for cancelling?" and "Are the weekly fees going to
  /// change?" were complaints. Weak negative terms (valence ≥ `questionComplaintFloor`, −1.0) ask.
  @Test func weakComplaintWordsInAnAuxiliaryQuestionCountNothing() throws {
    let model = try TestLexicons.model(valence: TestLexicons.valence + "\nfee\t-0.6\nwait\t-0.5\n")
    try TestLexicons.expectSum("Is there a fee for cancelling?", 0, model)
    // An amount makes it rhetorical; a stronger term (on hold −1.5) keeps its value. (With a
    // duration, rule 42 also makes the wait itself a long one: QA review 43.)
    try TestLexicons.expectSum("Is it normal to wait 3 minutes?", -0.5, model)
    try TestLexicons.expectSum("Is it normal to wait 3 weeks?", SentimentParameters().hoursWaitValence, model)
    try TestLexicons.expectSum("Is there a fee or bad service?", -2.0, model)
  }

  /// Blind review h57e: questions that ask for information ("How many credits is the module
  /// worth?", "What's the early termination fee?") were coded neutral where their mild terms scored
  /// them. A question word opens them as an auxiliary does; an amount asks, it makes nothing
  /// rhetorical there.
  @Test func mildTermsInAQuestionForInformationCountNothing() throws {
    let model = try TestLexicons.model(valence: TestLexicons.valence + "\nfee\t-0.6\n")
    try TestLexicons.expectSum("Which plan is good for a family?", 0, model)
    try TestLexicons.expectSum("What's the fee if I leave 6 months into the contract?", 0, model)
    try TestLexicons.expectSum("How long is a good wait for a reply?", 0, model)
    try TestLexicons.expectSum("Hi, when will the good parking open?", 0, model)
    // Strong words keep their value (terrible −3.0 is past the floor −1.0).
    try TestLexicons.expectSum("When will you fix this terrible app?", -3.0, model)
  }

  /// Question words that open no request for information: an exclamation ("What a …"), rhetorical
  /// praise ("What better …", "Where else …", "Who knew …"), a suggestion ("What about …"), "how"
  /// before a word that asks nothing (rule 14's "How could …"), a "when" or "where" that opens a
  /// clause ("When it is this good, who cares?").
  @Test func rhetoricalQuestionWordsAndClausesKeepTheirTerms() throws {
    try expectSum("What a good day?", 2.0)
    try expectSum("What better way to spend a good day?", 2.0)
    try expectSum("Where else would you get good coffee?", 2.0)
    try expectSum("Who knew it could be this good?", 2.0)
    try expectSum("What about the good old days?", 2.0)
    try expectSum("How good is that?", 2.0)
    try expectSum("When it is this good, who cares?", 2.0)
    try expectSum("Where they are good, do we care?", 2.0)
  }

  @Test func theExplanationNamesTheQuestion() throws {
    let tokenizer = try Tokenizer()
    let explanation = SentimentScorer(model: model).score(try tokenizer.tokenize("Does it look good?"), explain: true).1
    let rules = explanation?.contributions.map(\.rules)
    #expect(rules?.first == [.question(opener: "does")])
  }
}

/// QA review 36, F06 on the shipped lexicons: rule 17's cut-offs are on the lexicon valence, as
/// documented in `SentimentParameters` (praise below 2.5 and complaints at or above −1.0 count
/// nothing in a yes/no question; stronger words keep their value).
struct QuestionCutOffShippedTests {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func expect(_ texts: [String], are label: SentimentLabel, sourceLocation: SourceLocation = #_sourceLocation) {
    for text in texts {
      #expect(scorer.score(text: text, explain: false).0.label == label, "\(text)", sourceLocation: sourceLocation)
    }
  }

  /// F06: rule 17's documented cut-offs (`SentimentParameters.questionPraiseCeiling` 2.5,
  /// `questionComplaintFloor` −1.0, on the lexicon valence): a yes/no question cancels its mild
  /// words and keeps strong ones.
  @Test func yesNoQuestionCutOffs() {
    expect(["Is it good?", "Is it helpful?", "Are refunds quick?", "Is there an issue?"], are: .neutral)
    expect(["Is it great?", "Is it excellent?"], are: .positive)
    expect(["Is it bad?", "Is delivery slow at Christmas?"], are: .negative)
  }
}
