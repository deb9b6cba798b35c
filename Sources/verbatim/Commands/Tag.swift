import ArgumentParser
import CodebookArchive
import Pipeline
import Sentiment
import Synchronization
import Taxonomy
import Tokenization
import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct TagCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag",
    abstract: "Tag texts with the codes of a codebook (multi-label, with evidence).",
    discussion: """
      Reads one text per line (or, with --jsonl, one JSON object per line with
      "text" and an optional "id"; other fields are carried through) and writes one
      JSON object per input line with the input's id (and fields) and
        "tags": [{"code", "label", "sentiment"?: {"label", "compound"},
                   "implied"?: true,
                  "evidence": [{"start", "end", "rule"}]}]
      Offsets count Unicode code points. Uncoded texts get "tags": []; a coverage
      line goes to standard error. Rules with meta.FIELD conditions read FIELD from
      the record's "meta" object, else from its top-level fields; rules with
      QUESTION(…) read the survey question the answer replies to, given by
      --question-field NAME (JSONL) or --question TEXT (without one they do not
      hold: "Yes" alone is about nothing); a bare answer's per-tag sentiment reads
      the question too, as `code` does ("No" to "Would you recommend us?" is
      negative; the default profile only). An input field
      named "tags" is replaced, with a warning. Records whose id repeats an earlier
      record's are tagged and written as they are, with a note on standard error
      (how many, and the first id and line; the first million lines are checked).
      Ids are compared as `agree`, `gate` and `sample` join them: a number by its
      integer's digits when it is integral (1, 1.0 and 1e0 are one id, as is "1").

      --explain adds "withheld": the tags whose rules held but that were not
      assigned, each with "reason" (excluded, min-evidence, more-specific,
      longest-match), a "detail" sentence, "by" (the tags that won) or
      "exclusion" ({"number", "rule", "evidence"}), and the tag's own "evidence";
      and the tags none of whose rules held only because a rule's own NOT matched
      (reason "not", with "not": {"number", "rule", "evidence"}: the rule, and
      where its NOT matched).

      The default codebook is the shipped customer-feedback codebook (see
      `verbatim taxonomy`).

      \(LineRejectOptions.stopHelp(verb: "tagged"))

      Exit status: 0 ok (rejected lines under --keep-going included), 2 usage,
      65 bad data (a malformed JSON line or invalid UTF-8 without --keep-going,
      more rejects than --max-rejects allows, an invalid codebook), 66 when the
      input or the codebook cannot be opened, 74 for an I/O error (reading, or
      writing standard output).

      Example:
        echo 'Waited 40 minutes on hold and the refund never came' \\
          | verbatim tag --imply-parents
      """)

  @OptionGroup var lines: TextLineOptions

  @Option(help: "Codebook YAML file (default: the shipped customer-feedback codebook).")
  var taxonomy: String?

  @Flag(help: "Also assign the parents of assigned tags (marked \"implied\": true when no own rule matched).")
  var implyParents = false

  @Option(parsing: .unconditional, help: "Minimum number of distinct (non-overlapping) evidence spans a tag needs.")
  var minEvidence = 1

  @Flag(
    help: "Keep phrase occurrences that lie inside longer ones claimed by another tag (default: longest match).")
  var allMatches = false

  @Flag(
    help:
      "Keep a tag whose rules matched when one of its descendants is assigned too (default: the most specific tag, as a parent is for \"when no more specific tag fits\")."
  )
  var keepParents = false

  @Flag(help: "Leave out the per-tag sentiment.")
  var noSentiment = false

  @Flag(
    help:
      "Also write \"withheld\": the tags whose rules held but that an exclusion, --min-evidence, a more specific tag or a longer phrase kept off."
  )
  var explain = false

  @Option(
    help: ArgumentHelp(
      "The JSONL field that holds each answer's survey question, which the codebook's QUESTION(…) rules read (a \"Yes\" to \"Would you recommend us?\" is about recommending).",
      valueName: "name"))
  var questionField: String?

  @Option(
    help: ArgumentHelp(
      "The survey question every line answers, which the codebook's QUESTION(…) rules read.", valueName: "text"))
  var question: String?

  @OptionGroup var sentimentOptions: SentimentOptionGroup

  @OptionGroup var rejectOptions: LineRejectOptions

  @Option(parsing: .unconditional, help: "Worker threads (default: all cores).")
  var threads: Int?

  @Option(
    help: ArgumentHelp(
      "Also write a run manifest (JSON) to this file: tool, ICU and Unicode versions, the command, the input's and the output's size and SHA-256, the codebook and every lexicon with their SHA-256, counts and times.",
      valueName: "file"))
  var manifest: String?

  /// The members `tag` writes into each record ("withheld" with --explain only).
  static let ownFields = ["tags", "withheld"]
  /// The counter key prefix of a pattern that gave up at ICU's time limit.
  static let timedOutPrefix = "timed out pattern "

  func validate() throws {
    try lines.check(ownFields: Self.ownFields)
    try checkThreads(threads)
    // The question serves the codebook's rules, not the sentiment: any profile.
    try checkQuestionOptions(
      field: questionField, question: question, jsonl: lines.jsonl, profile: "default", ownFields: Self.ownFields)
  }

  func run() throws {
    let started = RunManifest.now()
    guard minEvidence >= 1 else { throw fail("--min-evidence must be at least 1", status: .usage) }
    let filesRead = [lines.inputFile, .read(taxonomy, option: "--taxonomy")] + sentimentOptions.filesRead
    let limit = try rejectOptions.rejectLimit()
    try ManifestFile.check(manifest, against: filesRead + [lines.outputFile, rejectOptions.rejectsFile])
    try rejectOptions.check(against: filesRead + [lines.outputFile])
    lines.noteInput()
    // Lines that are no usable record, and blank ones (`LineRejects`).
    let rejected = LineRejects(source: lines.input)
    let keepGoing = rejectOptions.goesOn
    do {
      let compiled = try compileCodebook(taxonomy)
      let options = TaggingOptions(
        impliedParents: implyParents, minimumEvidence: minEvidence, longestMatch: !allMatches,
        mostSpecific: !keepParents)
      // Per-tag (aspect) sentiment: the sentiment of the clauses that hold each tag's evidence.
      let model = noSentiment ? nil : try sentimentOptions.makeModel()
      let metadataKeys = compiled.metadataKeys
      let reader = try lines.openReader()
      let sink = try OutputSink(path: lines.output, against: filesRead)
      if manifest != nil {
        sink.recordDigest()
        reader.recordDigest()
      }
      let decoder = lines.decoder()
      let counter = SharedCounter()
      // Plain text has no ids but line numbers, which cannot repeat.
      let repeats = lines.jsonl ? RecordIDRepeats() : nil
      let idName = Array("id".utf8)
      let questionName = questionField.map { Array($0.utf8) }
      let fixedQuestion = question
      let fixedFrame = question.map { SurveyQuestion($0) }
      let readsFrames = model?.profile == .default && (questionField != nil || question != nil)
      // JSONL lines of the common flat shape are read in place (`TextRecordDecoder.flatText`, as in
      // `score` and `code -`) when no `meta.` condition needs the parsed members.
      let readsFlatLines = metadataKeys.isEmpty
      let ownKeys = explain ? Self.ownFields : ["tags"]
      let ownNames = ownKeys.map { Array($0.utf8) }
      try ParallelLineProcessor(threads: threads ?? availableCores()).run(
        reader: reader,
        makeWorker: {
          // One tokenizer, scorer, tagger and tally per thread.
          let tally = TagTally(into: counter, repeats: repeats)
          let tokenizer = try Tokenizer()
          let scorer = model.map { SentimentScorer(model: $0) }
          let tagger = try Tagger(compiled, scorer: scorer, options: options)
          // A bare answer's per-tag sentiment reads the question's frame, as in `code`: "No" to
          // "Would you recommend us?" is negative (the default profile only; vader reads none).
          let frames = readsFrames ? QuestionFrames(fixed: fixedFrame) : nil
          var tokenized = TokenizedText()
          var writer = JSONWriter(capacity: 4096)
          var flat = FlatJSONObject()
          return { bytes, line, output in
            if decoder.isBlankJSONLine(bytes) {
              rejected.addBlank(line)
              return counter.add("blank")
            }
            // Nil when the line was read in place as a flat object (`flat` holds its members).
            var record: TextRecord?
            if readsFlatLines, let text = decoder.flatText(bytes, into: &flat) {
              try tokenizer.tokenize(validUTF8: UnsafeBufferPointer(rebasing: bytes[text]), into: &tokenized)
            } else {
              let decoded: TextRecord
              let replacements: Int
              do {
                (decoded, replacements) = try decoder.decode(bytes, line: line)
              } catch let error as InputError where keepGoing {
                return rejected.add(error, line: line, bytes: bytes, decoder: decoder)
              }
              tally.replaced += replacements
              try tokenizer.tokenize(decoded.text, into: &tokenized)
              record = decoded
            }
            if repeats != nil {
              // As the output writes it: a record without an id gets its line number. A flat
              // line's id (a string, a number …) is read in place, as the general path reads it;
              // it is a number when it is no string (`true`, `false` and `null` are no number
              // `add` reads as one).
              if let record {
                let number: Bool
                if case .number = record.id { number = true } else { number = false }
                tally.ids?.add(record.id.identifierText, number: number, line: line)
              } else if let id = flat.identifierText(of: idName, in: bytes) {
                tally.ids?.add(id, number: flat.stringContents(of: idName, in: bytes) == nil, line: line)
              } else {
                tally.ids?.add(String(line), number: true, line: line)
              }
            }
            var metadata =
              metadataKeys.isEmpty || record == nil
              ? RuleMetadata() : RuleMetadata(members: record!.members, keys: metadataKeys)
            if let questionName, let questionField {
              // The record's question, as `score --question-field` reads it.
              metadata.question =
                record.map { $0.string(member: questionField) } ?? flat.identifierText(of: questionName, in: bytes)
            } else if let fixedQuestion {
              metadata.question = fixedQuestion
            }
            // The text's sentiment read through its question's frame, which a tag whose evidence
            // spans every sentence takes (`Tagger.tag(_:metadata:textSentiment:)`); nil for an
            // open question (each tag's clauses are scored as they are). The tags' own scores of
            // the same text then reuse its lexicon lookups, as in `CodingWorker`.
            var textSentiment: (label: String, compound: Double)?
            var reusesLookups = false
            if let frames, let scorer {
              let frame = frames.reading(fixedOr: .some(metadata.question))
              if !frame.isOpen {
                scorer.beginReusingLookups(of: tokenized)
                reusesLookups = true
                let score = scorer.score(tokenized, explain: false, question: frame).0
                textSentiment = (score.label.rawValue, score.compound)
              }
            }
            // Released before the next line is tokenized into the same buffers.
            defer { if reusesLookups { scorer?.endReusingLookups() } }
            let matches: [TagMatch]
            var withheld: [WithheldTag] = []
            let timeouts = tagger.regexTimeouts
            defer {
              if tagger.regexTimeouts != timeouts {
                tally.timedOut += 1
                tally.timedOutPatterns.formUnion(tagger.timedOutPatterns)
              }
            }
            do throws(TaxonomyError) {
              if explain {
                (matches, withheld) = try tagger.explain(tokenized, metadata: metadata, textSentiment: textSentiment)
              } else {
                matches = try tagger.tag(tokenized, metadata: metadata, textSentiment: textSentiment)
              }
            } catch {
              guard case .taggingFailed(_, let reason) = error else { throw error }
              let id = record?.id ?? (try? decoder.decode(bytes, line: line).0.id) ?? .int(line)
              throw TaxonomyError.taggingFailed(recordID: "\(id.identifierText) (line \(line))", reason: reason)
            }
            tally.written += 1
            if !matches.isEmpty { tally.tagged += 1 }
            if tokenized.tokens.isEmpty { tally.empty += 1 }
            tally.assignments += matches.count
            swap(&writer.bytes, &output)
            defer { swap(&writer.bytes, &output) }
            let replaced = writer.beginCarriedRecord(
              record, flat: flat, in: bytes, line: line, replacing: ownKeys, ownNames: ownNames)
            if replaced > 0 { counter.add("overwritten") }
            writer.tagsMember(matches)
            if explain { writer.withheldMember(withheld) }
            writer.endObject()
            writer.bytes.append(0x0A)
          }
        },
        write: { try sink.write($0) }, flush: { try sink.flush() },
        tooLong: rejected.longLineHandler(keepGoing: keepGoing))
      try sink.commit()
      if let path = rejectOptions.rejects {
        try rejected.write(to: path, against: filesRead + [lines.outputFile])
      }
      let rejects = rejected.count
      let replaced = counter["replaced"]
      if replaced > 0 { printError(replacementNote(replaced)) }
      warnOverwritten(counter["overwritten"], fields: ownKeys)
      noteBlankLines(counter["blank"])
      if let repeated = repeats?.report() {
        printError(
          "note: \(repeated.count) record(s) repeat an earlier record's id, first \"\(repeated.id)\" at line "
            + "\(repeated.line) (first at line \(repeated.firstLine)"
            + (repeated.firstID != repeated.id
              ? " as \"\(repeated.firstID)\": one number, and one item where `agree` and `gate` join ids" : "")
            + "); each was tagged and written as it is"
            + (reader.lineNumber > RecordIDRepeats.defaultLineLimit
              ? " (ids checked in the first \(RecordIDRepeats.defaultLineLimit) lines)" : ""))
      }
      // QA review 39: a null or empty text was counted as an untagged verbatim without a word.
      let empty = counter["empty"]
      if empty > 0 {
        printError("\(empty) text(s) were empty, null or only spaces: \"tags\": [] (counted below as not tagged)")
      }
      let timedOut = counter["timed out"]
      if timedOut > 0 {
        let patterns = counter.snapshot.map(\.name).filter { $0.hasPrefix(Self.timedOutPrefix) }.sorted()
          .map { "/" + $0.dropFirst(Self.timedOutPrefix.count) + "/" }
        printError(
          "warning: \(regexTimeoutNote(timedOut)), so their tags may be incomplete: "
            + "\(patterns.joined(separator: ", ")) (a pattern that backtracks, or long runs of repeated words; "
            + "`verbatim taxonomy lint` tests the patterns)")
      }
      let records = reader.lineNumber - counter["blank"] - rejects
      let tagged = counter["tagged"]
      let permille = records == 0 ? 0 : (tagged * 1000 + records / 2) / records
      let percent = records == 0 ? "n/a" : "\(permille / 10).\(permille % 10)%"
      printError(
        "coverage: \(tagged) of \(records) verbatims tagged (\(percent)), \(counter["assignments"]) tags assigned")
      if let manifest {
        try ManifestFile(path: manifest, started: started).write(
          input: ("texts", lines.input),
          resources: RunManifest.resources(sentiment: model, codebook: compiled.codebook, codebookPath: taxonomy),
          settings: [
            ("imply_parents", String(implyParents)), ("min_evidence", String(minEvidence)),
            ("thresholds", model == nil ? "none" : sentimentOptions.thresholds),
            ("longest_match", String(!allMatches)), ("most_specific", String(!keepParents)),
            ("sentiment", String(model != nil)), ("explain", String(explain)), ("jsonl", String(lines.jsonl)),
            ("text_field", lines.textField),
          ] + (questionField.map { [("question_field", $0)] } ?? []) + (question.map { [("question", $0)] } ?? []),
          counts: [
            ("verbatims", records), ("tagged", tagged), ("tags", counter["assignments"]), ("replaced", replaced),
            ("blank", counter["blank"]),
          ] + (keepGoing ? [("rejected", rejects)] : []),
          output: lines.output.map { ("tagged", $0) }, streamed: sink.streamedOutput(role: "tagged"),
          others: rejectOptions.rejects.map { [("rejects", $0)] } ?? [], readFrom: reader)
      }
      if keepGoing {
        printError(
          rejectOptions.summary(
            read: reader.lineNumber, written: counter["written"], verb: "tagged", rejected: rejects,
            blank: counter["blank"]))
      }
      try rejectOptions.checkLimit(limit, rejected: rejects, of: records + rejects, file: lines.input)
    } catch {
      throw rejected.exit(for: error, keepGoing: keepGoing, output: lines.output, otherwise: taxonomyExit)
    }
  }
}

