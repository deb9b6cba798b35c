import Sentiment
import Testing
import Tokenization
import VerbatimCore

struct ExplanationTests {
  @Test func explainsNegationAndBoosting() throws {
    let model = try TestLexicons.model()
    let scorer = SentimentScorer(model: model)
    let (score, explanation) = scorer.score(text: "The soup was not very good", explain: true)
    let items = try #require(explanation?.contributions)
    #expect(items.count == 1)
    let good = items[0]
    #expect(good.text == "good")
    #expect(good.start == 22 && good.end == 26)
    #expect(good.lexiconValence == 2.0)
    #expect(good.origin == "valence.tsv:2")
    #expect(
      good.rules == [.boosted(by: "very", distance: 1, amount: 0.3), .negated(by: "not", distance: 2, factor: -0.74)])
    #expect(abs(good.contribution - 2.3 * -0.74) < 1e-12)
    #expect(abs(score.compound - TestLexicons.compound(good.contribution)) < 1e-12)
  }

  /// A negator that does not flip its term is listed as such, with why (review r10: it was listed
  /// as "negated" with factor 1, a rule that seemed to do nothing).
  @Test func aNegatorThatKeepsPolarityIsExplainedAsSuch() throws {
    let scorer = SentimentScorer(model: try TestLexicons.model())
    let (score, explanation) = scorer.score(text: "not :)", explain: true)
    let item = try #require(explanation?.contributions.first)
    #expect(item.rules == [.negationKept(by: "not", distance: 1, reason: "emoji and emoticons are never negated")])
    #expect(abs(score.compound - TestLexicons.compound(1.5)) < 1e-12)
  }

  @Test func contributionsAddUpToTheSum() throws {
    let model = try TestLexicons.model()
    let scorer = SentimentScorer(model: model)
    let (score, explanation) = scorer.score(text: "Good. But the wait on hold was terrible!!", explain: true)
    let sum = try #require(explanation).contributions.reduce(0) { $0 + $1.contribution }
    #expect(abs(TestLexicons.compound(sum) - score.compound) < 1e-12)
    #expect(score.label == .negative)
  }

  @Test func writesJSON() throws {
    let model = try TestLexicons.model()
    let scorer = SentimentScorer(model: model)
    let explanation = try #require(scorer.score(text: "not good", explain: true).1)
    var writer = JSONWriter()
    writer.explanation(explanation)
    let json = writer.string
    #expect(json.hasPrefix("[{\"text\":\"good\",\"term\":\"good\",\"start\":4,\"end\":8,\"valence\":2.0"))
    #expect(json.contains("{\"rule\":\"negated\",\"by\":\"not\",\"distance\":1,\"factor\":-0.74}"))
  }
}
