import Foundation
import TestSupport
import Testing

/// Review r23: an input field with the name of one the command writes ("sentiment" holding a human
/// label, say) was replaced without a word. The output still holds the command's value (so a scored
/// file can be scored again), and standard error now says how many records lost such a field.
@Suite struct OverwrittenFieldR23Tests {
  @Test func eachCommandWarnsWhenItReplacesAnInputField() throws {
    let cases: [(arguments: [String], field: String)] = [
      (["score", "--jsonl"], "sentiment"), (["tag", "--jsonl"], "tags"), (["tokenize", "--jsonl"], "tokens"),
      (["code", "-"], "sentiment"), (["code", "-", "--redact"], "tags"),
    ]
    for (arguments, field) in cases {
      let input = """
        {"id":1,"text":"The delivery was late","\(field)":"human label"}
        {"id":2,"text":"Lovely staff"}
        {"id":3,"text":"Lovely staff","\(field)":null}

        """
      let result = try TestSupport.runVerbatim(arguments, input: Data(input.utf8))
      #expect(result.status == 0, "\(arguments): \(result.stderrText)")
      let lines = result.stdoutText.split(separator: "\n")
      #expect(lines.count == 3, "\(arguments)")
      #expect(!result.stdoutText.contains("human label"), "\(arguments)")
      #expect(
        result.stderrText.contains("warning: 2 input record(s) had a field this command writes"),
        "\(arguments): \(result.stderrText)")
    }
  }

  /// No warning when no input field is replaced (the text field that `code` writes back is its own).
  @Test func noWarningWithoutSuchAField() throws {
    for arguments in [["score", "--jsonl"], ["code", "-"], ["tag", "--jsonl"]] {
      let result = try TestSupport.runVerbatim(
        arguments, input: Data("{\"id\":1,\"text\":\"late\",\"channel\":\"web\"}\n".utf8))
      #expect(result.status == 0)
      #expect(!result.stderrText.contains("warning"), "\(arguments): \(result.stderrText)")
      #expect(result.stdoutText.contains("\"channel\":\"web\""))
    }
  }
}
