import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Review h43, B13/B14: help and the version written to a full device exited 0; `code | head -1`
/// printed its import summary after the pipe had closed, where every other command ends quietly.
@Suite struct StandardOutputFailureTests {
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func helpAndTheVersionOnAFullDeviceAreAnIOError() throws {
    for arguments in [["--version"], ["--help"], ["help", "score"], ["score", "--help"]] {
      let result = try TestSupport.runVerbatim(arguments, standardInput: "/dev/null", standardOutput: "/dev/full")
      #expect(result.status == 74, "\(arguments): \(result.stderrText)")
      #expect(result.stderrText.contains("standard output: cannot write: No space left on device"))
    }
    let fine = try TestSupport.runVerbatim(["--version"])
    #expect(fine.status == 0 && fine.stdoutText.hasSuffix("\n") && fine.stdout.count > 1)
  }

  /// `code … | head -1`: once the reader is gone the run ends without its summaries (killed by
  /// SIGPIPE, or exit 74 where SIGPIPE is ignored), as `import` and `score` end.
  @Test func codeSaysNothingMoreOnceItsOutputPipeIsClosed() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("e.csv").path
    try "id,comment\nr1,great service\nr2,slow delivery\n".write(toFile: export, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = TestSupport.productsDirectory.appendingPathComponent("verbatim")
    process.arguments = ["code", export, "--no-tags"]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // The reader goes away before the run writes a byte (the run's end is the only writer left).
    try output.fileHandleForReading.close()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(!message.contains("respondent(s)"), "\(message)")
    #expect(!message.contains("coded 2 verbatims"), "\(message)")
    let quiet = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGPIPE
    #expect(quiet || process.terminationStatus == 74, "\(process.terminationStatus): \(message)")
  }
}
