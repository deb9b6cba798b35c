/// What an import read, so nothing disappears unaccounted: every open-ended cell is a record, a
/// blank, not shown (absent in the export) or rejected.
public struct ImportSummary: Sendable, Equatable {
  /// The format that was read.
  public var format: SurveyFormat = .auto
  /// Respondents (rows, responses, cases) seen.
  public var respondents = 0
  /// Distinct open-ended questions seen.
  public var questions = 0
  /// Answers handed out as records, blank ones aside (those are `blank`, also when `keepBlank` writes
  /// them: QA review 18 found "705 record(s), 285 blank" with it against "420 record(s), 285 blank"
  /// without, for the same 705 cells).
  public var records = 0
  /// Open-ended cells that were present but empty, whitespace-only or `-99` (Qualtrics "seen but
  /// unanswered").
  public var blank = 0
  /// Of `blank`, those handed out as records (`keepBlank`).
  public var blankWritten = 0
  /// Open-ended cells absent from the export (LimeSurvey: question not shown).
  public var notShown = 0
  /// Pieces rejected (see `ImportReject`): single answers and whole rows or responses.
  public var rejected = 0
  /// Of `rejected`, the single answers (a reject that names its question); the rest are whole
  /// rows or responses, whose answers are not counted one by one.
  public var rejectedAnswers = 0
  /// The open-ended answers the rejected whole rows or responses held, as far as the format tells
  /// before reading them: a CSV row's open-ended columns, a Triple-S record's character variables,
  /// a JSONL line's answer members; 1 a piece where it does not (an XML response, the unread rest
  /// of a file). A `--max-rejects` percentage weighs a rejected row by them (QA review 40: 5 of 100
  /// rows of 10 answers each, rejected, were 5 of 955 pieces, under 1%).
  public var answersInRejectedRows = 0
  /// Whether a fatal error under `keepGoing` left the rest of the file unread. That rest is one of
  /// the `rejected` pieces (one reject names it), but it is no respondent: nobody knows how many it
  /// holds (QA review 31, L2: it was counted as one, and a truncated file with one response read as
  /// "2 respondent(s)").
  public var unreadRest = false
  /// Input bytes read.
  public var bytes: Int64 = 0
  /// The error that ended reading early under `keepGoing`, if any.
  public var error: ImportError?

  public init() {}

  /// The answers rejected: single ones, and those the rejected whole rows held.
  public var answersRejected: Int { rejectedAnswers + answersInRejectedRows }

  /// The answers accounted for: written, blank, not shown and rejected (`answersRejected`).
  public var answersAccounted: Int { records + blank + notShown + answersRejected }

  /// One line for standard error. Respondents are the rows or responses read, rejected ones
  /// included; rejects are split into whole rows or responses and single answers when both occur
  /// (QA review 16: "7 rejected" mixed the two).
  public var description: String {
    // The unread rest is reported after the counts of what was read.
    let pieces = rejected - (unreadRest ? 1 : 0)
    var line =
      "\(format.rawValue): \(respondents) respondent(s), \(questions) question(s), \(records) record(s), "
      + "\(blank) blank\(blankWritten > 0 ? " (written too: --keep-blank)" : ""), \(notShown) not shown, \(pieces) rejected"
    if rejectedAnswers > 0 && rejectedAnswers < pieces {
      line += " (\(pieces - rejectedAnswers) whole row(s) or response(s), \(rejectedAnswers) answer(s))"
    } else if pieces > 0 {
      line += rejectedAnswers == pieces ? " answer(s)" : " row(s) or response(s)"
    }
    // The total, so that "0 rejected" does not read as no reject (QA review 38).
    if unreadRest { line += "; the rest of the file was not read (a reject of its own: \(rejected) in all)" }
    return line
  }
}
