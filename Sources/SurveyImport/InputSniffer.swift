#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the first bytes of a file say it is.
enum SniffedKind: Equatable {
  case xml
  case csv
  case jsonl
}

/// Looks at the start of a file to tell XML from CSV and JSON, and to recognise files that are not
/// survey exports at all (empty, only a byte-order mark, an HTML page, a ZIP archive) — before any
/// parser turns them into a confusing message.
enum InputSniffer {
  /// Reads up to `count` bytes from the start of `path`.
  static func head(of path: String, count: Int = 65_536) throws(ImportError) -> (bytes: [UInt8], size: Int64) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .readFailed(path: path, reason: String(cString: strerror(errno))) }
    if info.st_mode & S_IFMT == S_IFDIR { throw .cannotOpen(path: path, reason: "is a directory") }
    var bytes = [UInt8](repeating: 0, count: count)
    let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, count) }
    guard got >= 0 else { throw .readFailed(path: path, reason: String(cString: strerror(errno))) }
    bytes.removeSubrange(got...)
    return (bytes, Int64(info.st_size))
  }

  /// Classifies the file, or throws `notASurveyExport` saying what it is. `forced` skips the
  /// content checks that a forced format makes moot (a CSV named .xml read with `--format csv`).
  static func sniff(path: String, forced: SurveyFormat) throws(ImportError) -> SniffedKind {
    let (bytes, size) = try head(of: path)
    if size == 0 { throw .notASurveyExport(path: path, what: "the file is empty (0 bytes)") }
    var start = 0
    var bom: String?
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      start = 3
      bom = "UTF-8"
    } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      start = 2
      bom = "UTF-16"
    }
    let isUTF16 =
      bom == "UTF-16" || bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) || bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F])
    // Work on an ASCII view: for UTF-16 drop the zero bytes (enough to recognise markup).
    var view = Array(bytes[start...])
    if isUTF16 { view = view.filter { $0 != 0 } }
    let first = view.firstIndex { !isSpace($0) }
    guard let first else {
      if let bom { throw .notASurveyExport(path: path, what: "the file holds only a \(bom) byte-order mark") }
      throw .notASurveyExport(path: path, what: "the file holds only whitespace")
    }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      throw .notASurveyExport(
        path: path,
        what: "a ZIP archive: only LimeSurvey .lsa archives are read (with --format auto or limesurvey)")
    }
    let text = String(decoding: view[first..<min(view.count, first + 4096)], as: UTF8.self).lowercased()
    if text.hasPrefix("<!doctype html") || text.hasPrefix("<html")
      || (text.hasPrefix("<?xml") && text.contains("<html"))
    {
      throw .notASurveyExport(
        path: path, what: "an HTML page (a login or error page saved instead of the export?)")
    }
    if forced != .auto { return forced == .csv ? .csv : forced == .jsonl ? .jsonl : .xml }
    let lowerPath = path.lowercased()
    let xmlNamed = [".xml", ".lsr", ".lss", ".sss", ".qsf"].contains { lowerPath.hasSuffix($0) }
    switch view[first] {
    case UInt8(ascii: "<"): return .xml
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      if xmlNamed { throw .notASurveyExport(path: path, what: "JSON text, not XML (use --format jsonl)") }
      return .jsonl
    default:
      let firstLine = text.prefix { $0 != "\n" }
      let looksDelimited = firstLine.contains(",") || firstLine.contains(";") || firstLine.contains("\t")
      if xmlNamed {
        let what = looksDelimited ? "CSV text named like XML" : "plain text, not XML"
        throw .notASurveyExport(path: path, what: "\(what) (rerun with --format csv if it is CSV)")
      }
      return .csv
    }
  }

  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
