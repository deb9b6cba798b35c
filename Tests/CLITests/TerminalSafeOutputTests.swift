import Foundation
import TestSupport
import Testing

/// QA review 29: labels and coder names from the user's files reach the terminal without their
/// control characters (an ESC or BEL in a label was printed raw by `gate` and `agree`).
@Suite struct TerminalSafeOutputTests {
  @Test func controlCharactersInLabelsAreReplaced() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = folder.appendingPathComponent("ratings.csv")
    let label = "red\u{1B}[31mALERT\u{07}"
    try "item,coder,label\n1,gold,\(label)\n1,model,\(label)\n2,gold,ok\n2,model,ok\n".write(
      to: ratings, atomically: true, encoding: .utf8)
    let gate = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings.path, "--reference", "gold", "--min", "per_class.\(label).recall=0.5",
    ])
    let agree = try TestSupport.runVerbatim(["agree", "--ratings", ratings.path, "--reference", "gold"])
    for result in [gate, agree] {
      let bytes = result.stdout + result.stderr
      #expect(!bytes.contains(0x1B) && !bytes.contains(0x07), "\(result.stdoutText)\(result.stderrText)")
    }
    #expect(gate.stdoutText.contains("red\u{FFFD}[31mALERT\u{FFFD}"), "\(gate.stdoutText)\(gate.stderrText)")
  }
}
