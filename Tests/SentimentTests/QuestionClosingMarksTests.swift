import Sentiment
import Testing

/// A sentence closed by "?" and more end marks ("?!", "?!!", "?!...") asks as much as one closed
/// by "?" alone; an emoticon after the closing mark is the writer's tone, not part of what is asked
/// (rule 17; the shared test `sentenceEndsWithQuestion` of rules 10, 14, 17 and the rhetorical
/// question). Sums worked by hand on the test lexicons (good 2.0, :) 1.5); the emphasis of "!" is
/// VADER's 0.292 per mark, and one "?" adds none (Hutto & Gilbert 2014, `_punctuation_emphasis`).
struct QuestionClosingMarksTests {
  let model: SentimentModel

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func anEmphaticQuestionStillAsks() throws {
    // "good" (2.0) counts nothing in each; with nothing left, the emphasis has no sign to add to.
    try expectSum("Is the app good?!", 0)
    try expectSum("Is the app good ?!!", 0)
    try expectSum("Is the app good?!...", 0)
    try expectSum("Is the app good?!?!", 0)
  }

  @Test func anExclamationIsNoQuestion() throws {
    // The closing run holds no "?": "good" keeps 2.0, plus one "!" (0.292).
    try expectSum("Is the app good!", 2.0 + 0.292)
    try expectSum("Is the app good!!", 2.0 + 2 * 0.292)
  }

  @Test func anEmoticonAfterTheMarkKeepsItsValue() throws {
    // ":)" (1.5) follows the "?": the writer's tone, not asked; "good" is asked.
    try expectSum("Is the app good? :)", 1.5)
    try expectSum("Is the app good?! :)", 1.5 + 0.292)
    // Before the mark, the emoticon is inside the question (1.5 < the 2.5 ceiling): nothing.
    try expectSum("Is the app good :) ?", 0)
  }
}

/// The same on the shipped lexicons, for the question rules whose values are not the test
/// lexicons' own: rule 14's rhetorical "how" and the rhetorical negative question.
struct QuestionClosingMarksShippedTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func rhetoricalQuestionsWithEmphasisReadAsWithoutIt() {
    // Rule 14: "How is this acceptable?" complains, with "?!" as with "?".
    #expect(label("How is this acceptable?") == .negative)
    #expect(label("How is this acceptable?!") == .negative)
    // A negative yes/no question asserts what it asks: "Isn't it lovely?!" praises.
    #expect(label("Isn't it lovely?") == .positive)
    #expect(label("Isn't it lovely?!") == .positive)
    // Rule 17: a product question with emphasis is no praise.
    #expect(label("Do you offer a good discount?!!") == .neutral)
    // Review h51d: a question the writer answers with a bare yes keeps its praise; so does a
    // comparative after "any" in a "could"/"can" question. "Is it any better?" still asks.
    #expect(label("Would I recommend?! Absolutely!") == .positive)
    #expect(label("Could the staff be any nicer?!") == .positive)
    #expect(label("Is the new version any better?") == .neutral)
  }
}
