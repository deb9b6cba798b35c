import Foundation
import TestSupport
import Testing

/// `verbatim validate` end to end on the demo export the repository ships.
@Suite(.serialized) struct ValidateCommandTests {
  static let demo = TestSupport.packageRoot.appendingPathComponent("corpora/demo")

  static func validate(out: URL, extra: [String] = []) throws -> TestSupport.ProcessResult {
    try TestSupport.runVerbatim(
      [
        "validate", demo.appendingPathComponent("feedback-export.xml").path,
        "--human", demo.appendingPathComponent("codes-sentiment.csv").path,
        "--human", demo.appendingPathComponent("codes-tags.csv").path,
        "--redact", "--segment", "channel", "--out", out.path, "--threads", "2",
      ] + extra)
  }

  /// QA review 16: a threshold whose interval needs --bootstrap was refused only after the whole
  /// export was coded and every report written. Now before any work: exit 2, no output folder.
  @Test func aThresholdThatNeedsTheBootstrapIsRefusedBeforeAnyWork() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("never")
    let result = try Self.validate(
      out: out, extra: ["--min", "f1.macro=0.7", "--max", "tags.hamming_loss=0.1", "--on", "ci-lower"])
    #expect(result.status == 2)
    #expect(
      result.stderrText.contains(
        "f1.macro, tags.hamming_loss cannot be gated on a 95% bound without --bootstrap N --seed S"),
      "\(result.stderrText)")
    #expect(ValidateFailureReportTests.holdsOnlyTheErrorReport(out, message: "cannot be gated"))
  }

  /// QA review 16: a run with tag codes only said "sentiment disagreements 0".
  @Test func aKindWithoutHumanCodesIsNotCompared() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("tags-only")
    let result = try TestSupport.runVerbatim([
      "validate", Self.demo.appendingPathComponent("feedback-export.xml").path,
      "--human", Self.demo.appendingPathComponent("codes-tags.csv").path, "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("sentiment disagreements</dt><dd>not compared (no human sentiment codes)"))
    #expect(!html.contains("tag-set disagreements</dt><dd>not compared"))
  }

  /// QA review 16: a reference label the machine never gives ("mixed") counted against it without
  /// a word. The summary now says so, with the number of such items.
  @Test func aReferenceLabelTheMachineNeverGivesIsSaid() throws {
    let folder = try TestSupport.temporaryDirectory()
    let original = try String(
      contentsOf: Self.demo.appendingPathComponent("codes-sentiment.csv"), encoding: .utf8)
    var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var changed = 0
    for index in lines.indices where changed < 3 && lines[index].contains(",gold,") {
      let parts = lines[index].split(separator: ",", omittingEmptySubsequences: false)
      lines[index] = parts.dropLast().joined(separator: ",") + ",mixed"
      changed += 1
    }
    let codes = folder.appendingPathComponent("codes.csv")
    try lines.joined(separator: "\n").write(to: codes, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", Self.demo.appendingPathComponent("feedback-export.xml").path, "--human", codes.path,
      "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(
      result.stdoutText.contains(#"warning: the gold label(s) "mixed" (3 item(s)) are none of the machine's"#),
      "\(result.stdoutText)")
  }

  /// QA review 31: a label only a second human used ("mixed") entered the machine's macro averages
  /// as a class of 0 (scikit-learn's pair label set is unique_labels(y_true, y_pred)): a machine
  /// equal to the reference failed `--min f1.macro=0.9` at 0.75. And `--segment` refused a
  /// reference label outside negative/neutral/positive that the run without it accepts.
  @Test func anotherHumansLabelNeitherLowersTheMachineNorStopsASegment() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("export.csv")
    try """
    id,comment,region
    1,Terrible service and a rude manager.,north
    2,Lovely staff and a great price.,south
    3,The parcel came on Tuesday.,north
    4,Awful delay and nobody called back.,south

    """.write(to: export, atomically: true, encoding: .utf8)
    // First the machine's own labels, then a gold file that repeats them and a second human who
    // writes "mixed" once.
    let first = folder.appendingPathComponent("first")
    let seed = folder.appendingPathComponent("seed.csv")
    try "item,coder,label\n1:comment,gold,negative\n".write(to: seed, atomically: true, encoding: .utf8)
    let probe = try TestSupport.runVerbatim(["validate", export.path, "--human", seed.path, "--out", first.path])
    #expect(probe.status == 0, "\(probe.stderrText)")
    var machine: [(String, String)] = []
    for line in try String(contentsOf: first.appendingPathComponent("coded.jsonl"), encoding: .utf8)
      .split(separator: "\n")
    {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let sentiment = try #require(object["sentiment"] as? [String: Any])
      machine.append((try #require(object["id"] as? String), try #require(sentiment["label"] as? String)))
    }
    #expect(machine.count == 4)
    var codes = "item,coder,label\n"
    for (index, (id, label)) in machine.enumerated() {
      codes += "\(id),gold,\(label)\n\(id),coder_a,\(index == 0 ? "mixed" : label)\n"
    }
    let human = folder.appendingPathComponent("codes.csv")
    try codes.write(to: human, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", export.path, "--human", human.path, "--min", "f1.macro=0.99", "--segment", "region",
      "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 0, "\(result.stdoutText)\n\(result.stderrText)")
    #expect(result.stdoutText.contains("verdict: PASS"), "\(result.stdoutText)")
    // And a gold "mixed" with a segment breakdown is accepted as it is without one.
    let goldMixed = folder.appendingPathComponent("gold-mixed.csv")
    try codes.replacingOccurrences(of: "\(machine[0].0),gold,\(machine[0].1)", with: "\(machine[0].0),gold,mixed")
      .write(to: goldMixed, atomically: true, encoding: .utf8)
    let segmented = try TestSupport.runVerbatim([
      "validate", export.path, "--human", goldMixed.path, "--segment", "region",
      "--out", folder.appendingPathComponent("out2").path,
    ])
    #expect(segmented.status == 0, "\(segmented.stderrText)")
  }

  /// QA review 31: validate printed none of the import's notes, though "respondents are numbered
  /// by data row" decides which human code meets which answer; and a CSV starting with two
  /// byte-order marks lost its id column that way (κ −1 for a machine that was right on both items).
  @Test func theImportsNotesAreSaidAndARepeatedByteOrderMarkIsSkipped() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("export.csv")
    try Data([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("id,comment\n2,Terrible rude staff\n1,Lovely staff\n".utf8))
      .write(to: export)
    let human = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\n1:comment,gold,positive\n2:comment,gold,negative\n".write(
      to: human, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", export.path, "--human", human.path, "--no-tags", "--out", folder.appendingPathComponent("a").path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let coded = try String(contentsOf: folder.appendingPathComponent("a/coded.jsonl"), encoding: .utf8)
    #expect(coded.contains(#""id":"2:comment","respondent":"2""#), "\(coded)")
    #expect(!result.stderrText.contains("numbered by data row"), "\(result.stderrText)")
    let noID = folder.appendingPathComponent("noid.csv")
    try "comment\nLovely staff\nTerrible rude staff\n".write(to: noID, atomically: true, encoding: .utf8)
    let numbered = try TestSupport.runVerbatim([
      "validate", noID.path, "--human", human.path, "--no-tags", "--out", folder.appendingPathComponent("b").path,
    ])
    #expect(numbered.stderrText.contains("respondents are numbered by data row"), "\(numbered.stderrText)")
  }

  /// QA review 16: "--min tags.f1.mikro" was reported as "--min f1.mikro" with the sentiment metrics.
  @Test func anUnknownTagMetricIsNamedAsWritten() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("never")
    let result = try Self.validate(out: out, extra: ["--min", "tags.f1.mikro=0.5"])
    #expect(result.status == 2)
    #expect(
      result.stderrText.contains("--min tags.f1.mikro: unknown metric (tag metrics: f1.micro"), "\(result.stderrText)")
  }

  /// QA review 40: a tag coefficient (pooled over every (item, code) decision, no analytic interval)
  /// gated on its 95% bound without --bootstrap coded the export and wrote a FAIL report, then exited
  /// 2. It is refused before any work, as f1.macro is.
  @Test func aTagCoefficientOnItsBoundNeedsTheBootstrapUpFront() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("never")
    let result = try Self.validate(out: out, extra: ["--min", "tags.cohen_kappa=0.1", "--on", "ci-lower"])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("tags.cohen_kappa cannot be gated on a 95% bound"), "\(result.stderrText)")
    #expect(ValidateFailureReportTests.holdsOnlyTheErrorReport(out, message: "cannot be gated"))
  }

  /// QA review 40: a per-class tag metric for a code with no result was named without its "tags."
  /// prefix ("--min per_class.nope.f1").
  @Test func aMissingPerClassTagMetricIsNamedAsWritten() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("never")
    let result = try Self.validate(out: out, extra: ["--min", "tags.per_class.nope.f1=0.5"])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--min tags.per_class.nope.f1: "), "\(result.stderrText)")
  }

  @Test func writesEveryOutputAndTheExitStatusFollowsTheGate() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    let passing = try Self.validate(out: out, extra: ["--min", "cohen_kappa=0.01"])
    #expect(passing.status == 0, "\(passing.stderrText)")
    for name in [
      "report.html", "coded.jsonl", "agreement.json", "agreement-humans.json", "agreement-tags.json", "junit.xml",
      "disagreements.csv", "manifest.json", "segments.json",
    ] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
    }
    #expect(passing.stdoutText.contains("verdict: PASS"))
    let failing = try Self.validate(out: out, extra: ["--min", "cohen_kappa=0.99"])
    #expect(failing.status == 1)
    #expect(failing.stdoutText.contains("verdict: FAIL"))
    let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    for section in [
      "verdict", "coefficients", "confusion", "per-class", "per-tag", "confused-tags", "cooccurring-tags",
      "segments", "disagreements",
    ] {
      #expect(report.contains("id=\"\(section)\""), "report section \(section)")
    }
    // The demo export's French, German, Spanish, Japanese and Chinese answers are counted, in the
    // report's coverage and on standard output (QA review 16).
    #expect(report.contains("coded records that look non-English (English lexicons and codebook)"))
    #expect(failing.stdoutText.contains("warning: coded records that look non-English"))
    // The failed threshold says why, and the footer names what produced the numbers (QA review 16).
    #expect(report.contains("<th>why</th>"))
    for row in [
      "<td>verbatim</td>", "<td>icu</td>", "<td>libxml2</td>", "general-en.tsv", "<td>sentiment profile</td>",
    ] {
      #expect(report.contains(row), "footer row \(row)")
    }
    let junit = try String(contentsOf: out.appendingPathComponent("junit.xml"), encoding: .utf8)
    #expect(junit.contains("failures=\"1\""))
  }

  /// Without thresholds nothing is gated: the verdict says so instead of "PASS" (a CI log would read
  /// "PASS" as a model that met a bar); the exit status is 0 and the manifest records "not gated".
  @Test func withoutThresholdsTheVerdictIsNotGated() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    let result = try Self.validate(out: out)
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText.contains("verdict: NOT GATED"))
    #expect(!result.stdoutText.contains("PASS"))
    let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(report.contains("Verdict: not gated") && !report.contains("Verdict: PASS"))
    let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
    #expect(manifest.contains("\"verdict\": \"not gated\"") || manifest.contains("\"verdict\":\"not gated\""))
  }

  @Test func theAgreementFileHasTheAgreeSchemaAndTheCodedFileEveryRecord() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    _ = try Self.validate(out: out)
    let agreement = try JSONSerialization.jsonObject(
      with: Data(contentsOf: out.appendingPathComponent("agreement.json")))
    let object = try #require(agreement as? [String: Any])
    #expect(object["coders"] as? [String] == ["gold", "machine"])
    let coefficients = try #require(object["coefficients"] as? [String: Any])
    #expect(coefficients["cohen_kappa"] != nil && coefficients["krippendorff_alpha"] != nil)
    #expect((object["classification"] as? [String: Any])?["machine"] != nil)
    // 420 non-blank answers in the demo export (corpora/README.md): every one is coded.
    let coded = try TestSupport.jsonLines(Data(contentsOf: out.appendingPathComponent("coded.jsonl")))
    #expect(coded.count == 420)
    // Redaction happened before coding: no e-mail address of the demo survives.
    let text = try String(contentsOf: out.appendingPathComponent("coded.jsonl"), encoding: .utf8)
    #expect(!text.contains("@example.com") && text.contains("[EMAIL]"))
    let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
    #expect(manifest.contains("\"EMAIL\":") && manifest.contains("\"sha256\""))
  }

  /// Reproducibility: the same inputs give byte-identical outputs, and manifests equal apart from
  /// the start and end times.
  @Test func twoRunsGiveIdenticalOutputs() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    let keep = try TestSupport.temporaryDirectory()
    _ = try Self.validate(out: out, extra: ["--bootstrap", "200"])
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    for name in names {
      try FileManager.default.copyItem(at: out.appendingPathComponent(name), to: keep.appendingPathComponent(name))
    }
    _ = try Self.validate(out: out, extra: ["--bootstrap", "200", "--threads", "1"])
    #expect(names.count == 9)  // segments.json with --segment
    for name in names {
      var first = try String(contentsOf: keep.appendingPathComponent(name), encoding: .utf8)
      var second = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
      if name == "manifest.json" {
        first = Self.withoutTimesAndCommand(first)
        second = Self.withoutTimesAndCommand(second)
      }
      #expect(first == second, "\(name) differs between runs")
    }
  }

  static func withoutTimesAndCommand(_ manifest: String) -> String {
    manifest.split(separator: "\n").filter {
      !$0.contains("\"started\"") && !$0.contains("\"finished\"") && !$0.contains("\"command\"")
    }.joined(separator: "\n")
  }

  @Test func missingHumanCodesFileExits66AndUnknownMetricExits2() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    let missing = try TestSupport.runVerbatim([
      "validate", Self.demo.appendingPathComponent("feedback-export.xml").path, "--human", "/nonexistent.csv",
      "--out", out.path,
    ])
    #expect(missing.status == 66)
    let unknown = try Self.validate(out: out, extra: ["--min", "no_such_metric=0.5"])
    #expect(unknown.status == 2)
  }

  @Test func humanCodesForItemsNotInTheExportAreAnError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codes = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\nR_2Z4t0psDgkvvkYi:Q3_TEXT,gold,positive\nR_nope:Q3_TEXT,gold,negative\n".write(
      to: codes, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", Self.demo.appendingPathComponent("feedback-export.xml").path, "--human", codes.path, "--out",
      folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("R_nope:Q3_TEXT"))
    // The message points at the line that names the first missing item, as parse errors do.
    #expect(result.stderrText.contains("codes.csv:3: "), "\(result.stderrText)")
  }

  /// Review r19c: tag metrics average over the codes the reference or the machine used, as
  /// scikit-learn does without `labels=` (a code nobody used is 0/0, and counted as 0 it would
  /// pull macro F1 down by the codebook's size); items the reference did not code are counted, not
  /// dropped silently; a tag-only run has no empty sentiment table; a rerun into the same folder
  /// leaves no report file of the earlier run.
  @Test func tagMetricsCoverUsedCodesAndReruns() throws {
    let folder = try TestSupport.temporaryDirectory()
    let out = folder.appendingPathComponent("out")
    let full = try Self.validate(out: out)
    #expect(full.status == 0)
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("agreement.json").path))
    let tags = folder.appendingPathComponent("tags.csv")
    try """
    item,coder,tag
    R_2Z4t0psDgkvvkYi:Q3_TEXT,gold,price.expensive
    R_2Z4t0psDgkvvkYi:Q4_TEXT,gold,
    R_2Z4t0psDgkvvkYi:Q4_TEXT,coder_a,product.quality

    """.write(to: tags, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", Self.demo.appendingPathComponent("feedback-export.xml").path, "--human", tags.path, "--out",
      out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("agreement.json").path))
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("agreement-humans.json").path))
    let json =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: out.appendingPathComponent("agreement-tags.json"))) as? [String: Any]
    let machine =
      ((json?["level_2"] as? [String: Any])?["classification"] as? [String: Any])?["machine"] as? [String: Any]
    let perClass = try #require(machine?["per_class"] as? [String: [String: Any]])
    #expect(!perClass.isEmpty && perClass.count < 10, "\(perClass.keys.sorted())")
    #expect(perClass["price.expensive"] != nil)
    let f1s = perClass.values.compactMap { $0["f1"] as? Double }
    let macro = try #require((machine?["f1"] as? [String: Any])?["macro"] as? Double)
    #expect(abs(macro - f1s.reduce(0, +) / Double(f1s.count)) < 1e-12)
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(!html.contains("Sentiment agreement"))
    #expect(html.contains("compared on tags (gold coded)</dt><dd>2</dd>"), "coverage")
  }

  /// Review r19c: a sentiment file whose header is not item,coder,label reads as the wide layout;
  /// with no reference among its column names that is bad data (65) naming the header, not a usage
  /// question about which of "b" and "c" is the reference.
  @Test func aHeaderThatIsNotItemCoderLabelIsNamed() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codes = folder.appendingPathComponent("h7.csv")
    try "a,b,c\nR_2Z4t0psDgkvvkYi:Q3_TEXT,gold,negative\n".write(to: codes, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", Self.demo.appendingPathComponent("feedback-export.xml").path, "--human", codes.path, "--out",
      folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("h7.csv:1: the header does not name the columns item, coder and label"))
  }

  /// Review r19c: items other coders labelled but the reference did not are named in the summary.
  @Test func itemsWithoutAReferenceLabelAreCounted() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codes = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\nR_2Z4t0psDgkvvkYi:Q3_TEXT,gold,positive\nR_2Z4t0psDgkvvkYi:Q4_TEXT,coder_a,neutral\n".write(
      to: codes, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", Self.demo.appendingPathComponent("feedback-export.xml").path, "--human", codes.path, "--out",
      folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText.contains("sentiment: 1 items"), "\(result.stdoutText)")
    #expect(result.stdoutText.contains("(1 item(s) without a gold label not compared)"), "\(result.stdoutText)")
  }

  /// A human tag the codebook lacks ("price.expensiv") is refused at its line in the tag file.
  @Test func anUnknownHumanTagNamesItsLine() throws {
    let folder = try TestSupport.temporaryDirectory()
    let tags = folder.appendingPathComponent("tags.csv")
    try "item,coder,tag\nR_2Z4t0psDgkvvkYi:Q3_TEXT,gold,\nR_2Z4t0psDgkvvkYi:Q3_TEXT,coder_a,price.expensiv\n".write(
      to: tags, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", Self.demo.appendingPathComponent("feedback-export.xml").path, "--human", tags.path, "--out",
      folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("tags.csv:3:35: human tag \"price.expensiv\""), "\(result.stderrText)")
  }

  /// With one human coder besides the reference there is no humans' ceiling; the summary says why
  /// instead of leaving the column empty (QA review 13).
  @Test func oneHumanCoderSaysWhyThereIsNoCeiling() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codes = folder.appendingPathComponent("codes.csv")
    let all = try String(contentsOf: Self.demo.appendingPathComponent("codes-sentiment.csv"), encoding: .utf8)
    // The adjudicated codes and coder_a only.
    try all.split(separator: "\n").filter { !$0.contains(",coder_b,") }.joined(separator: "\n").write(
      to: codes, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", Self.demo.appendingPathComponent("feedback-export.xml").path, "--human", codes.path, "--out",
      folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(
      result.stdoutText.contains(
        "humans among themselves: not computed (it needs two human coders besides gold; there is one, coder_a)"),
      "\(result.stdoutText)")
  }

  /// Several unknown tags: the first in the file is named with its line, and the others with it
  /// (QA review 13: one per run, and not the first).
  @Test func unknownHumanTagsAreNamedTogetherFromTheFirst() throws {
    let folder = try TestSupport.temporaryDirectory()
    let tags = folder.appendingPathComponent("tags.csv")
    let item = "R_2Z4t0psDgkvvkYi:Q3_TEXT"
    try "item,coder,tag\n\(item),gold,zzz.last\n\(item),coder_a,aaa.first\n".write(
      to: tags, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", Self.demo.appendingPathComponent("feedback-export.xml").path, "--human", tags.path, "--out",
      folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 65)
    #expect(
      result.stderrText.contains(
        "tags.csv:2:32: human tag \"zzz.last\" is not a code of the codebook; nor are \"aaa.first\""),
      "\(result.stderrText)")
  }
}

