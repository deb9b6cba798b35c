import Pipeline
import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Output could not be written.
struct OutputError: Error, CustomStringConvertible {
  var path: String
  var reason: String
  var description: String { "\(path): cannot write: \(reason)" }
}

/// Writes `text` to standard output at once; a failure (a closed pipe, a full disk) is an
/// `OutputError`, exit 74, not a crash (QA review 23: `FileHandle.write` trapped).
func writeStandardOutput(_ text: String) throws {
  let sink = try OutputSink(path: nil)
  try sink.write(text)
  try sink.flush()
}

/// Buffered output to standard output or a file, flushed in large writes.
final class OutputSink {
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  let path: String
  private var buffer: [UInt8] = []
  private let flushThreshold = 1 << 20
  /// The SHA-256 of what was written, when `recordDigest()` asked for it, and the byte count.
  private var digest: SHA256?
  private var bytesWritten = 0

  /// Standard output for nil or "-", else a file created (or truncated) at `path`. Refuses (exit 2)
  /// a path that names one of `others` (the run's inputs and other outputs): truncating it would
  /// destroy an input before it is read, or one output would overwrite another.
  init(path: String?, inputs others: [String?] = []) throws {
    try refuseOutput(path, namingAnyOf: others)
    if let path, path != "-" {
      let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
      descriptor = fd
      ownsDescriptor = true
      self.path = path
    } else {
      try refuseStandardOutput(namingAnyOf: others)
      descriptor = 1
      ownsDescriptor = false
      self.path = "standard output"
    }
    buffer.reserveCapacity(flushThreshold + 4096)
  }

  /// When this sink writes standard output, hashes everything written from now on, so that a run
  /// manifest can record the SHA-256 of output that cannot be read back (QA review 31, L15: the
  /// manifest of `code --manifest m.json > out.jsonl` recorded no output). A file is hashed after
  /// it is written (`RunManifest.FileRecord.hashing`), so nothing is done for one.
  func recordDigest() {
    if !ownsDescriptor && digest == nil { digest = SHA256() }
  }

  /// The output's record for a run manifest (`role`, path "-", size and SHA-256) when
  /// `recordDigest()` was called; call after the last `flush()`.
  func streamedOutput(role: String) -> RunManifest.FileRecord? {
    guard var digest else { return nil }
    return RunManifest.FileRecord(role: role, path: "-", bytes: bytesWritten, sha256: digest.finalizeHex())
  }

  deinit {
    try? flush()
    if ownsDescriptor { close(descriptor) }
  }

  func write(_ bytes: [UInt8]) throws {
    if bytes.count >= flushThreshold / 2 {
      // A batch's output (about a megabyte) goes out as it is, after what is buffered: copying it
      // into the buffer first cost a pass over every output byte.
      try flush()
      try writeAll(bytes)
      return
    }
    buffer.append(contentsOf: bytes)
    if buffer.count >= flushThreshold { try flush() }
  }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= flushThreshold { try flush() }
  }

  /// Writes a JSON line: the writer's bytes and a newline.
  func writeLine(_ writer: JSONWriter) throws {
    buffer.append(contentsOf: writer.bytes)
    buffer.append(0x0A)
    if buffer.count >= flushThreshold { try flush() }
  }

  func flush() throws {
    defer { buffer.removeAll(keepingCapacity: true) }
    try writeAll(buffer)
  }

  /// Writes all of `bytes` to the descriptor.
  private func writeAll(_ bytes: [UInt8]) throws {
    if digest != nil {
      bytes.withUnsafeBufferPointer { digest!.update($0) }
      bytesWritten += bytes.count
    }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBufferPointer { bytes in
        Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
      offset += written
    }
  }
}

/// Whether two paths name the same regular file (same device and inode: links and "./x" count).
/// Devices (`/dev/null`), FIFOs and sockets never count: writing one does not destroy the other. Two
/// paths that do not exist yet are the same file when they are the same path (an output and a
/// rejects file about to be created).
/// Refuses (exit 2) an output path that names one of the run's other files (its inputs, or another
/// output): writing it would destroy what the run reads.
func refuseOutput(_ path: String?, namingAnyOf others: [String?]) throws {
  guard let path, path != "-" else { return }
  for case let other? in others where isSameFile(path, other) {
    throw fail(
      "\(path) names the same file as \(other), which this run also reads or writes; choose another file",
      status: .usage)
  }
}

/// Refuses (exit 2) a run whose standard output is one of its files: `verbatim tokenize a.txt >>
/// a.txt` read its own output and grew without end (QA review 41), and `> a.txt` would truncate
/// the input before it is read.
func refuseStandardOutput(namingAnyOf others: [String?]) throws {
  // `/dev/stdout` names whatever standard output is; `isSameFile` counts only a regular file.
  for case let other? in others where isSameFile("/dev/stdout", other) {
    throw fail(
      "standard output is \(other), which this run also reads or writes; redirect the output to another file",
      status: .usage)
  }
}

func isSameFile(_ first: String, _ second: String) -> Bool {
  guard first != "-", second != "-" else { return false }
  var a = stat()
  var b = stat()
  let firstExists = stat(first, &a) == 0
  let secondExists = stat(second, &b) == 0
  if firstExists && secondExists {
    return (a.st_mode & S_IFMT) == S_IFREG && a.st_dev == b.st_dev && a.st_ino == b.st_ino
  }
  return !firstExists && !secondExists && plainPath(first) == plainPath(second)
}

/// `path` without leading "./" components.
private func plainPath(_ path: String) -> Substring {
  var rest = Substring(path)
  while rest.hasPrefix("./") { rest = rest.dropFirst(2).drop { $0 == "/" } }
  return rest
}
