import Pipeline
import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes `text` to standard output at once; a failure (a closed pipe, a full disk) is an
/// `OutputError`, exit 74, not a crash (QA review 23: `FileHandle.write` trapped).
func writeStandardOutput(_ text: String) throws {
  let sink = try OutputSink(path: nil)
  try sink.write(text)
  try sink.flush()
}

/// Buffered output to standard output or a file, flushed in large writes. A file is an
/// `OutputFile`: a regular file is written to a temporary file beside it and replaced only by
/// `commit()`, so a run that fails or is interrupted leaves the earlier file as it was (review h43,
/// D7: `tokenize`, `score`, `tag` and `redact` truncated it first); a symbolic link, FIFO or device
/// is written where it is. Every command calls `commit()` once its output is complete.
final class OutputSink {
  /// The file written (nil: standard output).
  private let file: OutputFile?
  /// What messages call the output: its path, or "standard output".
  let path: String
  private var buffer: [UInt8] = []
  private let flushThreshold = 1 << 20
  /// The SHA-256 of what was written, when `recordDigest()` asked for it, and the byte count.
  private var digest: SHA256?
  private var bytesWritten = 0

  /// Standard output for nil or "-", else the file at `path`, named by `option` in messages.
  /// Refuses (exit 2) an output that is the same file as one of `files` (the run's inputs and other
  /// outputs, standard input and output included: `RunFile`), before anything is written.
  init(path: String?, option: String = "-o", against files: [RunFile?] = []) throws {
    try refuseOutput(.output(path, option: option), namingAnyOf: files)
    if let path, path != "-" {
      file = try OutputFile(path: path)
      self.path = path
    } else {
      file = nil
      self.path = "standard output"
    }
    buffer.reserveCapacity(flushThreshold + 4096)
  }

  /// When this sink writes standard output, hashes everything written from now on, so that a run
  /// manifest can record the SHA-256 of output that cannot be read back (QA review 31, L15: the
  /// manifest of `code --manifest m.json > out.jsonl` recorded no output). A file is hashed after
  /// it is written (`RunManifest.FileRecord.hashing`), so nothing is done for one.
  func recordDigest() {
    if file == nil && digest == nil { digest = SHA256() }
  }

  /// The output's record for a run manifest (`role`, path "-", size and SHA-256) when
  /// `recordDigest()` was called; call after the last `flush()`.
  func streamedOutput(role: String) -> RunManifest.FileRecord? {
    guard var digest else { return nil }
    return RunManifest.FileRecord(role: role, path: "-", bytes: bytesWritten, sha256: digest.finalizeHex())
  }

  /// What is buffered goes to standard output; a file that was not committed is discarded (its
  /// temporary file removed, the earlier file kept).
  deinit {
    if file == nil { try? flush() }
  }

  /// Flushes and puts the file in place (`OutputFile.commit()`); for standard output, flushes.
  func commit() throws {
    try flush()
    try file?.commit()
  }

  /// Abandons a file output: the earlier file, if any, stays as it was.
  func discard() {
    buffer.removeAll()
    file?.discard()
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
    if let file {
      try file.write(bytes)
      return
    }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBufferPointer { bytes in
        Glibc.write(1, bytes.baseAddress! + offset, bytes.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw OutputError.writeFailed(path: path, reason: String(cString: strerror(errno)))
      }
      offset += written
    }
  }
}
