import Sentiment
import Testing

/// Rule 26: an answer whose only opinion terms are courtesy — a bare thanks after its question, a
/// greeting, a request's "kindly" — around a question or a request is neutral. Sums by hand on the
/// test lexicon (good 2.0) plus the entries below; compound = s / √(s² + 15).
struct PoliteRequestTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nthanks\t1.7\nthank u\t1.8\nkindly\t0.5\ngood morning\t1.2\n")
  }

  /// Review r33: "hello po, how to update my contact number in the app? thank u" and "kindly share
  /// the syllabus" were positive.
  @Test func courtesyAroundARequestCountsNothing() throws {
    try TestLexicons.expectSum("how do I reset my password? thank u", 0, model)
    try TestLexicons.expectSum("can you send the invoice please. thanks", 0, model)
    try TestLexicons.expectSum("good morning, how do I change my plan?", 0, model)
    try TestLexicons.expectSum("kindly share the syllabus", 0, model)
    let explanation = try #require(
      SentimentScorer(model: model).score(text: "kindly share the syllabus", explain: true).1)
    #expect(explanation.contributions.first?.rules == [.politeRequest])
    // A short sign-off after the question is named for itself (sixty-sixth session): its thanks
    // counts nothing whatever else the text says.
    let signOff = try #require(
      SentimentScorer(model: model).score(text: "how do I reset it? thank u", explain: true).1)
    #expect(signOff.contributions.first?.rules == [.thanksAfterQuestion])
  }

  @Test func courtesyWithoutARequestOrWithAnOpinionKeepsItsValue() throws {
    try TestLexicons.expectSum("thanks", 1.7, model)
    try TestLexicons.expectSum("good morning world", 1.2, model)
    // The thanks comes before the question: it thanks for something else.
    try TestLexicons.expectSum("thanks Tim. when are you back", 1.7, model)
    try TestLexicons.expectSum("thanks Tim. when are you back?", 1.7, model)
    // "kindly" as an adverb of manner is an opinion.
    try TestLexicons.expectSum("they spoke kindly to my mum", 0.5, model)
    try TestLexicons.expectSum("good service. please send the invoice. thanks", 2.0 + 1.7, model)
  }
}
