import Foundation
import Sentiment
import Testing

/// The VADER profile against values measured with vaderSentiment 3.3.2 (listed in
/// ../shared/notes/vader-behaviour.md), on a small VADER-format lexicon holding the valences those
/// sentences use (good 1.9, bad −2.5, lol 1.8, okay 0.9, ok 1.2, no −1.2, problem −1.7).
/// Full parity on 23,703 sentences is measured by evaluation/sentiment/vader_parity.py.
struct VaderProfileTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    let model = try TestLexicons.vaderModel(
      valences: [
        "good\t1.9", "bad\t-2.5", "lol\t1.8", "okay\t0.9", "ok\t1.2", "no\t-1.2", "problem\t-1.7",
        "smiling\t1.6", "great\t3.1",
      ], emoji: "😁\tbeaming face with smiling eyes\n", lineEnd: "\r\n")
    scorer = SentimentScorer(model: model)
  }

  /// The explanation accounts for the whole sum, "!"/"?" emphasis included: vaderSentiment 3.3.2
  /// scores "Good!!! ok??" 0.6293 = normalize(1.9 + 1.2 + 0.876), where 0.876 = 3 × 0.292 for the
  /// three "!" (its amplifier caps "!" at 4 and adds 0.96 only for more than three "?").
  @Test func explanationIncludesPunctuationEmphasis() throws {
    let (score, explanation) = scorer.score(text: "Good!!! ok??", explain: true)
    #expect(score.compound == 0.6293)
    let sum = try #require(explanation).contributions.reduce(0) { $0 + $1.contribution }
    #expect(abs(sum / (sum * sum + 15).squareRoot() - 0.6293) < 5e-5)
  }

  @Test func basicValuesAndRounding() {
    #expect(compound("good") == 0.4404)
    #expect(compound("bad") == -0.5423)
    #expect(compound("THE FOOD WAS GOOD") == 0.4404)  // all caps: no emphasis
  }

  @Test func quirksAreCopied() {
    #expect(compound("lol but okay") == 0.3291)  // _but_check finds positions by value
    #expect(compound("ok") == 0.296)
    #expect(compound("ok.") == 0.0)  // short tokens keep their punctuation
    #expect(compound("no") == -0.296)
    #expect(compound("no.") == 0.0)
    #expect(compound("it is not not good") == 0.2594)  // each distance negates
    #expect(compound("The food was kind of bad") == -0.5849)  // n-gram dampener not sign-adjusted
    #expect(compound("no problem") == 0.3089)
    #expect(compound("NO problem") == 0.1343)  // caps on a zero valence adds −0.733
    #expect(compound("good. but bad. but good") == 0.0129)  // only the first "but"
  }

  @Test func emojiReplacementLosesTheNextWord() {
    // 😁great → "beaming face with smiling eyesgreat": only "smiling" (1.6) scores.
    #expect(compound("😁great") == compound("smiling"))
    #expect(compound("😁 great") != compound("smiling"))
  }

  @Test func proportionsAreRoundedToThreeDecimals() {
    let score = scorer.score(text: "good food", explain: false).0
    // pos = (1.9 + 1) / (2.9 + 1) = 0.74359 → 0.744.
    #expect(score.pos == 0.744)
    #expect(score.neu == 0.256)
    #expect(score.neg == 0)
  }
}
