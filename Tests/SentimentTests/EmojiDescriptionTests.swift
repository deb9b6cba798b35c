import Foundation
import Sentiment
import Testing

/// `--emoji-lexicon` (VADER's emoji → description format) in both profiles (QA review 32, M2): an
/// emoji described twice is warned about naming both lines and the later description wins, as a
/// later lexicon line does; in the default profile an emoji the lexicons already rate keeps its
/// valence, and the file says how many it left so (they were ignored without a word).
@Suite struct EmojiDescriptionTests {
  /// The default profile on the test lexicons (good 2.0, bad −2.0, ":)" 1.5) plus `emoji`.
  func defaultModel(emoji: String) throws -> SentimentModel {
    let folder = try TestLexicons.directory([
      "valence.tsv": TestLexicons.valence + "\n\u{1F600}\t1.0\n", "negators.txt": TestLexicons.negators,
      "intensifiers.tsv": TestLexicons.intensifiers, "contrast.txt": TestLexicons.contrast, "emoji.txt": emoji,
    ])
    var configuration = SentimentConfiguration(
      includeShippedLexicons: false, lexicons: [LexiconSpec(path: folder.appendingPathComponent("valence.tsv").path)],
      emojiLexicon: folder.appendingPathComponent("emoji.txt").path)
    configuration.negatorsPath = folder.appendingPathComponent("negators.txt").path
    configuration.intensifiersPath = folder.appendingPathComponent("intensifiers.tsv").path
    configuration.contrastPath = folder.appendingPathComponent("contrast.txt").path
    return try SentimentModel(configuration: configuration)
  }

  @Test func aDescribedEmojiTakesItsWordsValenceAndTheLaterDescriptionWins() throws {
    // 😡 described "bad" then "good bad good": the later wins, 2.0 − 2.0 + 2.0 = 2.0.
    let model = try defaultModel(emoji: "\u{1F621}\tbad\n\u{1F621}\tgood bad good\n")
    try TestLexicons.expectSum("\u{1F621}", 2.0, model)
    let duplicate = model.warnings.first { $0.message.hasPrefix("duplicate emoji \"\u{1F621}\"") }
    #expect(duplicate?.line == 2 && duplicate?.message.contains("first on line 1") == true, "\(model.warnings)")
  }

  @Test func anEmojiTheLexiconsRateKeepsItsValenceAndIsSaid() throws {
    // 😀 is 1.0 in the lexicon; its description "bad" would make it −2.0.
    let model = try defaultModel(emoji: "\u{1F621}\tbad\n\u{1F600}\tbad\n")
    try TestLexicons.expectSum("\u{1F600}", 1.0, model)
    try TestLexicons.expectSum("\u{1F621}", -2.0, model)
    let note = model.warnings.first { $0.message.contains("already have a valence in the lexicons") }
    #expect(note?.line == 2 && note?.message.hasPrefix("1 emoji") == true, "\(model.warnings)")
  }

  @Test func theVaderProfileWarnsADuplicateEmojiAndTheLaterWins() throws {
    let model = try TestLexicons.vaderModel(
      valences: ["grinning\t1.6", "sad\t-2.1"], emoji: "\u{1F600}\tgrinning face\n\u{1F600}\tsad face\n")
    // vaderSentiment replaces the emoji by its description: "sad face" scores sad's −2.1, whose
    // compound is −2.1 / √(2.1² + 15) = −0.4767 (four decimals, as VADER rounds).
    let score = SentimentScorer(model: model).score(text: "\u{1F600}", explain: false).0
    #expect(score.compound == -0.4767)
    #expect(model.warnings.contains { $0.line == 2 && $0.message.contains("first on line 1") }, "\(model.warnings)")
  }
}
