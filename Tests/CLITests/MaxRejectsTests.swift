import Foundation
import TestSupport
import Testing

/// `--max-rejects` (import and code): go on past bad pieces as --keep-going does, then exit 65 when
/// more pieces were rejected than the limit allows. The CSV below has 4 respondents, one without an
/// id, so 3 records and 1 rejected row: 1 of 4 pieces, 25 %.
struct MaxRejectsTests {
  static let csv = "id,comment\n1,great service\n,no id here\n3,slow delivery\n4,fine\n"

  private func export() throws -> URL {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("answers.csv")
    try Self.csv.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  @Test func importExitsWithDataErrorPastTheLimitAndKeepsTheRecords() throws {
    let file = try export()
    let output = file.deletingLastPathComponent().appendingPathComponent("out.jsonl")
    let over = try TestSupport.runVerbatim(["import", file.path, "--max-rejects", "20%", "-o", output.path])
    #expect(over.status == 65, "\(over.stderrText)")
    // A percentage counts answers (QA review 40): the rejected row held 1 (one text column).
    #expect(
      over.stderrText.contains(
        "1 of 4 answer(s) rejected (1 in 1 whole row(s) or response(s)), more than --max-rejects 20% allows"),
      "\(over.stderrText)")
    #expect(try TestSupport.jsonLines(try Data(contentsOf: output)).count == 3)
    let within = try TestSupport.runVerbatim(["import", file.path, "--max-rejects", "25%"])
    #expect(within.status == 0, "\(within.stderrText)")
    #expect(try TestSupport.jsonLines(within.stdout).count == 3)
    let counted = try TestSupport.runVerbatim(["import", file.path, "--max-rejects", "0"])
    #expect(counted.status == 65)
  }

  @Test func codeAppliesTheLimitToExportsAndToStandardInput() throws {
    let file = try export()
    let exported = try TestSupport.runVerbatim(["code", file.path, "--max-rejects", "0", "--no-tags"])
    #expect(exported.status == 65, "\(exported.stderrText)")
    #expect(try TestSupport.jsonLines(exported.stdout).count == 3)
    let lines = "{\"id\":1,\"text\":\"great\"}\nnot json\n{\"id\":3,\"text\":\"bad\"}\n"
    let streamed = try TestSupport.runVerbatim(
      ["code", "-", "--max-rejects", "1", "--no-tags"], input: Data(lines.utf8))
    #expect(streamed.status == 0, "\(streamed.stderrText)")
    let over = try TestSupport.runVerbatim(["code", "-", "--max-rejects", "30%", "--no-tags"], input: Data(lines.utf8))
    #expect(over.status == 65 && over.stderrText.contains("1 of 3 piece(s) rejected"), "\(over.stderrText)")
  }

  @Test func aValueThatIsNoLimitIsAUsageError() throws {
    let result = try TestSupport.runVerbatim(["import", try export().path, "--max-rejects", "lots"])
    #expect(result.status == 2 && result.stderrText.contains("--max-rejects"), "\(result.stderrText)")
  }
}
