import Foundation
import TestSupport
import Testing

/// `verbatim tokenize` end to end: the built binary, its stdout and its exit status.
@Suite struct TokenizeCommandTests {
  @Test func plainLinesGiveOneObjectPerLineInOrder() throws {
    let result = try TestSupport.runVerbatim(["tokenize"], input: Data("Great service :)\n\nWaited 40 min\n".utf8))
    #expect(result.status == 0)
    let objects = try TestSupport.jsonLines(result.stdout)
    #expect(objects.count == 3)
    #expect(objects.map { $0["id"] as? Int } == [1, 2, 3])
    let tokens = try #require(objects[0]["tokens"] as? [[String: Any]])
    #expect(tokens.map { $0["text"] as? String } == ["Great", "service", ":)"])
    #expect(tokens.map { $0["kind"] as? String } == ["word", "word", "emoticon"])
    #expect(tokens.map { $0["norm"] as? String } == ["great", "service", ":)"])
    #expect(tokens.map { $0["start"] as? Int } == [0, 6, 14])
    #expect(tokens.map { $0["end"] as? Int } == [5, 13, 16])
    #expect((objects[0]["sentences"] as? [[Int]]) == [[0, 16]])
    #expect((objects[1]["tokens"] as? [Any])?.isEmpty == true)
  }

  @Test func jsonlCarriesOtherFieldsThrough() throws {
    let input = #"{"id":"r1","text":"Très bien 👍","region":"North","score":9}"# + "\n" + #"{"text":"no id"}"#
    let result = try TestSupport.runVerbatim(["tokenize", "--jsonl"], input: Data(input.utf8))
    #expect(result.status == 0)
    let objects = try TestSupport.jsonLines(result.stdout)
    #expect(objects.count == 2)
    #expect(objects[0]["id"] as? String == "r1")
    #expect(objects[0]["region"] as? String == "North")
    #expect(objects[0]["score"] as? Int == 9)
    #expect(objects[1]["id"] as? Int == 2)
    // Keys of the first object, in order: input members first, then the command's own.
    let firstLine = try #require(result.stdoutText.split(separator: "\n").first)
    #expect(firstLine.hasPrefix(#"{"id":"r1","text":"Très bien 👍","region":"North","score":9,"tokens":["#))
  }

  @Test func malformedJSONLineExits65WithItsLineNumber() throws {
    let input = "{\"id\":1,\"text\":\"ok\"}\n{\"id\": broken\n"
    let result = try TestSupport.runVerbatim(["tokenize", "--jsonl"], input: Data(input.utf8))
    #expect(result.status == 65)
    #expect(result.stderrText.contains("-:2:"))
  }

  /// QA review 31 (L6): a blank line in JSON Lines holds no record. `import` and `code -` skipped it
  /// while `tokenize`, `score`, `tag` and `redact` stopped at it, so one file got two verdicts. Every
  /// reader now skips it, says how many it skipped, and writes one line per record.
  @Test func blankJSONLLinesAreSkippedAndCountedByEveryReader() throws {
    let input = Data("{\"id\":1,\"text\":\"ok\"}\n  \n\r\n{\"id\":2,\"text\":\"fine\"}\n\n".utf8)
    let taxonomy = TestSupport.packageRoot.appendingPathComponent("taxonomies/customer-feedback.yaml").path
    for command in [
      ["tokenize", "--jsonl"], ["score", "--jsonl"], ["tag", "--jsonl", "--taxonomy", taxonomy],
      ["redact", "--jsonl"],
    ] {
      let result = try TestSupport.runVerbatim(command, input: input)
      #expect(result.status == 0, "\(command): \(result.stderrText)")
      #expect(try TestSupport.jsonLines(result.stdout).map { $0["id"] as? Int } == [1, 2], "\(command)")
      #expect(result.stderrText.contains("skipped 3 blank line(s)"), "\(command): \(result.stderrText)")
    }
    let summary = try TestSupport.runVerbatim(["tokenize", "--jsonl", "--summary"], input: input)
    let counts = try TestSupport.jsonLines(summary.stdout).first
    #expect(counts?["texts"] as? Int == 2)
    #expect(counts?["blank"] == nil)
    // Plain text is unchanged: an empty line is an empty text.
    let plain = try TestSupport.runVerbatim(["score"], input: Data("ok\n\nfine\n".utf8))
    #expect(try TestSupport.jsonLines(plain.stdout).count == 3)
  }

  /// QA review 22: the column of a JSON error counted bytes. In `{"id": "é", "text": "ok" x}` the
  /// "x" is the 26th character (the 27th byte: é is two); the column is 26, as Python's `json`
  /// gives (colno), for `tokenize`, `score` and `import` alike.
  @Test func aJSONErrorColumnCountsCharacters() throws {
    let input = Data("{\"id\": \"\u{E9}\", \"text\": \"ok\" x}\n".utf8)
    for command in [["tokenize", "--jsonl"], ["score", "--jsonl"]] {
      let result = try TestSupport.runVerbatim(command, input: input)
      #expect(result.status == 65)
      #expect(result.stderrText.contains("-:1:26: malformed JSON"), "\(command): \(result.stderrText)")
    }
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("bad.jsonl").path
    try input.write(to: URL(fileURLWithPath: path))
    let imported = try TestSupport.runVerbatim(["import", path])
    #expect(imported.status == 65)
    #expect(imported.stderrText.contains("bad.jsonl:1:26: malformed JSON"), "\(imported.stderrText)")
  }

  @Test func missingTextFieldIsAnError() throws {
    let result = try TestSupport.runVerbatim(["tokenize", "--jsonl"], input: Data("{\"id\":1}\n".utf8))
    #expect(result.status == 65)
    #expect(result.stderrText.contains("\"text\""))
  }

  @Test func invalidUTF8FailsOrIsReplacedWithACount() throws {
    let bytes = Data([0x6F, 0x6B, 0x20, 0xFF, 0x0A])
    let failing = try TestSupport.runVerbatim(["tokenize"], input: bytes)
    #expect(failing.status == 65)
    #expect(failing.stderrText.contains("-:1:") && failing.stderrText.contains("byte 4"))
    let replacing = try TestSupport.runVerbatim(["tokenize", "--replace-invalid"], input: bytes)
    #expect(replacing.status == 0)
    #expect(replacing.stderrText.contains("replaced 1 invalid UTF-8"))
    #expect(try TestSupport.jsonLines(replacing.stdout).count == 1)
  }

  @Test func missingFileExits66() throws {
    let result = try TestSupport.runVerbatim(["tokenize", "/nonexistent/file.txt"])
    #expect(result.status == 66)
    #expect(result.stderrText.contains("/nonexistent/file.txt"))
  }

  @Test func emptyInputGivesEmptyOutput() throws {
    let result = try TestSupport.runVerbatim(["tokenize"], input: Data())
    #expect(result.status == 0 && result.stdout.isEmpty)
  }

  @Test func unknownOptionIsAUsageErrorWithStatus2() throws {
    let result = try TestSupport.runVerbatim(["tokenize", "--no-such-option"])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--no-such-option"))
  }

  @Test func helpExplainsWithAnExample() throws {
    let top = try TestSupport.runVerbatim(["--help"])
    #expect(top.status == 0 && top.stdoutText.contains("Example"))
    let sub = try TestSupport.runVerbatim(["tokenize", "--help"])
    #expect(sub.status == 0 && sub.stdoutText.contains("Example"))
  }
}
