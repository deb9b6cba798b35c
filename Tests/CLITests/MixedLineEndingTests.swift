import Foundation
import TestSupport
import Testing

/// QA review 41: in a classic Mac file (first line end a lone CR) that mixes endings, a LF did not
/// end a line and a CRLF ended it at the CR. The README says LF and CRLF always end a line; the
/// line-based commands now count one record per line end, of whichever kind.
@Suite struct MixedLineEndingTests {
  /// `good\rbad\nugly\rfine\r` holds four answers: `score` gave three (`bad\nugly` merged).
  @Test func scoreCountsOneRecordPerLineEnd() throws {
    let result = try TestSupport.runVerbatim(["score"], input: Data("good\rbad\nugly\rfine\r".utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let ids = try TestSupport.jsonLines(result.stdout).map { $0["id"] as? Int }
    #expect(ids == [1, 2, 3, 4], "four lines, four records: \(result.stdoutText)")
  }

  /// `good\rbad\r\nugly\r` holds three answers: `redact` wrote four lines, the third record
  /// starting with the LF of the CRLF.
  @Test func redactWritesOneLinePerRecord() throws {
    let result = try TestSupport.runVerbatim(["redact"], input: Data("good\rbad\r\nugly\r".utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText == "good\nbad\nugly\n", "one output line per input line: \(result.stdout.map { $0 })")
  }
}
