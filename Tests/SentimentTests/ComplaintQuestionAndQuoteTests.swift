import Sentiment
import Testing
import Tokenization

/// Rules 10 and 11 of `FeedbackRules.swift` (review r22a), on an inline lexicon with round
/// valences so every expected sum is worked by hand from the rule's definition: the opening "why"
/// of a complaint question adds `complaintQuestionValence` (−1.0), a positive term in scare quotes
/// adds nothing; compound = s / √(s² + 15) (VADER's normalisation, Hutto & Gilbert 2014).
struct ComplaintQuestionAndQuoteTests {
  let model: SentimentModel
  let parameters = SentimentParameters()

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + """

        awesome\t3.0
        free\t1.5
        unlimited\t1.0
        late\t-1.0
        """)
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  /// Rule 10: a sentence that opens with "why" asks why something went wrong. Of the sentences
  /// opening with "why" in the VADER ground truth (Hutto & Gilbert 2014), 49 of 60 are rated
  /// negative by its raters.
  @Test func aWhyQuestionIsAComplaint() throws {
    let why = parameters.complaintQuestionValence
    try expectSum("Why is my bill higher than last month?", why)
    try expectSum("@airline why cant i pick a seat", why)  // a mention before it is skipped
    try expectSum("Moved to an aisle seat. Why?", why)
    try expectSum("Why was it late?", why - 1.0)
    // Praise outweighs it: "why are you so awesome" stays positive.
    try expectSum("Why is it awesome", why + 3.0)
  }

  /// Not a complaint: a suggestion ("why not"), an explanation ("why I …"), "why" inside a sentence.
  @Test func suggestionsExplanationsAndInnerWhyAreNot() throws {
    try expectSum("Why not try the new menu", 0)
    try expectSum("Why I love this shop", 0)
    try expectSum("Why we switched", 0)
    try expectSum("I know why it happened", 0)
  }

  /// Rule 11: a positive term quoted in a span of at most three words is the company's word, doubted.
  @Test func aPositiveTermInScareQuotesCountsNothing() throws {
    try expectSum("a monthly fee on a \"free\" account", 0)
    try expectSum("the \u{201C}unlimited\u{201D} plan was late", -1.0)  // curly quotes; the negative term counts
    try expectSum("a \"free checking\" account", 0)
    // Not quoted, or a quotation longer than three words: the term counts.
    try expectSum("a free account", 1.5)
    try expectSum("a \"free for all the family\" day out", 1.5)
    // Someone else's words quoted after a word of saying (blind review h63d): reported, not praise.
    try expectSum("she said \"it is all free now\"", 0)
    // A negative term in quotes keeps its sign ("the "late" fee" is still a complaint).
    try expectSum("the \"late\" fee", -1.0)
    // Single quotes too (review r25: "the 'famous' ribs"), when they quote rather than mark a
    // possessive: a gap before the opening one, the words hugged on both sides.
    try expectSum("the 'free' account", 0)
    try expectSum("the \u{2018}unlimited\u{2019} plan", 0)
    try expectSum("the customers' free account", 1.5)
    try expectSum("it's ' free ' now", 1.5)
  }
}

extension ComplaintQuestionAndQuoteTests {
  /// Rule 2: a negated verb of fixing leaves the problem after it standing ("Didn't solve my
  /// problem" is −1.0, the problem's own valence), while a negator before the problem itself still
  /// flips it ("never had a problem": −1.0 × −0.4, the negated-negative scalar).
  @Test func anUnfixedProblemStands() throws {
    let model = try TestLexicons.model(valence: TestLexicons.valence + "\nproblem\t-1.0\n")
    try TestLexicons.expectSum("Didn't solve my problem", -1.0, model)
    try TestLexicons.expectSum("They never fixed the problem", -1.0, model)
    try TestLexicons.expectSum("Never had a problem", -1.0 * parameters.negatedNegativeScalar, model)
  }
}

