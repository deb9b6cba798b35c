import Foundation
import TestSupport
import Testing

@testable import Sentiment

/// QA review 36: lexicon loading (byte-order marks, tags, word-list columns, AFINN detection,
/// VADER files in either profile) and what `--explain` says of it.
struct QAReview36LexiconTests {
  /// A default-profile model on `valence` files (name → contents, loaded in the given order), with
  /// the test negators, intensifiers and connectives unless other contents are given.
  private func model(
    _ valence: [(String, String)], negators: String = TestLexicons.negators,
    intensifiers: String = TestLexicons.intensifiers, contrast: String = TestLexicons.contrast
  ) throws -> SentimentModel {
    let folder = try TestLexicons.directory(
      Dictionary(uniqueKeysWithValues: valence + [("n.txt", negators), ("i.tsv", intensifiers), ("c.txt", contrast)]))
    var configuration = SentimentConfiguration(
      includeShippedLexicons: false,
      lexicons: valence.map { LexiconSpec(path: folder.appendingPathComponent($0.0).path) }
    )
    configuration.negatorsPath = folder.appendingPathComponent("n.txt").path
    configuration.intensifiersPath = folder.appendingPathComponent("i.tsv").path
    configuration.contrastPath = folder.appendingPathComponent("c.txt").path
    return try SentimentModel(configuration: configuration)
  }

  /// The error `body` throws, or nil (recorded as an issue).
  private func error(
    _ body: () throws -> SentimentModel, sourceLocation: SourceLocation = #_sourceLocation
  ) -> SentimentError? {
    do {
      _ = try body()
      Issue.record("no error", sourceLocation: sourceLocation)
      return nil
    } catch let error as SentimentError {
      return error
    } catch {
      Issue.record("\(error)", sourceLocation: sourceLocation)
      return nil
    }
  }

  private func explain(_ text: String, _ model: SentimentModel) -> [SentimentContribution] {
    SentimentScorer(model: model).score(text: text, explain: true).1?.contributions ?? []
  }

  // MARK: F04

  /// QA review 36, F04: a byte-order mark is skipped in every kind of lexicon file. A pack whose
  /// first line was a comment or blank was refused ("found no tab"), and a first term kept U+FEFF
  /// in `--explain`'s term, by and connective.
  @Test func aByteOrderMarkIsSkippedInEveryKindOfFile() throws {
    let bom = "\u{FEFF}"
    for first in ["# my pack (provenance)\n", "\n", ""] {
      let loaded = try model([("pack.tsv", bom + first + "sluggish\t-1.5\n")])
      let item = try #require(explain("the app is sluggish", loaded).first)
      #expect(item.term == "sluggish")
      #expect(item.lexiconValence == -1.5)
    }
    let loaded = try model(
      [("pack.tsv", bom + "good\t2.0\n")], negators: bom + "not\n", intensifiers: bom + "# mine\nvery\t0.3\n",
      contrast: bom + "but\tafter\n")
    #expect(explain("good", loaded).first?.term == "good")
    #expect(explain("not good", loaded).first?.rules.first == .negated(by: "not", distance: 1, factor: -0.74))
    #expect(explain("very good", loaded).first?.rules.first == .boosted(by: "very", distance: 1, amount: 0.3))
    let clause = explain("good but good", loaded).first?.rules.first
    #expect(clause == .clauseWeight(connective: "but", weight: 0.5))
    // The source's SHA-256 is of the file's bytes as they are, mark included.
    let plain = try model([("pack.tsv", "good\t2.0\n")])
    #expect(loaded.sources.first?.sha256 != plain.sources.first?.sha256)
    #expect(loaded.sources.first?.entryCount == 1)
  }

