import Foundation
import TestSupport
import Testing

/// QA review 41: two JSON Lines files written with a byte-order mark and joined with `cat` have a
/// mark at the start of a later line. Every command said "malformed JSON: expected a JSON value"
/// at column 1; now each names the mark, its line, and how to strip it.
@Suite struct ConcatenatedJSONLTests {
  static let marked = Data([0xEF, 0xBB, 0xBF] + Array(#"{"id":1,"text":"good"}"#.utf8) + [0x0A])

  static func concatenated() throws -> URL {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("ab.jsonl")
    try (marked + marked).write(to: url)
    return url
  }

  @Test(arguments: [
    ["score", "--jsonl"], ["tag", "--jsonl"], ["redact", "--jsonl"],
    ["sample", "--size", "1", "--seed", "7", "--input"],
  ])
  func aTextCommandNamesTheMarkAtItsLine(_ command: [String]) throws {
    let file = try Self.concatenated()
    let result = try TestSupport.runVerbatim(command + [file.path])
    #expect(result.status == 65, "\(command): \(result.stderrText)")
    #expect(
      result.stderrText.contains("ab.jsonl:2:1: a UTF-8 byte-order mark (bytes EF BB BF) starts line 2"),
      "\(command): \(result.stderrText)")
    #expect(result.stderrText.contains("fixed.jsonl"), "the fix: \(result.stderrText)")
  }

  /// `import` (and `code` on the file) stop at line 2 with the same words (exit 65).
  @Test(arguments: [["import"], ["code"]])
  func importNamesTheMarkAtItsLine(_ command: [String]) throws {
    let file = try Self.concatenated()
    let result = try TestSupport.runVerbatim(command + [file.path])
    #expect(result.status == 65, "\(command): \(result.stderrText)")
    #expect(
      result.stderrText.contains("ab.jsonl:2: a UTF-8 byte-order mark (bytes EF BB BF) starts line 2"),
      "\(command): \(result.stderrText)")
  }
}
