import ArgumentParser
import Tokenization
import VerbatimCore

struct Tokenize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Split texts into tokens and sentences with ICU.",
    discussion: """
      Reads one text per line (or, with --jsonl, one JSON object per line with "text" and an
      optional "id"; other fields are carried through) and writes one JSON object per input line,
      in input order:
        {"id": …, "tokens": [{"text", "norm", "kind", "start", "end"}], "sentences": [[start, end], …]}
      Offsets count Unicode code points (Python str indexing). Token kinds: word, number, emoji,
      emoticon, url, email, mention, hashtag, punct. Plain-text ids are line numbers.

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

  @Option(help: "Worker threads (default: all cores).")
  var threads: Int = availableCores()

  func run() throws {
    do {
      let reader = try LineReader(path: input)
      let sink = try OutputSink(path: output)
      let decoder = TextRecordDecoder(
        mode: jsonl ? .jsonl(textField: textField) : .plain, replaceInvalid: replaceInvalid, source: input)
      let counter = SharedCounter()
      try ParallelLineProcessor(threads: threads).run(
        reader: reader,
        makeWorker: {
          let tokenizer = try Tokenizer()
          var tokenized = TokenizedText()
          var writer = JSONWriter(capacity: 4096)
          return { bytes, line, output in
            let (record, replacements) = try decoder.decode(bytes, line: line)
            counter.add("replaced", replacements)
            try tokenizer.tokenize(record.text, into: &tokenized)
            writer.reset()
            writer.beginObject()
            writer.carriedMembers(of: record, replacing: ["tokens", "sentences"])
            writer.tokenMembers(of: tokenized)
            writer.endObject()
            output.append(contentsOf: writer.bytes)
            output.append(0x0A)
          }
        },
        write: { try sink.write($0) })
      try sink.flush()
      let replaced = counter["replaced"]
      if replaced > 0 { printError("replaced \(replaced) invalid UTF-8 sequence(s) with U+FFFD") }
    } catch {
      throw cliExit(for: error)
    }
  }
}
