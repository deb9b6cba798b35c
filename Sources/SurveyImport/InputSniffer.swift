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
  /// A Qualtrics JSON export: `{"responses": [` (`document`) or NDJSON lines of response objects.
  case qualtricsJSON(document: Bool)
}

/// Looks at the start of a file to tell XML from CSV and JSON, and to recognise files that are not
/// survey exports at all (empty, only a byte-order mark, an HTML page, a ZIP archive) — before any
/// parser turns them into a confusing message.
enum InputSniffer {
  /// Reads up to `count` bytes from the start of `path`.
  static func head(of source: String, count: Int = 65_536, displayName: String? = nil) throws(ImportError) -> (
    bytes: [UInt8], size: Int64
  ) {
    let path = displayName ?? source
    let fd = open(source, O_RDONLY)
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
  /// A forced format must fit the content: `--format jsonl` needs a JSON object first, `csv`
  /// neither markup nor JSON, an XML format markup — otherwise the import would "succeed" with
  /// nothing read.
  static func sniff(path source: String, displayName: String? = nil, forced: SurveyFormat) throws(ImportError)
    -> SniffedKind
  {
    let path = displayName ?? source
    let (bytes, size) = try head(of: source, displayName: path)
    if size == 0 { throw .notASurveyExport(path: path, what: "the file is empty (0 bytes)") }
    // Compressed and office files, by their magic numbers (QA review 31: a gzip file was "a CSV
    // without open-ended columns"), before the zero-byte test for UTF-16 that their bytes would pass.
    if bytes.starts(with: [0x1F, 0x8B]) {
      throw .notASurveyExport(
        path: path, what: "a gzip-compressed file: decompress it first (gunzip, or zcat FILE | verbatim … -)")
    }
    if bytes.starts(with: [0x42, 0x5A, 0x68]) || bytes.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00])
      || bytes.starts(with: [0x28, 0xB5, 0x2F, 0xFD])
    {
      throw .notASurveyExport(path: path, what: "a compressed file (bzip2, xz or zstd): decompress it first")
    }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw .notASurveyExport(
        path: path, what: "an old Excel workbook (.xls): save it from Excel as \"CSV UTF-8\" and import the CSV")
    }
    if bytes.starts(with: Array("%PDF".utf8)) {
      throw .notASurveyExport(path: path, what: "a PDF document, not a survey export")
    }
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
    // QA review 29: UTF-16 text without a byte-order mark (a zero byte beside every ASCII
    // character) was taken for a CSV file with no open-ended columns.
    if bom == nil, !isUTF16, bytes.count >= 4, bytes.prefix(512).filter({ $0 == 0 }).count * 4 >= min(bytes.count, 512)
    {
      throw .notASurveyExport(
        path: path,
        what:
          "it has a zero byte beside most characters, as UTF-16 without a byte-order mark has: give --encoding utf-16, or convert it to UTF-8 (iconv -f UTF-16LE -t UTF-8, or -f UTF-16BE)"
      )
    }
    // Work on an ASCII view: for UTF-16 drop the zero bytes (enough to recognise markup).
    var view = Array(bytes[start...])
    if isUTF16 { view = view.filter { $0 != 0 } }
    let first = view.firstIndex { !isSpace($0) }
    guard let first else {
      if let bom { throw .notASurveyExport(path: path, what: "the file holds only a \(bom) byte-order mark") }
      throw .notASurveyExport(path: path, what: "the file holds only whitespace")
    }
    // Random bytes (QA review 31: they were read as a CSV without open-ended columns).
    if !isUTF16, Self.looksBinary(bytes[start...]) {
      throw .notASurveyExport(
        path: path,
        what: "binary data, not text (control bytes that no CSV, JSON Lines or XML export holds, near the start)")
    }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      throw .notASurveyExport(
        path: path,
        what:
          "a ZIP archive: only LimeSurvey .lsa archives (with --format auto or limesurvey) and zipped Qualtrics JSON exports (auto or qualtrics-json) are read"
      )
    }
    let text = String(decoding: view[first..<min(view.count, first + 4096)], as: UTF8.self).lowercased()
    if text.hasPrefix("<!doctype html") || text.hasPrefix("<html")
      || (text.hasPrefix("<?xml") && text.contains("<html"))
    {
      throw .notASurveyExport(
        path: path, what: "an HTML page (a login or error page saved instead of the export?)")
    }
    let qualtricsJSON = view[first] == UInt8(ascii: "{") ? Self.qualtricsJSONLayout(text) : nil
    if forced != .auto {
      let json: SniffedKind = forced == .qualtricsJSON ? .qualtricsJSON(document: false) : .jsonl
      let wanted: SniffedKind = forced == .csv ? .csv : forced == .jsonl || forced == .qualtricsJSON ? json : .xml
      let looks: SniffedKind =
        view[first] == UInt8(ascii: "<") ? .xml : view[first] == UInt8(ascii: "{") ? json : .csv
      guard wanted == looks else {
        let what: String
        switch looks {
        case .xml: what = "XML markup"
        case .jsonl, .qualtricsJSON: what = "a JSON object"
        case .csv: what = "plain or delimited text"
        }
        throw .notASurveyExport(
          path: path,
          what:
            "--format \(forced.rawValue) was given, but the file starts with \(what); drop --format to detect the format"
        )
      }
      // A forced qualtrics-json reads a document ({"responses": …}) or NDJSON, as the file starts.
      if forced == .qualtricsJSON { return .qualtricsJSON(document: qualtricsJSON ?? Self.startsWithResponses(text)) }
      return wanted
    }
    if let document = qualtricsJSON { return .qualtricsJSON(document: document) }
    let lowerPath = path.lowercased()
    let xmlNamed = [".xml", ".lsr", ".lss", ".sss", ".qsf"].contains { lowerPath.hasSuffix($0) }
    switch view[first] {
    case UInt8(ascii: "<"): return .xml
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      // QA review 31: a .qsf, a JSON array or a pretty-printed document was sent to the JSON Lines
      // reader (or told to use --format jsonl) and failed on its second character.
      if text.contains("\"surveyentry\"") && text.contains("\"surveyelements\"") || lowerPath.hasSuffix(".qsf") {
        throw .notASurveyExport(
          path: path,
          what:
            "a Qualtrics survey definition (.qsf), not responses: import the response export (XML or CSV) and give this file with --qsf"
        )
      }
      if view[first] == UInt8(ascii: "[") {
        throw .notASurveyExport(
          path: path,
          what: "a JSON array, not JSON Lines (one object per line): convert it, e.g. jq -c '.[]' FILE > FILE.jsonl")
      }
      // Judged only when the first line ends within the bytes read (a long first record is fine).
      let firstLine = view[first...].prefix { $0 != 0x0A && $0 != 0x0D }
      if firstLine.endIndex < view.endIndex, Self.trimmedLast(firstLine) != UInt8(ascii: "}") {
        throw .notASurveyExport(
          path: path,
          what:
            "JSON spread over several lines, not JSON Lines (one object per line): convert it, e.g. jq -c . FILE > FILE.jsonl"
        )
      }
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

  /// Whether the lowercased start of a file that opens with `{` is a Qualtrics JSON export: true
  /// for the document (`{"responses": [`), false for NDJSON (an object with a `"responseId"` and
  /// a `"values": {` member, as Qualtrics writes each response), nil for anything else.
  static func qualtricsJSONLayout(_ text: String) -> Bool? {
    if startsWithResponses(text) { return true }
    func hasMember(_ name: String, opening: Character?) -> Bool {
      var rest = Substring(text)
      while let range = rest.firstRange(of: "\"" + name + "\"") {
        rest = rest[range.upperBound...]
        let after = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard after.first == ":" else { continue }
        guard let opening else { return true }
        if after.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).first == opening {
          return true
        }
      }
      return false
    }
    return hasMember("responseid", opening: nil) && hasMember("values", opening: "{") ? false : nil
  }

  /// Whether the lowercased start of a file is `{"responses":` (white space allowed).
  static func startsWithResponses(_ text: String) -> Bool {
    func spaceless(_ text: Substring) -> Substring { text.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" } }
    var rest = spaceless(Substring(text))
    guard rest.first == "{" else { return false }
    rest = spaceless(rest.dropFirst())
    guard rest.hasPrefix("\"responses\"") else { return false }
    return spaceless(rest.dropFirst("\"responses\"".count)).first == ":"
  }

  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

  /// The last byte of `line` that is not a space or tab.
  static func trimmedLast(_ line: ArraySlice<UInt8>) -> UInt8? { line.last { $0 != 0x20 && $0 != 0x09 } }

  /// Whether the first 4 KiB hold control bytes no text export has: at least 8 C0 controls other
  /// than tab, line feed, carriage return, form feed and escape (NUL included), and more than 1 in
  /// 100 bytes. A text with a stray NUL or two is text: the record holding one is rejected on its own.
  static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
    let sample = bytes.prefix(4096)
    var controls = 0
    for byte in sample where byte < 0x20 {
      if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B { controls += 1 }
    }
    return controls >= 8 && controls * 100 > sample.count
  }
}

