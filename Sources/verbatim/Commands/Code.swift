import ArgumentParser
import Pipeline
import SurveyImport
import Synchronization
import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct Code: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "code",
    abstract: "Import, score and tag a survey export in one streaming pass.",
    discussion: """
      Reads a survey export (any format `verbatim import` reads) and writes one JSON
      object per open-ended answer, in file order: the imported record ({"id",
      "respondent", "question", "question_text"?, "text", "meta"}) plus "sentiment",
      "tags" (unless --no-tags), "explain" (with --explain) and "redactions" (with
      --redact). One tokenization serves the scorer and the tagger; with --redact
      the text is redacted first and every offset refers to the redacted text.

      With - as the export, it is a stateless streaming filter: JSON Lines in on
      standard input (a "text" field, an optional "id"; other fields carried
      through), JSON Lines out in the same order — the shape Spark's RDD.pipe and
      Hadoop Streaming expect.

      Examples:
        verbatim code corpora/demo/feedback-export.xml --redact -o coded.jsonl
        cat shard.jsonl | verbatim code - --no-tags
      """)

  @Argument(help: "The survey export, or - for JSON Lines on standard input.")
  var export: String

  @OptionGroup var importOptions: ImportOptionGroup
  @OptionGroup var sentimentOptions: SentimentOptionGroup
  @OptionGroup var taxonomyOptions: TaxonomyOptionGroup
  @OptionGroup var redactionOptions: RedactionOptionGroup

  @Option(help: "With - as the export: the JSONL field that holds the text.")
  var textField = "text"

  @Flag(help: "Add the sentiment explanation of each verbatim.")
  var explain = false

  @Option(help: "Worker threads (default: all cores).")
  var threads: Int?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
  }

  @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let configuration = CodingConfiguration(
      sentiment: try sentimentOptions.makeModel(), codebook: try taxonomyOptions.makeCodebook(),
      tagging: taxonomyOptions.taggingOptions, redactor: try redactionOptions.makeRedactor(), explain: explain)
    do {
      let sink = try OutputSink(path: output, inputs: [export])
      let counter = SharedCounter()
      if export == "-" {
        try codeStream(configuration: configuration, sink: sink, counter: counter)
      } else {
        try codeExport(configuration: configuration, sink: sink, counter: counter)
      }
      try sink.flush()
      printError(Self.summary(counter))
    } catch let exit as ExitCode {
      throw exit
    } catch let error as ImportError {
      throw fail(error.description, status: error.exitStatus)
    } catch {
      throw cliExit(for: error)
    }
  }

  /// JSONL on standard input → JSONL on standard output, in order. With --keep-going a line that
  /// is not a usable record (malformed JSON, no text field, invalid UTF-8) writes no output line
  /// and goes to --rejects with its line number and reason; the summary counts it.
  func codeStream(configuration: CodingConfiguration, sink: OutputSink, counter: SharedCounter) throws {
    let decoder = TextRecordDecoder(mode: .jsonl(textField: textField), source: "-")
    let textField = self.textField
    let keepGoing = importOptions.keepGoing
    let rejected = RejectCollector()
    try ParallelLineProcessor(threads: threads ?? availableCores()).run(
      reader: try LineReader(path: "-"),
      makeWorker: {
        let worker = try CodingWorker(configuration: configuration)
        var writer = JSONWriter(capacity: 4096)
        return { bytes, line, output in
          let record: TextRecord
          do {
            (record, _) = try decoder.decode(bytes, line: line)
          } catch let error as InputError where keepGoing {
            rejected.add(ImportReject(file: "-", line: line, reason: error.problem))
            counter.add("rejected")
            return
          }
          let metadata = metadataStrings(record.members)
          let coded = try worker.code(record.text, metadata: metadata)
          Self.count(coded, counter)
          writer.reset()
          writer.beginObject()
          writer.carriedMembers(of: record, replacing: ["sentiment", "tags", "explain", "redactions", textField])
          writer.key(textField)
          writer.string(coded.text)
          writer.codedMembers(coded, configuration: configuration)
          writer.endObject()
          output.append(contentsOf: writer.bytes)
          output.append(0x0A)
        }
      },
      write: { try sink.write($0) })
    if let path = importOptions.rejects {
      let rejectSink = try OutputSink(path: path, inputs: [export, output])
      var writer = JSONWriter(capacity: 256)
      for reject in rejected.sorted {
        writer.reset()
        reject.write(to: &writer)
        try rejectSink.writeLine(writer)
      }
      try rejectSink.flush()
    }
  }

  /// A survey export → coded records, in file order.
  func codeExport(configuration: CodingConfiguration, sink: OutputSink, counter: SharedCounter) throws {
    let reader = try SurveyReader(path: export, options: try importOptions.makeOptions())
    let rejectSink = try importOptions.rejects.map { try OutputSink(path: $0, inputs: [export, output]) }
    var rejectWriter = JSONWriter(capacity: 256)
    reader.onReject = { reject in
      guard let rejectSink else { return }
      rejectWriter.reset()
      reject.write(to: &rejectWriter)
      try? rejectSink.writeLine(rejectWriter)
    }
    let progress = isatty(2) == 1 ? ProgressLine(totalBytes: fileSize(export), label: "code") : nil
    if let progress { reader.onProgress = { progress.update(bytes: $0, records: $1) } }
    try ExportCoding.run(
      reader: reader, configuration: configuration, threads: threads ?? availableCores(), write: { try sink.write($0) },
      observe: { _, coded, _ in Self.count(coded, counter) })
    progress?.finish()
    try rejectSink?.flush()
    for warning in reader.warnings { printError(warning) }
    printError(reader.summary.description)
    if let error = reader.summary.error {
      throw fail(error.description + " (kept the records before it: --keep-going)", status: error.exitStatus)
    }
  }

  static func count(_ coded: CodedVerbatim, _ counter: SharedCounter) {
    counter.add("verbatims")
    counter.add("sentiment." + coded.sentiment.label.rawValue)
    if !coded.tags.isEmpty { counter.add("tagged") }
    counter.add("tags", coded.tags.count)
    for (type, count) in coded.redactions { counter.add("redacted." + type.label, count) }
  }

  static func summary(_ counter: SharedCounter) -> String {
    let verbatims = counter["verbatims"]
    var line = "coded \(verbatims) verbatims: \(counter["sentiment.positive"]) positive, "
    line += "\(counter["sentiment.neutral"]) neutral, \(counter["sentiment.negative"]) negative; "
    line += "\(counter["tagged"]) tagged (\(counter["tags"]) tags)"
    let redactions = counter.snapshot.filter { $0.name.hasPrefix("redacted.") }
    if !redactions.isEmpty {
      line += "; redacted " + redactions.map { "\($0.name.dropFirst(9)) \($0.count)" }.joined(separator: ", ")
    }
    if counter["rejected"] > 0 { line += "; \(counter["rejected"]) line(s) rejected" }
    return line
  }
}

/// Rejected lines of the stdin stream, from all workers, written in line order at the end.
private final class RejectCollector: Sendable {
  private let rejects = Mutex<[ImportReject]>([])

  func add(_ reject: ImportReject) { rejects.withLock { $0.append(reject) } }

  var sorted: [ImportReject] { rejects.withLock { $0.sorted { $0.line < $1.line } } }
}
