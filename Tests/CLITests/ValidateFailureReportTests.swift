import Foundation
import TestSupport
import Testing

/// QA review 44 (B1): `validate --out DIR` wrote no junit.xml when DIR did not exist and the run
/// stopped before its verdict (exit 65, 66), the usual case in CI, whose job starts from a fresh
/// folder; Jenkins' `junit` step then fails with "no test report files". The folder is made and
/// holds junit.xml with one `<error>` giving the reason, and nothing else; the exit status is
/// unchanged. A folder that cannot be made (its parent is missing) gets nothing, as before.
@Suite struct ValidateFailureReportTests {
  /// Whether `folder` holds only a junit.xml with one `<error>` (a run that stopped before its
  /// verdict), whose message contains `message`.
  static func holdsOnlyTheErrorReport(_ folder: URL, message: String = "") -> Bool {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path), names == ["junit.xml"],
      let xml = try? String(contentsOf: folder.appendingPathComponent("junit.xml"), encoding: .utf8)
    else { return false }
    return xml.contains("errors=\"1\"") && xml.contains("<error message=\"")
      && (message.isEmpty || xml.contains(message))
  }

  @Test func aFreshFolderGetsTheErrorReport() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("export.csv")
    try "id,comment\nr1,great\nr2,awful\n".write(to: export, atomically: true, encoding: .utf8)
    let codes = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\nr1:comment,gold,positive\nghost:comment,gold,negative\n".write(
      to: codes, atomically: true, encoding: .utf8)
    // Exit 66: human codes that cannot be opened.
    let fresh = folder.appendingPathComponent("fresh")
    let missing = try TestSupport.runVerbatim([
      "validate", export.path, "--human", folder.appendingPathComponent("nosuch.csv").path, "--no-tags",
      "--min", "cohen_kappa=0.6", "--out", fresh.path,
    ])
    #expect(missing.status == 66, "\(missing.stderrText)")
    #expect(Self.holdsOnlyTheErrorReport(fresh, message: "nosuch.csv"))
    // Exit 65: a human-coded item the export does not have (no --keep-going).
    let fresh2 = folder.appendingPathComponent("fresh2")
    let ghost = try TestSupport.runVerbatim([
      "validate", export.path, "--human", codes.path, "--no-tags", "--min", "cohen_kappa=0.6", "--out", fresh2.path,
    ])
    #expect(ghost.status == 65, "\(ghost.stderrText)")
    #expect(Self.holdsOnlyTheErrorReport(fresh2, message: "ghost:comment"))
    // A folder whose parent is missing cannot be made: no report, the same exit status as before.
    let deep = folder.appendingPathComponent("no/such/parent")
    let nowhere = try TestSupport.runVerbatim([
      "validate", export.path, "--human", folder.appendingPathComponent("nosuch.csv").path, "--no-tags",
      "--out", deep.path,
    ])
    #expect(nowhere.status == 66, "\(nowhere.stderrText)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
  }
}
