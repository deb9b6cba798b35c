#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Output written in one piece once a command has succeeded (`agree -o FILE`): the content is computed
/// first, then written to FILE.partial and renamed onto FILE, so a failed run (bad option, bad data, a
/// failed write) leaves an existing FILE untouched and no half-written file behind. Devices, FIFOs and
/// standard output ("-" or nil) are written directly: renaming onto /dev/null would replace the device.
enum FinishedOutput {
  /// Refuses (exit 2) an output path that names one of `inputs`, before any work is done.
  static func check(_ path: String?, inputs: [String?]) throws {
    guard let path, path != "-" else { return }
    for case let other? in inputs where isSameFile(path, other) {
      throw fail(
        "\(path) names the same file as \(other), which this run also reads or writes; choose another file",
        status: .usage)
    }
  }

  /// Writes `bytes` to `path` (standard output for nil or "-") as described above.
  static func write(_ bytes: [UInt8], to path: String?) throws {
    guard let path, path != "-", isRegularFileOrAbsent(path) else {
      let sink = try OutputSink(path: path)
      try sink.write(bytes)
      try sink.flush()
      return
    }
    let partial = path + ".partial"
    do {
      let sink = try OutputSink(path: partial)
      try sink.write(bytes)
      try sink.flush()
    } catch let error as OutputError {
      unlink(partial)
      throw OutputError(path: path, reason: error.reason)  // name the file the user asked for
    } catch {
      unlink(partial)
      throw error
    }
    if rename(partial, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(partial)
      throw OutputError(path: path, reason: reason)
    }
  }

  private static func isRegularFileOrAbsent(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return true }
    return (info.st_mode & S_IFMT) == S_IFREG
  }
}