  /// QA review 36, F04: the third-party formats too (VADER, AFINN, VADER's emoji descriptions).
  @Test func aByteOrderMarkIsSkippedInThirdPartyFormats() throws {
    let vader = try model([("v.txt", "\u{FEFF}meh\t-1.5\t0.5\t[-1, -2]\n")])
    #expect(vader.sources.first?.format == .vader)
    #expect(explain("meh", vader).first?.term == "meh")
    let afinn = try model([("a.txt", "\u{FEFF}zorble\t5\n")])
    #expect(afinn.sources.first?.format == .afinn)
    #expect(explain("zorble", afinn).first?.term == "zorble")
    let folder = try TestLexicons.directory(["e.txt": "\u{FEFF}😀\tgood\n", "l.tsv": "good\t2.0\n"])
    var configuration = SentimentConfiguration(
      includeShippedLexicons: false, lexicons: [LexiconSpec(path: folder.appendingPathComponent("l.tsv").path)])
    configuration.emojiLexicon = folder.appendingPathComponent("e.txt").path
    let emoji = try SentimentModel(configuration: configuration)
    #expect(explain("😀", emoji).first?.lexiconValence == 2.0)
  }

  /// A byte-order mark inside a file (two files joined with `cat`, each saved with one) is an error
  /// naming the line and byte; it was kept in the term after it, where `--explain` showed U+FEFF.
  @Test func aByteOrderMarkInsideAFileIsAnErrorWithItsLine() throws {
    let bom = "\u{FEFF}"
    let found = error { try model([("joined.tsv", bom + "# pack one\nsluggish\t-1.5\n" + bom + "laggy\t-1.2\n")]) }
    guard case .badLine(let file, let line, let reason) = found else {
      Issue.record("\(String(describing: found))")
      return
    }
    #expect(file.hasSuffix("joined.tsv"))
    #expect(line == 3)
    #expect(reason.contains("byte-order mark (U+FEFF) at byte 1 of the line"), "\(reason)")
    let midLine = error { try model([("mid.tsv", "slow\t-1.0\nlaggy" + bom + "\t-1.2\n")]) }
    guard case .badLine(_, 2, let midReason) = midLine else {
      Issue.record("\(String(describing: midLine))")
      return
    }
    #expect(midReason.contains("at byte 6 of the line"), "\(midReason)")
  }

  // MARK: F08

  /// QA review 36, F08: a misspelt value of a tag the default profile acts on, or a tag in other
  /// case, is an error naming the file, line and the known tags; it was ignored and flipped labels.
  @Test func misspeltBehaviourTagsAreErrors() throws {
    for tag in [
      "negation=kep", "Negation=Keep", "negation=Keep", "tone=lukwarm", "frame=sugestion", "contrast=before",
      "Domain=telecom", "name=café;tone=tear",
    ] {
      let found = error { try model([("bad.tsv", "# pack\nringback\t-1.0\t\t\(tag)\n")]) }
      let description = found?.description ?? ""
      #expect(description.contains("bad.tsv:2: "), "\(tag): \(description)")
      if !tag.hasPrefix("Domain") {
        #expect(description.contains("negation=keep|only, frame=suggestion|balance"), "\(tag): \(description)")
      }
    }
  }

  /// QA review 36, F08: note tags keep any value (a pack's own `domain=telecom`, the author's own
  /// keys); a key one or two letters from a behaviour key is warned about with its line.
  @Test func noteTagsStayFreeAndNearMissKeysAreWarnedAbout() throws {
    let free = try model([
      ("p.tsv", "a\t1.0\t\tdomain=telecom;register=informal;type=phrase;name=café;source=survey-2024;rater=jb\n")
    ])
    #expect(free.warnings.isEmpty)
    let near = try model([("p.tsv", "ringback\t-1.0\t\tdomain=telecom\nlag\t-1.0\t\tnegaton=keep\n")])
    #expect(near.warnings.count == 1)
    #expect(near.warnings.first?.line == 2)
    #expect(near.warnings.first?.description.contains("p.tsv:2: warning: unknown tag key \"negaton\"") == true)
    #expect(near.warnings.first?.description.contains("did you mean negation=?") == true)
    #expect(LexiconTags.editDistance("negaton", "negation", atMost: 2) == 1)
    #expect(LexiconTags.editDistance("domain", "tone", atMost: 2) == 3)
  }

