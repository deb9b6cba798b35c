import Sentiment
import Testing

/// Rule 22: loud crying (😭, lexicon tag `tone=tears`) in a text whose other terms are all praise or
/// laughter counts nothing; alone or with a negative term it keeps its value. Sums worked by hand
/// on the test lexicon (good 2.0, bad −2.0) plus the entries below; compound = s / √(s² + 15).
struct TearsOfJoyTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\n😭\t-1.4\t1.8\ttone=tears\nlol\t1.2\t\ttone=laughter\n")
  }

  @Test func cryingAtPraiseCountsNothing() throws {
    try TestLexicons.expectSum("good parking 😭", 2.0, model)
    try TestLexicons.expectSum("good parking 😭 😭", 2.0, model)
    // Laughter with crying is laughter (and rule 21 keeps it: no complaint is left).
    try TestLexicons.expectSum("lol 😭", 1.2, model)
    let score = try TestLexicons.score("good parking 😭", model)
    #expect(score.neg == 0 && score.pos > 0)
  }

  @Test func cryingAloneOrAtAComplaintKeepsItsValue() throws {
    try TestLexicons.expectSum("😭", -1.4, model)
    try TestLexicons.expectSum("bad parking 😭", -2.0 - 1.4, model)
    // A complaint anywhere keeps the crying; the laughter then counts nothing (rule 21).
    try TestLexicons.expectSum("good food, bad parking 😭 lol", 2.0 - 2.0 - 1.4, model)
  }

  /// On the shipped lexicons: labels only, so they hold whatever the exact valences are (review
  /// r31: "this update is so good 😭" was barely positive; "mid" was not listed).
  @Test func shippedLexiconReadsCryingAndMid() throws {
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    func score(_ text: String) -> SentimentScore { scorer.score(text: text, explain: false).0 }
    #expect(score("this new update is so good 😭").label == .positive)
    #expect(score("my order got cancelled 😭").label == .negative)
    #expect(score("i miss the old menu 😭").label == .negative)
    // "mid" only after a degree word or before a tag word; a short answer of it is lukewarm.
    #expect(score("the burger was so mid and the fries were cold").label == .negative)
    #expect(score("kinda mid tbh").label == .neutral)
    #expect(score("how do i add a stop mid ride").label == .neutral)
    #expect(score("the engineer came mid afternoon").label == .neutral)
  }
}
