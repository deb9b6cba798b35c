import ArgumentParser
import Pipeline
import Sentiment
import Tokenization
import VerbatimCore

struct Score: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Score the sentiment of texts with lexicons and rules, and explain each score.",
    discussion: """
      Reads one text per line (or, with --jsonl, one JSON object per line with
      "text" and an optional "id"; other fields are carried through) and writes one
      JSON object per input line:
        {"id": …, "sentiment": {"label", "compound", "pos", "neu", "neg"},
          "explain"?: […]}
      compound is in [-1, 1]; label is positive when compound ≥ the upper threshold,
      negative when ≤ the lower one (neutral when the two are equal and the compound
      is on them). The shipped lexicons are built in; --lexicon adds files on top
      (later wins), and --lexicon -default leaves out the shipped ones. An input
      field named "sentiment" or "explain" is replaced, with a warning. A text with
      nothing to score (empty, null, or only spaces and punctuation) is labelled
      neutral with pos, neu and neg 0; standard error says how many there were.

      Survey answers can be read with their question: --question-field NAME
      (JSON Lines: the member that holds each record's question, e.g.
      question_text as `verbatim import` writes it) or --question TEXT (one
      question for every line). A bare answer ("Nothing.", "Not much",
      "Everything!", "Yes") then takes the question's sign: to a question about
      faults ("How could we improve?", "What did you like least?") "nothing" is
      positive and "everything" negative; to one about praise ("What was
      good?") the reverse. A short answer that names something and scores
      nothing itself ("The food.", "Faster response") takes it more mildly,
      and so does a request to a question about faults ("Be more friendly").
      Any other question (neither side, or both), and any answer with an
      opinion of its own, scores as written (default profile only).

      \(LineRejectOptions.stopHelp(verb: "scored"))

      Exit status: 0 ok (rejected lines under --keep-going included), 2 usage,
      65 bad data (a malformed JSON line or invalid UTF-8 without --keep-going,
      more rejects than --max-rejects allows, a bad lexicon line), 66 when the
      input or a lexicon cannot be opened, 74 for an I/O error (reading, or
      writing standard output).

      Examples:
        echo "Waited 40 minutes on hold, but the agent was lovely" \\
          | verbatim score --explain
        verbatim score --profile vader --lexicon vader_lexicon.txt \\
          --emoji-lexicon emoji_utf8_lexicon.txt t.txt
      """)

  @OptionGroup var lines: TextLineOptions

  @OptionGroup var sentimentOptions: SentimentOptionGroup

  @Flag(help: "Add each contributing term, the rules applied to it and its contribution.")
  var explain = false

  @Option(
    help: ArgumentHelp(
      "The JSONL field that holds each answer's survey question: a bare answer (\"Nothing.\") takes the question's sign.",
      valueName: "name"))
  var questionField: String?

  @Option(
    help: ArgumentHelp(
      "The survey question every line answers: a bare answer (\"Nothing.\") takes its sign.", valueName: "text"))
  var question: String?

  @OptionGroup var rejectOptions: LineRejectOptions

  @Option(parsing: .unconditional, help: "Worker threads (default: all cores).")
  var threads: Int?

  @Option(
    help: ArgumentHelp(
      "Also write a run manifest (JSON) to this file: tool, ICU and Unicode versions, the command, the input's and the output's size and SHA-256, every lexicon with its SHA-256, counts and times.",
      valueName: "file"))
  var manifest: String?

  /// The members `score` writes into each record (an input member of that name is replaced).
  static let ownFields = ["sentiment", "explain"]

  func validate() throws {
    try lines.check(ownFields: Self.ownFields)
    try checkThreads(threads)
    try checkQuestionOptions(
      field: questionField, question: question, jsonl: lines.jsonl, profile: sentimentOptions.profile,
      ownFields: Self.ownFields)
  }

  func run() throws {
    let started = RunManifest.now()
    let filesRead = [lines.inputFile] + sentimentOptions.filesRead
    let limit = try rejectOptions.rejectLimit()
    try ManifestFile.check(manifest, against: filesRead + [lines.outputFile, rejectOptions.rejectsFile])
    try rejectOptions.check(against: filesRead + [lines.outputFile])
    let model = try sentimentOptions.makeModel()
    lines.noteInput()
    // Lines that are no usable record, and blank ones (`LineRejects`).
    let rejected = LineRejects(source: lines.input)
    let keepGoing = rejectOptions.goesOn
    do {
      let reader = try lines.openReader()
      let sink = try OutputSink(path: lines.output, against: filesRead)
      if manifest != nil {
        sink.recordDigest()
        reader.recordDigest()
      }
      let decoder = lines.decoder()
      let needsTokens = model.profile == .default
      // Non-English texts are noted for the shipped English lexicons only (not with -default).
      let notesLanguages = needsTokens && sentimentOptions.usesShippedLexicons
      let explain = self.explain
      let counter = SharedCounter()
      let ownKeys = Self.ownFields
      let ownNames = ownKeys.map { Array($0.utf8) }
      let fixedFrame = question.map { SurveyQuestion($0) }
      let questionName = questionField.map { Array($0.utf8) }
      let readsQuestions = fixedFrame != nil || questionName != nil
      try ParallelLineProcessor(threads: threads ?? availableCores()).run(
        reader: reader,
        makeWorker: {
          let tokenizer = try Tokenizer()
          let scorer = SentimentScorer(model: model)
          let scratch = ScoreScratch(into: counter)
          let questions = QuestionFrames(fixed: fixedFrame)
          return { bytes, line, output in
            if decoder.isBlankJSONLine(bytes) {
              rejected.addBlank(line)
              return counter.add("blank")
            }
            // The buffers are lent in place (a class property passed by value would be retained
            // for the call, every array in it; moved into locals, an empty value of each was made
            // and released per record).
            try scratch.withBuffers { tokenized, flat in
              let score: SentimentScore
              let explanation: SentimentExplanation?
              // Nil when the line was read in place as a flat object (`flat` holds its members).
              var record: TextRecord?
              // JSONL lines of the common flat shape are read in place (`TextRecordDecoder.flatText`).
              if let text = decoder.flatText(bytes, into: &flat) {
                let textBytes = UnsafeBufferPointer(rebasing: bytes[text])
                if needsTokens {
                  if flat.isASCII {
                    try tokenizer.tokenize(asciiWithoutLineBreaks: textBytes, into: &tokenized)
                  } else {
                    try tokenizer.tokenize(validUTF8: textBytes, into: &tokenized)
                  }
                  if readsQuestions {
                    let frame = questions.reading(fixedOr: questionName.map { flat.identifierText(of: $0, in: bytes) })
                    (score, explanation) = scorer.score(tokenized, explain: explain, question: frame)
                  } else {
                    // Without a question nothing is looked up per record (some 120 instructions).
                    (score, explanation) = scorer.score(tokenized, explain: explain)
                  }
                } else {
                  (score, explanation) = scorer.score(
                    text: String(decoding: textBytes, as: UTF8.self), explain: explain)
                }
              } else {
                let decoded: TextRecord
                do {
                  decoded = try decoder.record(
                    bytes, line: line, counter: counter, tokenizer: needsTokens ? tokenizer : nil, into: &tokenized)
                } catch let error as InputError where keepGoing {
                  return rejected.add(error, line: line, bytes: bytes, decoder: decoder)
                }
                let frame =
                  readsQuestions
                  ? questions.reading(
                    fixedOr: questionField.map { decoded.string(member: $0) })
                  : SurveyQuestion.open
                (score, explanation) =
                  needsTokens
                  ? scorer.score(tokenized, explain: explain, question: frame)
                  : scorer.score(text: decoded.text, explain: explain)
                record = decoded
              }
              // The record is written straight into the batch's output (no copy per line), by a
              // writer local to the call: one captured by the closure would live in a box, and each
              // call on it would check exclusivity at run time.
              var writer = JSONWriter(capacity: 0)
              swap(&writer.bytes, &output)
              defer { swap(&writer.bytes, &output) }
              let replaced = writer.beginCarriedRecord(
                record, flat: flat, in: bytes, line: line, replacing: ownKeys, ownNames: ownNames)
              if replaced > 0 { counter.add("overwritten") }
              if score.pos == 0 && score.neu == 0 && score.neg == 0 { counter.add("nothing to score") }
              if readsQuestions, let reading = scorer.lastQuestionReading { counter.add(reading.rawValue) }
              scratch.labels[score.label.countIndex] += 1
              if tokenized.repairs.contains(.mojibake) { counter.add(Self.mojibakeCounter) }
              if notesLanguages, scorer.scoredTextMayBeNonEnglish, let language = LanguageHint.nonEnglish(tokenized) {
                counter.add(Self.languagePrefix + language)
              }
              writer.sentimentMember(score)
              if let explanation {
                writer.key("explain")
                writer.explanation(explanation)
              }
              writer.endObject()
              writer.bytes.append(0x0A)
            }
          }
        },
        write: { try sink.write($0) }, flush: { try sink.flush() },
        tooLong: rejected.longLineHandler(keepGoing: keepGoing))
      let replaced = counter["replaced"]
      try sink.commit()
      if let path = rejectOptions.rejects {
        try rejected.write(to: path, against: filesRead + [lines.outputFile])
      }
      let rejects = rejected.count
      let scored = SentimentLabel.countNames.reduce(0) { $0 + counter[$1] }
      if replaced > 0 { printError(replacementNote(replaced)) }
      warnOverwritten(counter["overwritten"], fields: ownKeys)
      noteBlankLines(counter["blank"])
      warnAboutLanguages(counter, prefix: Self.languagePrefix)
      warnAboutMojibake(counter[Self.mojibakeCounter])
      noteQuestionReadings(counter, asked: questionField != nil || question != nil)
      let empty = counter["nothing to score"]
      if empty > 0 {
        printError(
          "\(empty) text(s) had nothing to score (empty, null, or only spaces and punctuation): labelled neutral, with pos, neu and neg 0"
        )
      }
      if let manifest {
        try ManifestFile(path: manifest, started: started).write(
          input: ("texts", lines.input),
          resources: RunManifest.resources(sentiment: model, codebook: nil, codebookPath: nil),
          settings: [
            // The thresholds change the labels (QA review 32, L2: only the command line had them).
            ("profile", model.profile.rawValue), ("thresholds", sentimentOptions.thresholds),
            ("explain", String(explain)), ("jsonl", String(lines.jsonl)),
            ("text_field", lines.textField),
          ] + (questionField.map { [("question_field", $0)] } ?? []) + (question.map { [("question", $0)] } ?? []),
          counts: [("texts", scored)]
            + SentimentLabel.countNames.map {
              ($0, counter[$0])
            } + [("nothing_to_score", empty), ("replaced", replaced), ("blank", counter["blank"])]
            + (questionField != nil || question != nil
              ? [
                ("bare_answers", counter[QuestionReading.bareAnswer.rawValue]),
                ("mentions", counter[QuestionReading.mention.rawValue]),
                ("requests", counter[QuestionReading.request.rawValue]),
                ("declines", counter[QuestionReading.decline.rawValue]),
              ] : [])
            + (keepGoing ? [("rejected", rejects)] : []),
          output: lines.output.map { ("scored", $0) }, streamed: sink.streamedOutput(role: "scored"),
          others: rejectOptions.rejects.map { [("rejects", $0)] } ?? [], readFrom: reader)
      }
      if keepGoing {
        printError(
          rejectOptions.summary(
            read: reader.lineNumber, written: scored, verb: "scored", rejected: rejects, blank: counter["blank"]))
      }
      try rejectOptions.checkLimit(limit, rejected: rejects, of: scored + rejects, file: lines.input)
    } catch {
      throw rejected.exit(for: error, keepGoing: keepGoing, output: lines.output, otherwise: cliExit)
    }
  }
}

