import Sentiment
import Testing

/// Costs, options and steps "broken down" for a customer are explained, not broken (`general-en.tsv`,
/// fiftieth session, after the bank-review field test's misfire "broke down every option"). The texts
/// are invented. Expected compounds are worked by hand from VADER's normalisation, which the default
/// profile keeps: one term of valence v alone gives v / √(v² + 15): +1.0 → +0.25, +1.2 → +0.2960.
/// A machine that broke down keeps "broke" (−1.9 → −0.4404).
struct ExplainedCostsTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  @Test func breakingDownCostsIsExplainingThem() {
    #expect(abs(compound("The advisor broke down the charges for us") - 0.25) < 0.001)
    #expect(abs(compound("She broke down each step") - 0.25) < 0.001)
    #expect(abs(compound("Our banker broke it down") - 0.2960) < 0.001)
  }

  @Test func aMachineThatBrokeDownIsStillAComplaint() {
    #expect(abs(compound("The van broke down the second week") - -0.4404) < 0.001)
    #expect(abs(compound("The boiler broke down every winter") - -0.4404) < 0.001)
  }
}
