import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The state one import shares between the format readers and the caller: counts, rejects, the
/// record consumer. Format readers only say "this respondent answered this open-ended question
/// with this text"; the context applies `--question`, blank handling, duplicate ids and
/// accounting.
final class ImportContext {
  /// The input's name in messages and rejects (`-` for standard input).
  let path: String
  /// The file actually read: `path`, or a private copy of a non-seekable input.
  let sourcePath: String
  let options: ImportOptions
  var summary = ImportSummary()
  var warnings: [String] = []
  private var questionsSeen: Set<String> = []
  /// The question `noteQuestion` saw last.
  private var lastNotedQuestion: String?
  /// The `--question` names that were found in the input (answered, blank or not shown).
  private(set) var questionsFound: Set<String> = []
  private let questionFilter: Set<String>
  private let body: (SurveyRecord) throws -> Bool
  private let onReject: (ImportReject) -> Void
  private let onProgress: ((Int64, Int) -> Void)?
  private var recordIDs: RecordIDSet
  private var notedSaturation = false
  private var notedQuestionCap = false
  /// Where the current file position comes from (for progress).
  var bytesSource: () -> Int64 = { 0 }
  /// The line of the piece being read (for duplicate-id rejects).
  var lineSource: () -> Int = { 0 }
  /// The file the records come from when it is not `path` (Triple-S: the data file); rejects of
  /// data records name it.
  var recordFile: String?
  /// The open-ended answers a row or response holds, as far as the reader knows (1 when it does
  /// not): a rejected whole row adds them to `summary.answersInRejectedRows`.
  var answersPerRow = 1
  /// The companion files the read used (a mapping, a .qsf, a .lss, a Triple-S data file), hashed.
  private(set) var companions: [CompanionInput] = []
  /// JSONL: the work done on the answer-field list (`AnswerFields.steps`), once the file is read;
  /// a test checks that it grows with the lines and members, not with their product.
  var answerFieldSteps = 0
  /// Set when the consumer asked to stop.
  private(set) var stopped = false
  /// Whether a respondent id may head one record only (a Qualtrics `<Response>`, a LimeSurvey
  /// `<row>`, a Triple-S or CSV row): a later record with an id already seen comes from a
  /// duplicated or concatenated export, and its answers are rejected rather than merged into the
  /// first respondent's (QA review 23). Elsewhere (JSONL, whose long form has a line per answer; a
  /// generic mapping) the answers are kept and `noteReappearedRespondents` counts such ids.
  var respondentsAreUnique = false
  /// In the current record, under `respondentsAreUnique`: the line where its respondent was
  /// first seen, when that was in an earlier record (every answer of the record is rejected).
  private var duplicateRecord: Int?
  /// Respondent ids met again in a later record, and the first such.
  private var reappeared = (count: 0, respondent: "", line: 0, firstLine: 0)

  init(
    path: String, sourcePath: String? = nil, options: ImportOptions, body: @escaping (SurveyRecord) throws -> Bool,
    onReject: @escaping (ImportReject) -> Void, onProgress: ((Int64, Int) -> Void)?
  ) {
    self.path = path
    self.sourcePath = sourcePath ?? path
    self.options = options
    self.questionFilter = Set(options.questions)
    self.body = body
    self.onReject = onReject
    self.onProgress = onProgress
    self.recordIDs = RecordIDSet(limit: options.duplicateCheckLimit)
  }

  /// Records a companion file the read uses (`CompanionInput`), hashing `source` when the file was
  /// read through a private copy.
  func recordCompanion(role: String, path: String, readFrom source: String? = nil) throws(ImportError) {
    companions.append(try CompanionInput.hashing(role: role, path: path, readFrom: source))
  }

  /// Records a companion file the read uses, hashed as it was loaded.
  func recordCompanion(_ companion: CompanionInput) {
    companions.append(companion)
  }

  /// CSV and JSONL respondent ids that had white space around them, and the line of the first.
  private var paddedIDs = (count: 0, first: 0)

