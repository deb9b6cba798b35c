import ArgumentParser
import VerbatimCore

/// The input and output options of the commands that read one text a line, or one JSON object a
/// line with `--jsonl`, and write one record for each: `score`, `tag`, `tokenize` and `redact`.
/// One declaration, so that the four spell them, and help on them, alike.
struct TextLineOptions: ParsableArguments {
  @Argument(help: "Input file, or - for standard input.")
  var input: String = "-"

  @Flag(help: "Input is JSON Lines with a text field and an optional \"id\" (other fields are carried through).")
  var jsonl = false

  @Option(name: .customLong("text-field"), help: "The JSONL field that holds the text (default: text; with --jsonl).")
  var textFieldOption: String?

  @Flag(
    help:
      "Replace invalid UTF-8 (and, in JSON Lines, unpaired surrogate escapes) with U+FFFD, reporting how many, instead of failing."
  )
  var replaceInvalid = false

  @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
  var output: String?

  /// The JSONL member that holds the text.
  var textField: String { textFieldOption ?? "text" }

  /// The input as the file checks name it.
  var inputFile: RunFile? { .input(input) }

  /// The `-o` file as the file checks name it (standard output when there is none).
  var outputFile: RunFile { .output(output, option: "-o") }

  /// Refuses a `--text-field` without `--jsonl`, an empty one, or one of `ownFields` (the members
  /// the command writes itself).
  func check(ownFields: [String]) throws {
    try checkTextField(textFieldOption, jsonl: jsonl, ownFields: ownFields)
  }

  /// Says on standard error that the input is a terminal, and warns when plain input looks like
  /// JSON Lines.
  func noteInput() {
    noteTerminalInput(input, what: jsonl ? "JSON lines" : "texts, one per line")
    warnJSONLinesReadAsPlain(input, jsonl: jsonl, textField: textField)
  }

  /// The input opened, told whether it holds JSON Lines.
  func openReader() throws -> LineReader {
    let reader = try LineReader(path: input)
    reader.holdsJSONLines = jsonl
    return reader
  }

  /// The decoder of the input's lines: plain texts or JSON objects with `textField`.
  func decoder() -> TextRecordDecoder {
    TextRecordDecoder(
      mode: jsonl ? .jsonl(textField: textField) : .plain, replaceInvalid: replaceInvalid, source: input)
  }
}