extension Score {
  /// The counter of texts with mojibake (`TextRepairs.mojibake`).
  static let mojibakeCounter = "mojibake"

  /// Counter names of `LanguageHint` guesses.
  static let languagePrefix = "language\t"
}

/// Warns that `count` texts held mojibake, read as the characters it garbles (`Mojibake`).
func warnAboutMojibake(_ count: Int) {
  guard count > 0 else { return }
  printError(
    "warning: \(count) text(s) hold mojibake, UTF-8 once read as Windows-1252 (\"donâ€™t\" for \"don’t\", "
      + "\"cafÃ©\" for \"café\"): they were scored as the characters it garbles, and their text is written as "
      + "it was read; the file was probably saved from a spreadsheet in a legacy encoding: export it again as UTF-8")
}

/// Says on standard error how many texts look like they are in another language than English
/// (counted under `prefix` + the language), which the English lexicons score poorly (QA review 16:
/// "Die App ist super" was negative through the English "die").
func warnAboutLanguages(_ counter: SharedCounter, prefix: String) {
  let counts = counter.snapshot.filter { $0.name.hasPrefix(prefix) }.map {
    (name: String($0.name.dropFirst(prefix.count)), count: $0.count)
  }
  guard let (total, list) = LanguageHint.tally(counts) else { return }
  printError(
    "warning: \(total) text(s) look like they are not in English (\(list)); the shipped lexicons are English, so "
      + "their scores say little (a German \"die\" reads as the English word); check them with --explain, or "
      + "score them with a lexicon of their language (--lexicon)")
}

