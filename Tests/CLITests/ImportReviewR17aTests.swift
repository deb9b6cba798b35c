import Foundation
import TestSupport
import Testing

/// `verbatim import` on review r17a's findings: every record is in the output, counted as blank,
/// or rejected with its reason.
@Suite struct ImportReviewR17aTests {
  /// A line `""` in a one-column CSV is a respondent with an empty answer (counted blank); a
  /// blank line is no record. It was dropped uncounted.
  @Test func aQuotedEmptyFieldIsARecordNotABlankLine() throws {
    let directory = try ImportReviewFixTests.write([("one.csv", Array("comment\r\nfirst\r\n\r\n\"\"\r\nlast\r\n".utf8))]
    )
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("one.csv").path])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try ImportReviewFixTests.texts(result.stdout) == ["first", "last"])
    #expect(result.stderrText.contains("3 respondent(s)"), "\(result.stderrText)")
    #expect(result.stderrText.contains("1 blank"), "\(result.stderrText)")
  }

  /// A JSONL "question" that is not a string is rejected with its reason; it was ignored and the
  /// answer filed under the question "text".
  @Test func aNumericQuestionIsRejected() throws {
    let lines = "{\"id\":1,\"question\":5,\"text\":\"hello\"}\n{\"id\":2,\"question\":\"q\",\"text\":\"fine\"}\n"
    let directory = try ImportReviewFixTests.write([("a.jsonl", Array(lines.utf8))])
    let path = directory.appendingPathComponent("a.jsonl").path
    let stopped = try TestSupport.runVerbatim(["import", path])
    #expect(stopped.status == 65)
    #expect(stopped.stderrText.contains("a.jsonl:1: the \"question\" member is not a string"), "\(stopped.stderrText)")
    let kept = try TestSupport.runVerbatim(["import", path, "--keep-going"])
    #expect(try ImportReviewFixTests.texts(kept.stdout) == ["fine"])
    #expect(kept.stderrText.contains("1 record(s), 0 blank, 0 not shown, 1 rejected"), "\(kept.stderrText)")
  }
}