  /// The shipped lexicons pass the tag check without a warning.
  @Test func theShippedLexiconsHaveNoTagWarnings() throws {
    #expect(try SentimentModel.shipped().warnings.isEmpty)
  }

  // MARK: F10

  /// QA review 36, F10: the contents decide the format, never the name. The same bytes gave
  /// AFINN (× 0.8) under a name with "afinn" in it and Verbatim's scale under another.
  @Test func afinnDetectionDependsOnTheContentsOnly() throws {
    for contents in ["sluggish\t-2\n", "sluggish\t-2\nawful\t-5\n"] {
      let named = try model([("my-afinn-fixes.tsv", contents)])
      let plain = try model([("my-fixes.tsv", contents)])
      #expect(named.sources.first?.format == plain.sources.first?.format)
      #expect(explain("sluggish", named).first?.lexiconValence == explain("sluggish", plain).first?.lexiconValence)
    }
    #expect(try model([("afinn.txt", "sluggish\t-2\n")]).sources.first?.format == .verbatim)
    #expect(try model([("x.txt", "sluggish\t-2\nawful\t-5\n")]).sources.first?.format == .afinn)
    // Integers within ±4 in two columns are AFINN-like: read unscaled, and said.
    let ambiguous = try model([("x.txt", "sluggish\t-2\n")])
    #expect(ambiguous.warnings.first?.description.contains("give afinn:") == true)
    #expect(try model([("x.txt", "sluggish\t-2.0\n")]).warnings.isEmpty)
  }

  // MARK: F13

  /// QA review 36, F13: `--explain`'s source is the path as given, so two packs named alike and a
  /// user's copy of a shipped file can be told apart (the base name was shown).
  @Test func explainedSourcesNameThePathAsGiven() throws {
    let folder = try TestLexicons.directory([:])
    var paths: [String] = []
    for (sub, line) in [("a", "sluggish\t-1.0\n"), ("b", "laggy\t-2.0\n")] {
      let directory = folder.appendingPathComponent(sub)
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      let url = directory.appendingPathComponent("pack.tsv")
      try line.write(to: url, atomically: true, encoding: .utf8)
      paths.append(url.path)
    }
    let loaded = try SentimentModel(
      configuration: SentimentConfiguration(
        includeShippedLexicons: false, lexicons: paths.map { LexiconSpec(path: $0) }))
    let origins = explain("sluggish and laggy", loaded).map(\.origin)
    #expect(origins == [paths[0] + ":1", paths[1] + ":1"])
    #expect(DataFile(name: "general-en.tsv", text: "", embedded: false).explainedName == "./general-en.tsv")
    #expect(DataFile(name: "general-en.tsv", text: "", embedded: true).explainedName == "general-en.tsv")
    #expect(DataFile(name: "packs/x.tsv", text: "", embedded: false).explainedName == "packs/x.tsv")
  }

  // MARK: F14

