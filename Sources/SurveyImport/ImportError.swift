public import VerbatimCore

/// Everything that can stop an import. Messages name the file, line and column and never quote an
/// answer's text (it may hold personal data); they quote element names, entity names and ids.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The input file (or a companion file) cannot be opened.
  case cannotOpen(path: String, reason: String)
  /// Reading failed part-way (an I/O error, not bad data).
  case readFailed(path: String, reason: String)
  /// The file is not a survey export at all; `what` says what it is (empty, HTML page, CSV, ZIP…).
  case notASurveyExport(path: String, what: String)
  /// The XML is not well-formed (truncated, bad bytes, concatenated documents, limits exceeded).
  case malformed(path: String, line: Int, column: Int, message: String, recordsBefore: Int)
  /// The document references an entity declared in a DTD; such entities are never expanded and
  /// external ones are never opened. `column` is that of the reference (0 when unknown).
  case unsafeEntity(path: String, line: Int, column: Int, name: String, detail: String, recordsBefore: Int)
  /// The declared encoding contradicts the bytes (e.g. UTF-8 bytes declared ISO-8859-1).
  case encodingMismatch(path: String, line: Int, column: Int, declared: String, actual: String)
  /// `--encoding` named a single-byte encoding but the input is UTF-8 (a byte-order mark, or only
  /// well-formed multi-byte sequences); `line` and `column` locate the first such sequence.
  case givenEncodingMismatch(path: String, line: Int, column: Int, given: String, byteOrderMark: Bool)
  /// `--encoding utf-16` was given, but the first `probed` bytes of the input hold no zero byte,
  /// as every ASCII character of UTF-16 text does (`UTF16Fit`); `utf8` says whether they are
  /// well-formed UTF-8.
  case notUTF16(path: String, probed: Int, utf8: Bool)
  /// The input was declared (`given` false: in its XML declaration) or read (`given` true:
  /// `--encoding`) as the single-byte `encoding`, but it is UTF-8 with a few stray bytes that are
  /// not: no fewer well-formed UTF-8 sequences than stray bytes (`UTF8Probe`).
  case strayBytesInUTF8(path: String, encoding: String, given: Bool, evidence: UTF8Evidence)
  /// The data can be read more than one way and the file does not show which (Triple-S
  /// fixed-width positions counted in characters or in bytes; data declared ISO-8859-1 or
  /// windows-1252 that is UTF-8 but for a few stray bytes; a JSON mapping file that names a key
  /// twice): `message` says how the readings differ at `line` (and `column`, 0 when none) and which
  /// option, declaration or edit settles it.
  case undecidedReading(path: String, line: Int, column: Int, message: String)
  /// A piece of the input could not be imported (and `--keep-going` was not given); `column` is
  /// its column in characters, 0 when the problem has no place in the line.
  case rejected(path: String, line: Int, column: Int, reason: String, recordsBefore: Int)
  /// The format cannot be determined or the mapping/companion file is wrong.
  case unsupported(path: String, message: String)
  /// What `unsupported` says, at a place in the file: `line` and `column` (in characters; 0 when
  /// unknown), written `path:line:column:` as every other located message (review h43 B5:
  /// "path: line 4: …" and "… at line 2, column 5").
  case unsupportedAt(path: String, line: Int, column: Int, message: String)
  /// Options that do not fit together (a usage error).
  case usage(String)

  /// "line:column", or "line" when the column is 0 (unknown).
  private static func place(_ line: Int, _ column: Int) -> String { column > 0 ? "\(line):\(column)" : "\(line)" }

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "\(path): cannot open: \(reason)"
    case .readFailed(let path, let reason): return "\(path): read failed: \(reason)"
    case .notASurveyExport(let path, let what): return "\(path): not a survey export: \(what)"
    case .malformed(let path, let line, let column, let message, let before):
      // Column 0: a limit checked per element, where libxml2 gives no column.
      return
        "\(path):\(Self.place(line, column)): malformed input: \(message) (\(before) record(s) read before the error)"
    case .unsafeEntity(let path, let line, let column, let name, let detail, let before):
      return
        "\(path):\(Self.place(line, column)): entity reference &\(name); refused: \(detail); DTD entities are never expanded or fetched (\(before) record(s) read before the error)"
    case .encodingMismatch(let path, let line, let column, let declared, let actual):
      return
        "\(path):\(line):\(column): the file declares encoding \(declared) but its bytes are \(actual); importing it would produce mojibake (fix the XML declaration or re-export)"
    case .givenEncodingMismatch(let path, let line, let column, let given, let byteOrderMark):
      let evidence =
        byteOrderMark
        ? "it starts with a UTF-8 byte-order mark (Excel's \"CSV UTF-8\")"
        : "its non-ASCII bytes are all UTF-8 sequences, the first at \(line):\(column)"
      return
        "\(path): --encoding \(given) was given, but the file is UTF-8: \(evidence); read as \(given) its text and column names would be garbled (\"é\" as \"Ã©\"): drop --encoding"
    case .notUTF16(let path, let probed, let utf8):
      let bytes = probed < UTF16Fit.sampleLimit ? "its \(probed) bytes hold" : "its first \(probed) bytes hold"
      let looks =
        utf8
        ? "it looks like UTF-8 (drop --encoding)"
        : "it looks like a single-byte encoding (give --encoding windows-1252 or iso-8859-1)"
      return
        "\(path): --encoding utf-16 was given, but this file does not look like UTF-16: \(bytes) no zero byte, "
        + "which every comma, quote and line end of UTF-16 text has; \(looks)"
    case .strayBytesInUTF8(let path, let encoding, let given, let evidence):
      let stray = evidence.firstStray ?? evidence.firstSequence
      let how = given ? "--encoding \(encoding) was given" : "the file declares encoding \(encoding)"
      let fix =
        given
        ? "drop --encoding, and fix the stray byte(s) or let --keep-going reject the record(s) holding them"
        : "fix the stray byte(s) and declare UTF-8, or re-export"
      return
        "\(path):\(stray): \(how), but the file is UTF-8 except for \(evidence.strayBytes) stray byte(s) that are not UTF-8, the first here: it holds \(evidence.sequences) well-formed UTF-8 sequence(s), the first at \(evidence.firstSequence); read as \(encoding), its UTF-8 text would turn to mojibake (\"é\" as \"Ã©\"): \(fix)"
    case .undecidedReading(let path, let line, let column, let message):
      return "\(path):\(Self.place(line, column)): \(message)"
    case .rejected(let path, let line, let column, let reason, let before):
      return
        "\(path):\(Self.place(line, column)): \(reason) (\(before) record(s) read before; use --keep-going to skip and list it with --rejects)"
    case .unsupported(let path, let message): return "\(path): \(message)"
    case .unsupportedAt(let path, let line, let column, let message):
      return "\(path):\(Self.place(line, column)): \(message)"
    case .usage(let message): return message
    }
  }

  /// The sysexits status a CLI should exit with.
  public var exitStatus: ExitStatus {
    switch self {
    case .cannotOpen: return .cannotOpen
    case .readFailed: return .ioError
    case .usage: return .usage
    default: return .dataError
    }
  }

  /// The same error with the number of records read before it filled in.
  func withRecordsBefore(_ count: Int) -> ImportError {
    switch self {
    case .malformed(let path, let line, let column, let message, _):
      return .malformed(path: path, line: line, column: column, message: message, recordsBefore: count)
    case .unsafeEntity(let path, let line, let column, let name, let detail, _):
      return .unsafeEntity(
        path: path, line: line, column: column, name: name, detail: detail, recordsBefore: count)
    case .rejected(let path, let line, let column, let reason, _):
      return .rejected(path: path, line: line, column: column, reason: reason, recordsBefore: count)
    default: return self
    }
  }
}

// importxml
extension ImportError {
  /// For an error that stops reading an XML file part-way (malformed input, a refused entity):
  /// where it happened and what it was, for the reject that `--keep-going` writes.
  var fatalXMLPosition: (file: String, line: Int, message: String)? {
    switch self {
    case .malformed(let path, let line, _, let message, _): return (path, line, message)
    case .unsafeEntity(let path, let line, _, let name, let detail, _):
      return (path, line, "entity reference &\(name); refused: \(detail)")
    default: return nil
    }
  }
}
