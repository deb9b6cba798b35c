import ArgumentParser
import Tokenization
import VerbatimCore

struct Tokenize: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tokenize",
    abstract: "Split texts into tokens and sentences with ICU.",
    discussion: """
      Reads one text per line (or, with --jsonl, one JSON object per line with
      "text" and an optional "id"; other fields are carried through) and writes one
      JSON object per input line, in input order:
        {"id": …, "tokens": [{"text", "norm", "kind", "start", "end"}],
          "sentences": [[start, end], …]}
      Offsets count Unicode code points (Python str indexing). Token kinds: word,
      number, emoji, emoticon, url, email, mention, hashtag, punct. Plain-text ids
      are line numbers. An input field named "tokens" or "sentences" is replaced,
      with a warning.

      \(LineRejectOptions.stopHelp(verb: "tokenized"))

      Exit status: 0 ok (rejected lines under --keep-going included), 2 usage,
      65 bad data (a malformed JSON line or invalid UTF-8 without --keep-going,
      more rejects than --max-rejects allows), 66 when the input cannot be
      opened, 74 for an I/O error (reading, or writing standard output).

      Example:
        echo 'Waited 40 min :( @acme #fail' | verbatim tokenize
      """)

  @OptionGroup var lines: TextLineOptions

  @OptionGroup var rejectOptions: LineRejectOptions

  @Flag(help: "Print only a summary (texts, tokens per kind, sentences, bytes) instead of the tokens.")
  var summary = false

  @Option(parsing: .unconditional, help: "Worker threads (default: all cores).")
  var threads: Int?

  /// The members `tokenize` writes into each record (an input member of that name is replaced).
  static let ownFields = ["tokens", "sentences"]

  /// Counters that are not in the --summary object.
  static let notSummarized: Set<String> = ["replaced", "overwritten", "blank", "written"]

  func validate() throws {
    try lines.check(ownFields: Self.ownFields)
    try checkThreads(threads)
  }

  func run() throws {
    let limit = try rejectOptions.rejectLimit()
    try rejectOptions.check(against: [lines.inputFile, lines.outputFile])
    lines.noteInput()
    // Lines that are no usable record, and blank ones (`LineRejects`).
    let rejected = LineRejects(source: lines.input)
    let keepGoing = rejectOptions.goesOn
    do {
      let reader = try lines.openReader()
      let sink = try OutputSink(path: lines.output, against: [lines.inputFile])
      let decoder = lines.decoder()
      let counter = SharedCounter()
      let summary = self.summary  // read once: a property wrapper's getter costs per text
      try ParallelLineProcessor(threads: threads ?? availableCores()).run(
        reader: reader,
        makeWorker: {
          let tokenizer = try Tokenizer()
          var tokenized = TokenizedText()
          var writer = JSONWriter(capacity: 4096)
          let tally = TokenTally(into: counter)
          return { bytes, line, output in
            if decoder.isBlankJSONLine(bytes) {
              rejected.addBlank(line)
              return counter.add("blank")
            }
            if summary {
              do {
                try decoder.tokenize(bytes, line: line, counter: counter, tokenizer: tokenizer, into: &tokenized)
              } catch let error as InputError where keepGoing {
                return rejected.add(error, line: line, bytes: bytes, decoder: decoder)
              }
              tally.add(&tokenized)
              return
            }
            let record: TextRecord
            do {
              record = try decoder.record(bytes, line: line, counter: counter, tokenizer: tokenizer, into: &tokenized)
            } catch let error as InputError where keepGoing {
              return rejected.add(error, line: line, bytes: bytes, decoder: decoder)
            }
            tally.written += 1
            // The record is written straight into the batch's output (no copy per line).
            swap(&writer.bytes, &output)
            defer { swap(&writer.bytes, &output) }
            writer.startLine()
            writer.beginObject()
            if writer.carriedMembers(of: record, replacing: Self.ownFields) > 0 { counter.add("overwritten") }
            writer.tokenMembers(of: tokenized)
            writer.endObject()
            writer.bytes.append(0x0A)
          }
        },
        write: { try sink.write($0) }, flush: { try sink.flush() },
        tooLong: rejected.longLineHandler(keepGoing: keepGoing))
      if summary {
        var writer = JSONWriter()
        writer.beginObject()
        for (name, count) in counter.snapshot where !Self.notSummarized.contains(name) {
          writer.key(name)
          writer.number(count)
        }
        writer.endObject()
        try sink.writeLine(writer)
      }
      try sink.commit()
      if let path = rejectOptions.rejects {
        try rejected.write(to: path, against: [lines.inputFile, lines.outputFile])
      }
      let replaced = counter["replaced"]
      if replaced > 0 { printError(replacementNote(replaced)) }
      warnOverwritten(counter["overwritten"], fields: Self.ownFields)
      noteBlankLines(counter["blank"])
      let rejects = rejected.count
      // Texts tokenized: written one a line, or counted in the summary.
      let tokenized = counter[summary ? "texts" : "written"]
      if keepGoing {
        printError(
          rejectOptions.summary(
            read: reader.lineNumber, written: tokenized, verb: summary ? "counted in the summary" : "tokenized",
            rejected: rejects, blank: counter["blank"]))
      }
      try rejectOptions.checkLimit(limit, rejected: rejects, of: tokenized + rejects, file: lines.input)
    } catch {
      throw rejected.exit(for: error, keepGoing: keepGoing, output: lines.output, otherwise: cliExit)
    }
  }
}

/// Per-worker token counts, added to the shared counter when the worker is released.
final class TokenTally {
  private let counter: SharedCounter
  private var kinds = [Int](repeating: 0, count: TokenKind.allCases.count)
  private var texts = 0
  private var sentences = 0
  private var bytes = 0
  /// Records written one a line (without --summary), for the --keep-going summary.
  var written = 0

  init(into counter: SharedCounter) { self.counter = counter }

  @inline(__always) private static func position(of kind: TokenKind) -> Int {
    switch kind {
    case .word: 0
    case .number: 1
    case .emoji: 2
    case .emoticon: 3
    case .url: 4
    case .email: 5
    case .mention: 6
    case .hashtag: 7
    case .punct: 8
    case .placeholder: 9
    }
  }

  /// Counts a text's tokens. `inout` only so that the worker's captured value is read in place: a
  /// copy of it retained and released its four arrays per text.
  func add(_ tokenized: inout TokenizedText) {
    texts += 1
    sentences += tokenized.sentences.count
    bytes += tokenized.utf8.count
    kinds.withUnsafeMutableBufferPointer { kinds in
      tokenized.tokens.withUnsafeBufferPointer { tokens in
        for token in tokens { kinds[Self.position(of: token.kind)] &+= 1 }
      }
    }
  }

  deinit {
    if written > 0 { counter.add("written", written) }
    counter.add("texts", texts)
    counter.add("sentences", sentences)
    counter.add("bytes", bytes)
    counter.add("tokens", kinds.reduce(0, +))
    for (kind, count) in zip(TokenKind.allCases, kinds) { counter.add("kind." + kind.rawValue, count) }
  }
}