extension ComplaintQuestionAndQuoteTests {
  /// Rule 2: "No thank you" opening a text and ending its clause is a polite decline (the answer to
  /// a survey's "Anything else?"): the thanks is not negated. After other words, or with the clause
  /// going on, "no" negates it (× `negationScalar`, −0.74).
  @Test func aPoliteDeclineIsNotNegated() throws {
    let model = try TestLexicons.model(valence: TestLexicons.valence + "\nthanks\t1.5\nthank you\t2.0\n")
    try TestLexicons.expectSum("no thanks, all sorted", 1.5, model)
    try TestLexicons.expectSum("No thank you, it was sorted", 2.0, model)
    try TestLexicons.expectSum("Not for me. No thanks", 1.5 * parameters.negationScalar, model)
    try TestLexicons.expectSum("no thanks to the courier", 1.5 * parameters.negationScalar, model)
  }
}

extension ComplaintQuestionAndQuoteTests {
  /// Rule 12: a positive word right after an intensifier of excess is a complaint,
  /// −|valence| × `excessScalar` (0.5): "too fast" = −1.6 × 0.5. "too" before praise it only
  /// intensifies ("too kind") and before a negative word boosts as usual (+0.2, the test scalar);
  /// after a negator ("not too fast", an understatement) the word is negated as usual (× −0.74).
  @Test func aPositiveWordAfterTooIsAnExcess() throws {
    let model = try TestLexicons.model(
      valence: TestLexicons.valence + "\nfast\t1.6\nkind\t2.0\nslow\t-1.5\n",
      intensifiers: TestLexicons.intensifiers + "too\t0.2\nway too\t0.4\n")
    let excess = parameters.excessScalar
    try TestLexicons.expectSum("the course moves too fast", -1.6 * excess, model)
    try TestLexicons.expectSum("way too fast", -1.6 * excess, model)
    try TestLexicons.expectSum("you are too kind", 2.0 + 0.2, model)
    try TestLexicons.expectSum("too slow", -(1.5 + 0.2), model)
    try TestLexicons.expectSum("not too fast", (1.6 + 0.2) * parameters.negationScalar, model)
  }
}

extension ComplaintQuestionAndQuoteTests {
  /// Rule 14: "How is this acceptable?" denies the praise it names: × `negationScalar` (−0.74).
  /// Not without the question mark, not after a degree word (amazement), not about someone else.
  @Test func aRhetoricalHowQuestionDeniesItsPraise() throws {
    let model = try TestLexicons.model(valence: TestLexicons.valence + "\nacceptable\t1.0\n")
    let negated = parameters.negationScalar
    try TestLexicons.expectSum("How is this acceptable?", 1.0 * negated, model)
    try TestLexicons.expectSum("how is that good service?", 2.0 * negated, model)
    try TestLexicons.expectSum("How is this acceptable", 1.0, model)
    try TestLexicons.expectSum("How is it so good?", 2.0, model)
    try TestLexicons.expectSum("How was your stay good?", 2.0, model)
  }
}

extension ComplaintQuestionAndQuoteTests {
  /// Rule 16: thanks that only closes a filler answer counts nothing; with any other word, or as
  /// "thanks for …" / "no thanks to …", it counts as usual.
  @Test func thanksClosingAFillerAnswerIsAPoliteFormula() throws {
    let model = try TestLexicons.model(valence: TestLexicons.valence + "\nthanks\t1.5\nthank you\t2.0\n")
    for text in [
      "No thank you", "No, thank you.", "Nothing else thanks", "n/a thanks", "None at the moment, thank you",
    ] {
      try TestLexicons.expectSum(text, 0, model)
    }
    try TestLexicons.expectSum("Thanks", 1.5, model)
    try TestLexicons.expectSum("thank you very much", 2.0, model)
    try TestLexicons.expectSum("All good thanks", 2.0 + 1.5, model)
    try TestLexicons.expectSum("Nothing, thanks for the help", 1.5, model)
    try TestLexicons.expectSum("no thanks to you", 1.5 * parameters.negationScalar, model)
  }
}
