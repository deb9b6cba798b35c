import ArgumentParser
import SurveyImport
import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import open-ended answers from a survey export as JSON Lines.",
    discussion: """
      Reads Triple-S (.sss + data), Qualtrics XML or JSON, LimeSurvey .lsr/.lsa,
      generic XML (with --map), CSV or JSONL and writes one JSON object per
      open-ended answer, in file order (generic XML: in the order the records' end
      tags come):

        {"id": "<respondent>:<question>", "respondent", "question", "question_text"?,
          "text", "meta": {…}}

      XML is streamed with libxml2 in constant memory, without network access, DTD
      loading or entity expansion. A summary (respondents, questions, records,
      blank, not shown, rejected) goes to standard error; respondents are the rows or
      responses read, rejected ones included, and rejects are whole rows or responses
      or single answers (both counted when both occur). Exit status: 0 ok, 2
      usage, 65 bad data, 66 cannot open, 74 I/O error.

      FILE may be - (standard input), a pipe or a FIFO: it is read once into a
      private temporary copy. Every answer is a record, blank (empty,
      whitespace-only, or -99 in a Qualtrics export: XML, or CSV with Qualtrics'
      question-text or ImportId row; counted, and written only with --keep-blank, as
      typed; -99 as empty text), not shown, or rejected. A respondent needs an id
      (CSV rows are numbered only when the file has no id column), taken without the
      spaces, tabs and line ends around it in every format (" 1" and "1" are one
      respondent; a note counts the ids trimmed in CSV and JSONL); a record id
      (respondent:question) seen twice is rejected, naming the first, and so is one
      that another pair writes the same (respondent x with question a:b and x:a with
      b both give x:a:b; the id is compared as written) (the check keeps a 128-bit
      digest of each id, for up to 2,500,000 respondents and 1,000,000 answers to
      questions past the 64th, about 30-60 bytes a respondent; past that bound the
      import stops with exit 65 unless --allow-unchecked-duplicates is given).
      Limits: a field (CSV) or answer (JSONL) of at most 10,000,000 bytes, as for XML
      text; a CSV row or JSONL line of at most 16 MiB; 10,000 attributes per XML
      element, 100,000 fields per record and 100,000 distinct element names per XML
      document (answer members per JSONL file).

      CSV: the open-ended columns are the --question ones, else those ending in _TEXT
      or named text, comment(s), verbatim, feedback, answer or open_end (any case);
      Qualtrics' question-text and ImportId rows (and its legacy layout: V1, V2 … in
      row 1, ResponseID and the question texts in row 2, the ids in V1) and
      SurveyMonkey's second header row ("Open-Ended Response", "Other (please
      specify)" columns) are recognised. Form tools head each answer column with its
      question: name those with --question (the message lists them). Their ids are
      found: SurveyMonkey's "Respondent ID", Alchemer's "Response ID", Microsoft
      Forms' "ID", Jotform's "Submission ID", Typeform's "#"; Google Forms has none,
      so its rows are numbered. Alchemer's "Comments" and "Legacy Comments" are the
      team's notes, kept in meta. A lone CR ends a CSV line only in a file
      whose first line ends in one. JSONL takes its text members by the same names,
      from the first line that has one; a line with a "question" member is one answer
      to that question, in its "text" member, else its one member named so. Other
      members go to meta (an "id" beside "respondent" too, unless it is the record id
      respondent:question that import writes).

      Qualtrics JSON (Export data → JSON, or the API's json/ndjson format: a
      {"responses": […]} document or one response per line; --format qualtrics-json)
      is streamed, also straight out of the ZIP Qualtrics delivers, one response of
      at most 16 MiB in memory at a time; its answers
      are the "values" members the XML export's rules name (…_TEXT, and with --qsf
      text-entry questions and form fields), the other values and the "labels" go to
      meta as JSON, and an open-ended field in "displayedFields" but absent from
      "values" is blank (shown, not answered), one absent from both not shown.
      Qualtrics text-entry form fields (TE/FORM in the --qsf) are text records; boxes
      the --qsf validates as an e-mail, phone, postcode, date or number stay in meta.
      LimeSurvey columns are SGQA names (123456X1X2other) or, from newer LimeSurvey,
      Q names (Q2, Q2_Cother, Q2_S5); text columns missing from <fields> are imported
      with a warning. A dual-scale column keeps LimeSurvey's name (123456X1X2SQ001#0),
      which the .lsr's element names spell with "-". Triple-S marks no variable as open-ended: every character
      variable is taken as one (a note names them), and with --question the others go
      to meta. A generic mapping's text path that repeats in a record gives one
      record per value (question path, path[2], …), and a record nested in another is
      a record of its own, written at its end tag, so before the record around it (a
      record is written once its meta, which may follow, has been read). Markup
      inside an XML answer is dropped; its text pieces are joined with a line break
      (<p>, <br/>, <li> or any other element) except around HTML's inline elements
      (<b>, <i>, <em>, <span>, <a> …). A forced --format must match the document's
      root element.

      Without --keep-going the first bad piece (a response without id, a CSV row of
      the wrong width) stops the import; with it, bad pieces are listed in --rejects
      and the import goes on, and after a fatal XML error the records before it are
      kept (the exit status is still 65, as when every piece was rejected and nothing
      imported). With -o, the output file is only left in place when the import
      succeeded or --keep-going was given. --max-rejects 10 (or 1%) goes on as
      --keep-going does and then exits 65 when more pieces than that were rejected (a
      gate for pipelines; the records read are still written). A percentage is of the
      answers: a rejected row or response counts as the open-ended answers it held
      (its text columns; 1 for an XML response).

      Examples:
        verbatim import responses.xml --qsf survey.qsf -o answers.jsonl
        verbatim import responses.json --qsf survey.qsf -o answers.jsonl
        verbatim import survey.sss --data survey.asc
        verbatim import export.lsr --lss survey.lss --keep-blank
        verbatim import answers.csv --max-rejects 1% --rejects bad.jsonl \\
          -o answers.jsonl
      """)

  @Argument(help: "The survey export, or - for standard input.")
  var file: String

  @OptionGroup var importOptions: ImportOptionGroup

  @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
  var output: String?

  /// The message of a run that went past `--max-rejects` (the records read are kept, as under
  /// --keep-going); `counted` says what was counted ("3 of 40 piece(s) rejected",
  /// `RejectLimit.counted(in:)`).
  static func tooManyRejects(_ counted: String, limit: RejectLimit, file: String, rejects: String?) -> String {
    "\(file): \(counted), more than --max-rejects \(limit) allows"
      + (rejects.map { " (listed in \($0))" } ?? " (list them with --rejects FILE)")
      + "; the records read were written"
  }

  func run() throws {
    let options = try importOptions.makeOptions()
    let limit = try importOptions.rejectLimit()
    let rejects = importOptions.rejects
    // Written to a temporary file and renamed on success (`OutputSink.commit()`), so a failed
    // import leaves no half file and an earlier OUTPUT as it was.
    do {
      let reader = try SurveyReader(path: file, options: options)
      // Found once: it lists the export's folder and reads a Triple-S export's head.
      let inputs = [RunFile.input(file)] + importOptions.filesRead(besides: file)
      // The rejects file first: refusing it (it names an input or the output) leaves no temporary
      // file.
      let rejectSink = try rejects.map {
        try OutputSink(path: $0, option: "--rejects", against: inputs + [.output(output, option: "-o")])
      }
      let sink = try OutputSink(path: output, against: inputs)
      var rejectWriter = JSONWriter(capacity: 256)
      var rejectError: (any Error)?
      reader.onReject = { reject in
        guard let rejectSink else { return }
        rejectWriter.reset()
        reject.write(to: &rejectWriter)
        do { try rejectSink.writeLine(rejectWriter) } catch { rejectError = error }
      }
      var info = stat()
      let total = stat(file, &info) == 0 ? Int64(info.st_size) : 0
      let progress = isatty(2) == 1 ? ProgressLine(totalBytes: total) : nil
      if let progress { reader.onProgress = { progress.update(bytes: $0, records: $1) } }
      var writer = JSONWriter(capacity: 4096)
      do {
        try reader.forEachRecord { record in
          writer.reset()
          record.write(to: &writer)
          try sink.writeLine(writer)
          return true
        }
      } catch {
        progress?.finish()
        try? sink.flush()
        // The notes and warnings gathered before the error say what was read (which .lss was
        // used, a refused entity); they were shown only with --keep-going (QA review 38).
        for warning in reader.warnings { printError(warning) }
        throw error
      }
      progress?.finish()
      try sink.flush()
      try rejectSink?.flush()
      if let rejectError { throw rejectError }
      try rejectSink?.commit()
      try sink.commit()
      for warning in reader.warnings { printError(warning) }
      printError(reader.summary.description)
      if let error = reader.summary.error {
        throw fail(error.description + " (kept the records before it: --keep-going)", status: error.exitStatus)
      }
      // --keep-going goes on past bad pieces; when nothing but bad pieces came, the import failed
      // (QA review 13: exit 0 with every record rejected).
      let summary = reader.summary
      if summary.records == 0 && summary.rejected > 0 {
        let blanks =
          summary.blank > 0 ? ", and \(summary.blank) blank answer(s) were not written (--keep-blank writes them)" : ""
        throw fail(
          "\(file): nothing was imported: \(summary.rejected) piece(s) were rejected\(blanks)"
            + (rejects.map { " (listed in \($0))" } ?? " (list them with --rejects FILE)"), status: .dataError)
      }
      if let limit, limit.isExceeded(by: summary) {
        throw fail(
          Self.tooManyRejects(limit.counted(in: summary), limit: limit, file: file, rejects: rejects),
          status: .dataError)
      }
    } catch let error as ImportError {
      throw fail(error.description, status: error.exitStatus)
    } catch let error as ExitCode {
      throw error
    } catch {
      throw cliExit(for: error)
    }
  }
}
