import Foundation
import TestSupport
import Testing

/// QA review 44 (N4): `gate --junit /missing/dir/x.xml` printed its PASS lines and only then exited
/// 74, so a CI log showed passes for a run that failed. The JUnit file is opened first.
@Suite struct GateJUnitPathTests {
  @Test func anUnwritableJUnitPathFailsBeforeAnyVerdictLine() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try GateZeroDivisionTests.constantModel(in: folder)
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--reference", "ref", "--min", "accuracy=0.1", "--junit",
      folder.appendingPathComponent("missing/x.xml").path,
    ])
    #expect(result.status == 74, "\(result.stderrText)")
    #expect(!result.stdoutText.contains("PASS") && !result.stdoutText.contains("FAIL"), "\(result.stdoutText)")
    #expect(result.stderrText.contains("does not exist"), "\(result.stderrText)")
  }
}