/// One worker's counts, added to the shared counter when the worker is released (after the run:
/// the processor's threads have ended), so no lock is taken per record.
private final class TagTally {
  private let counter: SharedCounter
  private let repeats: RecordIDRepeats?
  /// This worker's record ids (JSON Lines only), handed to `repeats` at the end.
  var ids: RecordIDRepeats.Batch?
  var replaced = 0
  var tagged = 0
  /// Records written (tagged or not), for the --keep-going summary.
  var written = 0
  var assignments = 0
  /// Texts with no token (empty, null or only white space).
  var empty = 0
  /// Texts in which a regular expression gave up at its time limit (`Tagger.regexTimeouts`), and
  /// the patterns that did.
  var timedOut = 0
  var timedOutPatterns: Set<String> = []

  init(into counter: SharedCounter, repeats: RecordIDRepeats?) {
    self.counter = counter
    self.repeats = repeats
    ids = repeats?.makeBatch()
  }

  deinit {
    if let repeats, let ids { repeats.merge(ids) }
    counter.add("replaced", replaced)
    counter.add("tagged", tagged)
    counter.add("written", written)
    counter.add("empty", empty)
    counter.add("timed out", timedOut)
    for pattern in timedOutPatterns { counter.add(TagCommand.timedOutPrefix + pattern) }
    counter.add("assignments", assignments)
  }
}

