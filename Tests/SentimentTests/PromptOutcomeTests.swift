import Sentiment
import Testing
import Tokenization

/// Rule 31 (review r36): "within" + a short duration is praise of speed. Inline lexicon, sums by
/// hand: the "within" unit is +1.2 (`promptOutcomeValence`), "bad" −2.0.
struct PromptOutcomeTests {
  let model: SentimentModel
  let prompt = SentimentParameters().promptOutcomeValence

  init() throws { model = try TestLexicons.model() }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aShortDurationAfterWithinIsPraise() throws {
    try expectSum("Nurse phoned back within the hour", prompt)
    try expectSum("Staff found it within 10 minutes", prompt)
    try expectSum("Password reset done in under a minute", prompt)
    try expectSum("Sorted in less than 5 mins", prompt)
    // Another clause's complaint does not block it: −2.0 + 1.2.
    try expectSum("The screen was bad, but they replaced it within 2 hours", -2.0 * 0.5 + prompt * 1.5)
  }

  @Test func notAPromiseAConditionANegationAComplaintDaysOrTheWritersCompliance() throws {
    try expectSum("They will call within 2 hours", 0)
    try expectSum("A fee applies if you cancel within 48 hours", 0)
    try expectSum("No one called within the hour", 0)
    try expectSum("It went bad within an hour", -2.0)
    try expectSum("Refunds are made within 14 days", 0)
    try expectSum("I sent the photos within the hour as asked", 0)
    // A blocked "within" leaves a later clause's its own.
    try expectSum("They said they would call within 2 hours, and rang within the hour", prompt)
  }

  /// QA review 36, F12: full-width text matches the lexicon through its NFKC norm, and so does
  /// the rule ("ｗｉｔｈｉｎ" is "within"; the rule read the text's first byte and missed it).
  @Test func fullWidthTextIsRead() throws {
    try expectSum("Nurse phoned back ｗｉｔｈｉｎ ｔｈｅ ｈｏｕｒ", prompt)
    try expectSum("Ｎｕｒｓｅ ｐｈｏｎｅｄ ｂａｃｋ ｗｉｔｈｉｎ ｔｈｅ ｈｏｕｒ", prompt)
  }
}
