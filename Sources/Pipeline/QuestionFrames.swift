public import Sentiment
public import SurveyImport
import VerbatimCore

/// One worker's readings of survey questions (`SurveyQuestion`: a frame and a score's scale), for
/// `--question` and `--question-field`: a fixed question's, or each record's, remembered per
/// wording (an export repeats a few questions over every respondent). Not shared between threads.
public final class QuestionFrames {
  private let fixed: SurveyQuestion?
  private var known: [String: SurveyQuestion] = [:]
  /// The most wordings remembered, and the longest (in bytes): a field that holds free text
  /// instead of a question is read afresh each time past them, in bounded memory (4,096 distinct
  /// texts of a few megabytes each would have been kept whole).
  private static let limit = 4096
  private static let longestKept = 1024

  public init(fixed: SurveyQuestion?) { self.fixed = fixed }

  /// The fixed question's reading; else that of `question` (a record's question member:
  /// `.some(nil)` when it has none or it is not a string, `nil` when no field was asked for).
  public func reading(fixedOr question: String??) -> SurveyQuestion {
    if let fixed { return fixed }
    guard let question, let question else { return .open }
    if let reading = known[question] { return reading }
    let reading = SurveyQuestion(question)
    if known.count < Self.limit && question.utf8.count <= Self.longestKept { known[question] = reading }
    return reading
  }
}

extension SurveyRecord {
  /// The record's member `field` as the question its answer replies to: `question_text` (the
  /// wording, when the export has it), `question` (the question's id or name), or a metadata
  /// member of that name holding a string; nil when it has none.
  public func questionWording(field: String) -> String? {
    switch field {
    case "question_text": return questionText
    case "question": return question
    default: return meta.first { $0.key == field }?.value.stringValue
    }
  }
}