/// Finds record ids that repeat in an input read by several worker threads (review h43: `tag`
/// passed two records with one id through without a word, and a join on the id then mixes them
/// up). Each worker adds the ids of its lines to its own `Batch` and hands it over with `merge`
/// (one lock per worker, not per line); `report` then says, independently of how the lines were
/// shared out, how many records repeat an earlier record's id and which one does first.
///
/// Ids are compared as `agree`, `gate` and `sample` join them (`RatingsReader`, `Sample`): a number
/// id by its integer's digits when it is integral (`JSONValue.integralText(ofNumber:)`), so 1, 1.0,
/// 1e0 and "1" are one id; any other id as written (1.5 and 1.50 are two, as there). Before (brief
/// h61b) 1 and 1.0 were two ids here and one item in `agree`, where their codes then met.
///
/// Memory grows with the lines checked, so only the first `lineLimit` lines are (about 40 bytes a
/// line, more for ids longer than 15 bytes: 40 MB for the default million lines); `Report` says
/// when the input had more.
private final class RecordIDRepeats: Sendable {
  /// The lines checked by default.
  static let defaultLineLimit = 1_000_000

  /// The ids of one worker's lines.
  struct Batch: Sendable {
    var entries: [Entry] = []
    let lineLimit: Int

    /// Adds the id of line `line` (1-based), `id` as `JSONValue.identifierText` writes it and
    /// `number` when it is no JSON string; a line past the limit is not checked.
    mutating func add(_ id: String, number: Bool, line: Int) {
      guard line <= lineLimit else { return }
      guard number, let integral = JSONValue.integralText(ofNumber: id), integral != id else {
        return entries.append(Entry(id: id, written: nil, line: line))
      }
      entries.append(Entry(id: integral, written: id, line: line))
    }
  }

