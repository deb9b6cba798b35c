import ArgumentParser
import Synchronization
import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Warns, when `count` > 0, that that many input records had a field among `fields` (those the
/// command writes): the output holds the command's value, the input's is not carried through.
func warnOverwritten(_ count: Int, fields: [String]) {
  guard count > 0 else { return }
  let names = fields.map { "\"\($0)\"" }.joined(separator: ", ")
  printError(
    "warning: \(count) input record(s) had a field this command writes (\(names)); the output holds the "
      + "command's value instead. Rename such fields to keep them.")
}

/// Notes the blank lines a JSON Lines reader skipped (`TextRecordDecoder.isBlankJSONLine`), so that
/// the output's lines plus these add up to the input's.
func noteBlankLines(_ count: Int) {
  guard count > 0 else { return }
  printError("skipped \(count) blank line(s): JSON Lines holds one object per line, and a blank line is no record")
}

/// `text` with every control character but tab and line feed (C0, DEL, C1) replaced by U+FFFD:
/// labels, coder names and file names come from the user's files, and an ESC or BEL in one would
/// reach the terminal as a command (QA review 29). JUnit XML writes them as `\uXXXX` instead
/// (`xmlEscapedReversibly`).
func terminalSafe(_ text: String) -> String {
  guard text.unicodeScalars.contains(where: isUnsafeForTerminal) else { return text }
  var result = String.UnicodeScalarView()
  for scalar in text.unicodeScalars { result.append(isUnsafeForTerminal(scalar) ? "\u{FFFD}" : scalar) }
  return String(result)
}

private func isUnsafeForTerminal(_ scalar: Unicode.Scalar) -> Bool {
  let value = scalar.value
  return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
}

/// Prints `message` to standard error as `verbatim: message`, control characters replaced
/// (`terminalSafe`).
func printError(_ message: String) {
  var line = "verbatim: " + terminalSafe(message)
  if !line.hasSuffix("\n") { line += "\n" }
  var bytes = Array(line.utf8)
  _ = bytes.withUnsafeMutableBufferPointer { write(2, $0.baseAddress, $0.count) }
}

/// Reports an error and turns it into the exit status the CLI contract promises. The message is
/// kept (`lastFailureMessage()`) for a command that also reports its failure in a file.
func fail(_ message: String, status: ExitStatus) -> ExitCode {
  printError(message)
  reportedFailure.withLock { $0 = message }
  return ExitCode(status.rawValue)
}

/// The message of the latest `fail`.
private let reportedFailure = Mutex<String?>(nil)

/// The message the latest `fail` reported, if any: the `ExitCode` a helper throws carries only the
/// status, and `validate` writes the message into its junit.xml too (QA review 35).
func lastFailureMessage() -> String? {
  reportedFailure.withLock { $0 }
}

/// Maps any error thrown by a library to a message and an exit status.
func cliExit(for error: any Error) -> ExitCode {
  if let exit = error as? ExitCode { return exit }  // already reported
  if let input = error as? InputError { return fail(input.description, status: input.exitStatus) }
  if let output = error as? OutputError { return fail(output.description, status: output.exitStatus) }
  if let line = error as? LineError { return fail(line.description, status: .dataError) }
  return fail(String(describing: error), status: .dataError)
}

/// `--text-field` names a member of JSON Lines input: without `--jsonl` it would be ignored without
/// a word (QA review 23), so it is a usage error.
func checkTextField(_ field: String?, jsonl: Bool, ownFields: [String] = []) throws {
  guard let field else { return }
  guard jsonl else {
    throw ValidationError(
      "--text-field names a field of JSON Lines input: add --jsonl (plain input is one text a line)")
  }
  // QA review 32 (L6): an empty name failed every line as bad data, and a field the command writes
  // had the text it read replaced by the command's output.
  guard !field.isEmpty else { throw ValidationError("--text-field needs a field name (the default is \"text\")") }
  if ownFields.contains(field) {
    throw ValidationError(
      "--text-field \(field): this command writes \"\(field)\" itself, over the text it read; rename the field in the input"
    )
  }
}