  /// A CSV or JSONL respondent id without leading and trailing spaces, tabs and line ends, as the
  /// XML readers and Triple-S take theirs (QA review 20: "1", " 1" and "1 " were three
  /// respondents in a CSV, one in XML, and an Excel-padded duplicate passed the duplicate check).
  /// `notePaddedIDs` says how many were trimmed.
  func respondentID(_ raw: String, line: Int) -> String {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    guard let first = raw.utf8.first, let last = raw.utf8.last, isSpace(first) || isSpace(last) else { return raw }
    let id = raw.trimmed
    // A blank id is rejected as empty by the caller, not kept trimmed.
    if !id.isEmpty && id.utf8.count != raw.utf8.count {
      if paddedIDs.count == 0 { paddedIDs.first = line }
      paddedIDs.count += 1
    }
    return id
  }

  /// Stops the import (exit 65) when the duplicate-id check reached its memory bound at `line`,
  /// unless the user accepted an incomplete check, which is then noted (review h42: a doubled
  /// export of 200,000 respondents passed with a note, 62,127 ids written twice).
  private func noteSaturation(line: Int) throws(ImportError) {
    let bound =
      "the duplicate-id check reached its memory bound (\(RecordIDSet.respondentLimit) respondents, or "
      + "\(RecordIDSet.overflowLimit) answers to questions past the 64th)"
    guard options.allowUncheckedDuplicates else {
      throw .unsupportedAt(
        path: recordFile ?? path, line: line, column: 0,
        message:
          "\(bound), so a duplicate past this point could not be detected: split the export and import "
          + "the parts (check their ids against each other), or give --allow-unchecked-duplicates to import the rest "
          + "without that check")
    }
    note("\(bound) at line \(line); a duplicate beyond it is not detected (--allow-unchecked-duplicates)")
  }

  /// Notes, once the input is read, how many respondent ids `respondentID` trimmed.
  func notePaddedIDs() {
    guard paddedIDs.count > 0 else { return }
    note(
      "\(paddedIDs.count) respondent id(s) had spaces, tabs or line ends around them, first at line "
        + "\(paddedIDs.first); they were trimmed, as XML and Triple-S ids are (\" 1\" and \"1\" are one respondent)")
  }

  /// Whether `question` is wanted (every question when no `--question` was given).
  func wants(_ question: String) -> Bool { questionFilter.isEmpty || questionFilter.contains(question) }

  /// Accounts for one respondent: a record begins. `counted: false` leaves the count to
  /// `countRespondent` (JSONL, where a respondent may span records).
  func beginRespondent(counted: Bool = true) {
    if counted { summary.respondents += 1 }
    recordIDs.beginRecord()
    duplicateRecord = nil
    if let onProgress, summary.respondents & 1023 == 0 { onProgress(bytesSource(), summary.records) }
  }

  /// Counts `respondent`, first seen at `line`, when it was not seen before (JSONL: review h42,
  /// three lines of two respondents were "3 respondent(s)"). Exact while the duplicate-id check
  /// keeps every respondent.
  func countRespondent(_ respondent: String, line: Int) {
    if recordIDs.addRespondent(respondent, line: line) { summary.respondents += 1 }
  }

  /// Whether `respondent` (counted by `countRespondent`) reaches its answers for the first time.
  func reachesAnswersFirstTime(_ respondent: String) -> Bool { recordIDs.markAnswering(respondent) }

  /// When set (JSONL), the (respondent, question) pairs answered, by question: a present cell whose
  /// pair is new (a record, a blank or a rejected answer), so that not-shown cells can be counted
  /// per respondent at the end.
  var answeredPairs: [String: Int]?

  /// Counts a present cell that was rejected (not a string, too large) as its pair answered.
  func noteRejectedCell(respondent: String, question: String, line: Int) {
    guard answeredPairs != nil, wants(question),
      Self.isNewPair(recordIDs.check(respondent: respondent, question: question, line: line), respondent, question)
    else { return }
    answeredPairs![question, default: 0] += 1
  }

  /// Whether the (respondent, question) pair `check` was given is a cell not met before: `check`
  /// found nothing, or only another pair whose id is written the same (a rejected clash, whose
  /// cell is present; review h43: it was counted as rejected and as not shown too).
  private static func isNewPair(_ found: RecordIDSet.Earlier?, _ respondent: String, _ question: String) -> Bool {
    guard let found else { return true }
    return found.respondent != respondent || found.question != question
  }