/// Names and exit statuses in `validate`'s messages.
@Suite(.serialized) struct ValidateMessageTests {
  @Test func aTagThresholdIsReportedUnderItsOwnName() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    let result = try ValidateCommandTests.validate(out: out, extra: ["--min", "tags.f1.micro=0.99"])
    #expect(result.status == 1)
    let line = result.stdoutText.split(separator: "\n").first { $0.contains("tags.f1.micro") } ?? ""
    // The value read from the tag report must not be labelled with the sentiment metric's path.
    #expect(line.contains("tags.f1.micro = "), "\(line)")
    #expect(!line.contains("classification.machine"), "\(line)")
    let junit = try String(contentsOf: out.appendingPathComponent("junit.xml"), encoding: .utf8)
    #expect(!junit.contains("classification.machine.f1.micro ="))
  }

  @Test func anUnknownReferenceIsAUsageError() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    let result = try ValidateCommandTests.validate(out: out, extra: ["--reference", "nobody"])
    #expect(result.status == 2, "\(result.stderrText)")
    #expect(result.stderrText.contains("nobody"))
  }

  @Test func aSentimentLabelGivenTwiceIsExplainedWithoutAMissingOption() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codes = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\nR_1:Q1,gold,negative\nR_1:Q1,gold,positive\n".write(
      to: codes, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", ValidateCommandTests.demo.appendingPathComponent("feedback-export.xml").path, "--human",
      codes.path, "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("labelled item"), "\(result.stderrText)")
    #expect(!result.stderrText.contains("--multilabel"))
  }

  /// Labels are compared exactly: "Positive" against the machine's "positive" would score as total
  /// disagreement, and "pos"/"neg" share nothing with it. Both are refused with how to fix them.
  /// A label within two edits of a machine label ("positve") is a typo, not a category (review r18a).
  /// Each message names the line of the label (here line 3, after a usable one).
  @Test(arguments: [
    ("Positive", "only in case"), ("pos", "none of the human sentiment labels"),
    ("positve", "misspelling of the machine's \"positive\""),
  ])
  func humanLabelsOutsideTheMachinesVocabularyAreRefused(label: String, message: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    let codes = folder.appendingPathComponent("codes.csv")
    let first = label == "pos" ? "neg" : "neutral"
    try "item,coder,label\nR_2Z4t0psDgkvvkYi:Q3_TEXT,gold,\(first)\nR_2Z4t0psDgkvvkYi:Q4_TEXT,gold,\(label)\n".write(
      to: codes, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", ValidateCommandTests.demo.appendingPathComponent("feedback-export.xml").path, "--human",
      codes.path, "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 65)
    #expect(result.stderrText.contains(message), "\(result.stderrText)")
    // With the label's column (QA review 44 U4).
    #expect(
      result.stderrText.contains(label == "pos" ? "codes.csv:2:32: " : "codes.csv:3:32: "), "\(result.stderrText)")
  }

  /// A `--segment` field no record has is a typo: exit 2 naming the fields there are, not one
  /// segment "(none)" (review r6).
  @Test func anUnknownSegmentFieldIsAUsageError() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    let result = try ValidateCommandTests.validate(out: out, extra: ["--segment", "chanel"])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--segment chanel"), "\(result.stderrText)")
    #expect(result.stderrText.contains("channel"))
  }

  /// Issue 7: machine–human next to human–human. The per-class sentiment table gives the second
  /// human's kappa against the first for each class, as the tag table does (review r6).
  @Test func perClassSentimentShowsTheHumanCeiling() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    let result = try ValidateCommandTests.validate(out: out)
    #expect(result.status == 0)
    let humans =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: out.appendingPathComponent("agreement-humans.json"))) as? [String: Any]
    let classification = humans?["classification"] as? [String: Any]
    let perClass = (classification?.values.first as? [String: Any])?["per_class"] as? [String: Any]
    let negative = (perClass?["negative"] as? [String: Any])?["kappa"] as? Double
    #expect(negative != nil)
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    if let negative {
      #expect(html.contains(String(format: "%.3f", negative)))
    }
  }
}

