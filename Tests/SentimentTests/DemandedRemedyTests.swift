import Sentiment
import Testing

/// Rule 57: a remedy the writer demands is what they did not get. Review h66b's complaint letters
/// closed on demands ("I am requesting that the lenses are remade free of charge or a full
/// refund") that the lexicon scored as the good outcomes the remedies would be. Sentences are our
/// own; labels hand-judged.
struct DemandedRemedyTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  /// The rules applied to the term written `text` in `sentence`.
  private func rules(of text: String, in sentence: String) -> [SentimentRule] {
    let contributions = scorer.score(text: sentence, explain: true).1?.contributions ?? []
    return contributions.first { $0.text == text }?.rules ?? []
  }

  /// Whether rule 57 applied to the term written `text` in `sentence`.
  private func isDemanded(_ text: String, in sentence: String) -> Bool {
    rules(of: text, in: sentence).contains { if case .demandedRemedy = $0 { true } else { false } }
  }

  @Test func aDemandedRefundIsAComplaint() {
    // A refund received is good news; one demanded means the writer has not had it.
    #expect(label("They gave me a full refund.") == .positive)
    #expect(label("I want a full refund.") == .negative)
    #expect(label("I would like a full refund.") == .negative)
    #expect(label("I'd like the lenses remade free of charge.") == .negative)
    #expect(label("I am writing to request a full refund.") == .negative)
    #expect(label("We expect compensation for the missed flight.") == .negative)
  }

  @Test func theRuleIsNamedWithItsVerbAndFactor() {
    let applied = rules(of: "full refund", in: "I am requesting a full refund.")
    #expect(applied.contains(.demandedRemedy(verb: "requesting", factor: SentimentParameters().negationScalar)))
  }

  @Test func everyRemedyOfTheClauseIsDemanded() {
    // Two remedies joined by "or" in one clause: both are asked for.
    let sentence = "I would like either my entry honoured or the renewal refunded."
    #expect(isDemanded("honoured", in: sentence))
    #expect(isDemanded("refunded", in: sentence))
    #expect(label(sentence) == .negative)
  }

  @Test func praiseAfterAVerbOfWantingIsNoRemedy() {
    // Only a remedy's words make a demand: "I would like to say" introduces praise.
    #expect(label("I would like to say the staff were great.") == .positive)
    // "like" alone is liking, not "would like".
    #expect(label("I like the free coffee.") == .positive)
    // Someone else's wish is no demand of the writer's.
    #expect(!isDemanded("full refund", in: "She wants a full refund."))
  }

  @Test func aDemandDoesNotReachAcrossASentenceOrAConnective() {
    #expect(!isDemanded("full refund", in: "I want answers. They gave me a full refund."))
    #expect(!isDemanded("full refund", in: "I want to complain but they gave me a full refund."))
  }
}
