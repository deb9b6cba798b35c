public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension TestSupport {
  /// How a shell opens a file for a command's standard output.
  public enum OutputRedirection: Sendable {
    /// `> FILE`: created or emptied before the command starts.
    case truncate
    /// `>> FILE`: written at its end.
    case append
    /// `1<> FILE`: opened for reading and writing, neither emptied nor appended to.
    case readWrite
  }

  /// Runs the built `verbatim` binary with standard input read from the file `standardInput`, as
  /// `< FILE` does, and standard output written to `standardOutput` opened as `redirection` says
  /// (nil: captured in the result), so that tests can give a run the same file on both sides as a
  /// shell would. Standard error is captured.
  public static func runVerbatim(
    _ arguments: [String], standardInput: String, standardOutput: String? = nil,
    redirection: OutputRedirection = .truncate, directory: URL? = nil
  ) throws -> ProcessResult {
    let input = open(standardInput, O_RDONLY)
    guard input >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    let inputHandle = FileHandle(fileDescriptor: input, closeOnDealloc: true)
    var outputHandle: FileHandle?
    if let standardOutput {
      let flags: Int32 =
        switch redirection {
        case .truncate: O_WRONLY | O_CREAT | O_TRUNC
        case .append: O_WRONLY | O_CREAT | O_APPEND
        case .readWrite: O_RDWR | O_CREAT
        }
      let output = open(standardOutput, flags, 0o644)
      guard output >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
      outputHandle = FileHandle(fileDescriptor: output, closeOnDealloc: true)
    }
    let captured = try temporaryDirectory()
    let stdoutFile = captured.appendingPathComponent("stdout")
    let stderrFile = captured.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
    let capturedOutput = try FileHandle(forWritingTo: stdoutFile)
    let errors = try FileHandle(forWritingTo: stderrFile)
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("verbatim")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = inputHandle
    process.standardOutput = outputHandle ?? capturedOutput
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    try capturedOutput.close()
    try errors.close()
    defer { try? FileManager.default.removeItem(at: captured) }
    return ProcessResult(
      status: process.terminationStatus, stdout: try Data(contentsOf: stdoutFile),
      stderr: try Data(contentsOf: stderrFile))
  }
}