/// One score worker's reusable buffers, kept in a class rather than in `var`s captured by the
/// worker closure: captured `var`s live in boxes whose every access is checked for exclusivity at
/// run time (a thread-local lookup each). A worker runs on one thread and never re-enters itself,
/// so the check is left out (`@exclusivity(unchecked)`).
private final class ScoreScratch {
  @exclusivity(unchecked) var tokenized = TokenizedText()
  @exclusivity(unchecked) var flat = FlatJSONObject()
  /// Texts per label (`SentimentLabel.countIndex`), added to the run's counter when the worker is
  /// released (after the run), so no lock is taken per text.
  @exclusivity(unchecked) var labels = [0, 0, 0]
  private let counter: SharedCounter

  init(into counter: SharedCounter) { self.counter = counter }

  /// Calls `body` with the worker's buffers, in place.
  @inline(__always)
  func withBuffers<Result>(_ body: (inout TokenizedText, inout FlatJSONObject) throws -> Result) rethrows -> Result {
    try body(&tokenized, &flat)
  }

  deinit {
    for (name, count) in zip(SentimentLabel.countNames, labels) { counter.add(name, count) }
  }
}

extension SentimentLabel {
  /// The manifest's count names (the labels), in `countIndex` order.
  static let countNames = allCases.map(\.rawValue)

  /// The label's place in `countNames`.
  var countIndex: Int {
    switch self {
    case .positive: 0
    case .neutral: 1
    case .negative: 2
    }
  }
}
