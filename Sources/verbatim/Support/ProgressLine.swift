#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-line progress display on standard error (only used when it is a terminal).
final class ProgressLine {
  private var start = timespec()
  private var lastDraw = 0.0
  private let totalBytes: Int64
  private let label: String

  init(totalBytes: Int64, label: String = "import") {
    self.totalBytes = totalBytes
    self.label = label
    clock_gettime(CLOCK_MONOTONIC, &start)
  }

  private var elapsed: Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec - start.tv_sec) + Double(now.tv_nsec - start.tv_nsec) / 1e9
  }

  func update(bytes: Int64, records: Int) {
    let seconds = elapsed
    guard seconds - lastDraw >= 0.2 else { return }
    lastDraw = seconds
    let megabytes = Double(bytes) / 1_048_576
    let rate = seconds > 0 ? megabytes / seconds : 0
    var bar = ""
    if totalBytes > 0 {
      let filled = Int(min(Double(bytes) / Double(totalBytes), 1) * 30)
      bar = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled) + "] "
    }
    let line =
      "\r\u{1B}[2K\(label): \(bar)\(Int(megabytes)) of \(totalBytes >> 20) MB, \(records) records, \(Int(rate)) MB/s"
    var bytes = Array(line.utf8)
    _ = bytes.withUnsafeMutableBufferPointer { write(2, $0.baseAddress, $0.count) }
  }

  func finish() {
    guard lastDraw > 0 else { return }
    var bytes = Array("\r\u{1B}[2K".utf8)
    _ = bytes.withUnsafeMutableBufferPointer { write(2, $0.baseAddress, $0.count) }
  }
}

/// The size of a file in bytes (0 when unknown), for progress bars.
func fileSize(_ path: String) -> Int64 {
  var info = stat()
  return stat(path, &info) == 0 ? Int64(info.st_size) : 0
}
