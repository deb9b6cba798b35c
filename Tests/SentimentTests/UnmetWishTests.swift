import Sentiment
import Testing
import Tokenization

/// Rule 41 of `FeedbackRules.swift` (QA review 42): a suggestion frame's wish for what should
/// already happen is a complaint. The survey convention behind it is the demo's own adjudicated
/// codes (corpora/demo: "A tracking page that actually tracks something would be nice" negative,
/// "Better filters by size would be good" neutral). Inline lexicon; sums worked by hand.
struct UnmetWishTests {
  let model: SentimentModel
  let wish = SentimentParameters().unmetWishValence

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence
        + "\nwould be nice if\t0.0\t\tframe=suggestion\nwould be nice to\t0.0\t\tframe=suggestion"
        + "\nwould be nice\t0.0\t\tframe=suggestion\nfaster\t1.0\ncrash\t-2.0\nreplied\t-1.8\t\tnegation=only\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aFaultWishedAwayKeepsItsValue() throws {
    // Negated, "crash" would be −2.0 × −0.4 = +0.8, which rule 13 zeroed: the answer said nothing.
    try expectSum("Would be nice if it never crash", -2.0)
    try expectSum("Would be nice if it did not crash", -2.0)
  }

  @Test func anExpectedOutcomeWishedForDidNotHappen() throws {
    // Affirmed, "replied" counts 0 (rule 25); wished for, its lexicon value as given.
    try expectSum("Would be nice if they replied", -1.8)
    try expectSum("They replied", 0)
  }

  @Test func actuallyOrWorkMakesTheFrameAComplaint() throws {
    try expectSum("Would be nice if the aircon worked", wish)
    try expectSum("Would be nice to actually speak to someone", wish)
    try expectSum("A tracking page that actually tracks something would be nice", wish)
    // "Actually" as the sentence's first word opens the suggestion; "work" after a negator is not
    // a basic wished for.
    try expectSum("Actually, would be nice to have more choice", 0)
    try expectSum("Would be nice if I did not work weekends", 0)
  }

  @Test func aWishForMoreStatesNoVerdict() throws {
    try expectSum("Would be nice if the app was faster", 0)
    try expectSum("Would be nice to have good staff", 0)
    // A frame that closes its clause wishes for what comes before it.
    try expectSum("Faster checkout would be nice", 0)
    // Another clause still counts.
    try expectSum("Good staff, faster checkout would be nice", 2.0)
    // Praise a rule makes of its own (rule 31's prompt outcome, +1.2) is wished for too.
    try expectSum("Would be nice to get it within 5 minutes", 0)
  }

  @Test func theExplanationNamesTheWish() throws {
    let scorer = SentimentScorer(model: model)
    let (_, explanation) = scorer.score(text: "Would be nice if they replied", explain: true)
    let entries = try #require(explanation).contributions
    let replied = try #require(entries.first { $0.text == "replied" })
    #expect(replied.rules == [.unmetWish(frame: "would be nice if")])
    #expect(abs(replied.contribution - -1.8) < 1e-9)
    let (_, framed) = scorer.score(text: "Would be nice if it worked", explain: true)
    let framedEntries = try #require(framed).contributions
    let frame = try #require(framedEntries.first)
    #expect(frame.rules == [.unmetWish(frame: "would be nice if")])
    #expect(abs(frame.contribution - wish) < 1e-9)
  }
}
