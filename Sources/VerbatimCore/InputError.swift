/// Problems with input files that every command shares. Messages name the file and line, never the
/// text of a verbatim (it may hold personal data).
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file cannot be opened.
  case cannotOpen(path: String, reason: String)
  /// Reading failed part-way.
  case readFailed(path: String, reason: String)
  /// A line is not valid UTF-8; `byteOffset` is 1-based within the line.
  case invalidUTF8(path: String, line: Int, byteOffset: Int)
  /// A JSONL line is not valid JSON; `column` is the 1-based column in Unicode code points.
  case malformedJSON(path: String, line: Int, column: Int, message: String)
  /// A JSONL line is valid JSON but lacks what the command needs.
  case missingField(path: String, line: Int, field: String)
  /// A field has the wrong JSON type.
  case wrongType(path: String, line: Int, field: String, expected: String)
  /// A JSONL member is not what the command needs, at a known `column` (1-based, in Unicode code
  /// points): `wrongType` or `missingField` with a position (`InputError.member(...)`). A case of its
  /// own, not a column added to `wrongType`: a fifth field made the payload eight words, and
  /// `InputError?` built in generic code then crashed when destroyed (the Swift 6 toolchain's
  /// layout of the enum's extra inhabitants; see `InputErrorLayoutTests`).
  case invalidMember(path: String, line: Int, column: Int, problem: String)
  /// A line is longer than the commands accept (`limit` bytes).
  case lineTooLong(path: String, line: Int, limit: Int)
  /// A JSON Lines line is longer than the commands accept (`limit` bytes): `lineTooLong`, said for
  /// JSON Lines (review h43 B10: "is the file one text per line?" was asked of JSON Lines input).
  case jsonLineTooLong(path: String, line: Int, limit: Int)
  /// The input is in another encoding than UTF-8 (`encoding`, e.g. "UTF-16LE"); `evidence` says how
  /// that was seen (a byte-order mark, zero bytes between the characters).
  case notUTF8(path: String, line: Int, encoding: String, evidence: String)
  /// A JSONL line after the first starts with a UTF-8 byte-order mark (or the first line with two),
  /// as `cat a.jsonl b.jsonl` leaves when each file was written with one: said as such, with the fix,
  /// not as "expected a JSON value" (QA review 41).
  case byteOrderMark(path: String, line: Int)

  /// Throws `byteOrderMark` when `bytes`, a JSONL line whose first line's byte-order mark (if any)
  /// was already skipped, starts with one.
  public static func checkNoByteOrderMark(
    _ bytes: UnsafeBufferPointer<UInt8>, path: String, line: Int
  ) throws(InputError) {
    guard bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF else { return }
    throw .byteOrderMark(path: path, line: line)
  }

  public var description: String { "\(location): \(problem)" }

  /// Where: the file, and the line (and column) where there is one.
  public var location: String {
    switch self {
    case .cannotOpen(let path, _), .readFailed(let path, _): return path
    case .invalidUTF8(let path, let line, _), .missingField(let path, let line, _),
      .wrongType(let path, let line, _, _), .lineTooLong(let path, let line, _),
      .jsonLineTooLong(let path, let line, _), .notUTF8(let path, let line, _, _):
      return "\(path):\(line)"
    case .malformedJSON(let path, let line, let column, _), .invalidMember(let path, let line, let column, _):
      return "\(path):\(line):\(column)"
    case .byteOrderMark(let path, let line):
      return "\(path):\(line):1"
    }
  }

  /// What is wrong, without the location (for a reject record that carries file and line itself).
  public var problem: String {
    switch self {
    case .cannotOpen(_, let reason): return "cannot open: \(reason)"
    case .readFailed(_, let reason): return "read failed: \(reason)"
    case .invalidUTF8(_, _, let byteOffset):
      return "invalid UTF-8 at byte \(byteOffset) of the line (use --replace-invalid to substitute U+FFFD)"
    case .malformedJSON(_, _, _, let message): return "malformed JSON: \(message)"
    case .missingField(_, _, let field): return "the JSON object has no \"\(field)\" field"
    case .wrongType(_, _, let field, let expected): return "field \"\(field)\" must be \(expected)"
    case .invalidMember(_, _, _, let problem): return problem
    case .lineTooLong(_, _, let limit):
      return "the line is longer than \(limit >> 20) MiB, the most a text may have (is the file one text per line?)"
    case .jsonLineTooLong(_, _, let limit):
      return
        "the line is longer than \(limit >> 20) MiB, the most one JSON Lines record may have (is the file one JSON "
        + "object per line, not one JSON document?)"
    case .byteOrderMark(let path, let line):
      let file = path == "-" ? "FILE" : path
      return
        "a UTF-8 byte-order mark (bytes EF BB BF) starts line \(line), where only the first line may have one: was "
        + "the file concatenated from files written with one (cat a.jsonl b.jsonl)? Strip the marks: "
        + "sed 's/^\\xEF\\xBB\\xBF//' \(file) > fixed.jsonl"
    case .notUTF8(let path, _, let encoding, let evidence):
      let file = path == "-" ? "FILE" : path
      return UTF8Validation.conversionAdvice(
        "input", encoding: encoding, evidence: evidence, from: file, to: "converted.txt")
    }
  }

  /// The 1-based column (in Unicode code points) of the problem, where the error has one.
  public var column: Int? {
    switch self {
    case .malformedJSON(_, _, let column, _), .invalidMember(_, _, let column, _): return column
    case .byteOrderMark: return 1
    default: return nil
    }
  }

  /// `wrongType`, placed at `column` when it is known (1-based, in Unicode code points).
  public static func wrongType(path: String, line: Int, field: String, expected: String, column: Int?) -> InputError {
    let unplaced = InputError.wrongType(path: path, line: line, field: field, expected: expected)
    guard let column else { return unplaced }
    return .invalidMember(path: path, line: line, column: column, problem: unplaced.problem)
  }

  /// The sysexits status a CLI should exit with.
  public var exitStatus: ExitStatus {
    switch self {
    case .cannotOpen: return .cannotOpen
    case .readFailed: return .ioError
    default: return .dataError
    }
  }
}

/// Exit statuses shared by every command (sysexits.h where one applies).
public enum ExitStatus: Int32, Sendable {
  case success = 0
  /// A gate's threshold did not hold.
  case gateFailed = 1
  /// Wrong command-line usage.
  case usage = 2
  /// EX_DATAERR: the input data was malformed.
  case dataError = 65
  /// EX_NOINPUT: an input file could not be opened.
  case cannotOpen = 66
  /// EX_IOERR: reading or writing failed.
  case ioError = 74
}