  /// QA review 36, F14: under `--profile vader` each term is credited to the file and line that set
  /// it; a phrase of a file not in VADER's format, which VADER never looks up, is warned about, and
  /// so is a run without VADER's emoji file.
  @Test func vaderProfileNamesSourcesAndWarns() throws {
    let folder = try TestLexicons.directory([
      "vader.txt": "good\t1.9\t0.9\t[2, 2]\nfed up\t-1.8\t1.2\t[-2, -2]\n",
      "vp.tsv": "sluggish\t-2.0\nwaste of money\t-3.0\ngood\t3.0\n", "emoji.txt": "😀\tgrinning face\n",
    ])
    let vader = folder.appendingPathComponent("vader.txt").path
    let pack = folder.appendingPathComponent("vp.tsv").path
    var configuration = SentimentConfiguration(
      profile: .vader, lexicons: [LexiconSpec(path: vader), LexiconSpec(path: pack)])
    let loaded = try SentimentModel(configuration: configuration)
    let items = SentimentScorer(model: loaded).score(text: "sluggish app, good", explain: true).1?.contributions ?? []
    #expect(items.map(\.origin) == [pack + ":1", pack + ":3"])
    let messages = loaded.warnings.map(\.description)
    #expect(messages.count == 2, "\(messages)")
    #expect(messages.contains { $0.hasPrefix(pack + ":2: warning: 1 entry holds more than one word") })
    #expect(messages.contains { $0.hasPrefix(vader + ": warning: no --emoji-lexicon") })
    // VADER's own file with its spaced entries, and its emoji file: nothing to say.
    configuration.lexicons = [LexiconSpec(path: vader)]
    configuration.emojiLexicon = folder.appendingPathComponent("emoji.txt").path
    #expect(try SentimentModel(configuration: configuration).warnings.isEmpty)
  }

  // MARK: F15

  /// QA review 36, F15: a VADER-format lexicon lists emoticons in lower case, as VADER looks them
  /// up; the default profile keys emoticons as typed, so "XD", ":-P" and "D:" matched nothing.
  /// Their other case forms now come with the entry, unless a file lists them.
  @Test func vaderEmoticonsMatchInAnyCaseInTheDefaultProfile() throws {
    let vader = "xd\t2.8\t0.9\t[3, 3]\n:-p\t1.5\t0.5\t[1, 2]\nd:\t1.2\t0.8\t[1, 1]\ngood\t1.9\t0.9\t[2, 2]\n"
    let loaded = try model([("v.txt", vader)])
    for (text, term, valence) in [
      ("XD", "xd", 2.8), ("xD", "xd", 2.8), (":-P", ":-p", 1.5), ("D:", "d:", 1.2), ("GOOD", "good", 1.9),
    ] {
      let item = explain(text, loaded).first
      #expect(item?.term == term, "\(text)")
      #expect(item?.lexiconValence == valence, "\(text)")
    }
    // A form another file lists keeps its own entry, whichever file comes first.
    for order in [[("e.tsv", "XD\t2.2\n"), ("v.txt", vader)], [("v.txt", vader), ("e.tsv", "XD\t2.2\n")]] {
      let both = try model(order)
      #expect(explain("XD", both).first?.lexiconValence == 2.2)
      #expect(explain("Xd", both).first?.lexiconValence == 2.8)
    }
    // Verbatim's own format keeps emoticons as typed.
    #expect(explain("XD", try model([("e.tsv", "xd\t2.8\n")])).isEmpty)
  }

  // MARK: F16

  /// QA review 36, F16: the return-intent rule gives the value that replaces the lexicon's, and
  /// the term's capitals add to it as to any valence (they were explained and then dropped).
  @Test func returnIntentGivesItsValueAndKeepsCapitals() throws {
    let shipped = try SentimentModel.shipped()
    let parameters = shipped.parameters
    let plain = try #require(explain("I would never buy again", shipped).first)
    guard case .returnIntent(_, let value) = plain.rules.first else {
      Issue.record("\(plain.rules)")
      return
    }
    #expect(value == parameters.refusedReturnValence)
    #expect(plain.contribution == parameters.refusedReturnValence)
    let shouted = try #require(explain("I would never buy AGAIN", shipped).first)
    #expect(shouted.rules.count == 2)
    #expect(shouted.rules.last == .capitalised(amount: parameters.capsIncrement))
    #expect(abs(shouted.contribution - (parameters.refusedReturnValence - parameters.capsIncrement)) < 1e-12)
    let intent = try #require(explain("would stay again", shipped).first)
    #expect(intent.contribution == parameters.returnIntentValence)
    guard case .returnIntent(_, let positive) = intent.rules.first else {
      Issue.record("\(intent.rules)")
      return
    }
    #expect(positive == parameters.returnIntentValence)
  }

