import ArgumentParser
import Sentiment
import VerbatimCore

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
    "\(counter[QuestionReading.bareAnswer.rawValue]) bare answer(s) (\"Nothing.\", \"Everything!\"), "
      + "\(counter[QuestionReading.mention.rawValue]) mention(s) (\"The food.\", \"Faster response\") and "
      + "\(counter[QuestionReading.request.rawValue]) request(s) (\"Be more friendly\") took the sign "
      + "of their question; \(counter[QuestionReading.decline.rawValue]) answer(s) that declined to answer (\"No idea\") "
      + "were made neutral; \(counter[QuestionReading.openingScore.rawValue]) answer(s) gave the score their "
      + "question asks for (\"8 driver was lovely\" to \"Reply 0-10\"; also \"… Overall 7.\"), read with their words; other answers, and "
      + "answers to questions that ask for neither praise nor faults, were scored as written")
}
