import Foundation
import TestSupport
import Testing

@testable import Sentiment
@testable import SentimentArchive

/// The shipped model built at build time (`SentimentArchive`): the archive the binary embeds must
/// be the model the lexicons build now, read back it must score and explain exactly as the built
/// one, and anything else (a user's file, a damaged archive) must build from the files.
@Suite struct ModelArchiveTests {
  /// Texts that reach every table: single words, multi-word expressions and their contraction and
  /// person variants, a wildcard, negators, intensifiers, contrast, emoji and emoticons, caps.
  static let texts = [
    "Waited 40 minutes on hold and nobody called back.",
    "The staff were not unhelpful, but the app keeps crashing :(",
    "Absolutely brilliant service 😍 would recommend!!!",
    "It doesnt work and I wont be back", "I was so disappointed, nobody called us back.",
    "Not bad at all, no problems or complaints.", "Thanks for nothing.", "Great, another delay.",
    "The delivery was slightly late however the driver was lovely", "TERRIBLE customer service",
    "It would be a great app if it didn't crash", "Other banks are much more helpful",
    "meh", "", "¿Dónde está mi pedido?",
  ]

  @Test func embeddedArchiveIsTheModelTheLexiconsBuildNow() throws {
    let bytes = try #require(ShippedModel.archiveBytes(), "the embedded archive is not base64")
    let built = try SentimentModel.shipped()
    // The archive of a model read from the archive is the same bytes: every table round-trips.
    let read = try #require(
      try bytes.withUnsafeBytes { try SentimentModel(archive: $0, configuration: SentimentConfiguration()) })
    let reread = read.archive()
    #expect(reread == bytes, "first difference at byte \(Self.firstDifference(reread, bytes))")
    // And it is the archive of the model built from today's lexicons and builder: a stale archive
    // (lexicons edited, builder changed, archive not rebuilt) fails here.
    let rebuilt = built.archive()
    #expect(rebuilt == bytes, "first difference at byte \(Self.firstDifference(rebuilt, bytes))")
    #expect(read.sources == built.sources)
    #expect(read.sources.map(\.sha256) == built.sources.map(\.sha256))
    #expect(read.warnings == built.warnings)
    #expect(read.valenceEntryCount == built.valenceEntryCount)
  }

  /// The offset of the first byte where `a` and `b` differ (the shorter one's count if one is a
  /// prefix of the other): a failure names it instead of printing megabytes.
  static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int {
    zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
  }

  @Test func archivedModelScoresAndExplainsAsTheBuiltOne() throws {
    let built = SentimentScorer(model: try SentimentModel.shipped())
    let read = SentimentScorer(model: try ShippedModel.model(configuration: SentimentConfiguration()))
    for text in Self.texts {
      let (builtScore, builtExplanation) = built.score(text: text, explain: true)
      let (readScore, readExplanation) = read.score(text: text, explain: true)
      #expect(readScore == builtScore, "\(text)")
      #expect(readExplanation == builtExplanation, "\(text)")
    }
    // The texts do reach the tables: not every one is neutral.
    #expect(Self.texts.contains { built.score(text: $0, explain: false).0.compound < -0.5 })
    #expect(Self.texts.contains { built.score(text: $0, explain: false).0.compound > 0.5 })
  }

  /// Every valence term of the shipped lexicons, alone and negated, intensified and contrasted in
  /// a sentence: each entry, its trie path and its token records are read through the archive.
  @Test func everyShippedTermScoresAsWhenBuilt() throws {
    let builtModel = try SentimentModel.shipped()
    let built = SentimentScorer(model: builtModel)
    let read = SentimentScorer(model: try ShippedModel.model(configuration: SentimentConfiguration()))
    var differing: [String] = []
    var scored = 0
    for entry in builtModel.rules.entries {
      let term = entry.term.replacingOccurrences(of: "*", with: "ed")
      for text in [term, "It was not \(term) at all, but the staff were very \(term)!!"] {
        let (builtScore, builtExplanation) = built.score(text: text, explain: true)
        let (readScore, readExplanation) = read.score(text: text, explain: true)
        if builtScore != readScore || builtExplanation != readExplanation { differing.append(text) }
        scored += 1
      }
    }
    #expect(scored > 20_000)
    #expect(differing.isEmpty, "\(differing.count) texts differ, first \(differing.prefix(5))")
  }

  @Test func thresholdsAndParametersComeFromTheConfiguration() throws {
    var configuration = SentimentConfiguration(thresholds: SentimentThresholds(negative: -0.5, positive: 0.5))
    configuration.parameters = .vader
    let model = try ShippedModel.model(configuration: configuration)
    #expect(model.thresholds == configuration.thresholds)
    #expect(model.parameters == .vader)
    // "good" alone scores about +0.44 (VADER's normalisation of 1.9): positive at ±0.05, neutral here.
    let score = SentimentScorer(model: model).score(text: "good", explain: false).0
    #expect(score.compound > 0.05 && score.compound < 0.5)
    #expect(score.label == .neutral)
  }

  @Test func badThresholdsAreRefusedAsWhenBuilding() throws {
    var configuration = SentimentConfiguration()
    configuration.thresholds = SentimentThresholds(negative: 0.2, positive: 0.3)
    #expect(throws: SentimentError.self) { try ShippedModel.model(configuration: configuration) }
    #expect(throws: SentimentError.self) { try SentimentModel(configuration: configuration) }
  }

  @Test func configurationsWithFilesOfTheUsersAreBuiltFromTheFiles() throws {
    let bytes = try #require(ShippedModel.archiveBytes())
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let pack = directory.appendingPathComponent("pack.tsv").path
    try "zorbly\t3.0\n".write(toFile: pack, atomically: true, encoding: .utf8)
    var variants: [SentimentConfiguration] = []
    variants.append(SentimentConfiguration(lexicons: [LexiconSpec(path: pack)]))
    variants.append(SentimentConfiguration(includeShippedLexicons: false, lexicons: [LexiconSpec(path: pack)]))
    var negators = SentimentConfiguration()
    negators.negatorsPath = pack
    variants.append(negators)
    var intensifiers = SentimentConfiguration()
    intensifiers.intensifiersPath = pack
    variants.append(intensifiers)
    var contrast = SentimentConfiguration()
    contrast.contrastPath = pack
    variants.append(contrast)
    variants.append(SentimentConfiguration(emojiLexicon: pack))
    variants.append(SentimentConfiguration(profile: .vader, lexicons: [LexiconSpec(path: pack)]))
    for configuration in variants {
      #expect(!configuration.readsOnlyShippedFiles)
      let read = try bytes.withUnsafeBytes { try SentimentModel(archive: $0, configuration: configuration) }
      #expect(read == nil)
    }
    // Through `ShippedModel`, the user's pack is read: its word scores.
    let model = try ShippedModel.model(configuration: variants[0])
    #expect(model.sources.contains { $0.name == pack })
    #expect(SentimentScorer(model: model).score(text: "zorbly", explain: false).0.compound > 0.5)
  }

  @Test func damagedArchivesAreRefused() throws {
    let bytes = try #require(ShippedModel.archiveBytes())
    func read(_ damaged: [UInt8]) throws -> SentimentModel? {
      try damaged.withUnsafeBytes { try SentimentModel(archive: $0, configuration: SentimentConfiguration()) }
    }
    #expect(try read(bytes) != nil)
    #expect(try read([]) == nil)
    #expect(try read(Array(bytes.dropLast(8))) == nil)
    #expect(try read(Array(bytes.prefix(bytes.count / 2))) == nil)
    #expect(try read(bytes + [0, 0, 0, 0, 0, 0, 0, 0]) == nil)
    // The header's three words: magic, format version, layout fingerprint.
    for word in 0..<3 {
      var damaged = bytes
      damaged[word * 8] ^= 0x01
      #expect(try read(damaged) == nil, "header word \(word)")
    }
  }
}

