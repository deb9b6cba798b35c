import Foundation
import TestSupport
import Testing

/// QA review 14: human-coded items in records the import rejected stopped `validate --keep-going`
/// with "not in the export". With --keep-going they are left out of the comparison, counted in
/// the summary, the manifest and the report; without it the malformed line stops the run.
@Suite struct ValidateRejectedRecordsTests {
  static func write(_ folder: URL) throws -> (export: String, human: String) {
    var lines: [String] = []
    var codes = ["item,coder,label"]
    for index in 1...32 {
      let positive = index % 2 == 0
      lines.append(#"{"respondent":"p\#(index)","text":"\#(positive ? "great service" : "awful delay")"}"#)
      codes.append("p\(index):text,gold,\(positive ? "positive" : "negative")")
    }
    lines[4] = #"{"respondent":"p5","text":"unterminated}"#  // malformed: rejected
    let export = folder.appendingPathComponent("answers.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: export, atomically: true, encoding: .utf8)
    let human = folder.appendingPathComponent("human.csv")
    try (codes.joined(separator: "\n") + "\n").write(to: human, atomically: true, encoding: .utf8)
    return (export.path, human.path)
  }

  @Test func keepGoingLeavesOutTheItemsOfRejectedRecords() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (export, human) = try Self.write(folder)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", export, "--format", "jsonl", "--human", human, "--no-tags", "--keep-going", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let printed = result.stdoutText + result.stderrText
    #expect(
      printed.contains(
        #"1 human-coded item(s) are not among the coded records (e.g. "p5:text"); the import rejected 1"#),
      "\(printed)")
    #expect(printed.contains("sentiment: 31 items"), "\(printed)")
    let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
    #expect(manifest.contains("\"human_coded_items_left_out\":1"), "\(manifest)")
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("records the import rejected (see --rejects)</dt><dd>1"))
    // --no-tags: tagging was not done, which the report says rather than "0 (0.0%)".
    #expect(html.contains("tagged by the machine</dt><dd>not coded (--no-tags)"))
    #expect(!html.contains("tag-set disagreements"))
  }

  /// QA review 16: human-coded items that the export does not have at all (a sample coded before
  /// responses were deleted) stopped the run even with --keep-going; now they are left out and
  /// said, as long as other items remain. The error without --keep-going quotes the ids (spaces
  /// around one were invisible) and names the usual causes (next test).
  @Test func itemsTheExportDoesNotHaveAreLeftOutWithKeepGoing() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (export, human) = try Self.write(folder)
    var codes = try String(contentsOfFile: human, encoding: .utf8)
    codes += "p99:text,gold,negative\n"
    try codes.write(toFile: human, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", export, "--format", "jsonl", "--human", human, "--no-tags", "--keep-going", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let printed = result.stdoutText + result.stderrText
    #expect(printed.contains(#"(e.g. "p5:text", "p99:text")"#), "\(printed)")
    #expect(printed.contains("sentiment: 31 items"), "\(printed)")
    #expect(printed.contains("the import rejected 1 record(s)"), "\(printed)")
  }

  @Test func idsWithoutTheQuestionOrWithSpacesGetAHint() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("answers.jsonl")
    try #"{"respondent":"p1","text":"great"}"#.appending("\n").write(to: export, atomically: true, encoding: .utf8)
    for (codes, hint) in [
      ("item,coder,label\np1,gold,positive\n", #"(e.g. "p1"); these have no ":<question>" part"#),
      ("item,coder,label\n p1:text ,gold,positive\n", #"(e.g. " p1:text "); some have spaces around them"#),
    ] {
      let human = folder.appendingPathComponent("human.csv")
      try codes.write(to: human, atomically: true, encoding: .utf8)
      let result = try TestSupport.runVerbatim([
        "validate", export.path, "--format", "jsonl", "--human", human.path, "--no-tags",
        "--out", folder.appendingPathComponent("out").path,
      ])
      #expect(result.status == 65)
      #expect(result.stderrText.contains(hint), "\(result.stderrText)")
      #expect(!result.stderrText.contains("--keep-going leaves"), "nothing would be left to compare")
    }
  }

  @Test func withoutKeepGoingTheMalformedLineStopsTheRun() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (export, human) = try Self.write(folder)
    // Without --keep-going the malformed line stops the import, at its line.
    let result = try TestSupport.runVerbatim([
      "validate", export, "--format", "jsonl", "--human", human, "--no-tags",
      "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("answers.jsonl:5:27: malformed JSON"), "\(result.stderrText)")
  }
}