extension ValidateCommandTests {
  /// QA review 14: the per-segment results are written as JSON too (segments.json). Accuracy per
  /// channel is recomputed here from coded.jsonl and the gold labels of codes-sentiment.csv.
  @Test func segmentsJSONHoldsThePerSegmentAccuracy() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    let result = try Self.validate(out: out)
    #expect(result.status == 0, "\(result.stderrText)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("segments.json")))
        as? [String: Any])
    let segments = try #require(json["segments"] as? [[String: Any]])
    var gold: [String: String] = [:]
    let csv = try String(
      contentsOf: Self.demo.appendingPathComponent("codes-sentiment.csv"), encoding: .utf8)
    for line in csv.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      if fields.count == 3, fields[1] == "gold" { gold[fields[0]] = fields[2] }
    }
    var hits: [String: (right: Int, all: Int)] = [:]
    for record in try TestSupport.jsonLines(Data(contentsOf: out.appendingPathComponent("coded.jsonl"))) {
      guard let id = record["id"] as? String, let label = gold[id],
        let channel = (record["meta"] as? [String: Any])?["channel"] as? String,
        let machine = (record["sentiment"] as? [String: Any])?["label"] as? String
      else { continue }
      hits[channel, default: (0, 0)].all += 1
      if machine == label { hits[channel, default: (0, 0)].right += 1 }
    }
    #expect(!segments.isEmpty)
    for segment in segments where segment["field"] as? String == "channel" {
      let value = try #require(segment["value"] as? String)
      let expected = try #require(hits[value])
      #expect(segment["items"] as? Int == expected.all, "\(value)")
      let accuracy = try #require(segment["accuracy"] as? Double)
      #expect(abs(accuracy - Double(expected.right) / Double(expected.all)) < 1e-12, "\(value)")
    }
  }
}

