import Foundation
import TestSupport
import Testing

/// `verbatim import` end to end: exit statuses, messages on standard error, files written, and
/// that no content of a file a hostile document points at ever reaches any output.
@Suite struct ImportCommandTests {
  static func fixture(_ name: String) -> String {
    TestSupport.packageRoot.appendingPathComponent("Tests/SurveyImportTests/Fixtures/\(name)").path
  }

  /// Strings that must never appear: the canaries in secret.txt / secret.dtd and the first line
  /// of /etc/passwd.
  static let leaks = ["VERBATIM-CANARY", "root:x:0:0", "root:*:0:0"]

  /// The notes gathered before a fatal error are shown with it (QA review 38: they came only with
  /// --keep-going): here that the rows are numbered, then the row of the wrong width.
  @Test func notesBeforeAFatalErrorAreShown() throws {
    let csv = try TestSupport.temporaryDirectory().appendingPathComponent("ragged.csv")
    try Data("comment\nfine\nslow,extra\n".utf8).write(to: csv)
    let result = try TestSupport.runVerbatim(["import", csv.path])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("respondents are numbered by data row"), "\(result.stderrText)")
    #expect(result.stderrText.contains("ragged.csv:3"), "\(result.stderrText)")
  }

  @Test(arguments: [
    ("xxe-local-file.xml", 65, "entity reference &xxe; refused"),
    ("xxe-relative.xml", 65, "entity reference &xxe; refused"),
    ("external-dtd.xml", 65, "&canary;"),
    ("billion-laughs.xml", 65, "entity reference loop"),
    ("quadratic-blowup.xml", 65, "entity reference &a; refused"),
    ("deep-nesting.xml", 65, "nested deeper than"),
    ("truncated-cdata.lsr", 65, "truncated-cdata.lsr:18:"),
    ("truncated-multibyte.xml", 65, "1 record(s) read before the error"),
    ("missing-end-tags.xml", 65, "an end tag is missing"),
    ("utf8-declared-latin1.xml", 65, "declares encoding ISO-8859-1 but its bytes are UTF-8"),
    ("unknown-encoding.xml", 65, "Unsupported encoding"),
    ("invalid-utf8.xml", 65, "invalid-utf8.xml:11:17:"),
    ("empty.xml", 65, "the file is empty"),
    ("bom-only.xml", 65, "only a UTF-8 byte-order mark"),
    ("concatenated.xml", 65, "concatenated exports"),
    ("html-error-page.xml", 65, "an HTML page"),
    ("csv-saved-as.xml", 65, "CSV text named like XML"),
    ("no-such-file.xml", 66, "cannot open"),
  ])
  func errorCase(file: String, status: Int32, message: String) throws {
    let result = try TestSupport.runVerbatim(["import", Self.fixture(file)])
    #expect(result.status == status, "\(result.stderrText)")
    #expect(result.stderrText.contains(message), "\(result.stderrText)")
    for leak in Self.leaks {
      #expect(!result.stdoutText.contains(leak))
      #expect(!result.stderrText.contains(leak))
    }
  }

  @Test func summaryOnStandardErrorAndRecordsOnStandardOutput() throws {
    let result = try TestSupport.runVerbatim(["import", Self.fixture("entities.xml")])
    #expect(result.status == 0)
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.count == 1)
    #expect(records.first?["id"] as? String == "R_1:Q1_TEXT")
    #expect(result.stderrText.contains("1 respondent(s), 1 question(s), 1 record(s), 0 blank, 0 not shown, 0 rejected"))
  }

  @Test func rejectsFileAndKeepGoing() throws {
    let directory = try TestSupport.temporaryDirectory()
    let output = directory.appendingPathComponent("out.jsonl").path
    let rejects = directory.appendingPathComponent("rejects.jsonl").path
    let result = try TestSupport.runVerbatim([
      "import", Self.fixture("qualtrics-basic.xml"), "--keep-going", "--rejects", rejects, "-o", output,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(Data(contentsOf: URL(fileURLWithPath: output))).count == 2)
    let rejected = try TestSupport.jsonLines(Data(contentsOf: URL(fileURLWithPath: rejects)))
    #expect(rejected.count == 1)
    #expect(rejected.first?["line"] as? Int == 15)
    #expect(rejected.first?["reason"] as? String == "a <Response> without _recordId or ResponseID")
    // R_1 and R_4 lack Q2_TEXT: not shown to them (review r20b).
    #expect(result.stderrText.contains("2 blank, 2 not shown, 1 rejected"))
  }

  @Test func withoutKeepGoingARejectStopsTheImportAndNoOutputFileIsLeft() throws {
    let directory = try TestSupport.temporaryDirectory()
    let output = directory.appendingPathComponent("out.jsonl").path
    let result = try TestSupport.runVerbatim(["import", Self.fixture("qualtrics-basic.xml"), "-o", output])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("qualtrics-basic.xml:15:"))
    #expect(!FileManager.default.fileExists(atPath: output))
    #expect(!FileManager.default.fileExists(atPath: output + ".partial"))
  }

  @Test func keepGoingKeepsRecordsBeforeAFatalErrorButStillExits65() throws {
    let directory = try TestSupport.temporaryDirectory()
    let output = directory.appendingPathComponent("out.jsonl").path
    let result = try TestSupport.runVerbatim([
      "import", Self.fixture("missing-end-tags.xml"), "--keep-going", "-o", output,
    ])
    #expect(result.status == 65)
    #expect(try TestSupport.jsonLines(Data(contentsOf: URL(fileURLWithPath: output))).count == 1)
  }

  @Test func keepBlankAndForcedFormat() throws {
    let blank = try TestSupport.runVerbatim([
      "import", Self.fixture("qualtrics-basic.xml"), "--keep-going", "--keep-blank",
    ])
    #expect(try TestSupport.jsonLines(blank.stdout).count == 4)
    let forced = try TestSupport.runVerbatim(["import", Self.fixture("csv-saved-as.xml"), "--format", "csv"])
    #expect(forced.status == 0)
    #expect(try TestSupport.jsonLines(forced.stdout).first?["text"] as? String == "hello")
    let bad = try TestSupport.runVerbatim(["import", Self.fixture("entities.xml"), "--format", "sav"])
    #expect(bad.status == 2)
    #expect(bad.stderrText.contains("--format must be one of"))
  }

  @Test func outputIsDeterministic() throws {
    let first = try TestSupport.runVerbatim(["import", Self.fixture("survey.sss")])
    let second = try TestSupport.runVerbatim(["import", Self.fixture("survey.sss")])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
  }
}
