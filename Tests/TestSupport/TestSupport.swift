public import Foundation

/// Helpers shared by the test targets.
public enum TestSupport {
  /// The package root (found from this file's location).
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared` beside the package, when present (a user's clone has none).
  public static var sharedDirectory: URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The directory holding the built products (the `verbatim` executable).
  public static var productsDirectory: URL {
    let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }
    if let bundle { return bundle.bundleURL.deletingLastPathComponent() }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  }

  /// The folder that holds every temporary directory of this test process. It is removed when
  /// the process exits, so `make test` leaves nothing behind in the system's temporary folder
  /// (each run made several hundred directories before).
  static let runDirectory: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "verbatim-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    atexit { removeRunDirectory() }
    return url
  }()

  /// Removes ``runDirectory`` and everything in it (called at exit).
  static func removeRunDirectory() {
    try? FileManager.default.removeItem(at: runDirectory)
  }

  /// A new empty temporary directory, inside this process's ``runDirectory``.
  public static func temporaryDirectory() throws -> URL {
    let url = runDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Result of running the CLI.
  public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: Data
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
  }

  /// Runs the built `verbatim` binary with `arguments`, feeding `input` on standard input.
  public static func runVerbatim(_ arguments: [String], input: Data? = nil, directory: URL? = nil) throws
    -> ProcessResult
  {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("verbatim")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let stdinPipe = Pipe()
    let stdoutFile = try temporaryDirectory().appendingPathComponent("stdout")
    let stderrFile = stdoutFile.deletingLastPathComponent().appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: stdoutFile)
    let errHandle = try FileHandle(forWritingTo: stderrFile)
    process.standardInput = stdinPipe
    process.standardOutput = outHandle
    process.standardError = errHandle
    try process.run()
    if let input { stdinPipe.fileHandleForWriting.write(input) }
    try stdinPipe.fileHandleForWriting.close()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    defer { try? FileManager.default.removeItem(at: stdoutFile.deletingLastPathComponent()) }
    return ProcessResult(
      status: process.terminationStatus, stdout: try Data(contentsOf: stdoutFile),
      stderr: try Data(contentsOf: stderrFile))
  }

  /// Parses JSON Lines output into objects.
  public static func jsonLines(_ data: Data) throws -> [[String: Any]] {
    try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      guard let object = try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] else {
        throw CocoaError(.coderReadCorrupt)
      }
      return object
    }
  }
}
