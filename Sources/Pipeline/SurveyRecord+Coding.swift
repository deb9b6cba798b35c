public import SurveyImport
public import VerbatimCore

extension JSONWriter {
  /// Writes an imported record's members with `text` in place of its own (the redacted text when
  /// redaction is on): `"id"`, `"respondent"`, `"question"`, `"question_text"`?, `"text"`, `"meta"`.
  public mutating func surveyMembers(of record: SurveyRecord, text: String) {
    key("id")
    string(record.id)
    key("respondent")
    string(record.respondent)
    key("question")
    string(record.question)
    if let questionText = record.questionText {
      key("question_text")
      string(questionText)
    }
    key("text")
    string(text)
    key("meta")
    value(.object(record.meta))
  }
}
