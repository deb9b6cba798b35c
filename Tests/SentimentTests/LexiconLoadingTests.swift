import Foundation
import Sentiment
import Testing
import VerbatimCore

/// Lexicon files: the formats, detection, validation messages, duplicates and overrides.
struct LexiconLoadingTests {
  private func model(_ files: [(String, String)], includeShipped: Bool = false) throws -> SentimentModel {
    let folder = try TestLexicons.directory(Dictionary(uniqueKeysWithValues: files))
    var configuration = SentimentConfiguration(
      includeShippedLexicons: includeShipped,
      lexicons: files.map { LexiconSpec(path: folder.appendingPathComponent($0.0).path) })
    let words = try TestLexicons.directory([
      "n.txt": TestLexicons.negators, "i.tsv": TestLexicons.intensifiers, "c.txt": TestLexicons.contrast,
    ])
    configuration.negatorsPath = words.appendingPathComponent("n.txt").path
    configuration.intensifiersPath = words.appendingPathComponent("i.tsv").path
    configuration.contrastPath = words.appendingPathComponent("c.txt").path
    return try SentimentModel(configuration: configuration)
  }

  private func expectError(
    _ contents: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    do {
      _ = try model([("bad.tsv", contents)])
      Issue.record("no error for \(message)", sourceLocation: sourceLocation)
    } catch let error as SentimentError {
      #expect(error.description.hasSuffix("bad.tsv:" + message), "\(error)", sourceLocation: sourceLocation)
    }
  }

  @Test func ownFormatWithSdTagsCommentsAndBlankLines() throws {
    let model = try model([
      ("own.tsv", "# comment\n\ngreat\t3.0\t0.5\tdomain=service;register=informal\nslow\t-1.0\tdomain=service\n")
    ])
    #expect(model.valenceEntryCount == 2)
    #expect(abs(try TestLexicons.score("great", model).compound - TestLexicons.compound(3)) < 1e-12)
    #expect(abs(try TestLexicons.score("slow", model).compound - TestLexicons.compound(-1)) < 1e-12)
  }

  @Test func crlfLineEndsAndMultiWordTerms() throws {
    let model = try model([("crlf.tsv", "# c\r\nnot  bad\t1.0\r\nCustomer Service\t0.5\r\n")])
    #expect(model.valenceEntryCount == 2)
    // The term "not  bad" is normalised to the token sequence not, bad: an expression, not a negation.
    #expect(abs(try TestLexicons.score("Not bad", model).compound - TestLexicons.compound(1.0)) < 1e-12)
    #expect(abs(try TestLexicons.score("customer service", model).compound - TestLexicons.compound(0.5)) < 1e-12)
  }

  @Test func badLinesNameFileAndLine() throws {
    try expectError("good\t2.0\nbad\t-5\n", "2: valence -5 is outside -4…+4")
    try expectError("good\tnice\n", "1: valence \"nice\" is not a number")
    try expectError("# c\ngood 2.0\n", "2: expected term<TAB>value, found no tab")
    try expectError("good\t2.0\t-1\n", "1: standard deviation -1 is negative")
    // Review r20a: these loaded silently (the column was read as a tag, or ignored).
    try expectError("foo\t1.0\tx\n", "1: standard deviation \"x\" is not a number")
    try expectError("foo\t1.0\t0.5\tnotag\n", "1: tag \"notag\" is not key=value (e.g. domain=service)")
    try expectError(
      "foo\t1.0\t0.5\tdomain=x\textra\n",
      "1: more than four tab-separated columns (term, valence, standard deviation, tags)")
    try expectError("*\t1.0\n", "1: a lone \"*\" matches nothing")
  }

  /// Tags may stand in the third column when there is no deviation ("term, valence, tags").
  @Test func tagsWithoutADeviationAreAccepted() throws {
    let model = try model([("tags.tsv", "good\t2.0\tdomain=service\nnice\t1.0\t\tdomain=store;type=phrase\n")])
    #expect(model.warnings.isEmpty)
    #expect(abs(try TestLexicons.score("good", model).compound - TestLexicons.compound(2)) < 1e-12)
  }

