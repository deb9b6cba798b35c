import Sentiment
import Testing

/// Lexicon verdicts that open with a negated verb ("doesn't cut it", "didn't do the trick", "isn't
/// for me", "doesn't do it for me"): matched as written, without the apostrophe, spelt out and in
/// another person, with a curly apostrophe and with an adverb before or inside, on the shipped
/// lexicons (labels a coder would give, hand-judged).
struct NegatedVerdictPhraseTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func verdictsThatOpenWithANegatedVerbAreComplaints() {
    #expect(label("It just doesn't do it for me") == .negative)
    #expect(label("Didn't do it for me") == .negative)
    #expect(label("It doesn't cut it") == .negative)
    #expect(label("It just didn't cut it.") == .negative)
    #expect(label("Their service does not cut it anymore.") == .negative)
    #expect(label("doesnt cut it") == .negative)
    #expect(label("It didn\u{2019}t cut it") == .negative)
    #expect(label("Sadly, the new formula is just not cutting it.") == .negative)
    #expect(label("The cream didn't do the trick.") == .negative)
    #expect(label("Honestly, the new layout just isn't for me.") == .negative)
    #expect(label("The app looks nice but it doesn't cut it for daily use.") == .negative)
  }

  @Test func theWrittenFormNamesTheListedTerm() throws {
    let explanation = try #require(scorer.score(text: "It does not cut it.", explain: true).1)
    let term = try #require(explanation.contributions.first)
    #expect(term.term == "doesn't cut it")
    #expect(term.contribution < 0)
  }

  @Test func nearMissesKeepTheirLabels() {
    #expect(label("They don't cut corners.") == .positive)
    #expect(label("The tablets did the trick.") == .positive)
    #expect(label("Cut it short, the food was great.") == .positive)
  }
}
