import ArgumentParser
import SurveyImport
import Synchronization
import VerbatimCore

/// The lines of a run over one record a line (`code -`, `score`, `tag`, `tokenize`, `redact`)
/// that are no usable record under --keep-going (malformed JSON, no text, invalid UTF-8, over the
/// line limit), from all its workers, and the blank lines it skipped (JSON Lines only). The rejects
/// are written to --rejects in line order at the end, whatever thread found them, so the file is
/// the same from run to run.
final class LineRejects: Sendable {
  /// The input as messages and reject records name it ("-" for standard input).
  let source: String
  private let state = Mutex<(rejects: [ImportReject], blank: [Int])>(([], []))

  init(source: String) { self.source = source }

  /// Adds a rejected line.
  func add(_ reject: ImportReject) { state.withLock { $0.rejects.append(reject) } }

  /// Adds line `line` (`bytes`), refused by `decoder` with `error`: its column where the error has
  /// one, and its `"id"` where that can still be read (`TextRecordDecoder.readableID`).
  func add(_ error: InputError, line: Int, bytes: UnsafeBufferPointer<UInt8>, decoder: TextRecordDecoder) {
    add(
      ImportReject(
        file: source, line: line, column: error.column, id: decoder.readableID(bytes, line: line),
        reason: error.problem))
  }

  /// Notes that line `line` was blank and skipped (for `recordsBefore(line:)`; the commands count
  /// blank lines themselves).
  func addBlank(_ line: Int) { state.withLock { $0.blank.append(line) } }

  /// How many lines were rejected.
  var count: Int { state.withLock { $0.rejects.count } }

  /// The rejected lines in line order.
  var sorted: [ImportReject] { state.withLock { $0.rejects.sorted { $0.line < $1.line } } }

  /// The records before line `line`: the lines before it less the blank and rejected ones among
  /// them. A run that stops at a line has written (to standard output) every record before it
  /// (`ParallelLineProcessor`), whatever the threads.
  func recordsBefore(line: Int) -> Int {
    state.withLock { state in
      line - 1 - state.blank.count { $0 < line } - state.rejects.count { $0.line < line }
    }
  }

  /// Reports the error about one line (`InputError.line`) that stopped a run without --keep-going,
  /// with what to do: the records before it and the option that goes on. `output` is the -o file
  /// (nil: standard output, which has the records before the line; a file is left as it was).
  func stop(at error: InputError, output: String?) -> ExitCode {
    // A file in another encoding is not a bad line to skip: every line would be one.
    if case .notUTF8 = error { return fail(error.description, status: error.exitStatus) }
    let before = recordsBefore(line: error.line ?? 1)
    let written =
      output.map { "\(before) record(s) read before it, \($0) not written" }
      ?? "\(before) record(s) written before it"
    return fail(
      "\(error.description) (\(written); use --keep-going to skip and list it with --rejects)",
      status: error.exitStatus)
  }

  /// The error a line command exits with when its run throws: a line that is no usable record,
  /// while bad lines stop the run (no --keep-going), as `stop(at:output:)` reports it; anything else
  /// (an `ExitCode` already reported among them) as `otherwise` maps it (`cliExit`, `taxonomyExit`).
  func exit(
    for error: any Error, keepGoing: Bool, output: String?, otherwise: (any Error) -> ExitCode
  ) -> ExitCode {
    if !keepGoing, let error = error as? InputError, error.line != nil { return stop(at: error, output: output) }
    return otherwise(error)
  }

  /// The `tooLong` handler of `ParallelLineProcessor.run` under --keep-going: a line over
  /// `LineReader.maximumLineBytes` is rejected, with its length, and the run goes on (as `import
  /// --keep-going` does, review h43 B10). Nil without --keep-going: such a line stops the run.
  func longLineHandler(keepGoing: Bool) -> ((Int, Int) throws -> Bool)? {
    guard keepGoing else { return nil }
    return { line, length in
      self.add(
        ImportReject(
          file: self.source, line: line,
          reason:
            "the line is \(length) bytes long, more than the \(LineReader.maximumLineBytes >> 20) MiB limit for one record"
        ))
      return true
    }
  }

  /// Writes the rejects to `path` (`--rejects`), one JSON line each in line order (`ImportReject`:
  /// `{"file", "line", "column"?, "id"?, "reason"}`), refusing a path that names one of `files`.
  func write(to path: String, against files: [RunFile?]) throws {
    let sink = try OutputSink(path: path, option: "--rejects", against: files)
    var writer = JSONWriter(capacity: 256)
    for reject in sorted {
      writer.reset()
      reject.write(to: &writer)
      try sink.writeLine(writer)
    }
    try sink.commit()
  }
}