/// `Base64.decode`, against RFC 4648's test vectors (§10) and Foundation's decoder.
@Suite struct ArchiveBase64Tests {
  func decode(_ text: String) -> [UInt8]? {
    Array(text.utf8).withUnsafeBufferPointer { Base64.decode($0) }
  }

  @Test func rfc4648TestVectors() {
    let vectors = [
      ("", ""), ("Zg==", "f"), ("Zm8=", "fo"), ("Zm9v", "foo"), ("Zm9vYg==", "foob"), ("Zm9vYmE=", "fooba"),
      ("Zm9vYmFy", "foobar"),
    ]
    for (encoded, decoded) in vectors { #expect(decode(encoded) == Array(decoded.utf8), "\(encoded)") }
  }

  @Test func malformedTextIsRefused() {
    for text in ["Zg=", "Zm9", "Zm9v!A==", "Zm=v", "Z===", "Zm9vYmF\n"] { #expect(decode(text) == nil, "\(text)") }
  }

  /// A character outside the alphabet anywhere in a long text, where the AVX2 steps read it too.
  @Test func malformedCharacterAnywhereIsRefused() {
    let valid = Array(Data((0..<150).map { UInt8($0) }).base64EncodedString().utf8)
    for position in 0..<(valid.count - 2) {
      for bad in Array("!=@[`{*,.:".utf8) + [0, 0x80, 0xC0, 0xFF] {
        var text = valid
        text[position] = bad
        #expect(text.withUnsafeBufferPointer { Base64.decode($0) } == nil, "\(position) \(bad)")
      }
    }
  }

  @Test func agreesWithFoundationOnEveryLengthAndByte() {
    var generator = SplitMix64(state: 20_261_206)
    for length in Array(0...100) + [255, 256, 257, 4_099] {
      let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      let encoded = Data(bytes).base64EncodedString()
      #expect(decode(encoded) == bytes, "length \(length)")
    }
  }
}
