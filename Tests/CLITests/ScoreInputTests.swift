import Foundation
import TestSupport
import Testing

/// `verbatim score` input edge cases.
@Suite struct ScoreInputTests {
  /// Editors and Excel start UTF-8 files with a byte-order mark; it is not part of the first record.
  @Test func aByteOrderMarkBeforeTheFirstJSONLineIsSkipped() throws {
    let input = Data([0xEF, 0xBB, 0xBF] + Array("{\"id\":1,\"text\":\"good\"}\n{\"id\":2,\"text\":\"bad\"}\n".utf8))
    let result = try TestSupport.runVerbatim(["score", "--jsonl"], input: input)
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(result.stdout).map { $0["id"] as? Int } == [1, 2])
  }
}