extension ValidateCommandTests {
  /// Review h51a: the humans' tag figures (`humans_level_2`) ran their classification metrics over
  /// every code of the codebook, so adding a code nobody used moved their macro F1; the machine's
  /// levels use the codes in use (scikit-learn without `labels=`). Now both do: the per-class
  /// table holds exactly the codes the human coders other than the reference gave (read here from
  /// codes-tags.csv), and the macro F1 is their mean.
  @Test func humansTagMetricsCoverTheCodesTheyUsed() throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    #expect(try Self.validate(out: out).status == 0)
    let csv = try String(contentsOf: Self.demo.appendingPathComponent("codes-tags.csv"), encoding: .utf8)
    var used = Set<String>()
    for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 3, fields[1] != "gold", !fields[2].isEmpty else { continue }
      used.insert(fields[2])
    }
    let json =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: out.appendingPathComponent("agreement-tags.json"))) as? [String: Any]
    let classification = (json?["humans_level_2"] as? [String: Any])?["classification"] as? [String: Any]
    let pair = try #require(classification?.values.first as? [String: Any])
    let perClass = try #require(pair["per_class"] as? [String: [String: Any]])
    #expect(Set(perClass.keys) == used)
    let f1s = perClass.values.compactMap { $0["f1"] as? Double }
    let macro = try #require((pair["f1"] as? [String: Any])?["macro"] as? Double)
    #expect(abs(macro - f1s.reduce(0, +) / Double(f1s.count)) < 1e-12)
  }
}
