import Sentiment
import Testing
import Tokenization

/// Each rule of the default profile on the inline test lexicons (good 2, bad −2, terrible −3;
/// very +0.3, slightly −0.3, "kind of" −0.3). Expected values are worked by hand from the rule's
/// definition in `SentimentParameters` (VADER's constants: Hutto & Gilbert 2014) and
/// compound = s / √(s² + 15).
struct DefaultRulesTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model() }

  private func compound(_ text: String) throws -> Double { try TestLexicons.score(text, model).compound }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let value = try compound(text)
    #expect(abs(value - TestLexicons.compound(sum)) < 1e-9, "\(text): \(value)", sourceLocation: sourceLocation)
  }

  @Test func singleWordIsItsValenceNormalised() throws {
    // 2 / √19 = 0.458831…
    try expectSum("good", 2.0)
    #expect(abs(try compound("good") - 0.458831) < 1e-6)
    try expectSum("The food was bad", -2.0)
  }

  @Test func intensifierAddsToMagnitude() throws {
    try expectSum("very good", 2.3)
    try expectSum("very bad", -2.3)
  }

  @Test func dampenersShrinkMagnitudeWhateverTheSign() throws {
    try expectSum("slightly good", 1.7)
    try expectSum("slightly bad", -1.7)
    // VADER's n-gram dampener adds −0.293 to a negative word (quirk 3); here it shrinks it.
    try expectSum("kind of bad", -1.7)
  }

  @Test func intensifierDecaysWithDistance() throws {
    // very at distance 2: 0.3 × 0.95.
    try expectSum("very much good", 2.0 + 0.3 * 0.95)
  }

  @Test func negationOfPositiveAndNegative() throws {
    try expectSum("not good", 2.0 * -0.74)
    // A negated negative is weakly positive (× −0.4), not the mirror image.
    try expectSum("not bad", -2.0 * -0.4)
    try expectSum("it isn't good", 2.0 * -0.74)
    try expectSum("it isn’t good", 2.0 * -0.74)  // typographic apostrophe
    try expectSum("no one was good", 2.0 * -0.74)  // multi-word negator at distance 2
  }

  @Test func anyContractionInNotNegates() throws {
    // "wouldn't" is not in the test negator list; the n't ending makes it a negator.
    try expectSum("it wouldn't be good", 2.0 * -0.74)
    try expectSum("it wouldn’t be good", 2.0 * -0.74)
    // U+02BC MODIFIER LETTER APOSTROPHE, which some keyboards type for the apostrophe (review r6).
    try expectSum("it wouldn\u{02BC}t be good", 2.0 * -0.74)
    try expectSum("it isn\u{02BC}t good", 2.0 * -0.74)
  }

  @Test func negatingExpressionCarriesOverOrCoordination() throws {
    // "no problems" (1.5) is an expression; its "no" also negates "complaints" after "or".
    try expectSum("No problems or complaints", 1.5 + -2.0 * -0.4)
    // Not across "and".
    try expectSum("No problems and complaints", 1.5 - 2.0)
  }

  @Test func negationAfterBoosting() throws {
    try expectSum("not very good", 2.3 * -0.74)
  }

  @Test func negationScopeEndsAtBoundaryAndDistance() throws {
    try expectSum("not that, good", 2.0)
    try expectSum("not in any way at all good", 2.0)
  }

  @Test func numbersDoNotCountInModifierDistances() throws {
    // "not" then three numbers then "good": the numbers (and "+", "(", ")" glued to them, or a "-"
    // between two) are not words, so "not" stands at distance 1 and negates (review r8b #3: a phone
    // number between a negator and its word changed the score when it was redacted to [PHONE]).
    try expectSum("not 020 7946 0958 good", 2.0 * -0.74)
    try expectSum("not +44 (20) 7946-0958 good", 2.0 * -0.74)
    // Words still count: four words between "not" and "good" put it out of scope.
    try expectSum("not in any way at all good", 2.0)
  }

  @Test func doubleNegationCancels() throws {
    try expectSum("not never good", 2.0)
  }

  @Test func capsEmphasisOnlyInMixedCase() throws {
    try expectSum("The food was GOOD", 2.733)
    try expectSum("The food was BAD", -2.733)
    try expectSum("THE FOOD WAS GOOD", 2.0)
  }

  @Test func capsEmphasisOnAnyWordOfAnExpression() throws {
    // "on hold" (−1.5) is one unit; a capitalised word inside it emphasises the whole expression
    // (VADER's caps increment 0.733, Hutto & Gilbert 2014, applies once per unit).
    try expectSum("I was on HOLD", -1.5 - 0.733)
    try expectSum("I was ON HOLD", -1.5 - 0.733)
    try expectSum("I was on hold", -1.5)
    // One capital letter is not emphasis.
    try expectSum("I was On Hold", -1.5)
  }

  @Test func mixedCaseIsJudgedOnLettersOfAnyScript() throws {
    // The only lower-case letters are Greek: the text is still mixed case, so GOOD is emphasis.
    try expectSum("καλό GOOD", 2.733)
    try expectSum("ΚΑΛΟ GOOD", 2.0)
  }

  /// Review r10: three frames that misled the scorer on feedback. Expected sums worked by hand from
  /// the rule definitions (booster scalar × decay[d], decay = 1, 0.95, 0.9; VADER's constants).
  @Test func framesFromReviewR10() throws {
    let model = try TestLexicons.model(
      valence: TestLexicons.valence + "\ntoo long\t-1.5\nlovely staff\t2.0\n",
      intensifiers: TestLexicons.intensifiers + "way too\t0.4\ncan't believe\t0.3\n")
    func sum(_ text: String) throws -> Double { try TestLexicons.score(text, model).compound }
    // A multi-word intensifier yields its last word to a phrase that starts with it: "way" boosts
    // "too long" (before: "way too" took "too" and nothing was scored).
    #expect(abs(try sum("took way too long") - TestLexicons.compound(-1.5 - 0.4)) < 1e-9)
    // Only a lone word of praise before a boundary is read as ironic; an opening phrase is not.
    let ironic = SentimentParameters().ironicPraiseScalar
    #expect(abs(try sum("good, bad") - TestLexicons.compound(2.0 * ironic - 2.0)) < 1e-9)
    #expect(abs(try sum("lovely staff, bad") - TestLexicons.compound(2.0 - 2.0)) < 1e-9)
    // A frame listed as an intensifier wins over the negator inside it (longest match): "can't
    // believe how good" boosts "good" at distance 2 instead of negating it.
    #expect(abs(try sum("can't believe how good") - TestLexicons.compound(2.0 + 0.3 * 0.95)) < 1e-9)
  }

  @Test func punctuationEmphasis() throws {
    try expectSum("good!", 2.292)
    try expectSum("good!!!!!!", 2.0 + 4 * 0.292)
    try expectSum("bad??", -2.0 - 2 * 0.18)
    try expectSum("good?", 2.0)
  }

  @Test func contrastWeighsTheLaterClause() throws {
    try expectSum("good but bad", 2.0 * 0.5 - 2.0 * 1.5)
    try expectSum("bad but good", -2.0 * 0.5 + 2.0 * 1.5)
  }

  @Test func contrastBeforeSideAndSentenceInitial() throws {
    // "although" promotes the clause before it…
    try expectSum("bad although good", -2.0 * 1.5 + 2.0 * 0.5)
    // …and, opening the sentence, demotes its own clause up to the comma.
    try expectSum("Although bad, good", -2.0 * 0.5 + 2.0 * 1.5)
  }

  @Test func sentenceOpeningWithButDemotesThePreviousSentence() throws {
    try expectSum("Good. But bad.", 2.0 * 0.5 - 2.0 * 1.5)
  }

  @Test func mentionsURLsAndEmailsAreNeverScoredHashtagsWithoutTheirHash() throws {
    try expectSum("@good http://good.com me@good.com", 0)
    try expectSum("#good", 2.0)
  }

  @Test func multiWordExpressionsMatchLongestFirst() throws {
    try expectSum("on hold", -1.5)
    try expectSum("hold", 1.0)
    try expectSum("kept on hold again", -1.5)
  }

  @Test func prefixWildcards() throws {
    try expectSum("disappointing", -2.0)
    try expectSum("Disappointed", -2.0)
  }

  @Test func matchingIsOnNormalisedForms() throws {
    // NFKC casefold: full-width letters and capitals match "good".
    try expectSum("ｇｏｏｄ", 2.0)
    try expectSum("Good", 2.0)
  }

  @Test func emoticons() throws {
    try expectSum("ok :)", 1.5)
  }

  @Test func ironicPraise() throws {
    // A lone exclamation of praise before a negative remainder: × −0.5.
    try expectSum("Good, terrible.", 2.0 * -0.5 - 3.0)
    // Not when the remainder is positive.
    try expectSum("Good, very good.", 2.0 + 2.3)
    // Review r16c: not descriptive praise, and not a remainder that reports a fix.
    let model = try TestLexicons.model(valence: TestLexicons.valence + "\nhelpful\t2.0\n")
    try TestLexicons.expectSum("Helpful, terrible.", 2.0 - 3.0, model)
    // The fix also removes what it fixed (rule 19, review r28): "terrible" counts nothing.
    try TestLexicons.expectSum("Good, they fixed the terrible leak.", 2.0, model)
    try TestLexicons.expectSum("Good, they found the terrible leak.", 2.0 * -0.5 - 3.0, model)
  }

  @Test func proportions() throws {
    // VADER's scheme: positive unit adds v + 1, negative |v| + 1, other words 1.
    let score = try TestLexicons.score("good food", model)
    #expect(abs(score.pos - 0.75) < 1e-12)
    #expect(abs(score.neu - 0.25) < 1e-12)
    #expect(score.neg == 0)
    let mixed = try TestLexicons.score("good bad food", model)
    #expect(abs(mixed.pos - 3.0 / 7) < 1e-12)
    #expect(abs(mixed.neg - 3.0 / 7) < 1e-12)
    #expect(abs(mixed.neu - 1.0 / 7) < 1e-12)
  }

  @Test func emptyTextIsNeutralZero() throws {
    let score = try TestLexicons.score("", model)
    #expect(score == SentimentScore(label: .neutral, compound: 0, pos: 0, neu: 0, neg: 0))
  }

  @Test func labelsFollowConfiguredThresholds() throws {
    #expect(try TestLexicons.score("good", model).label == .positive)
    #expect(try TestLexicons.score("bad", model).label == .negative)
    #expect(try TestLexicons.score("food", model).label == .neutral)
    let strict = try TestLexicons.model(thresholds: SentimentThresholds(negative: -0.5, positive: 0.5))
    #expect(try TestLexicons.score("good", strict).label == .neutral)  // 0.4588 < 0.5
  }

  @Test func sentenceSelectionScoresOnlyThoseSentences() throws {
    let tokenizer = try Tokenizer()
    let scorer = SentimentScorer(model: model)
    let text = try tokenizer.tokenize("Good. Terrible.")
    #expect(text.sentences.count == 2)
    let second = scorer.score(text, sentences: [1])
    #expect(abs(second.compound - TestLexicons.compound(-3)) < 1e-9)
    let first = scorer.score(text, sentences: [0])
    #expect(abs(first.compound - TestLexicons.compound(2)) < 1e-9)
  }

  @Test(arguments: [
    String(repeating: "good ", count: 200_000),  // 1 MB line
    "a\u{0}b good", "ממש טוב good", "👨‍👩‍👧‍👦 good 🇫🇷", "\u{FFFD}\u{FFFD}", "!!!???", "not", "very", "but",
    "no one", String(repeating: "not ", count: 50),
  ])
  func adversarialInputsGiveValidScores(_ text: String) throws {
    let score = try TestLexicons.score(text, model)
    #expect((-1...1).contains(score.compound))
    let total = score.pos + score.neu + score.neg
    #expect(total == 0 || abs(total - 1) < 1e-9)
  }

  @Test func rawTextAndTokenizedAgree() throws {
    let tokenizer = try Tokenizer()
    let scorer = SentimentScorer(model: model)
    let text = "Not very good, but the staff were GOOD!"
    #expect(scorer.score(try tokenizer.tokenize(text), explain: false).0 == scorer.score(text: text, explain: false).0)
  }
}