  /// An id compared (`id`), as written when that differs (`written`: "1.0" for the id "1").
  struct Entry: Sendable {
    var id: String
    var written: String?
    var line: Int

    var shown: String { written ?? id }
  }

  /// The outcome: `count` records repeat an earlier record's id; the first of them (by line) has id
  /// `id` at line `line`, first seen at `firstLine` written as `firstID` (another spelling of one
  /// number: "1" for "1.0").
  struct Report: Sendable, Equatable {
    var count: Int
    var id: String
    var line: Int
    var firstLine: Int
    var firstID: String
  }

  /// Lines after this one are not checked.
  let lineLimit: Int
  private let entries = Mutex<[Entry]>([])

  init(lineLimit: Int = RecordIDRepeats.defaultLineLimit) {
    self.lineLimit = lineLimit
  }

  /// An empty batch for one worker.
  func makeBatch() -> Batch { Batch(lineLimit: lineLimit) }

  /// Adds a worker's ids (thread-safe).
  func merge(_ batch: Batch) {
    guard !batch.entries.isEmpty else { return }
    entries.withLock { $0 += batch.entries }
  }

  /// The repeats among the ids merged so far, or nil when every id occurs once. O(n log n) in the
  /// ids checked.
  func report() -> Report? {
    let sorted = entries.withLock { entries in
      entries.sorted { $0.id != $1.id ? $0.id < $1.id : $0.line < $1.line }
    }
    var count = 0
    var first: Report?
    var index = 0
    while index < sorted.count {
      var end = index + 1
      while end < sorted.count && sorted[end].id == sorted[index].id { end += 1 }
      if end - index > 1 {
        count += end - index - 1
        // The group's second line is its first repeat.
        if first.map({ sorted[index + 1].line < $0.line }) ?? true {
          first = Report(
            count: 0, id: sorted[index + 1].shown, line: sorted[index + 1].line, firstLine: sorted[index].line,
            firstID: sorted[index].shown)
        }
      }
      index = end
    }
    first?.count = count
    return first
  }
}

/// Loads and compiles the codebook at `path` (`tag`, `code`, `validate`): the shipped one when nil,
/// from the archive the build embedded (`ShippedCodebook`: the same codebook, its rules parsed at
/// build time).
func compileCodebook(_ path: String?) throws -> CompiledCodebook {
  guard let path else { return try ShippedCodebook.compiled(tokenizer: try Tokenizer()) }
  return try CompiledCodebook(try loadCodebook(path), tokenizer: try Tokenizer())
}
