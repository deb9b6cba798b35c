import Sentiment
import Testing

/// QA review 40: a phrase the lexicon scores 0 ("would be nice") covers a term inside it ("nice",
/// +1.9 alone), so the text scored 0 and `--explain` was empty: the analyst could not see why. The
/// phrase is now listed with the rule "neutral phrase" and contribution 0; the score is unchanged.
@Suite struct NeutralFrameExplanationTests {
  @Test func aNeutralPhraseIsListed() throws {
    let model = try TestLexicons.model(valence: TestLexicons.valence + "\nnice\t1.9\nwould be nice\t0.0\n")
    let scorer = SentimentScorer(model: model)
    let (score, explanation) = scorer.score(text: "Would be nice.", explain: true)
    #expect(score.compound == 0)
    let entries = try #require(explanation).contributions
    #expect(entries.count == 1)
    #expect(entries.first?.text == "Would be nice")
    #expect(entries.first?.rules == [.neutralFrame])
    #expect(entries.first?.contribution == 0)
    // The term alone still counts.
    #expect(scorer.score(text: "Nice.", explain: false).0.compound > 0)
    // Without --explain the score is the same.
    #expect(scorer.score(text: "Would be nice.", explain: false).0 == score)
  }
}
