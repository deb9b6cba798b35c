public import Redaction
public import SurveyImport
public import VerbatimCore

extension JSONWriter {
  /// Writes an imported record's members with `text` in place of its own (the redacted text when
  /// redaction is on): `"id"`, `"respondent"`, `"question"`, `"question_text"`?, `"text"`, `"meta"`.
  ///
  /// With a `redactor`, the metadata is redacted too: fields that identify or locate a respondent
  /// (`SurveyRecord.identifyingMetaFields`: IP address, latitude and longitude, e-mail, phone,
  /// names) are written as "[REDACTED]", and every other string value goes through the redactor.
  public mutating func surveyMembers(of record: SurveyRecord, text: String, redactor: Redactor? = nil) {
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
    if let redactor {
      value(.object(record.meta.map { SurveyRecord.redactedMember($0, redactor: redactor) }))
    } else {
      value(.object(record.meta))
    }
  }
}

extension SurveyRecord {
  /// Metadata field names that identify or locate a respondent, compared case-insensitively with
  /// "_", "-" and spaces removed: Qualtrics' `IPAddress`, `LocationLatitude`, `LocationLongitude`,
  /// `RecipientEmail`, `RecipientFirstName`, `RecipientLastName`, and the same words in other exports.
  static let identifyingMetaFields: [String] = [
    "ipaddress", "ip", "latitude", "longitude", "email", "emailaddress", "phone", "phonenumber", "mobile",
    "firstname", "lastname", "fullname", "name",
  ]

  static func isIdentifying(_ key: String) -> Bool {
    let folded = String(key.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    let stem = folded.hasPrefix("recipient") ? String(folded.dropFirst("recipient".count)) : folded
    let located = stem.hasPrefix("location") ? String(stem.dropFirst("location".count)) : stem
    return identifyingMetaFields.contains(located)
  }

  static func redactedMember(_ member: JSONMember, redactor: Redactor) -> JSONMember {
    if isIdentifying(member.key) { return JSONMember(member.key, .string("[REDACTED]")) }
    if case .string(let text) = member.value { return JSONMember(member.key, .string(redactor.redact(text).text)) }
    return member
  }
}