  // MARK: F18

  /// QA review 36, F18: negator, intensifier and connective files refuse inline comments and extra
  /// columns at their line ("not # the classic" became a negator that never matched).
  @Test func wordListsRefuseInlineCommentsAndExtraColumns() throws {
    let valence = [("v.tsv", "good\t2.0\n")]
    let cases: [(String, () throws -> SentimentModel)] = [
      ("n.txt:2: an inline comment", { try self.model(valence, negators: "never\nnot # the classic\n") }),
      ("n.txt:1: expected one negator a line, found 2", { try self.model(valence, negators: "not\tx\n") }),
      (
        "i.tsv:1: expected term<TAB>scalar, found 3",
        { try self.model(valence, intensifiers: "very\t0.3\textra\n") }
      ),
      ("i.tsv:1: an inline comment", { try self.model(valence, intensifiers: "very\t0.3 # boost\n") }),
      (
        "c.txt:1: expected term or term<TAB>before|after, found 3",
        { try self.model(valence, contrast: "but\tafter\tweight=2\n") }
      ),
    ]
    for (message, body) in cases {
      let description = error(body)?.description ?? ""
      #expect(description.contains("/" + message), "\(description)")
    }
    // A trailing tab is no column, and "#" inside a term is not a comment.
    let loaded = try model(valence, negators: "not\t\n", contrast: "but\tafter\t\n#-) nothing\n")
    #expect(explain("not good", loaded).first?.rules.first == .negated(by: "not", distance: 1, factor: -0.74))
  }

  // MARK: F20

  /// QA review 36, F20: the entry counts lexicons/README.md gives are the shipped files' counts, so
  /// an edit to either without the other fails here (7,486 and 1,899 were listed for 7,645 and 2,165).
  @Test func theLexiconReadmeCountsMatchTheShippedFiles() throws {
    let folder = TestSupport.packageRoot.appendingPathComponent("lexicons")
    let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
    var listed: [String: Int] = [:]
    var emoticonsAndEmoji: (Int, Int)?
    for line in readme.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count >= 4, let count = Int(cells[3].replacingOccurrences(of: ",", with: "")) else { continue }
      listed[cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = count
      if cells[1] == "`emoticons-emoji.tsv`" {
        let numbers = cells[2].split { !$0.isNumber }.compactMap { Int($0) }
        if numbers.count == 2 { emoticonsAndEmoji = (numbers[0], numbers[1]) }
      }
    }
    let shipped = try SentimentModel.shipped()
    let counted = Dictionary(
      shipped.sources.filter(\.embedded).map { ($0.name, $0.entryCount) }, uniquingKeysWith: { first, _ in first })
    let files = [
      "general-en.tsv", "emoticons-emoji.tsv", "domain-customer-service.tsv", "negators.txt", "intensifiers.tsv",
      "contrast.txt",
    ]
    for name in files {
      #expect(listed[name] != nil, "lexicons/README.md lists no count for \(name)")
      #expect(
        listed[name] == counted[name], "lexicons/README.md: \(name) \(listed[name] ?? -1), file \(counted[name] ?? -1)")
    }
    // "ASCII emoticons (91) and emoji (247)": the entries tagged type=emoticon and type=emoji.
    let emoticons = try String(contentsOf: folder.appendingPathComponent("emoticons-emoji.tsv"), encoding: .utf8)
    let kinds = emoticons.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      line.contains("type=emoticon") ? "emoticon" : line.contains("type=emoji") ? "emoji" : "other"
    }
    let actual = (kinds.filter { $0 == "emoticon" }.count, kinds.filter { $0 == "emoji" }.count)
    #expect(
      emoticonsAndEmoji?.0 == actual.0 && emoticonsAndEmoji?.1 == actual.1,
      "README \(String(describing: emoticonsAndEmoji)), file \(actual)")
  }
}
