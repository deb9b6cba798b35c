import Foundation
import TestSupport
import Testing

/// `verbatim score` end to end: output shape, carried fields, options and exit statuses.
struct ScoreCommandTests {
  private func run(_ arguments: [String], _ input: String) throws -> TestSupport.ProcessResult {
    try TestSupport.runVerbatim(["score"] + arguments, input: Data(input.utf8))
  }

  private func sentiment(_ object: [String: Any]?) -> [String: Any] {
    object?["sentiment"] as? [String: Any] ?? [:]
  }

  @Test func oneObjectPerInputLineInOrder() throws {
    let result = try run([], "Lovely staff\nTerrible service\n\n")
    #expect(result.status == 0)
    let lines = try TestSupport.jsonLines(result.stdout)
    #expect(lines.count == 3)
    #expect(lines.map { $0["id"] as? Int } == [1, 2, 3])
    for line in lines {
      let values = sentiment(line)
      #expect(Set(values.keys) == ["label", "compound", "pos", "neu", "neg"])
      let label = try #require(values["label"] as? String)
      #expect(["positive", "neutral", "negative"].contains(label))
      let compound = try #require(values["compound"] as? Double)
      #expect((-1...1).contains(compound))
    }
    #expect(sentiment(lines[2])["label"] as? String == "neutral")
    #expect(sentiment(lines[2])["compound"] as? Double == 0)
    #expect(lines[0]["explain"] == nil)
  }

