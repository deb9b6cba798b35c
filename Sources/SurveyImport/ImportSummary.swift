/// What an import read, so nothing disappears unaccounted: every open-ended cell is a record, a
/// blank, not shown (absent in the export) or rejected.
public struct ImportSummary: Sendable, Equatable {
  /// The format that was read.
  public var format: SurveyFormat = .auto
  /// Respondents (rows, responses, cases) seen.
  public var respondents = 0
  /// Distinct open-ended questions seen.
  public var questions = 0
  /// Records handed out (blank ones included when `keepBlank` is set).
  public var records = 0
  /// Open-ended cells that were present but empty, whitespace-only or `-99` (Qualtrics "seen but
  /// unanswered").
  public var blank = 0
  /// Open-ended cells absent from the export (LimeSurvey: question not shown).
  public var notShown = 0
  /// Pieces rejected (see `ImportReject`).
  public var rejected = 0
  /// Input bytes read.
  public var bytes: Int64 = 0
  /// The error that ended reading early under `keepGoing`, if any.
  public var error: ImportError?

  public init() {}

  /// One line for standard error.
  public var description: String {
    "\(format.rawValue): \(respondents) respondent(s), \(questions) question(s), \(records) record(s), "
      + "\(blank) blank, \(notShown) not shown, \(rejected) rejected"
  }
}