  @Test func duplicateWarnsNamingBothLinesAndLaterWins() throws {
    let model = try model([("dup.tsv", "meh\t-1.0\nfood\t0.5\nMEH\t1.5\n")])
    #expect(model.warnings.count == 1)
    let warning = try #require(model.warnings.first)
    #expect(warning.line == 3)
    #expect(warning.description.contains("duplicate term \"meh\" (first on line 1); the later value, on line 3, wins"))
    #expect(abs(try TestLexicons.score("meh", model).compound - TestLexicons.compound(1.5)) < 1e-12)
  }

  @Test func laterFileOverridesEarlier() throws {
    let model = try model([("a.tsv", "meh\t-1.0\n"), ("b.tsv", "meh\t2.0\n")])
    #expect(abs(try TestLexicons.score("meh", model).compound - TestLexicons.compound(2)) < 1e-12)
    #expect(model.warnings.isEmpty)
  }

  @Test func detectsVaderFormat() throws {
    // vader_lexicon.txt lines: term, mean, sd, list of ten ratings (Hutto & Gilbert 2014).
    let model = try model([("vader.txt", "good\t1.9\t0.9434\t[2, 1, 2, 3, 3, 1, 1, 2, 2, 2]\n")])
    #expect(model.sources.first?.format == .vader)
    #expect(abs(try TestLexicons.score("good", model).compound - TestLexicons.compound(1.9)) < 1e-12)
  }

  @Test func detectsAfinnAndScalesItOntoMinusFourToFour() throws {
    // AFINN-165 style lines: integer valences −5…+5 (Nielsen 2011). −5 × 0.8 = −4.
    let model = try model([("words.txt", "abhor\t-3\nbastard\t-5\nbreathtaking\t5\n")])
    #expect(model.sources.first?.format == .afinn)
    #expect(abs(try TestLexicons.score("bastard", model).compound - TestLexicons.compound(-4)) < 1e-12)
  }

  @Test func emojiDescriptionFileGivesEmojiTheirDescriptionsValence() throws {
    let model = try model([("v.tsv", "smiling\t1.5\n"), ("emoji.txt", "😁\tbeaming face with smiling eyes\n")])
    #expect(abs(try TestLexicons.score("😁", model).compound - TestLexicons.compound(1.5)) < 1e-12)
  }

  @Test func sourcesRecordCountAndHash() throws {
    let contents = "good\t2.0\n"
    let model = try model([("one.tsv", contents)])
    let source = try #require(model.sources.first { $0.role == "valence" })
    #expect(source.entryCount == 1)
    #expect(!source.embedded)
    #expect(source.sha256 == SHA256.hex(of: Array(contents.utf8)))
    #expect(model.sources.map(\.role) == ["valence", "negators", "intensifiers", "contrast"])
  }

  @Test func missingFileIsCannotOpen() throws {
    do {
      _ = try SentimentModel(configuration: SentimentConfiguration(lexicons: [LexiconSpec(path: "/nonexistent/x.tsv")]))
      Issue.record("no error")
    } catch {
      #expect(error.isCannotOpen)
      #expect(error.description.hasPrefix("/nonexistent/x.tsv: cannot open"))
    }
  }

  @Test func shippedModelLoadsFromEmbeddedData() throws {
    let model = try SentimentModel.shipped()
    #expect(model.valenceEntryCount > 0)
    #expect(model.sources.allSatisfy { $0.embedded })
    #expect(model.warnings.isEmpty)
  }

