import Foundation
import TestSupport
import Testing

/// `validate` counts the coded records whose text held mojibake ("donâ€™t"), as `score` and `code`
/// do, in the report's coverage and on standard output: the export was saved in a legacy encoding.
@Suite struct ValidateMojibakeNoteTests {
  @Test func validateNotesMojibake() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("export.jsonl")
    try """
    {"id":"a","text":"I donâ€™t like it"}
    {"id":"b","text":"The cafÃ© was lovely"}
    {"id":"c","text":"Great service"}

    """.write(to: export, atomically: true, encoding: .utf8)
    let codes = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\na:text,h,negative\nb:text,h,positive\nc:text,h,positive\n".write(
      to: codes, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", export.path, "--human", codes.path, "--no-tags", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText.contains("warning: coded records with mojibake"), "\(result.stdoutText)")
    let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(report.contains("coded records with mojibake"))
    // Scored as repaired: the machine agrees with the human on all three.
    #expect(result.stdoutText.contains("accuracy 1.000"), "\(result.stdoutText)")
  }
}