/// A private copy of an input that can be read only once — standard input (`-`), a pipe, a FIFO,
/// process substitution (`/dev/fd/N`) — so that the readers, which sniff the start and then open
/// the file again, see every byte. The copy is made in 1 MiB chunks (memory stays bounded; the
/// disk holds the whole input) in a directory only this user can read, under `$TMPDIR` (else
/// `/tmp`). On Linux the file and its directory are removed at once and the copy is read through
/// `/proc/self/fd`, so nothing is left behind even if the process is killed; elsewhere they are
/// removed when the spool is released.
final class InputSpool {
  /// The path to read the copy from.
  let path: String
  private let descriptor: Int32
  private let cleanup: (file: String, directory: String)?

  /// Whether `path` must be copied before reading: `-`, or anything that exists and is neither a
  /// regular file nor a directory.
  static func isNeeded(for path: String) -> Bool {
    if path == "-" { return true }
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    let type = info.st_mode & S_IFMT
    return type != S_IFREG && type != S_IFDIR
  }

  /// Copies `source` (`-` is standard input), converting it from `encoding` to UTF-8 when given;
  /// messages name `source`.
  init(copying source: String, encoding: SourceEncoding? = nil) throws(ImportError) {
    let input = source == "-" ? dup(0) : open(source, O_RDONLY)
    guard input >= 0 else { throw .cannotOpen(path: source, reason: String(cString: strerror(errno))) }
    defer { close(input) }
    // A device never ends (/dev/zero, /dev/urandom): it would fill the disk (review r21b).
    var info = stat()
    if fstat(input, &info) == 0, info.st_mode & S_IFMT == S_IFCHR || info.st_mode & S_IFMT == S_IFBLK,
      source != "-"
    {
      throw .cannotOpen(path: source, reason: "it is a device, not an export (give a file or a pipe)")
    }
    let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((base + "/verbatim-import.XXXXXX").utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw .readFailed(
        path: source, reason: "cannot create a temporary directory in \(base): \(String(cString: strerror(errno)))")
    }
    let directory = String(cString: made)
    let file = directory + "/input"
    let output = open(file, O_RDWR | O_CREAT | O_EXCL, 0o600)
    guard output >= 0 else {
      let reason = String(cString: strerror(errno))
      rmdir(directory)
      throw .readFailed(path: source, reason: "cannot create a temporary copy in \(directory): \(reason)")
    }
    #if os(Linux)
      // Removed before the copy, not after: a run interrupted while copying leaves nothing behind
      // (review r21b found gigabytes left after SIGINT).
      unlink(file)
      rmdir(directory)
    #endif
    do {
      try Self.copy(from: input, to: output, source: source, copy: file, encoding: encoding)
    } catch {
      close(output)
      unlink(file)
      rmdir(directory)
      throw error
    }
    descriptor = output
    #if os(Linux)
      path = "/proc/self/fd/\(output)"
      cleanup = nil
    #else
      path = file
      cleanup = (file, directory)
    #endif
  }