  /// Equal cut-offs: a compound on them is on neither side (QA review 13: 0.0 was positive under
  /// `--thresholds 0,0`); either side of them is labelled as usual.
  @Test func equalThresholdsLeaveTheCutOffNeutral() {
    let thresholds = SentimentThresholds(negative: 0, positive: 0)
    #expect(thresholds.label(for: 0) == .neutral)
    #expect(thresholds.label(for: 0.001) == .positive)
    #expect(thresholds.label(for: -0.001) == .negative)
    #expect(SentimentThresholds().label(for: 0.05) == .positive)
    #expect(SentimentThresholds().label(for: -0.05) == .negative)
  }

  @Test func thresholdsMustBeOrdered() throws {
    #expect(throws: SentimentError.self) {
      try SentimentModel(
        configuration: SentimentConfiguration(thresholds: SentimentThresholds(negative: 0.5, positive: -0.5)))
    }
    // QA review 22: ordered, but a neutral band that leaves out 0 (compound 0 would not be neutral).
    #expect(throws: SentimentError.self) {
      try SentimentModel(
        configuration: SentimentConfiguration(thresholds: SentimentThresholds(negative: 0.05, positive: 0.3)))
    }
  }
}

extension LexiconLoadingTests {
  /// QA review 15: VADER-format lines were not range-checked (a typo 9 outweighed every word), a
  /// file taken for AFINN was rescaled without a word, and terms that can never match loaded
  /// silently.
  @Test func vaderLinesAreRangeChecked() throws {
    let ratings = "\t[1, 2]\n"
    for (line, message) in [
      ("x\t9\t0.8" + ratings, "1: valence 9 is outside VADER's scale -4…+4"),
      ("y\t1.5\t-0.8" + ratings, "1: standard deviation \"-0.8\" is not a number of 0 or more"),
    ] {
      do {
        _ = try model([("v.txt", line)])
        Issue.record("no error for \(line)")
      } catch let error as SentimentError {
        #expect(error.description.hasSuffix("v.txt:" + message), "\(error)")
      }
    }
  }

  /// A hexadecimal valence is no lexicon value; invalid UTF-8 is named with its line and byte.
  @Test func hexValencesAndInvalidUTF8AreErrorsAtTheirLine() throws {
    do {
      _ = try model([("h.tsv", "good\t2\nx\t0x1p1\n")])
      Issue.record("0x1p1 accepted")
    } catch let error as SentimentError {
      #expect(error.description.hasSuffix("h.tsv:2: valence \"0x1p1\" is not a number"), "\(error)")
    }
    let folder = try TestLexicons.directory([:])
    let path = folder.appendingPathComponent("latin1.tsv")
    try Data([0x67, 0x6F, 0x6F, 0x64, 0x09, 0x32, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x09, 0x31, 0x0A]).write(to: path)
    let loaded = Result { () throws(SentimentError) in
      try SentimentModel(
        configuration: SentimentConfiguration(includeShippedLexicons: false, lexicons: [LexiconSpec(path: path.path)]))
    }
    guard case .failure(let error) = loaded else {
      Issue.record("invalid UTF-8 accepted")
      return
    }
    #expect(error.description.contains("latin1.tsv:2: not valid UTF-8 at byte 4 of the line"), "\(error)")
  }

  @Test func aFileTakenForAfinnIsSaid() throws {
    let model = try model([("mine.tsv", "zorble\t3\nflimsy\t-5\n")])
    #expect(model.sources.first?.format == .afinn)
    #expect(model.warnings.map(\.description).contains { $0.contains("mine.tsv:1: warning: read as AFINN") })
  }

  @Test func termsThatCanNeverMatchAreWarnedAbout() throws {
    let model = try model([("w.tsv", "fl*m\t1.0\n*ing\t1.0\nnot good*\t-1.0\ngood*\t2.0\n")])
    #expect(model.warnings.map(\.line) == [1, 2, 3])
    #expect(model.warnings.first?.description.contains("\"*\" is a prefix wildcard only at the end") == true)
    // Emoticons with "*" (no letters) are no wildcards and no concern.
    #expect(try self.model([("e.tsv", ":*\t1.5\n")]).warnings.isEmpty)
  }
}
