import ArgumentParser
import Pipeline
import Sentiment
import SurveyImport
import Synchronization
import Taxonomy
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
      standard input (a "text" field, an optional "id"; every field carried
      through in its order and as written, the text redacted in place under
      --redact; an input field the command writes is replaced, with a warning),
      JSON Lines out in the same order — the shape Spark's RDD.pipe and Hadoop
      Streaming expect. The export options (--format, --id-column, --question …)
      are refused there; blank lines are skipped and counted. With --keep-going
      a line that is no usable record (malformed, no text, over 16 MiB) goes to
      --rejects with its line, column and "id" where known, and the run goes on.

      Exit status: 0 ok, 2 usage, 65 bad data (a malformed export or JSON line,
      more rejects than --max-rejects allows, a bad lexicon or codebook), 66 when
      the export, a lexicon or the codebook cannot be opened, 74 for an I/O error
      (reading, or writing the output).

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

  @Option(
    help: ArgumentHelp(
      "The record member that holds each answer's survey question (question_text or question for an export, a JSONL member with -): a bare answer (\"Nothing.\"), a short mention (\"The food.\") or a request to a question about faults (\"Be more friendly\") takes the question's sign, as in `score --question-field`.",
      valueName: "name"))
  var questionField: String?

  @Flag(help: "With -: replace invalid UTF-8 with U+FFFD (and report how many) instead of rejecting the line.")
  var replaceInvalid = false

  @Option(parsing: .unconditional, help: "Worker threads (default: all cores).")
  var threads: Int?

  /// The members `code` writes into each record besides the text (an input member of that name is
  /// replaced).
  static let ownFields = ["sentiment", "tags", "explain", "redactions"]

  func validate() throws {
    try checkThreads(threads)
    try checkQuestionOptions(
      field: questionField, question: nil, jsonl: true, profile: sentimentOptions.profile, ownFields: Self.ownFields)
    if export == "-" {
      try checkTextField(textField, jsonl: true, ownFields: Self.ownFields)
      // The stream is JSON Lines with its own "id" and text field: the export options would be
      // ignored, and a silently ignored --id-column gives ids no human code joins (QA review 14).
      let unused = importOptions.exportOnlyOptions
      if !unused.isEmpty {
        throw ValidationError(
          "\(unused.joined(separator: ", ")): only for an export file; with - each line is a JSON object whose \"id\" member is its id and whose --text-field member is its text"
        )
      }
    } else if replaceInvalid {
      throw ValidationError(
        "--replace-invalid: only with - (JSON Lines on standard input); an export's encoding is given with --encoding")
    }
  }

  @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
  var output: String?

  @Option(
    help: ArgumentHelp(
      "Also write a run manifest (JSON) to this file: tool, ICU, Unicode and libxml2 versions, the command, the export's (and its --map, --qsf, --lss or Triple-S data file's) and the output's size and SHA-256, every lexicon and the codebook with their SHA-256, counts and times (as `validate` writes in its folder).",
      valueName: "file"))
  var manifest: String?

  /// Every file the run reads: an output naming one is refused. Found once per run (`run`): it lists
  /// the export's folder and reads a Triple-S export's head.
  private var companionInputs: [RunFile?] {
    [.input(export), .read(taxonomyOptions.taxonomy, option: "--taxonomy")]
      + importOptions.filesRead(besides: export) + sentimentOptions.filesRead
  }

  func run() throws {
    let started = RunManifest.now()
    let limit = try importOptions.rejectLimit()
    let inputs = companionInputs
    let rejects = importOptions.rejects.map { RunFile.output($0, option: "--rejects") }
    try ManifestFile.check(manifest, against: inputs + [.output(output, option: "-o"), rejects])
    // Refused before anything is read or written (`code -` writes its rejects at the end).
    if let rejects { try refuseOutput(rejects, namingAnyOf: inputs + [.output(output, option: "-o")]) }
    var configuration = try makeCodingConfiguration(
      sentimentOptions, taxonomyOptions, redactionOptions, explain: explain, threads: threads ?? availableCores())
    configuration.questionField = questionField
    do {
      // -o FILE is written to a temporary file and renamed when the run succeeds
      // (`OutputSink.commit()`), as `import -o` does: a failed run leaves an existing FILE as it was.
      let sink = try OutputSink(path: output, against: inputs)
      if manifest != nil { sink.recordDigest() }
      let counter = SharedCounter()
      var importError: ImportError?
      // Rejected pieces and all pieces accounted for, for --max-rejects.
      var rejected = 0
      var pieces = 0
      // An export's summary: a --max-rejects percentage weighs a rejected row by its answers.
      var exportSummary: ImportSummary?
      var blank = 0
      // The files besides the export that its import used, for the manifest.
      var companions: [CompanionInput] = []
      // Standard input, hashed as it is read for the manifest.
      var stdinReader: LineReader?
      if export == "-" {
        noteTerminalInput(export, what: "JSON lines")
        let reader = try LineReader(path: "-")
        reader.holdsJSONLines = true
        if manifest != nil { reader.recordDigest() }
        stdinReader = reader
        try codeStream(reader: reader, configuration: configuration, sink: sink, counter: counter, inputs: inputs)
        rejected = counter["rejected"]
        pieces = counter["verbatims"] + rejected
        blank = counter["blank"]
      } else {
        let summary: ImportSummary
        (summary, companions) = try codeExport(
          configuration: configuration, sink: sink, counter: counter, inputs: inputs)
        importError = summary.error
        rejected = summary.rejected
        pieces = summary.records + summary.blank + summary.notShown + summary.rejected
        exportSummary = summary
        blank = summary.blank
      }
      // --keep-going keeps the records coded before a fatal error, as `import` keeps them.
      try sink.commit()
      if let importError {
        throw fail(
          importError.description + " (kept the records before it: --keep-going)", status: importError.exitStatus)
      }
      if let manifest {
        // The import's own count of rejected pieces (QA review 29: the manifest said 0 when 96
        // pieces of an export were rejected, since only `code -` counts them as it codes).
        try writeManifest(
          to: manifest, configuration: configuration, counter: counter, rejected: rejected, blank: blank,
          started: started, streamed: sink.streamedOutput(role: "coded"), readFrom: stdinReader,
          companions: companions)
      }
      printError(Self.summary(counter, tagging: configuration.codebook != nil))
      noteQuestionReadings(counter, asked: questionField != nil)
      warnOverwritten(counter["overwritten"], fields: Self.ownFields)
      warnAboutLanguages(counter, prefix: Score.languagePrefix)
      warnAboutMojibake(counter[Score.mojibakeCounter])
      if let limit,
        exportSummary.map({ limit.isExceeded(by: $0) }) ?? limit.isExceeded(rejected: rejected, of: pieces)
      {
        let counted = exportSummary.map { limit.counted(in: $0) } ?? "\(rejected) of \(pieces) piece(s) rejected"
        throw fail(
          Import.tooManyRejects(counted, limit: limit, file: export, rejects: importOptions.rejects), status: .dataError
        )
      }
    } catch let exit as ExitCode {
      throw exit
    } catch let error as ImportError {
      throw fail(error.description, status: error.exitStatus)
    } catch {
      throw cliExit(for: error)
    }
  }

  /// JSONL on standard input → JSONL on standard output, in order, each record's members carried in
  /// their input order and as written (the text where it stands: redacted under --redact), then
  /// the coded members. With --keep-going a line that is not a usable record (malformed JSON, no
  /// text field, invalid UTF-8, over the 16 MiB line limit) writes no output line and goes to
  /// --rejects with its line number, its column and its "id" where known, and reason; the summary
  /// counts it.
  func codeStream(
    reader: LineReader, configuration: CodingConfiguration, sink: OutputSink, counter: SharedCounter, inputs: [RunFile?]
  )
    throws
  {
    let decoder = TextRecordDecoder(mode: .jsonl(textField: textField), replaceInvalid: replaceInvalid, source: "-")
    let keepGoing = importOptions.goesOn
    let rejected = LineRejects(source: "-")
    do {
      try codeLines(
        reader: reader, configuration: configuration, sink: sink, counter: counter, decoder: decoder,
        rejected: rejected)
    } catch let error as InputError where !keepGoing && error.line != nil {
      // Without --keep-going a bad line stops the run; the message says what was written and how to
      // go on, as `score`, `tag` and `tokenize` say it.
      throw rejected.stop(at: error, output: output)
    }
    counter.add("rejected", rejected.count)
    if let path = importOptions.rejects {
      try rejected.write(to: path, against: inputs + [.output(output, option: "-o")])
    }
  }

  /// The lines of `codeStream`, coded in parallel and written in order; lines that are no usable
  /// record go to `rejected` under --keep-going.
  private func codeLines(
    reader: LineReader, configuration: CodingConfiguration, sink: OutputSink, counter: SharedCounter,
    decoder: TextRecordDecoder, rejected: LineRejects
  ) throws {
    let textField = self.textField
    let keepGoing = importOptions.goesOn
    // The text member is carried where it stands (review h43 B11), not written after the others.
    let ownKeys = Self.ownFields
    // Only `meta.…` conditions read the metadata: without them no record needs it.
    let metadataKeys = configuration.codebook?.metadataKeys ?? []
    let redactor = configuration.redactor
    let tallies = TallyList()
    // Lines of the common flat shape are read in place (`TextRecordDecoder.flatText`, as `score`
    // does) when no record needs redaction or its metadata.
    let readsFlatLines = redactor == nil && metadataKeys.isEmpty
    let ownNames = ownKeys.map { Array($0.utf8) }
    // Under --keep-going a line over the 16 MiB limit is rejected and the run goes on, as `import
    // --keep-going` does (review h43 B10: it stopped the run, exit 65).
    let skipLongLine = rejected.longLineHandler(keepGoing: keepGoing)
    try ParallelLineProcessor(threads: threads ?? availableCores()).run(
      reader: reader,
      makeWorker: {
        let worker = try CodingWorker(configuration: configuration)
        var writer = JSONWriter(capacity: 0)
        var flat = FlatJSONObject()
        let tally = tallies.make()
        // Each flat line is coded into this one value (`CodingWorker.code(validUTF8:into:)`).
        var flatCoded = CodedVerbatim.uncoded()
        let questionName = configuration.questionField.map { Array($0.utf8) }
        return { bytes, line, output in
          // A blank line is no record: skipped, as `code FILE` and `import` skip it (review r16a),
          // and counted in the summary (QA review 14).
          if decoder.isBlankJSONLine(bytes) {
            tally.blank += 1
            // Noted for the records-before count of a stop (`LineRejects.stop(at:output:)`).
            if !keepGoing { rejected.addBlank(line) }
            return
          }
          // The text is written back from the line's bytes (valid UTF-8 without escapes, so the same
          // as the String escaped).
          if readsFlatLines, let text = decoder.flatText(bytes, into: &flat),
            try worker.code(
              validUTF8: UnsafeBufferPointer(rebasing: bytes[text]), into: &flatCoded,
              question: questionName.flatMap { flat.identifierText(of: $0, in: bytes) },
              asciiWithoutLineBreaks: flat.isASCII)
          {
            swap(&writer.bytes, &output)
            defer { swap(&writer.bytes, &output) }
            writer.startLine()
            writer.beginObject()
            if writer.carriedMembers(of: flat, in: bytes, line: line, replacing: ownNames) > 0 {
              counter.add("overwritten")
            }
            countAndWrite(&flatCoded, in: tally, by: worker, to: &writer)
            writer.endObject()
            writer.bytes.append(0x0A)
            return
          }
          let record: TextRecord
          do {
            let replaced: Int
            (record, replaced) = try decoder.decode(bytes, line: line)
            tally.replaced += replaced
          } catch let error as InputError where keepGoing {
            rejected.add(error, line: line, bytes: bytes, decoder: decoder)
            return
          }
          let metadata =
            metadataKeys.isEmpty ? RuleMetadata() : RuleMetadata(members: record.members, keys: metadataKeys)
          // Under --redact an answer to a contact question is withheld whole (`ContactQuestion`).
          let withheld = redactor != nil && ContactQuestion.asks(record)
          let question = configuration.questionField.flatMap { record.string(member: $0) }
          var coded = try worker.code(
            withheld ? ContactQuestion.placeholder : record.text, metadata: metadata, question: question)
          if withheld { coded.metadataRedactions.withheld += 1 }
          tally.add(coded)
          // The writer appends to the output itself (no copy of each record).
          swap(&writer.bytes, &output)
          defer { swap(&writer.bytes, &output) }
          writer.startLine()
          writer.beginObject()
          let left = writer.codedCarriedMembers(
            of: record, textField: textField, redactedText: redactor == nil ? nil : coded.text, replacing: ownKeys,
            redactor: redactor, tally: &tally.metadataRedactions)
          if left > 0 { counter.add("overwritten") }
          worker.writeCodedMembers(coded, to: &writer)
          writer.endObject()
          writer.bytes.append(0x0A)
        }
      },
      write: { try sink.write($0) }, flush: { try sink.flush() }, tooLong: skipLongLine)
    tallies.merge(into: counter)
  }

  /// A survey export → coded records, in file order. Returns what the import read, with the fatal
  /// error that ended reading under --keep-going (the records before it were coded), and the
  /// companion files it used.
  func codeExport(configuration: CodingConfiguration, sink: OutputSink, counter: SharedCounter, inputs: [RunFile?])
    throws
    -> (summary: ImportSummary, companions: [CompanionInput])
  {
    let reader = try SurveyReader(path: export, options: try importOptions.makeOptions())
    let rejectSink = try importOptions.rejects.map {
      try OutputSink(path: $0, option: "--rejects", against: inputs + [.output(output, option: "-o")])
    }
    var rejectWriter = JSONWriter(capacity: 256)
    reader.onReject = { reject in
      guard let rejectSink else { return }
      rejectWriter.reset()
      reject.write(to: &rejectWriter)
      try? rejectSink.writeLine(rejectWriter)
    }
    let progress = isatty(2) == 1 ? ProgressLine(totalBytes: fileSize(export), label: "code") : nil
    // Each worker counts its records in a tally of its own, added to `counter` once at the end.
    let tallies = TallyList()
    defer { tallies.merge(into: counter) }
    if let progress { reader.onProgress = { progress.update(bytes: $0, records: $1) } }
    try ExportCoding.run(
      reader: reader, configuration: configuration, threads: threads ?? availableCores(), write: { try sink.write($0) },
      makeObserver: {
        let tally = tallies.make()
        return { _, coded in tally.add(coded) }
      })
    progress?.finish()
    try rejectSink?.commit()
    // The coded records go out before the import's summary: when standard output is a pipe that
    // was closed (`| head -1`), the run ends there, quietly (review h43, B14: the summary came first).
    try sink.flush()
    for warning in reader.warnings { printError(warning) }
    printError(reader.summary.description)
    return (reader.summary, reader.companionInputs)
  }

  /// Writes the run manifest (`--manifest`): what a reader needs to tell whether two coded files
  /// came from the same inputs, lexicons and codebook.
  private func writeManifest(
    to path: String, configuration: CodingConfiguration, counter: SharedCounter, rejected: Int, blank: Int,
    started: String, streamed: RunManifest.FileRecord?, readFrom reader: LineReader?, companions: [CompanionInput]
  ) throws {
    try ManifestFile(path: path, started: started).write(
      input: ("export", export), companions: companions,
      resources: RunManifest.resources(of: configuration, codebookPath: taxonomyOptions.taxonomy),
      // Every option that changes the codes (QA review 29: the profile, thresholds and tag options
      // were only in the command line), and the threads (which change nothing but the time).
      settings: [
        ("explain", String(explain)), ("redact", String(configuration.redactor != nil)),
        ("tags", String(configuration.codebook != nil)), ("profile", sentimentOptions.profile),
        ("thresholds", sentimentOptions.thresholds), ("imply_parents", String(taxonomyOptions.implyParents)),
        ("most_specific", String(!taxonomyOptions.keepParents)), ("min_evidence", String(taxonomyOptions.minEvidence)),
        ("threads", String(threads ?? availableCores())),
      ] + (questionField.map { [("question_field", $0)] } ?? []),
      counts: ["verbatims", "tagged", "tags"].map { ($0, counter[$0]) } + [("rejected", rejected), ("blank", blank)],
      redactions: Self.redactionCounts(counter) + Self.metadataRedactionCounts(counter),
      output: output.map { ("coded", $0) }, streamed: streamed,
      others: importOptions.rejects.map { [("rejects", $0)] } ?? [], readFrom: reader)
  }

  /// The spans redacted in the texts, by type ("redacted.EMAIL" counters), in the counter's order.
  static func redactionCounts(_ counter: SharedCounter) -> [(type: String, count: Int)] {
    counter.snapshot.filter { $0.name.hasPrefix("redacted.") }.map { (String($0.name.dropFirst(9)), $0.count) }
  }

  /// The identifying values withheld and the spans redacted in other fields of the records
  /// (`metadata.withheld`, `metadata.PHONE` …), for the manifest, as `validate`'s records them (QA
  /// review 37: `code --manifest` left them out, though the summary line counted them).
  static func metadataRedactionCounts(_ counter: SharedCounter) -> [(type: String, count: Int)] {
    counter.snapshot.filter { $0.name.hasPrefix("metadata.") }.map { ($0.name, $0.count) }
  }

  /// The summary line; `tagging` false (--no-tags) says tagging was off rather than "0 tagged"
  /// (QA review 17).
  static func summary(_ counter: SharedCounter, tagging: Bool = true) -> String {
    let verbatims = counter["verbatims"]
    var line = "coded \(verbatims) verbatims: \(counter["sentiment.positive"]) positive, "
    line += "\(counter["sentiment.neutral"]) neutral, \(counter["sentiment.negative"]) negative; "
    line += tagging ? "\(counter["tagged"]) tagged (\(counter["tags"]) tags)" : "tagging off (--no-tags)"
    let redactions = redactionCounts(counter)
    if !redactions.isEmpty {
      line += "; redacted " + redactions.map { "\($0.type) \($0.count)" }.joined(separator: ", ")
    }
    // Metadata redactions (QA review 17): identifying values withheld whole, spans in other fields.
    let metadata = counter.snapshot.filter { $0.name.hasPrefix("metadata.") }
    if !metadata.isEmpty { line += "; redacted metadata: " + MetadataRedactions.describe(metadata) }
    if counter["rejected"] > 0 { line += "; \(counter["rejected"]) line(s) rejected" }
    if counter["blank"] > 0 { line += "; \(counter["blank"]) blank line(s) skipped" }
    if counter["replaced"] > 0 { line += "; " + replacementNote(counter["replaced"]) }
    if counter["regex timed out"] > 0 {
      line += "; " + regexTimeoutNote(counter["regex timed out"]) + " (their tags may be incomplete)"
    }
    return line
  }
}