  deinit {
    close(descriptor)
    if let cleanup {
      unlink(cleanup.file)
      rmdir(cleanup.directory)
    }
  }

  private static func copy(
    from input: Int32, to output: Int32, source: String, copy: String, encoding: SourceEncoding?
  ) throws(ImportError) {
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var transcoder = encoding.map { Transcoder($0) }
    var probe = encoding == .latin1 || encoding == .windows1252 ? UTF8Probe() : nil
    var fit = encoding == .utf16 ? UTF16Fit() : nil
    var converted: [UInt8] = []
    while true {
      let got = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if got < 0 {
        if errno == EINTR { continue }
        throw .readFailed(path: source, reason: String(cString: strerror(errno)))
      }
      var outputBytes = chunk
      var outputCount = got
      if got == 0, let probe, probe.isUTF8, let encoding {
        if !probe.byteOrderMark && !probe.onlyUTF8Sequences {
          throw .strayBytesInUTF8(path: source, encoding: encoding.rawValue, given: true, evidence: probe.evidence)
        }
        throw .givenEncodingMismatch(
          path: source, line: probe.first.line, column: probe.first.column, given: encoding.rawValue,
          byteOrderMark: probe.byteOrderMark)
      }
      if fit != nil {
        let verdict: UTF16Fit.Verdict?
        if got == 0 {
          verdict = fit!.finish()
        } else {
          verdict = chunk.withUnsafeBytes { fit!.feed(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
        }
        if case .notUTF16(let probed, let utf8)? = verdict {
          throw .notUTF16(path: source, probed: probed, utf8: utf8)
        }
        if verdict == .fits { fit = nil }
      }
      if got > 0, probe != nil {
        chunk.withUnsafeBytes { probe!.feed(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
        if probe!.isSingleByteText { probe = nil }  // genuinely single-byte: nothing left to learn
      }
      if got == 0 {
        // A file that ends inside a character: the mark goes at the end, on the last record's line.
        converted.removeAll(keepingCapacity: true)
        guard transcoder != nil, !transcoder!.finish(into: &converted) else { return }
        outputBytes = converted
        outputCount = converted.count
      } else if transcoder != nil {
        // Bytes the encoding does not define are written as a byte no UTF-8 reader accepts, so the
        // record holding one is rejected with its line and the others are kept.
        converted.removeAll(keepingCapacity: true)
        _ = chunk.withUnsafeBytes {
          transcoder!.convert(UnsafeRawBufferPointer(rebasing: $0[0..<got]), into: &converted)
        }
        outputBytes = converted
        outputCount = converted.count
      }
      var written = 0
      while written < outputCount {
        let count = outputBytes.withUnsafeBytes { write(output, $0.baseAddress! + written, outputCount - written) }
        if count < 0 {
          if errno == EINTR { continue }
          throw .readFailed(
            path: source, reason: "cannot write its temporary copy \(copy): \(String(cString: strerror(errno)))")
        }
        written += count
      }
    }
  }
}
