import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// QA review 41: what `import` says about a JSONL line it rejects. A byte-order mark from `cat` of
/// two marked files and a stray byte outside a string were both "expected a JSON value (column
/// 1)", and a repeated member name had no column where the other commands give one.
@Suite struct JSONLLineProblemTests {
  static func rejects(_ name: String, _ bytes: [UInt8]) throws -> ImportResult {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return try Fixture.run(path: url.path) { $0.keepGoing = true }
  }

  static let first = Array("{\"id\":1,\"text\":\"good\"}\n".utf8)

  @Test func aByteOrderMarkOnALaterLineIsNamed() throws {
    let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
    let result = try Self.rejects("ab.jsonl", mark + Self.first + mark + Array("{\"id\":2,\"text\":\"bad\"}\n".utf8))
    #expect(result.records.map(\.text) == ["good"], "the first line's mark is skipped")
    #expect(result.rejects.map(\.line) == [2])
    let reason = try #require(result.rejects.first?.reason)
    #expect(reason.hasPrefix("a UTF-8 byte-order mark (bytes EF BB BF) starts line 2"), "\(reason)")
    #expect(reason.contains("sed 's/^\\xEF\\xBB\\xBF//'"), "the fix: \(reason)")
  }

  /// A stray byte before the object (or between members) is invalid UTF-8 at its byte, as the text
  /// commands count it; so is one inside a string (it was "invalid UTF-8 in a string (column 18)").
  static let strayBytes: [(line: [UInt8], byte: Int)] = [
    ([0xFF] + Array(#"{"id":2,"text":"bad"}"#.utf8), 1),
    (Array(#"{"id":2,"text":"b"#.utf8) + [0xFF] + Array(#"ad"}"#.utf8), 18),
    (Array(#"{"id":2,"te"#.utf8) + [0xC3] + Array(#"xt":"bad"}"#.utf8), 12),
  ]

  @Test(arguments: strayBytes)
  func invalidUTF8IsNamedAtItsByte(line: [UInt8], byte: Int) throws {
    let result = try Self.rejects("bad.jsonl", Self.first + line + [0x0A])
    #expect(result.rejects.map(\.line) == [2])
    let reason = try #require(result.rejects.first?.reason)
    #expect(reason.hasPrefix("invalid UTF-8 at byte \(byte) of the line"), "\(reason)")
    #expect(reason.contains("--encoding"), "the fix for a file in another encoding: \(reason)")
  }

  /// Invalid UTF-8 after a syntax error leaves the syntax error as the reason (it comes first).
  @Test func aSyntaxErrorBeforeTheStrayByteIsTheReason() throws {
    let result = try Self.rejects(
      "syntax.jsonl", Self.first + Array("{\"id\" 2,\"text\":\"".utf8) + [0xFF, 0x22, 0x7D, 0x0A])
    #expect(
      result.rejects.first?.reason == "malformed JSON: expected ':' after the member name", "\(result.rejects)")
    #expect(result.rejects.first?.column == 7)
  }

  /// `{"id":1,"text":"good","text":"x"}`: the second "text" opens at column 23, where `score
  /// --jsonl` places it.
  @Test func aRepeatedNameIsPlacedAtItsColumn() throws {
    let result = try Self.rejects("dup.jsonl", Array("{\"id\":1,\"text\":\"good\",\"text\":\"x\"}\n".utf8))
    #expect(
      result.rejects.first?.reason == "the member \"text\" appears twice (JSON leaves duplicate names undefined)",
      "\(result.rejects)")
    #expect(result.rejects.first?.column == 23)
  }
}
