import Foundation
import TestSupport
import Testing

/// `verbatim import` of a Qualtrics JSON export end to end: the format is detected from the
/// content (also from standard input, which is read through a private copy), the summary names
/// it, --format qualtrics-json is accepted, and a malformed response is listed in --rejects at
/// its line and column while the import goes on under --keep-going.
@Suite struct ImportQualtricsJSONTests {
  static let document = """
    {"responses": [
    {"responseId": "R_1", "values": {"QID1_TEXT": "Too slow", "QID3": 2}, "displayedFields": ["QID1_TEXT"]},
    {"responseId": "R_2", "values": {"QID1_TEXT": "x",}},
    {"responseId": "R_3", "values": {"QID1_TEXT": "Kind staff"}, "displayedFields": ["QID1_TEXT"]}
    ]}

    """

  static func write(_ text: String, _ name: String = "export.json") throws -> URL {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test func detectedAndSummarised() throws {
    let valid = Self.document.replacingOccurrences(of: "{\"QID1_TEXT\": \"x\",}", with: "{}")
    let path = try Self.write(valid).path
    let result = try TestSupport.runVerbatim(["import", path])
    #expect(result.status == 0, "\(result.stderrText)")
    let ids = try TestSupport.jsonLines(result.stdout).compactMap { $0["id"] as? String }
    #expect(ids == ["R_1:QID1_TEXT", "R_3:QID1_TEXT"])
    // R_2 was neither shown QID1_TEXT (not in a displayedFields) nor answered it.
    #expect(
      result.stderrText.contains(
        "qualtrics-json: 3 respondent(s), 1 question(s), 2 record(s), 0 blank, 1 not shown, 0 rejected"),
      "\(result.stderrText)")
    let forced = try TestSupport.runVerbatim(["import", path, "--format", "qualtrics-json"])
    #expect(forced.status == 0 && forced.stdout == result.stdout, "\(forced.stderrText)")
  }

  @Test func standardInputIsRead() throws {
    let valid = Self.document.replacingOccurrences(of: "{\"QID1_TEXT\": \"x\",}", with: "{}")
    let result = try TestSupport.runVerbatim(["import", "-"], input: Data(valid.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stderrText.contains("qualtrics-json: 3 respondent(s)"), "\(result.stderrText)")
  }

  @Test func malformedResponseIsRejectedAtItsPlace() throws {
    let directory = try TestSupport.temporaryDirectory()
    let path = try Self.write(Self.document).path
    let rejects = directory.appendingPathComponent("bad.jsonl").path
    let strict = try TestSupport.runVerbatim(["import", path])
    #expect(strict.status == 65, "\(strict.stderrText)")
    #expect(
      strict.stderrText.contains("export.json:3:51:"), "line 3, at the \"}\" after the comma: \(strict.stderrText)")
    let result = try TestSupport.runVerbatim(["import", path, "--keep-going", "--rejects", rejects])
    #expect(result.status == 0, "\(result.stderrText)")
    let listed = try TestSupport.jsonLines(Data(contentsOf: URL(fileURLWithPath: rejects)))
    #expect(listed.count == 1)
    #expect(listed.first?["line"] as? Int == 3 && listed.first?["column"] as? Int == 51, "\(listed)")
  }
}
