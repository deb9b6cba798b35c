import Testing
import Tokenization

@testable import Sentiment

/// Answers stored HTML-escaped score as the answers they escape (`CharacterReferences` in the
/// tokenizer): "wasn&#39;t" keeps its negation, "&lt;3" is a heart. Before, "The fit wasn&#39;t
/// good" scored positive: word breaking cut the contraction into "wasn", "&", "#", "39", ";", "t".
struct CharacterReferenceScoringTests {
  @Test(arguments: [
    ("The fit wasn&#39;t good", "The fit wasn't good"),
    ("Fish &amp; chips were cold &amp; soggy", "Fish & chips were cold & soggy"),
    ("I &lt;3 this store", "I <3 this store"),
    ("It&#x27;s not bad at all", "It's not bad at all"),
    ("&quot;Customer service&quot; my foot, nobody called back", "\"Customer service\" my foot, nobody called back"),
    ("I didn&rsquo;t like the colour", "I didn\u{2019}t like the colour"),
    ("Couldn&#146;t be happier", "Couldn\u{2019}t be happier"),
  ])
  func escapedAnswerScoresAsTheAnswer(escaped: String, plain: String) throws {
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    let fromEscaped = scorer.score(text: escaped, explain: false).0
    let fromPlain = scorer.score(text: plain, explain: false).0
    #expect(fromEscaped.label == fromPlain.label)
    #expect(abs(fromEscaped.compound - fromPlain.compound) < 1e-12)
  }

  @Test func negationInsideAnEscapedContractionHolds() throws {
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    #expect(scorer.score(text: "The fit wasn&#39;t good", explain: false).0.label == .negative)
    // The explanation quotes the answer as it was written.
    let explanation = scorer.score(text: "I &lt;3 it", explain: true).1
    #expect(explanation?.contributions.first?.text == "&lt;3")
  }
}
