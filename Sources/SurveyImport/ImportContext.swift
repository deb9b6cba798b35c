import VerbatimCore

/// The state one import shares between the format readers and the caller: counts, rejects, the
/// record consumer. Format readers only say "this respondent answered this open-ended question
/// with this text"; the context applies `--question`, blank handling and accounting.
final class ImportContext {
  let path: String
  let options: ImportOptions
  var summary = ImportSummary()
  var warnings: [String] = []
  private var questionsSeen: Set<String> = []
  private let questionFilter: Set<String>
  private let body: (SurveyRecord) throws -> Bool
  private let onReject: (ImportReject) -> Void
  private let onProgress: ((Int64, Int) -> Void)?
  /// Where the current file position comes from (for progress).
  var bytesSource: () -> Int64 = { 0 }
  /// Set when the consumer asked to stop.
  private(set) var stopped = false

  init(
    path: String, options: ImportOptions, body: @escaping (SurveyRecord) throws -> Bool,
    onReject: @escaping (ImportReject) -> Void, onProgress: ((Int64, Int) -> Void)?
  ) {
    self.path = path
    self.options = options
    self.questionFilter = Set(options.questions)
    self.body = body
    self.onReject = onReject
    self.onProgress = onProgress
  }

  /// Whether `question` is wanted (every question when no `--question` was given).
  func wants(_ question: String) -> Bool { questionFilter.isEmpty || questionFilter.contains(question) }

  /// Accounts for one respondent.
  func beginRespondent() {
    summary.respondents += 1
    if let onProgress, summary.respondents & 1023 == 0 { onProgress(bytesSource(), summary.records) }
  }

  /// Accounts for an open-ended cell that the export leaves out (not shown to the respondent).
  func notShown(question: String) {
    guard wants(question) else { return }
    noteQuestion(question)
    summary.notShown += 1
  }

  /// Hands one open-ended answer on. `blank` forces blank status (Qualtrics `-99`); otherwise an
  /// answer that is empty or whitespace-only is blank. Returns false when the consumer wants to stop.
  @discardableResult
  func answer(
    respondent: String, question: String, questionText: String?, text: String, meta: RowMeta,
    blank forcedBlank: Bool = false
  ) throws -> Bool {
    guard wants(question) else { return true }
    noteQuestion(question)
    let blank = forcedBlank || text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    if blank {
      summary.blank += 1
      guard options.keepBlank else { return true }
    }
    var record = SurveyRecord(
      respondent: respondent, question: question, questionText: questionText, text: blank ? "" : text,
      meta: meta.members)
    record.encodedMeta = meta.encoded
    summary.records += 1
    if try !body(record) { stopped = true }
    return !stopped
  }

  /// Records a rejected piece; without `keepGoing` it ends the import with an error.
  func reject(line: Int, respondent: String? = nil, question: String? = nil, reason: String) throws(ImportError) {
    summary.rejected += 1
    onReject(ImportReject(file: path, line: line, respondent: respondent, question: question, reason: reason))
    if !options.keepGoing {
      throw .rejected(path: path, line: line, reason: reason, recordsBefore: summary.records)
    }
  }

  func warn(_ message: String) {
    if warnings.count < 50 { warnings.append("\(path): warning: \(message)") }
  }

  private func noteQuestion(_ question: String) {
    if questionsSeen.count < 1_000_000, questionsSeen.insert(question).inserted { summary.questions += 1 }
  }
}
