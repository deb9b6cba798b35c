import Sentiment
import Testing

/// Rule 49 of `FeedbackRules.swift`: "thanks to" in a sentence with a negative term names the cause
/// of a complaint; the thanks counts nothing. Inline test lexicons (`TestLexicons`: good +2.0, bad
/// −2.0) plus the terms below; expected sums are worked by hand. The sentences are invented.
struct CausalThanksTests {
  static let terms = """
    thanks\t1.7
    thank you\t1.8
    late\t-0.9
    lost\t-1.2
    no thanks to\t-1.6
    """
  let model: SentimentModel

  init() throws { model = try TestLexicons.model(valence: TestLexicons.valence + "\n" + Self.terms + "\n") }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func thanksToTheCauseOfAComplaintCountsNothing() throws {
    // Before the rule: 1.7 − 0.9 = +0.8, a positive label for a late order.
    try expectSum("Thanks to them, my order arrived late", -0.9)
    try expectSum("Thanks to your courier my parcel is lost", -1.2)
    // The cause named after the complaint.
    try expectSum("My parcel is lost thanks to your courier", -1.2)
  }

  @Test func aCauseThatComplainsBlames() throws {
    // The cause itself is the complaint: −2.0, the thanks 0 (it was 1.7 − 2.0).
    try expectSum("Thanks to a bad courier", -2.0)
  }

  /// A cause with praise in it is thanks, even beside a complaint: −2.0 + 1.7 + 2.0.
  @Test func aCauseWithPraiseStaysThanks() throws {
    try expectSum("Bad start, saved thanks to good staff", -2.0 + 1.7 + 2.0)
  }

  @Test func thanksToWithoutAComplaintStaysThanks() throws {
    try expectSum("Thanks to them, we got our first home", 1.7)
    try expectSum("Thanks to all the staff", 1.7)
    try expectSum("It was good, thanks to the team", 2.0 + 1.7)
  }

  @Test func otherThanksAreNotRead() throws {
    // No "to": a thanks said after a complaint in another sentence keeps its value here.
    try expectSum("Thanks for the help", 1.7)
    // "thank you to" is thanks addressed to someone: 1.8 − 2.0.
    try expectSum("Thank you to the team, the wait was bad", 1.8 - 2.0)
    // The lexicon's own "no thanks to" (−1.6) keeps its value.
    try expectSum("No thanks to them", -1.6)
  }

  @Test func theExplanationNamesTheRule() throws {
    let scorer = SentimentScorer(model: model)
    let (_, explanation) = scorer.score(text: "Thanks to them, it was late", explain: true)
    let entries = try #require(explanation).contributions
    #expect(entries.map(\.text) == ["Thanks", "late"])
    #expect(entries[0].rules == [.causalThanks])
    #expect(entries[0].contribution == 0)
  }
}
