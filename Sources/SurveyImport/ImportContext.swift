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
  private var recordIDs = RecordIDSet()
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

  /// Notes, once the input is read, how many respondent ids `respondentID` trimmed.
  func notePaddedIDs() {
    guard paddedIDs.count > 0 else { return }
    note(
      "\(paddedIDs.count) respondent id(s) had spaces, tabs or line ends around them, first at line "
        + "\(paddedIDs.first); they were trimmed, as XML and Triple-S ids are (\" 1\" and \"1\" are one respondent)")
  }

  /// Whether `question` is wanted (every question when no `--question` was given).
  func wants(_ question: String) -> Bool { questionFilter.isEmpty || questionFilter.contains(question) }

  /// Accounts for one respondent.
  func beginRespondent() {
    summary.respondents += 1
    recordIDs.beginRecord()
    duplicateRecord = nil
    if let onProgress, summary.respondents & 1023 == 0 { onProgress(bytesSource(), summary.records) }
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
    if recordIDs.saturated && !notedSaturation {
      notedSaturation = true
      note(
        "the duplicate-id check reached its memory bound (the first \(RecordIDSet.respondentLimit) respondents, "
          + "\(RecordIDSet.overflowLimit) answers to questions past the 64th); a duplicate beyond it is not detected")
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
  /// defaults to `recordFile`, else `path`.
  func reject(
    line: Int, respondent: String? = nil, question: String? = nil, file: String? = nil, reason: String
  ) throws(ImportError) {
    let file = file ?? recordFile ?? path
    summary.rejected += 1
    if question != nil { summary.rejectedAnswers += 1 } else { summary.answersInRejectedRows += max(answersPerRow, 1) }
    onReject(ImportReject(file: file, line: line, respondent: respondent, question: question, reason: reason))
    if !options.keepGoing {
      throw .rejected(path: file, line: line, reason: reason, recordsBefore: summary.records)
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

/// The record ids (`respondent:question`) handed out so far, kept exactly so that a duplicate is
/// never missed and never invented.
///
/// Memory grows with the number of distinct respondents, not records: one dictionary entry per
/// respondent (its id string, the line where it first appeared and a bit per question for the
/// first 64 distinct questions); answers to questions beyond the 64th distinct one are kept as
/// whole ids. Measured: about 100 bytes per respondent including the dictionary's growth (a
/// 200 MB Qualtrics-style export with 253,319 respondents peaks at 50 MB instead of 25 MB).
///
/// Peak memory must not depend on the file's size (issue 6: under 64 MB whatever the size), so the
/// set keeps at most `respondentLimit` respondents (about 15 MB): past that, ids of respondents
/// already kept are still checked, new respondents are not kept, and the import says so once on
/// standard error. Survey exports list each respondent's answers together, so a respondent that
/// is not kept still has its own answers checked against each other.
struct RecordIDSet {
  /// Respondents kept for the duplicate check.
  static let respondentLimit = 150_000
  /// Questions given a bit of their own (the first 64) or an index; later ones are checked by
  /// whole id.
  static let questionLimit = 10_000
  /// Whole ids kept for answers to questions past the 64th (review r17a: 500 text columns took
  /// 1.5 GB on a 60 MB CSV).
  static let overflowLimit = 200_000
  private let limit: Int
  private let overflowBound: Int

  init(limit: Int = RecordIDSet.respondentLimit, overflowLimit: Int = RecordIDSet.overflowLimit) {
    self.limit = limit
    self.overflowBound = overflowLimit
  }
  /// Whether the limit was reached (some later duplicates may go unseen).
  private(set) var saturated = false
  private struct Entry {
    var line: Int
    var mask: UInt64
    /// The record (`beginRecord` count) that last answered for the respondent.
    var record: Int
  }
  /// Records begun so far.
  private var record = 0
  /// The respondent `reappearance(of:)` last looked up, in record `record`: the answers of one
  /// record are checked with one string comparison instead of a lookup each.
  private var lastLookedUp = ""
  private var questionIndex: [String: Int] = [:]
  /// The question `insert` looked up last, with its index.
  private var lastQuestion: (question: String, index: Int)?
  private var respondents: [String: Entry] = [:]
  private var overflow: Set<String> = []
  private var lastUnkept: (respondent: String, line: Int, questions: Set<String>)?
  /// The UTF-8 lengths of the respondents kept: bit n for length n, bit 63 for 63 or more (a cheap
  /// filter for `otherSplit`).
  private var respondentLengths: UInt64 = 0

  private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

  /// Starts a new record (a `<Response>`, a row, a JSONL line).
  mutating func beginRecord() {
    record += 1
    lastLookedUp = ""
  }

  /// The line where `respondent` first appeared, when it is kept and last answered in an earlier
  /// record than the current one; nil for a new respondent or one already seen in this record.
  /// Reported once per record (the respondent then belongs to the current record).
  mutating func reappearance(of respondent: String) -> Int? {
    if respondent == lastLookedUp { return nil }
    lastLookedUp = respondent
    guard var entry = respondents[respondent], entry.record != record else { return nil }
    entry.record = record
    respondents[respondent] = entry
    return entry.line
  }

  /// The answer an id was first handed out for: its respondent, its question and the line where
  /// that respondent first appeared.
  struct Earlier: Equatable {
    var respondent: String
    var question: String
    var line: Int
  }

  /// Ids whose parts hold more than this many colons in all are kept whole (`manyColonIDs`)
  /// rather than checked split by split, so the work per answer stays bounded.
  static let splitLimit = 16
  /// Whole ids (`respondent:question`) whose parts hold more than `splitLimit` colons, with
  /// their first answer; bounded by `overflowLimit`.
  private var manyColonIDs: [String: Earlier] = [:]

  /// Adds the id `respondent:question` as written; returns nil when it is new, else the answer
  /// that already had it: the same respondent and question (a duplicate), or, when a part holds a
  /// colon, another respondent and question that join to the same string (`x` + `a:b` and `x:a` +
  /// `b` both give `x:a:b`; QA review 20). A clash is found by looking up every other way to
  /// split the id at a colon, so memory still grows with respondents, not answers; the bounds
  /// are those of `insert`. A clashing answer is not added.
  mutating func check(respondent: String, question: String, line: Int) -> Earlier? {
    var respondent = respondent
    var question = question
    let inRespondent = Self.colonOffsets(&respondent)
    let inQuestion = Self.colonOffsets(&question)
    let colons = inRespondent.count + inQuestion.count
    if colons > Self.splitLimit {
      let id = respondent + ":" + question
      if let first = manyColonIDs[id], first.respondent != respondent { return first }
      if manyColonIDs[id] == nil {
        if manyColonIDs.count < overflowBound {
          manyColonIDs[id] = Earlier(respondent: respondent, question: question, line: line)
        } else {
          saturated = true
        }
      }
    } else if colons > 0,
      let clash = otherSplit(respondent: respondent, question: question, at: inRespondent, inQuestion)
    {
      return clash
    }
    return insert(respondent: respondent, question: question, line: line).map {
      Earlier(respondent: respondent, question: question, line: $0)
    }
  }

  /// The UTF-8 offsets of the colons in `text` (found with `memchr`: this runs on every answer).
  private static func colonOffsets(_ text: inout String) -> [Int] {
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return [] }
      var offsets: [Int] = []
      var from = 0
      while from < bytes.count, let found = memchr(base + from, 0x3A, bytes.count - from) {
        let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        offsets.append(offset)
        from = offset + 1
      }
      return offsets
    }
  }

  /// An answer already added whose respondent and question differ from these but join to the same
  /// id: the id split at each of its other colons (`inRespondent` and `inQuestion`, UTF-8
  /// offsets). The other respondent is looked up first, so the other question is only built when
  /// that respondent is known, and a length no kept respondent has is skipped before any string
  /// is built.
  private func otherSplit(
    respondent: String, question: String, at inRespondent: [Int], _ inQuestion: [Int]
  ) -> Earlier? {
    func mayBeKnown(_ length: Int) -> Bool {
      respondentLengths & Self.lengthBit(length) != 0 || lastUnkept?.respondent.utf8.count == length
    }
    func clash(_ other: String, _ otherQuestion: () -> String) -> Earlier? {
      guard respondents[other] != nil || lastUnkept?.respondent == other else { return nil }
      let otherQuestion = otherQuestion()
      return firstLine(respondent: other, question: otherQuestion).map {
        Earlier(respondent: other, question: otherQuestion, line: $0)
      }
    }
    let own = Array(respondent.utf8)
    let asked = Array(question.utf8)
    // Shorter respondents: `respondent` cut at one of its colons.
    for offset in inRespondent where mayBeKnown(offset) {
      let other = String(decoding: own[..<offset], as: UTF8.self)
      if let found = clash(other, { String(decoding: own[(offset + 1)...], as: UTF8.self) + ":" + question }) {
        return found
      }
    }
    // Longer respondents: `respondent` with the question up to one of its colons.
    for offset in inQuestion where mayBeKnown(own.count + 1 + offset) {
      let other = respondent + ":" + String(decoding: asked[..<offset], as: UTF8.self)
      if let found = clash(other, { String(decoding: asked[(offset + 1)...], as: UTF8.self) }) { return found }
    }
    return nil
  }

  /// The line where `respondent` first appeared when `respondent:question` was added (and is
  /// still kept), else nil. Adds nothing.
  private func firstLine(respondent: String, question: String) -> Int? {
    guard let entry = respondents[respondent] else {
      guard let last = lastUnkept, last.respondent == respondent, last.questions.contains(question) else { return nil }
      return last.line
    }
    let known = questionIndex[question]
    if let known, known < 64 { return entry.mask & (1 << UInt64(known)) != 0 ? entry.line : nil }
    // A question never indexed while the index had room was never answered.
    if known == nil && questionIndex.count < Self.questionLimit { return nil }
    return overflow.contains(respondent + "\u{0}" + question) ? entry.line : nil
  }

  /// Adds `respondent:question`; returns nil when it is new, else the line where `respondent`
  /// first appeared. Compares the pair, not the joined id: `check` also finds clashes.
  mutating func insert(respondent: String, question: String, line: Int) -> Int? {
    let index: Int
    if let last = lastQuestion, last.question == question {
      // The question of the last answer again (most answers of a JSONL or CSV export): no lookup.
      index = last.index
    } else if let known = questionIndex[question] {
      index = known
    } else if questionIndex.count < Self.questionLimit {
      index = questionIndex.count
      questionIndex[question] = index
    } else {
      index = Self.questionLimit
    }
    lastQuestion = (question, index)
    guard var entry = respondents[respondent] else {
      guard respondents.count < limit else {
        saturated = true
        // Not kept: only its own contiguous answers are checked (against the last such respondent).
        if lastUnkept?.respondent != respondent {
          lastUnkept = (respondent, line, [])
        }
        return lastUnkept!.questions.insert(question).inserted ? nil : lastUnkept!.line
      }
      respondentLengths |= Self.lengthBit(respondent.utf8.count)
      if index < 64 {
        respondents[respondent] = Entry(line: line, mask: 1 << UInt64(index), record: record)
      } else {
        respondents[respondent] = Entry(line: line, mask: 0, record: record)
        _ = insertOverflow(respondent + "\u{0}" + question)
      }
      return nil
    }
    if index < 64 {
      let bit: UInt64 = 1 << UInt64(index)
      if entry.mask & bit != 0 { return entry.line }
      entry.mask |= bit
      respondents[respondent] = entry
      return nil
    }
    return insertOverflow(respondent + "\u{0}" + question) ? nil : entry.line
  }

  /// Adds a whole id; false when it was there. Past `overflowBound` ids nothing new is kept (the
  /// set is saturated) and an id not kept counts as new.
  private mutating func insertOverflow(_ id: String) -> Bool {
    if overflow.count < overflowBound { return overflow.insert(id).inserted }
    saturated = true
    return !overflow.contains(id)
  }
}