/// Counts a record coded in place (`CodingWorker.code(validUTF8:into:)`) in `tally` and writes its
/// coded members. `coded` is taken `inout`: read straight from the worker closure's capture, it
/// was copied (its members retained) for each of the two calls, about 380 instructions a record.
private func countAndWrite(
  _ coded: inout CodedVerbatim, in tally: CodingTally, by worker: CodingWorker, to writer: inout JSONWriter
) {
  tally.add(coded)
  worker.writeCodedMembers(coded, to: &writer)
}

/// The summary's counts of one worker: plain fields, summed into the shared counter once the run is
/// over (a lock and a string key per record would cost more than the counting). Only its worker
/// touches it while the workers run (the run's batches are ordered, see `ParallelLineProcessor`),
/// and `TallyList.merge` reads it after they have finished: hence the unchecked conformance.
private final class CodingTally: @unchecked Sendable {
  var verbatims = 0
  var positive = 0
  var neutral = 0
  var negative = 0
  var tagged = 0
  var tags = 0
  var blank = 0
  var replaced = 0
  var timedOut = 0
  var mojibake = 0
  var bareAnswers = 0
  var mentions = 0
  var requests = 0
  var declines = 0
  var openingScores = 0
  var redacted: [String: Int] = [:]
  var metadataRedactions = MetadataRedactions()
  var languages: [String: Int] = [:]

