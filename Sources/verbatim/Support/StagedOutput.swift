#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output file written as `OUTPUT.partial` in the same folder and renamed to OUTPUT only when
/// the run succeeds (or, under --keep-going, kept what it read): `import -o`, `code -o`, and
/// `agree -o` through `write(_:)`. A failed run leaves an existing OUTPUT untouched and no half
/// file behind. Standard output, devices, FIFOs and symbolic links are written directly: renaming
/// onto /dev/null or a FIFO would replace it, and renaming onto a link would replace the link, not
/// write where it points (QA review 29: `-o /dev/stdout` with standard output redirected to a file
/// left that file empty and put a regular file in place of the system's /dev/stdout).
final class StagedOutput {
  /// The file the run's output ends up in (nil: standard output).
  let path: String?
  /// Where the run writes until `commit()`: `path + ".partial"` for a regular file, else `path`.
  let writePath: String?
  private var settled = false

  /// Refuses (exit 2) an output that names one of `inputs`: renaming onto it would replace an input.
  init(path: String?, inputs: [String?]) throws {
    try refuseOutput(path, namingAnyOf: inputs)
    // A missing folder is said of the file asked for, before anything runs (QA review 18: the error
    // named the internal OUTPUT.partial, after the whole input had been read).
    if let path, path != "-", let slash = path.lastIndex(of: "/") {
      let folder = slash == path.startIndex ? "/" : String(path[..<slash])
      var info = stat()
      if stat(folder, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR {
        throw OutputError(path: path, reason: "the folder \(folder) does not exist")
      }
    }
    self.path = path
    let staged = path.flatMap { $0 != "-" && Self.isRegularFileOrAbsent($0) ? $0 + ".partial" : nil }
    writePath = staged ?? path
  }

  /// Moves the written file into place (call after the last write has been flushed).
  func commit() throws {
    guard !settled else { return }
    settled = true
    if let path, let writePath, writePath != path, rename(writePath, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(writePath)
      throw OutputError(path: path, reason: reason)
    }
  }

  /// Writes a whole output computed in advance (`agree -o FILE`), then commits it; on any failure
  /// the partial file is removed and the error names the file the user asked for.
  func write(_ bytes: [UInt8]) throws {
    do {
      let sink = try OutputSink(path: writePath)
      try sink.write(bytes)
      try sink.flush()
      try commit()
    } catch let error as OutputError {
      discard()
      guard let path, writePath != path else { throw error }
      throw OutputError(path: path, reason: error.reason)
    } catch {
      discard()
      throw error
    }
  }

  /// `error` said of the file the user asked for when it names the partial file (QA review 20:
  /// `import -o /proc/version` said "/proc/version.partial: cannot write"); any other error as it is.
  func naming(_ error: any Error) -> any Error {
    guard let error = error as? OutputError, let path, let writePath, writePath != path, error.path == writePath
    else { return error }
    return OutputError(path: path, reason: error.reason)
  }

  /// Removes the partial file of a failed run; the previous OUTPUT, if any, stays as it was.
  func discard() {
    guard !settled else { return }
    settled = true
    if let path, let writePath, writePath != path { unlink(writePath) }
  }

  /// Whether `path` is a regular file, not reached through a symbolic link, or does not exist yet.
  static func isRegularFileOrAbsent(_ path: String) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0 else { return true }
    return info.st_mode & S_IFMT == S_IFREG
  }
}
