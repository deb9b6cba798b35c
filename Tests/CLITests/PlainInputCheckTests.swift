import Foundation
import TestSupport
import Testing

/// A JSON Lines file given without --jsonl is read as plain text (each line a text, braces and
/// member names included): the text commands warn on standard error and go on (QA review 38: `tag`
/// tagged the keys of a JSONL file without a word). A plain file whose text merely starts with a
/// brace, and a JSON object without the text member, get no warning.
@Suite struct PlainInputCheckTests {
  @Test(arguments: ["score", "tag", "tokenize", "redact"])
  func jsonLinesReadAsPlainTextAreNamed(command: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    let jsonl = folder.appendingPathComponent("answers.jsonl")
    try Data("{\"id\":1,\"text\":\"Great service\"}\n{\"id\":2,\"text\":\"slow\"}\n".utf8).write(to: jsonl)
    let plain = try TestSupport.runVerbatim([command, jsonl.path])
    #expect(plain.status == 0, "\(plain.stderrText)")
    #expect(plain.stderrText.contains("line 1 is a JSON object with a \"text\" member"), "\(plain.stderrText)")
    let given = try TestSupport.runVerbatim([command, "--jsonl", jsonl.path])
    #expect(given.status == 0)
    #expect(!given.stderrText.contains("JSON object"))

    let other = folder.appendingPathComponent("braces.txt")
    try Data("{curly} braces are fine\n{\"id\":1,\"note\":\"no text member\"}\n".utf8).write(to: other)
    #expect(!(try TestSupport.runVerbatim([command, other.path])).stderrText.contains("JSON object"))
    let object = folder.appendingPathComponent("object.txt")
    try Data("{\"id\":1,\"note\":\"no text member\"}\n".utf8).write(to: object)
    #expect(!(try TestSupport.runVerbatim([command, object.path])).stderrText.contains("JSON object"))
  }
}
