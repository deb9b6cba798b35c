import Foundation
import TestSupport
import Testing

/// QA review 20 #7: when the staged `OUTPUT.partial` cannot be written, the message names the
/// OUTPUT the user asked for, not the internal partial file.
@Suite struct StagedOutputNameTests {
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/version")))
  func anUnwritableOutputIsNamedAsGiven() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = folder.appendingPathComponent("export.csv")
    try "id,comment\nr1,great\n".write(to: csv, atomically: true, encoding: .utf8)
    for command in ["import", "code"] {
      let result = try TestSupport.runVerbatim([command, csv.path, "-o", "/proc/version"])
      #expect(result.status == 74, "\(command): \(result.stderrText)")
      #expect(result.stderrText.contains("/proc/version: cannot write"), "\(command): \(result.stderrText)")
      #expect(!result.stderrText.contains(".partial"), "\(command): \(result.stderrText)")
    }
  }
}
