import Sentiment
import Testing

/// Forty-ninth session, shipped lexicon (`general-en.tsv`, "caring for customers, and going back")
/// and rule 5 on it. The texts are invented.
///
/// Expected compounds are worked by hand from VADER's normalisation, which the default profile
/// keeps: one term of valence v alone gives v / √(v² + 15): +2.0 → +0.4588, +1.8 → +0.4215.
/// A negated positive is × −0.74: +2.0 → −1.48 → −0.3570.
struct CaringAndGoingBackTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  @Test func caringForCustomersIsPraiseAndItsDenialAComplaint() {
    #expect(abs(compound("They care about their customers.") - 0.4588) < 0.001)  // +2.0
    // "really" is an intensifier of it (+0.3, `intensifiers.tsv`): 2.3 / √(2.3² + 15) = 0.5106.
    #expect(abs(compound("They really care about their customers.") - 0.5106) < 0.001)  // +2.3
    // "don't think" raises the negation over the clause it introduces: +2.0 × −0.74.
    #expect(abs(compound("I don't think they care about customers.") - -0.3570) < 0.001)
    // The negated phrase is the lexicon's own "don't care" (−1.8), as before.
    #expect(abs(compound("They don't care about their customers.") - -0.4215) < 0.001)
  }

  @Test func goingBackIsAReturnIntentButNotGoingBackToAnother() {
    #expect(abs(compound("We'll be going back.") - 0.4588) < 0.001)  // +2.0
    #expect(compound("I don't think we'll be going back.") < -0.05)
    // Where to: often the old provider; no praise of this one.
    #expect(compound("We will be going back to our old bank.") == 0)
  }

  @Test func repetitionAfterAStatedPlanIsLoyalty() {
    // Rule 5 with the shipped "again and again" (−1.5): the return intent's +1.8.
    #expect(abs(compound("I plan on ordering from them again and again.") - 0.4215) < 0.001)
    #expect(abs(compound("I'd buy it again and again.") - 0.4215) < 0.001)
    #expect(compound("I called again and again and nobody answered.") < -0.05)
  }

  /// "never fails to" is "always": a 0.0 frame, so its "never" does not negate what follows, which
  /// decides the sign ("quickly" +1.4 was negated to −1.04).
  @Test func neverFailingToIsAlways() {
    #expect(compound("They never failed to respond quickly.") > 0.05)
    #expect(compound("The app never fails to crash.") < -0.05)
    #expect(abs(compound("They have never failed me.") - 0.4588) < 0.001)  // +2.0
  }
}
