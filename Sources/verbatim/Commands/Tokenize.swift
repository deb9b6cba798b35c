import ArgumentParser
import Tokenization
import VerbatimCore

struct Tokenize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Split texts into tokens and sentences with ICU.",
    discussion: """
      Reads one text per line (or, with --jsonl, one JSON object per line with "text" and an
      optional "id"; other fields are carried through) and writes one JSON object per input line:
        {"id": …, "tokens": [{"text", "norm", "kind", "start", "end"}], "sentences": [[start, end], …]}
      Offsets count Unicode code points (Python str indexing). Token kinds: word, number, emoji,
      emoticon, url, email, mention, hashtag, punct.

      Example:
        echo 'Waited 40 min :( @acme #fail' | verbatim tokenize
      """)

  @Argument(help: "Input file, or - for standard input.")
  var input: String = "-"

  @Flag(help: "Input is JSON Lines with a text field and an optional \"id\".")
  var jsonl = false

  @Option(help: "The JSONL field that holds the text.")
  var textField = "text"

  @Flag(help: "Replace invalid UTF-8 with U+FFFD (and report how many) instead of failing.")
  var replaceInvalid = false

  @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    do {
      let reader = try LineReader(path: input)
      let sink = try OutputSink(path: output)
      let decoder = TextRecordDecoder(
        mode: jsonl ? .jsonl(textField: textField) : .plain, replaceInvalid: replaceInvalid, source: input)
      let tokenizer = try Tokenizer()
      var tokenized = TokenizedText()
      var writer = JSONWriter(capacity: 4096)
      var replaced = 0
      try reader.forEachLine { bytes, line in
        let (record, replacements) = try decoder.decode(bytes, line: line)
        replaced += replacements
        try tokenizer.tokenize(record.text, into: &tokenized)
        writer.reset()
        writer.beginObject()
        writer.carriedMembers(of: record, replacing: ["tokens", "sentences"])
        writer.tokenMembers(of: tokenized)
        writer.endObject()
        try sink.writeLine(writer)
        return true
      }
      try sink.flush()
      if replaced > 0 { printError("replaced \(replaced) invalid UTF-8 sequence(s) with U+FFFD") }
    } catch {
      throw cliExit(for: error)
    }
  }
}
