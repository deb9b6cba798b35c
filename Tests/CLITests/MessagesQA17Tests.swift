import Foundation
import TestSupport
import Testing

/// QA review 17: help and messages that said something untrue.
@Suite struct MessagesQA17Tests {
  /// A negator has no value, so a repeated one changes nothing (the warning spoke of a later value).
  @Test func aRepeatedNegatorChangesNothing() throws {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("negators.txt")
    try "not\nnever\nnot\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["score", "--negators", file.path], input: Data("not good\n".utf8))
    #expect(result.status == 0)
    #expect(
      result.stderrText.contains("duplicate negator \"not\" (first on line 1); the repeat on line 3 changes nothing"),
      "\(result.stderrText)")
  }

  /// Every multi-line example in the help continues with a backslash, so it can be pasted.
  @Test func helpExamplesCanBePasted() throws {
    for command in [["agree"], ["gate"], ["validate"], ["sample"], ["code"], ["redact"], ["taxonomy", "diff"]] {
      let help = try TestSupport.runVerbatim(command + ["--help"]).stdoutText
      guard let start = help.range(of: "Example") else { continue }
      var previous = ""
      for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
        if line.isEmpty { break }
        let continues = previous.hasSuffix("\\")
        #expect(
          line.hasPrefix("  verbatim") || line.hasPrefix("  echo") || line.hasPrefix("  cat") || line.hasPrefix("  #")
            || continues, "\(command): \(line)")
        previous = String(line)
      }
    }
  }
}
