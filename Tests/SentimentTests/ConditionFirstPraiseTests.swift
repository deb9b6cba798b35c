import Sentiment
import Testing

/// Rule 50 with the condition first ("If it were cheaper it would be perfect"): the praise that
/// only holds on a wished condition counts nothing, as with the condition after it, and the
/// condition is read as the wish (rule 41). Sums worked by hand on the test lexicons (good 2.0,
/// bad −2.0, terrible −3.0, "very" +0.3); the unmet wish's frame value is
/// `SentimentParameters().unmetWishValence`, read so the test states the rule, not the value.
struct ConditionFirstPraiseTests {
  let model: SentimentModel
  let unmetWish = SentimentParameters().unmetWishValence

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func praiseAfterAWishedConditionCountsNothing() throws {
    try expectSum("If it was cheaper it would be good.", 0)
    try expectSum("If the staff were friendlier, it would be a very good hotel.", 0)
    try expectSum("If they answered emails they'd be good.", 0)
    try expectSum("and if there were more tills it could be good", 0)
    // Praise wished for in the condition counts nothing too.
    try expectSum("If the app was good it would be good.", 0)
  }

  @Test func aFaultTheConditionWishesAwayIsTheComplaint() throws {
    // "not bad" in the condition: the fault (−2.0), not a negated negative's +0.8.
    try expectSum("If it was not bad, it would be good.", -2.0)
    // "worked" before the modal: the frame is an unmet wish (rule 41).
    try expectSum("If it worked it would be good.", unmetWish)
  }

  @Test func otherConditionsKeepThePraise() throws {
    // The reader's situation, the writer's choice, a prediction (no past), a concession.
    try expectSum("If you need a plumber, it would be good.", 2.0)
    try expectSum("If I had to choose, it would be good.", 2.0)
    try expectSum("If it rains it would be good.", 2.0)
    try expectSum("Even if it was cheaper it would be good.", 2.0)
    // A trouble the praise is about: −3.0 + 2.0 (the rule would leave −3.0).
    try expectSum("If it was terrible, she would be good about it.", -3.0 + 2.0)
    // An indicative consequent is praise of the product for that use.
    try expectSum("If you need a quick fix it is good.", 2.0)
    try expectSum("If it was cheaper it is good.", 2.0)
    // The past counterfactual stays rule 6's (2.0 × −0.74).
    try expectSum("If it was cheaper it would have been good.", 2.0 * -0.74)
  }

  @Test func theExplanationNamesTheFrame() throws {
    let scorer = SentimentScorer(model: model)
    let explanation = try #require(scorer.score(text: "If it was cheaper it would be good.", explain: true).1)
    let good = try #require(explanation.contributions.first { $0.term == "good" })
    #expect(good.contribution == 0)
    #expect(good.rules.contains(.suggestion(frame: "if … would be")))
    let wish = try #require(scorer.score(text: "If it was not bad, it would be good.", explain: true).1)
    let bad = try #require(wish.contributions.first { $0.term == "bad" })
    #expect(bad.rules.contains(.unmetWish(frame: "if … would be")))
  }
}

/// Rule 50's leading condition on the shipped lexicons: labels a coder would give (hand-judged).
struct ConditionFirstPraiseShippedTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func conditionalPraiseIsNoPraise() {
    #expect(label("If it were cheaper it would be perfect") != .positive)
    #expect(label("If the staff were friendlier it would be a lovely hotel.") != .positive)
    #expect(label("If there were more staff on the tills, it would be an excellent shop.") != .positive)
    #expect(label("If it had some cashmere in it I would be totally in love with it.") != .positive)
  }

  @Test func aFaultOrAnOutcomeWishedForIsAComplaint() {
    #expect(label("If the app didn't crash so much it would be great") == .negative)
    #expect(label("If the app didn't crash so much, it would be great.") == .negative)
    #expect(label("If they answered the phone it would be a good service") == .negative)
    #expect(label("If you answered your emails this would be a great company.") == .negative)
    #expect(label("If it worked it would be great") == .negative)
    #expect(label("If the website wasn't so slow it'd be a great place to shop.") == .negative)
  }

  @Test func wishesInOtherWordsAreNoPraise() {
    #expect(label("If only the battery lasted longer, it would be ideal.") != .positive)
    #expect(label("If they sorted out the wifi it would be a great hotel.") != .positive)
    #expect(label("If they'd fix the login bug it'd be a brilliant app.") == .negative)
    #expect(label("if u answered ur phone it would be a good service tbh") != .positive)
    // Praise of the stay in another sentence keeps the text positive.
    #expect(label("We loved our stay. If the pool was heated it would be perfect, but we'd go back.") == .positive)
  }

  @Test func realConditionalPraiseKeepsItsLabel() {
    #expect(label("If you need a quick fix it's perfect") == .positive)
    #expect(label("If you need a quick fix it would be perfect") == .positive)
    #expect(label("If you're on a budget this would be ideal.") == .positive)
    #expect(label("If I had to describe it in one word it would be amazing.") == .positive)
    #expect(label("If I had known it would be this good I'd have come sooner.") == .positive)
    #expect(label("Even if it rained it would be a great day out.") == .positive)
    #expect(label("If there was a misunderstanding, she would be on top of it for you.") == .positive)
    #expect(label("If the sponsors pay attention, the horses could be properly outfitted by spring.") == .positive)
  }
}