  @Test func jsonlCarriesFieldsAndIds() throws {
    let result = try run(["--jsonl"], #"{"id":"r1","text":"fine","wave":3}"# + "\n")
    #expect(result.status == 0)
    let object = try #require(try TestSupport.jsonLines(result.stdout).first)
    #expect(object["id"] as? String == "r1")
    #expect(object["wave"] as? Int == 3)
    #expect(result.stdoutText.hasPrefix(#"{"id":"r1","text":"fine","wave":3,"sentiment":{"label":"#))
  }

  @Test func textFieldOption() throws {
    let folder = try ScoreFixtures.folder(["mine.tsv": "good\t2.0\n"])
    let path = folder.appendingPathComponent("mine.tsv").path
    let result = try run(
      ["--jsonl", "--text-field", "comment", "--lexicon", "-default", "--lexicon", path],
      #"{"comment":"not good"}"# + "\n")
    #expect(result.status == 0)
    #expect(sentiment(try TestSupport.jsonLines(result.stdout).first)["label"] as? String == "negative")
  }

  @Test func explainListsContributions() throws {
    let folder = try ScoreFixtures.folder(["mine.tsv": "good\t2.0\n"])
    let path = folder.appendingPathComponent("mine.tsv").path
    let result = try run(["--explain", "--lexicon", "-default", "--lexicon", path], "not good\n")
    #expect(result.status == 0)
    let object = try #require(try TestSupport.jsonLines(result.stdout).first)
    let explain = try #require(object["explain"] as? [[String: Any]])
    #expect(explain.count == 1)
    #expect(explain.first?["term"] as? String == "good")
    #expect(explain.first?["source"] as? String == path + ":1")  // the path as given (QA review 36, F13)
    let rules = try #require(explain.first?["rules"] as? [[String: Any]])
    #expect(rules.first?["rule"] as? String == "negated")
    #expect(rules.first?["by"] as? String == "not")
  }

  /// Review r20a: a lexicon from a pipe (`--lexicon <(…)`, here /dev/stdin) is read to its end; it
  /// failed with "cannot open: not readable" (a pipe has no size to read up to).
  @Test func aLexiconFromAPipeIsRead() throws {
    let text = try TestSupport.temporaryDirectory().appendingPathComponent("t.txt")
    try "zorblat\n".write(to: text, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(
      ["score", text.path, "--lexicon", "/dev/stdin"], input: Data("zorblat\t2.0\n".utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText.contains("\"label\":\"positive\""), "\(result.stdoutText)")
  }

  @Test func deterministicOutput() throws {
    let input = "Great, another delay!!\nNo problems or complaints\n😁 :) @acme #fail\n"
    let first = try run(["--explain"], input)
    let second = try run(["--explain"], input)
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
  }

  @Test func laterLexiconWins() throws {
    let folder = try ScoreFixtures.folder(["a.tsv": "meh\t-1.0\n", "b.tsv": "meh\t1.0\n"])
    let result = try run(
      [
        "--lexicon", folder.appendingPathComponent("a.tsv").path, "--lexicon",
        folder.appendingPathComponent("b.tsv").path,
      ], "meh\n")
    #expect(sentiment(try TestSupport.jsonLines(result.stdout).first)["label"] as? String == "positive")
  }

  @Test func lexiconFormatCanBeForced() throws {
    // Two-column integers within ±4 are detected as Verbatim's format; afinn: scales by 0.8.
    let folder = try ScoreFixtures.folder(["words.txt": "good\t3\n"])
    let path = folder.appendingPathComponent("words.txt").path
    let detected = try run(["--lexicon", "-default", "--lexicon", path], "good\n")
    let forced = try run(["--lexicon", "-default", "--lexicon", "afinn:" + path], "good\n")
    // 3 / √24 = 0.61237…; 2.4 / √20.76 = 0.52674…
    let detectedCompound = try #require(
      sentiment(try TestSupport.jsonLines(detected.stdout).first)["compound"] as? Double)
    let forcedCompound = try #require(sentiment(try TestSupport.jsonLines(forced.stdout).first)["compound"] as? Double)
    #expect(abs(detectedCompound - 0.612372) < 1e-6)
    #expect(abs(forcedCompound - 0.526742) < 1e-6)
  }

  @Test func minusDefaultLeavesOutOnlyTheShippedLexiconsWhereverItStands() throws {
    // 3 / √24 = 0.61237… with only words.txt; after it, -default used to drop words.txt too (0.0).
    let folder = try ScoreFixtures.folder(["words.txt": "good\t3\n"])
    let path = folder.appendingPathComponent("words.txt").path
    for arguments in [["--lexicon", "-default", "--lexicon", path], ["--lexicon", path, "--lexicon", "-default"]] {
      let result = try run(arguments, "good\n")
      let compound = try #require(sentiment(try TestSupport.jsonLines(result.stdout).first)["compound"] as? Double)
      #expect(abs(compound - 0.612372) < 1e-6, "\(arguments)")
    }
  }

  @Test func badLexiconLineIsDataErrorWithFileAndLine() throws {
    let folder = try ScoreFixtures.folder(["bad.tsv": "# header\ngood\t2.0\nawful\tvery\n"])
    let path = folder.appendingPathComponent("bad.tsv").path
    let result = try run(["--lexicon", path], "good\n")
    #expect(result.status == 65)
    #expect(result.stderrText.contains("\(path):3: valence \"very\" is not a number"))
    #expect(result.stdout.isEmpty)
  }

  @Test func duplicateTermWarnsAndLaterWins() throws {
    let folder = try ScoreFixtures.folder(["dup.tsv": "meh\t-1.0\nfood\t0.5\nmeh\t1.5\n"])
    let path = folder.appendingPathComponent("dup.tsv").path
    let result = try run(["--lexicon", "-default", "--lexicon", path], "meh\n")
    #expect(result.status == 0)
    #expect(result.stderrText.contains("\(path):3: warning: duplicate term \"meh\" (first on line 1)"))
    #expect(sentiment(try TestSupport.jsonLines(result.stdout).first)["label"] as? String == "positive")
  }

  @Test func missingLexiconCannotOpen() throws {
    let result = try run(["--lexicon", "/nonexistent/lexicon.tsv"], "good\n")
    #expect(result.status == 66)
    #expect(result.stderrText.contains("/nonexistent/lexicon.tsv"))
  }

  @Test func usageErrors() throws {
    let thresholds = try run(["--thresholds", "0.5,-0.5"], "x\n")
    #expect(thresholds.status == 2)
    // compound lies in [−1, 1] (Hutto & Gilbert 2014's normalisation): a cut-off outside it is refused.
    for outside in ["-2,2", "-0.05,inf", "-1.5,0.05"] {
      let result = try run(["--thresholds=\(outside)"], "x\n")
      #expect(result.status == 2, "\(outside)")
      #expect(result.stderrText.contains("[-1, 1]"), "\(outside)")
    }
    #expect(try run(["--thresholds=-1,1"], "x\n").status == 0)
    // QA review 22: a neutral band without 0 labelled every text with no sentiment word (compound
    // 0) negative, or positive, although the help calls such texts neutral.
    for apart in ["0.05,0.3", "0.1,0.1", "-0.3,-0.05"] {
      let result = try run(["--thresholds=\(apart)"], "I ordered a jumper\n...\n")
      #expect(result.status == 2, "\(apart)")
      #expect(result.stderrText.contains("must contain 0"), "\(apart): \(result.stderrText)")
      #expect(result.stdout.isEmpty)
    }
    let oneSided = try run(["--thresholds=-0.05,0.3"], "I ordered a jumper\n...\n")
    #expect(oneSided.status == 0)
    #expect(
      try TestSupport.jsonLines(oneSided.stdout).map { sentiment($0)["label"] as? String } == ["neutral", "neutral"])
    let profile = try run(["--profile", "nltk"], "x\n")
    #expect(profile.status == 2)
    let vader = try run(["--profile", "vader"], "x\n")
    #expect(vader.status == 65)
    #expect(vader.stderrText.contains("vader_lexicon.txt"))
  }

  @Test func customThresholds() throws {
    let folder = try ScoreFixtures.folder(["mine.tsv": "good\t2.0\n"])
    let path = folder.appendingPathComponent("mine.tsv").path
    let strict = try run(["--lexicon", "-default", "--lexicon", path, "--thresholds", "-0.5,0.5"], "good\n")
    // 2 / √19 = 0.4588 is below 0.5.
    #expect(sentiment(try TestSupport.jsonLines(strict.stdout).first)["label"] as? String == "neutral")
  }

  @Test func invalidUTF8FailsUnlessReplaced() throws {
    let bytes = Data([0x67, 0x6F, 0x6F, 0x64, 0xFF, 0x0A])
    let failed = try TestSupport.runVerbatim(["score"], input: bytes)
    #expect(failed.status == 65)
    let replaced = try TestSupport.runVerbatim(["score", "--replace-invalid"], input: bytes)
    #expect(replaced.status == 0)
    #expect(try TestSupport.jsonLines(replaced.stdout).count == 1)
  }

  /// A lone surrogate escape ("\ud83d", as a writer that cut an emoji in half leaves) is malformed
  /// JSON (RFC 8259 §8.2: such a string cannot be decoded), named with its line and column and with
  /// the option that replaces it; with --replace-invalid it becomes U+FFFD, is counted, and every
  /// line is scored (QA review 39: the option did not apply to it and the whole run stopped).
  @Test func anUnpairedSurrogateEscapeIsReplacedWithTheOption() throws {
    let input = "{\"id\":1,\"text\":\"ok \\ud83d\"}\n{\"id\":2,\"text\":\"fine \\udc4d \\ud83d\\udc4d\"}\n"
    let failed = try TestSupport.runVerbatim(["score", "--jsonl"], input: Data(input.utf8))
    #expect(failed.status == 65)
    #expect(failed.stderrText.contains(":1:20: malformed JSON: unpaired surrogate escape (use --replace-invalid"))
    let replaced = try TestSupport.runVerbatim(["score", "--jsonl", "--replace-invalid"], input: Data(input.utf8))
    #expect(replaced.status == 0)
    #expect(try TestSupport.jsonLines(replaced.stdout).count == 2)
    #expect(replaced.stderrText.contains("replaced 2 invalid UTF-8 sequence(s) or unpaired surrogate escape(s)"))
    // The pair after the lone low surrogate is still one emoji (👍): the second text is praise.
    #expect(sentiment(try TestSupport.jsonLines(replaced.stdout)[1])["label"] as? String == "positive")
  }

  @Test func vaderProfileWithInlineVaderFormatLexicon() throws {
    // vader_lexicon.txt format (term, mean, sd, ratings). Measured with vaderSentiment 3.3.2
    // (../shared/notes/vader-behaviour.md): "good" (1.9) → 0.4404; "ok." → 0.0 (punctuation kept).
    let folder = try ScoreFixtures.folder([
      "v.txt": "good\t1.9\t0.9434\t[2, 1, 2, 3, 3, 1, 1, 2, 2, 2]\r\nok\t1.2\t0.4\t[1, 1, 1, 1, 2, 1, 1, 1, 2, 1]\r\n"
    ])
    let result = try run(
      ["--profile", "vader", "--lexicon", folder.appendingPathComponent("v.txt").path], "good\nok.\n")
    #expect(result.status == 0)
    let lines = try TestSupport.jsonLines(result.stdout)
    #expect(sentiment(lines.first)["compound"] as? Double == 0.4404)
    #expect(sentiment(lines.last)["compound"] as? Double == 0)
  }
}

/// Temporary lexicon folders for the score command's tests.
enum ScoreFixtures {
  static func folder(_ files: [String: String]) throws -> URL {
    let directory = try TestSupport.temporaryDirectory()
    for (name, contents) in files {
      try contents.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return directory
  }
}