/// `--max-rejects`, parsed; a usage error for a value that is neither a count nor a percentage.
/// `pieces` and `share` name what the command counts in the message ("pieces", "the answers").
func parseRejectLimit(_ text: String?, pieces: String, share: String) throws -> RejectLimit? {
  guard let text else { return nil }
  guard let limit = RejectLimit(parsing: text) else {
    if text.hasPrefix("-"), text.dropFirst().first?.isNumber == true {
      throw fail(
        "--max-rejects must be zero or more, not \(text): a count of rejected \(pieces) (10) or a percentage of "
          + "\(share) (1%)",
        status: .usage)
    }
    throw fail(
      "--max-rejects: \"\(text)\" is neither a count (10) nor a percentage from 0% to 100% (1%)", status: .usage)
  }
  return limit
}

/// `--keep-going`, `--rejects` and `--max-rejects` of the commands that read one text or JSON
/// object a line (`score`, `tag`, `tokenize`, `redact`), as `code` has them (`ImportOptionGroup`),
/// with the same reject records and limit (`RejectLimit`).
struct LineRejectOptions: ParsableArguments {
  /// The paragraph of `score`, `tag`, `tokenize` and `redact --help` on a line that is no usable
  /// record; `verb` says what the command does to a record ("scored").
  static func stopHelp(verb: String) -> String {
    """
    A line that is no usable record (malformed JSON, not an object, a text
    field missing or not a string, invalid UTF-8 without --replace-invalid,
    over 16 MiB) stops the run with exit 65: standard output has the records
    before it (an -o file is not written). With --keep-going (or
    --max-rejects) the line is skipped and listed in --rejects with its line,
    column and "id" where known, and the run goes on; standard error ends
    with the lines read: \(verb), rejected and blank (skipped in JSON Lines),
    which add up.
    """
  }

  @Flag(
    help:
      "Skip bad lines (listed with --rejects) and go on: malformed JSON, not an object, a text field missing or not a string, invalid UTF-8 (without --replace-invalid), over 16 MiB."
  )
  var keepGoing = false

  @Option(
    help:
      "Write each rejected line as a JSON line to this file: {\"file\", \"line\", \"column\"?, \"id\"?, \"reason\"}."
  )
  var rejects: String?

  // Unconditional: "--max-rejects -1" is a value to refuse as such, not a missing one (review h43 B8).
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "Go on past bad lines (as --keep-going) but exit 65 when more than this many are rejected: a count of rejected lines (10) or a share of the records read (1%: written and rejected; blank lines are not counted).",
      valueName: "n|p%"))
  var maxRejects: String?

  /// `--max-rejects`, parsed (a usage error for a value that is no limit).
  func rejectLimit() throws -> RejectLimit? {
    try parseRejectLimit(maxRejects, pieces: "lines", share: "the records read")
  }

  /// Whether bad lines are skipped: --keep-going, or a --max-rejects limit.
  var goesOn: Bool { keepGoing || maxRejects != nil }

  /// The --rejects file as a run file, for the checks that no output names an input.
  var rejectsFile: RunFile? { rejects.map { RunFile.output($0, option: "--rejects") } }

  /// Refuses (exit 2), before anything is read or written, a --rejects file that names one of
  /// `files` (the inputs, the output).
  func check(against files: [RunFile?]) throws {
    if let rejectsFile { try refuseOutput(rejectsFile, namingAnyOf: files) }
  }

  /// The summary `score`, `tag`, `tokenize` and `redact` end with under --keep-going, whose counts
  /// add up: "read 9 line(s): 3 scored, 5 rejected (listed in rejects.jsonl), 1 blank skipped".
  func summary(read: Int, written: Int, verb: String, rejected: Int, blank: Int) -> String {
    var line = "read \(read) line(s): \(written) \(verb), \(rejected) rejected"
    if rejected > 0 { line += rejects.map { " (listed in \($0))" } ?? " (list them with --rejects FILE)" }
    if blank > 0 { line += ", \(blank) blank skipped" }
    return line
  }

  /// Exits 65 (after the output was written) when `rejected` of `pieces` go past --max-rejects, as
  /// `code` does: "FILE: 3 of 40 line(s) rejected, more than --max-rejects 1 allows (listed in
  /// …); the records read were written".
  func checkLimit(_ limit: RejectLimit?, rejected: Int, of pieces: Int, file: String) throws {
    guard let limit, limit.isExceeded(rejected: rejected, of: pieces) else { return }
    throw fail(
      Import.tooManyRejects("\(rejected) of \(pieces) line(s) rejected", limit: limit, file: file, rejects: rejects),
      status: .dataError)
  }
}

extension InputError {
  /// The 1-based line of an error about one line of the input; nil for one about the whole file.
  var line: Int? {
    switch self {
    case .cannotOpen, .readFailed: nil
    case .invalidUTF8(_, let line, _), .malformedJSON(_, let line, _, _), .missingField(_, let line, _),
      .wrongType(_, let line, _, _), .invalidMember(_, let line, _, _), .lineTooLong(_, let line, _),
      .jsonLineTooLong(_, let line, _), .notUTF8(_, let line, _, _), .byteOrderMark(_, let line):
      line
    }
  }
}