  /// Notes, once the input is read, how many records continued a respondent of an earlier record
  /// (formats where that may be meant: `respondentsAreUnique` is false).
  func noteReappearedRespondents() {
    guard reappeared.count > 0 else { return }
    note(
      "\(reappeared.count) record(s) had the respondent id of an earlier record, first \(reappeared.respondent) "
        + "at line \(reappeared.line) (first seen at line \(reappeared.firstLine)); their answers were kept under "
        + "that respondent: check the input if each record should be a respondent of its own")
  }

  /// Accounts for an open-ended cell that the export leaves out (not shown to the respondent).
  /// `known` says whether the format knows the question exists (LimeSurvey's field list) rather
  /// than only that this respondent lacks it (a JSONL member that is absent). `count` cells at once
  /// (a reader that learns only at the end how many respondents lacked a question).
  func notShown(question: String, known: Bool = true, count: Int = 1) {
    guard wants(question), count > 0 else { return }
    noteQuestion(question)
    if known && !questionFilter.isEmpty { questionsFound.insert(question) }
    summary.notShown += count
  }

  /// Hands one open-ended answer on. `blank` forces blank status (Qualtrics `-99`); otherwise an
  /// answer that is empty or made only of white space (`isBlank`) is blank. An answer whose id (`respondent:question`)
  /// was already handed out is rejected (naming the line where the respondent first appeared),
  /// because `validate` and `code` join on id. The id compared is the string written: respondent
  /// `x` with question `a:b` and respondent `x:a` with question `b` clash (QA review 20). Returns false when the consumer wants to stop.
  /// A respondent whose id already headed an earlier record is rejected under
  /// `respondentsAreUnique` and counted for `noteReappearedRespondents` otherwise; `longForm` says
  /// the record is one answer with its question (JSONL's long form), which may continue any
  /// respondent.
  @discardableResult
  func answer(
    respondent: String, question: String, questionText: String?, text: String, meta: RowMeta,
    blank forcedBlank: Bool = false, longForm: Bool = false
  ) throws -> Bool {
    guard wants(question) else { return true }
    noteQuestion(question)
    if !questionFilter.isEmpty { questionsFound.insert(question) }
    let line = lineSource()
    // Whether the respondent already had an earlier record (read before `check` adds this answer).
    // A long-form line (one answer with its question, as `import` writes) may continue any respondent.
    let earlierRecord = longForm ? nil : recordIDs.reappearance(of: respondent) ?? duplicateRecord
    let found = recordIDs.check(respondent: respondent, question: question, line: line)
    if !longForm, answeredPairs != nil, Self.isNewPair(found, respondent, question) {
      answeredPairs![question, default: 0] += 1
    }
    if recordIDs.saturated && !notedSaturation {
      notedSaturation = true
      try noteSaturation(line: line)
    }
    if respondentsAreUnique, let earlierRecord { duplicateRecord = earlierRecord }
    // A reappearing respondent of a format whose respondents are unique (a CSV row) is rejected as
    // such even where the id is also taken: "already answered feedback" was untrue when the first
    // record's feedback was blank (QA review 31, L13).
    if let first = found, !(respondentsAreUnique && earlierRecord != nil && first.respondent == respondent) {
      let reason =
        first.respondent == respondent
        ? "duplicate id \"\(respondent):\(question)\": respondent \(respondent) already answered \(question) (respondent first seen at line \(first.line))"
        : "duplicate id \"\(respondent):\(question)\": respondent \(respondent)'s answer to \(question) has the same id as "
          + "respondent \(first.respondent)'s answer to \(first.question) (respondent \(first.respondent) first seen at line "
          + "\(first.line)): the id joins respondent and question with \":\", so a \":\" in either can make two ids "
          + "equal; rename the column or the respondent id"
      try reject(line: line, respondent: respondent, question: question, reason: reason)
      return !stopped
    }
    if let earlierRecord {
      if respondentsAreUnique {
        try reject(
          line: line, respondent: respondent, question: question,
          reason:
            "duplicate respondent \"\(respondent)\": it already has an earlier record (first seen at line "
            + "\(earlierRecord)); two records with one id come from a duplicated or concatenated export, so this "
            + "record's answers are not merged into the first one's")
        return !stopped
      }
      if reappeared.count == 0 { reappeared = (0, respondent, line, earlierRecord) }
      reappeared.count += 1
    }
    let blank = forcedBlank || Self.isBlank(text)
    if blank {
      summary.blank += 1
      guard options.keepBlank else { return true }
    }
    var record = SurveyRecord(
      // A kept blank answer keeps its white space as typed; a code such as Qualtrics' -99 is no text.
      respondent: respondent, question: question, questionText: questionText, text: forcedBlank ? "" : text,
      meta: meta.members)
    record.encodedMeta = meta.encoded
    if blank { summary.blankWritten += 1 } else { summary.records += 1 }
    if try !body(record) { stopped = true }
    return !stopped
  }

