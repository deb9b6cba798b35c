import Foundation
import Sentiment
import TestSupport
import Testing
import Tokenization

/// Small inline lexicons with round valences, so expected scores can be worked out by hand
/// (compound = s / √(s² + 15), Hutto & Gilbert 2014) without depending on the shipped lexicon.
enum TestLexicons {
  static let valence = """
    # test lexicon
    good\t2.0
    bad\t-2.0
    terrible\t-3.0
    on hold\t-1.5
    hold\t1.0
    disappoint*\t-2.0
    :)\t1.5
    complaints\t-2.0
    no problems\t1.5
    """
  static let negators = "not\nnever\nno\nno one\nisn't\nnothing\ncouldnt\ncan't\ncannot\n"
  static let intensifiers = "very\t0.3\nslightly\t-0.3\nkind of\t-0.3\n"
  static let contrast = "but\tafter\nalthough\tbefore\n"

  /// Writes `files` (name → contents) into a new temporary directory; returns its path.
  static func directory(_ files: [String: String]) throws -> URL {
    let directory = try TestSupport.temporaryDirectory()
    for (name, contents) in files {
      try contents.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return directory
  }

  /// A default-profile model on the test lexicons only (no shipped lexicon).
  static func model(
    valence: String = valence, intensifiers: String = intensifiers, contrast: String = contrast,
    thresholds: SentimentThresholds = SentimentThresholds(), parameters: SentimentParameters? = nil
  ) throws -> SentimentModel {
    let folder = try directory([
      "valence.tsv": valence, "negators.txt": negators, "intensifiers.tsv": intensifiers, "contrast.txt": contrast,
    ])
    var configuration = SentimentConfiguration(
      includeShippedLexicons: false, lexicons: [LexiconSpec(path: folder.appendingPathComponent("valence.tsv").path)],
      thresholds: thresholds, parameters: parameters)
    configuration.negatorsPath = folder.appendingPathComponent("negators.txt").path
    configuration.intensifiersPath = folder.appendingPathComponent("intensifiers.tsv").path
    configuration.contrastPath = folder.appendingPathComponent("contrast.txt").path
    return try SentimentModel(configuration: configuration)
  }

  /// A VADER-profile model on a VADER-format lexicon of `valences` ("term<TAB>valence", each given
  /// VADER's standard-deviation and ratings columns), lines ending in `lineEnd`, and an emoji
  /// description file.
  static func vaderModel(valences: [String], emoji: String, lineEnd: String = "\n") throws -> SentimentModel {
    let lexicon = valences.map { $0 + "\t0.5\t[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]" }.joined(separator: lineEnd)
    let folder = try directory(["vader.txt": lexicon + lineEnd, "emoji.txt": emoji])
    return try SentimentModel(
      configuration: SentimentConfiguration(
        profile: .vader, lexicons: [LexiconSpec(path: folder.appendingPathComponent("vader.txt").path)],
        emojiLexicon: folder.appendingPathComponent("emoji.txt").path))
  }

  /// VADER's normalisation, for expected values: s / √(s² + 15).
  static func compound(_ sum: Double) -> Double { sum / (sum * sum + 15).squareRoot() }

  /// Expects `text` to score the compound of the hand-worked sum `sum` on `model` (to 1e-9).
  static func expectSum(
    _ text: String, _ sum: Double, _ model: SentimentModel, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let value = try score(text, model).compound
    #expect(abs(value - compound(sum)) < 1e-9, "\(text): \(value)", sourceLocation: sourceLocation)
  }

  /// Scores `text` with a default-profile scorer on `model`.
  static func score(_ text: String, _ model: SentimentModel) throws -> SentimentScore {
    let tokenizer = try Tokenizer()
    let scorer = SentimentScorer(model: model)
    return scorer.score(try tokenizer.tokenize(text), explain: false).0
  }
}