  func add(_ coded: CodedVerbatim) {
    verbatims += 1
    switch coded.sentiment.label {
    case .positive: positive += 1
    case .neutral: neutral += 1
    case .negative: negative += 1
    }
    if !coded.tags.isEmpty { tagged += 1 }
    tags += coded.tags.count
    if coded.regexTimedOut { timedOut += 1 }
    if coded.repairedMojibake { mojibake += 1 }
    switch coded.questionReading {
    case .bareAnswer: bareAnswers += 1
    case .mention: mentions += 1
    case .request: requests += 1
    case .decline: declines += 1
    case .openingScore: openingScores += 1
    case nil: break
    }
    // Most records have no redaction: the empty collections are not walked.
    if !coded.redactions.isEmpty {
      for (type, count) in coded.redactions { redacted["redacted." + type.label, default: 0] += count }
    }
    if !coded.metadataRedactions.isEmpty { metadataRedactions.add(coded.metadataRedactions) }
    if let language = coded.language { languages[language, default: 0] += 1 }
  }

  func merge(into counter: SharedCounter) {
    counter.add("verbatims", verbatims)
    counter.add("sentiment.positive", positive)
    counter.add("sentiment.neutral", neutral)
    counter.add("sentiment.negative", negative)
    counter.add("tagged", tagged)
    counter.add("tags", tags)
    counter.add("blank", blank)
    counter.add("replaced", replaced)
    counter.add("regex timed out", timedOut)
    counter.add(Score.mojibakeCounter, mojibake)
    counter.add(QuestionReading.bareAnswer.rawValue, bareAnswers)
    counter.add(QuestionReading.mention.rawValue, mentions)
    counter.add(QuestionReading.request.rawValue, requests)
    counter.add(QuestionReading.decline.rawValue, declines)
    counter.add(QuestionReading.openingScore.rawValue, openingScores)
    for (name, count) in redacted { counter.add(name, count) }
    for (name, count) in metadataRedactions.namedCounts { counter.add(name, count) }
    for (name, count) in languages { counter.add(Score.languagePrefix + name, count) }
  }
}

/// The tallies of every worker of a run.
private final class TallyList: Sendable {
  private let tallies = Mutex<[CodingTally]>([])

  /// A new tally for one worker.
  func make() -> CodingTally {
    let tally = CodingTally()
    tallies.withLock { $0.append(tally) }
    return tally
  }

  func merge(into counter: SharedCounter) {
    tallies.withLock { tallies in
      for tally in tallies { tally.merge(into: counter) }
    }
  }
}
