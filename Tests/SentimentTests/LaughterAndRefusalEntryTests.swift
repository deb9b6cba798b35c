import Sentiment
import Testing

/// QA review 36 on the shipped lexicons: F07 (laughter typed at any length carries
/// `tone=laughter`) and F09 (refusals to come back are listed contracted, so the apostrophe-free
/// and spelt-out forms are derived). Labels, not numbers, so they hold whatever the exact valences
/// are.
struct LaughterAndRefusalEntryTests {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func expect(_ texts: [String], are label: SentimentLabel, sourceLocation: SourceLocation = #_sourceLocation) {
    for text in texts {
      #expect(scorer.score(text: text, explain: false).0.label == label, "\(text)", sourceLocation: sourceLocation)
    }
  }

  /// F07: laughter typed at any length is laughter (rule 21): at a complaint it counts nothing.
  @Test func longerLaughterIsLaughter() {
    expect(
      [
        "delivery late haha", "delivery late hahahaha", "delivery late hahahahaha", "delivery late lololol",
        "delivery late lolz", "delivery late lols", "delivery late lmaooo", "delivery late xD",
      ], are: .negative)
    expect(["hahahaha", "lolz"], are: .positive)
  }

  /// F09: a refusal to come back reads the same contracted, without the apostrophe and spelt out.
  @Test func refusingToComeBackWithAContraction() {
    expect(
      [
        "Will not return", "Won't return", "wont return", "Would not go back", "Wouldn't go back",
        "Won't be going back", "Won't come back", "wouldn't come back",
      ], are: .negative)
    expect(["Will return", "Will come back"], are: .positive)
  }
}
