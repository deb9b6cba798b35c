import ArgumentParser
import Sentiment
import VerbatimCore

/// One worker's frames of survey questions (`QuestionFrame`), for `--question` and
/// `--question-field`: a fixed question's frame, or each record's, remembered per wording (an
/// export repeats a few questions over every respondent). Not shared between threads.
final class QuestionFrames {
  private let fixed: QuestionFrame?
  private var known: [String: QuestionFrame] = [:]
  /// The most wordings remembered: a field that holds free text instead of a question is read
  /// afresh each time past it, in bounded memory.
  private static let limit = 4096

  init(fixed: QuestionFrame?) { self.fixed = fixed }

  /// The fixed question's frame; else the frame of `question` (a record's question member:
  /// `.some(nil)` when it has none or it is not a string, `nil` when no field was asked for).
  func frame(fixedOr question: String??) -> QuestionFrame {
    if let fixed { return fixed }
    guard let question, let question else { return .open }
    if let frame = known[question] { return frame }
    let frame = QuestionFrame(question: question)
    if known.count < Self.limit { known[question] = frame }
    return frame
  }
}

/// Checks `--question-field` and `--question`: one of them at most, the field only with JSON
/// Lines, and the default profile (the VADER profile copies VADER, which reads no question).
func checkQuestionOptions(
  field: String?, question: String?, jsonl: Bool, profile: String, ownFields: [String]
) throws {
  guard field != nil || question != nil else { return }
  if field != nil && question != nil {
    throw ValidationError(
      "--question-field and --question both name the question: give --question-field for a question per record, --question for one question for all"
    )
  }
  if profile == "vader" {
    throw ValidationError(
      "--question-field and --question read bare answers by their question in the default profile only: the vader profile copies VADER, which reads no question"
    )
  }
  if let field {
    guard jsonl else {
      throw ValidationError(
        "--question-field names a field of JSON Lines input: add --jsonl (or give one question for every line with --question)"
      )
    }
    guard !field.isEmpty else { throw ValidationError("--question-field needs a field name (e.g. question_text)") }
    if ownFields.contains(field) {
      throw ValidationError(
        "--question-field \(field): this command writes \"\(field)\" itself; rename the field in the input")
    }
  }
}

/// Says on standard error how many answers took the sign of their question (`QuestionReading`),
/// when a question was given.
func noteQuestionReadings(_ counter: SharedCounter, asked: Bool) {
  guard asked else { return }
  printError(
    "\(counter[QuestionReading.bareAnswer.rawValue]) bare answer(s) (\"Nothing.\", \"Everything!\") and "
      + "\(counter[QuestionReading.mention.rawValue]) mention(s) (\"The food.\", \"Faster response\") took the sign "
      + "of their question; other answers, and answers to questions that ask for neither praise nor faults, were "
      + "scored as written")
}