  /// Whether an answer shows nothing: every scalar has the Unicode `White_Space` property (the 25
  /// code points of PropList.txt: tab, line ends, space, U+0085, no-break space U+00A0, U+1680,
  /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, ideographic space U+3000) or is one of the
  /// zero-width format characters U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER and U+FEFF ZERO
  /// WIDTH NO-BREAK SPACE (a stray byte-order mark). Those three are not `White_Space` because they
  /// do not display as a space (U+200B left the property in Unicode 4.0.1), but an answer made
  /// only of them is as empty as one made of spaces. A letter, digit, symbol, emoji or any other
  /// format character (ZWJ, ZWNJ, directional marks) makes the answer non-blank.
  static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      // ASCII without the property lookup (most answers start with a letter): White_Space there is
      // U+0009–U+000D and U+0020.
      if scalar.isASCII { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
      return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{2060}" || scalar == "\u{FEFF}"
    }
  }

  /// Records a rejected piece; without `keepGoing` it ends the import with an error. `file`
  /// defaults to `recordFile`, else `path`; `column` (in characters) places a problem that has a
  /// place in the line, as `file:line:column:` (review h43 B5: "(column 23)" after the reason).
  func reject(
    line: Int, column: Int? = nil, respondent: String? = nil, question: String? = nil, file: String? = nil,
    reason: String
  ) throws(ImportError) {
    let file = file ?? recordFile ?? path
    summary.rejected += 1
    if question != nil { summary.rejectedAnswers += 1 } else { summary.answersInRejectedRows += max(answersPerRow, 1) }
    onReject(
      ImportReject(file: file, line: line, column: column, respondent: respondent, question: question, reason: reason))
    if !options.keepGoing {
      throw .rejected(path: file, line: line, column: column ?? 0, reason: reason, recordsBefore: summary.records)
    }
  }

  func warn(_ message: String) {
    if warnings.count < 50 { warnings.append("\(path): warning: \(message)") }
  }

  /// A line of information for standard error (how the input was read), kept with `warnings`.
  func note(_ message: String) {
    warnings.append("\(path): note: \(message)")
  }

  /// The `--question` names never found in the input, in the order given.
  var questionsNotFound: [String] {
    var reported: Set<String> = []
    return options.questions.filter { !questionsFound.contains($0) && reported.insert($0).inserted }
  }

  /// Distinct questions counted for the summary (memory stays bounded: JSONL may name a new
  /// question on every line).
  static let questionsCounted = 100_000

  private func noteQuestion(_ question: String) {
    // The question of the last answer again (most answers of a JSONL or CSV export): already
    // counted, or already noted as past the cap; no lookup.
    if question == lastNotedQuestion { return }
    lastNotedQuestion = question
    if questionsSeen.count < Self.questionsCounted {
      if questionsSeen.insert(question).inserted { summary.questions += 1 }
    } else if !notedQuestionCap, !questionsSeen.contains(question) {
      notedQuestionCap = true
      note(
        "more than \(Self.questionsCounted) distinct questions: the summary counts the first \(Self.questionsCounted) (memory stays bounded)"
      )
    }
  }
}
