import VerbatimCore

/// Question texts from a Qualtrics survey definition (`.qsf`, JSON): `SurveyElements[]` with
/// `Element == "SQ"` carry `Payload.QuestionID` (`QID7`), `Payload.DataExportTag` (`Q7`) and
/// `Payload.QuestionText` (HTML, tags are dropped here).
///
/// Text-entry "Form" questions (`QuestionType` `TE`, `Selector` `FORM`) export one column per
/// form field, `QID9_1`, `QID9_2`… (or `Q9_1` under the export tag), without the `_TEXT` suffix:
/// those columns are free text, and their question text is "question: field label". Other
/// text-entry questions are free text under their own name too (`QID2` or `Q2`), as well as the
/// usual `QID2_TEXT`.
struct QSFQuestions {
  /// The file it was loaded from, with its size and SHA-256 (for manifests).
  var source: CompanionInput?
  var texts: [String: String] = [:]
  /// Columns of TE/FORM questions (under the question id and the export tag), with their texts.
  var formColumns: [String: String] = [:]
  /// The question id and export tag of every other text-entry question (single line, multi-line,
  /// essay box): an export may name its column after the question ("Q2", as Qualtrics' CSV header
  /// does) rather than "QID2_TEXT" (QA review 13).
  var textEntryColumns: Set<String> = []
  /// Columns of text-entry questions whose answers Qualtrics validates as contact or quantity data
  /// (`Validation.Settings.Type` `ContentType`: an e-mail address, a phone number, a postal code, a
  /// date, a number, a US state), under the question id and export tag, with and without `_TEXT`,
  /// mapped to what the box holds. They are not open-ended answers: "Your e-mail (optional)" is kept
  /// in `meta` unless `--question` names it.
  var validatedColumns: [String: String] = [:]

  static func load(path: String) throws(ImportError) -> QSFQuestions {
    try CompanionFile.requireRegularFile(path, option: "--qsf")
    let (bytes, source) = try CompanionFile.read(path: path, role: CompanionRole.qualtricsSurvey)
    let value: JSONValue
    do {
      value = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
    } catch {
      // The file is one JSON document: the line and column of the error, as for JSON Lines.
      let (line, column) = error.position(in: bytes)
      throw .unsupportedAt(
        path: path, line: line, column: column, message: "not a Qualtrics .qsf (invalid JSON: \(error.message))")
    }
    guard case .array(let elements)? = value["SurveyElements"] else {
      throw .unsupported(path: path, message: "not a Qualtrics .qsf (no SurveyElements array)")
    }
    var result = QSFQuestions()
    result.source = source
    for element in elements where element["Element"]?.stringValue == "SQ" {
      guard let payload = element["Payload"], let text = payload["QuestionText"]?.stringValue else { continue }
      let plain = HTMLText.plain(text)
      if let id = payload["QuestionID"]?.stringValue { result.texts[id] = plain }
      if let tag = payload["DataExportTag"]?.stringValue, result.texts[tag] == nil { result.texts[tag] = plain }
      if payload["QuestionType"]?.stringValue == "TE" {
        let names = [payload["QuestionID"]?.stringValue, payload["DataExportTag"]?.stringValue].compactMap { $0 }
        switch payload["Selector"]?.stringValue {
        case "FORM": result.addFormColumns(payload: payload, questionText: plain)
        case "PW": break  // a password box holds no feedback
        default:
          if let content = validatedContent(payload) {
            for name in names {
              result.validatedColumns[name] = content
              result.validatedColumns[name + "_TEXT"] = content
            }
          } else {
            result.textEntryColumns.formUnion(names)
          }
        }
      }
    }
    return result
  }

  /// What a text-entry box validated by content type holds ("an e-mail address"), or nil for free
  /// text (no validation, or `ValidTextOnly`, letters only, which is still an answer in words).
  private static func validatedContent(_ payload: JSONValue) -> String? {
    guard let settings = payload["Validation"]?["Settings"], settings["Type"]?.stringValue == "ContentType",
      let type = settings["ContentType"]?.stringValue
    else { return nil }
    return contentTypes[type]
  }

  /// Qualtrics' content-validation types for contact and quantity data.
  private static let contentTypes: [String: String] = [
    "ValidEmail": "an e-mail address", "ValidPhone": "a phone number", "ValidUSPhone": "a phone number",
    "ValidZip": "a postal code", "ValidUSZip": "a postal code", "ValidDate": "a date", "ValidNumber": "a number",
    "ValidUSState": "a US state",
  ]

  /// Records the columns of one TE/FORM question: one per key of `Choices` (an object keyed by
  /// choice id, or an array whose positions are ids 1, 2…).
  private mutating func addFormColumns(payload: JSONValue, questionText: String) {
    var choices: [(id: String, label: String?)] = []
    switch payload["Choices"] {
    case .object(let members)?:
      for member in members { choices.append((member.key, member.value["Display"]?.stringValue)) }
    case .array(let items)?:
      for (index, item) in items.enumerated() { choices.append((String(index + 1), item["Display"]?.stringValue)) }
    default: return
    }
    let prefixes = [payload["QuestionID"]?.stringValue, payload["DataExportTag"]?.stringValue].compactMap { $0 }
    for prefix in prefixes {
      for choice in choices {
        let label = choice.label.map(HTMLText.plain).flatMap { $0.isEmpty ? nil : $0 }
        formColumns[prefix + "_" + choice.id] = label.map { questionText + ": " + $0 } ?? questionText
      }
    }
  }

  /// Whether `column` is free text by the survey definition: a form field, or a text-entry
  /// question's column named after the question.
  func isTextColumn(_ column: String) -> Bool { formColumns[column] != nil || textEntryColumns.contains(column) }
  /// The text of the question a column belongs to: `QID4_5_TEXT` → `QID4`.
  func text(forColumn column: String) -> String? {
    if let text = formColumns[column] { return text }
    if let text = texts[column] { return text }
    var prefix = Substring(column)
    while let underscore = prefix.lastIndex(of: "_") {
      prefix = prefix[..<underscore]
      if let text = texts[String(prefix)] { return text }
    }
    return nil
  }
}

/// Plain text from the small HTML fragments survey tools store as question texts.
enum HTMLText {
  /// Tags that mark up text inside a line without separating words.
  static let inlineTags: Set<String> = [
    "b", "i", "u", "em", "strong", "span", "a", "font", "sup", "sub", "small", "big", "mark", "abbr", "code", "s",
    "strike", "ins", "del", "q", "cite",
  ]

  static func plain(_ html: String) -> String {
    var output = ""
    var inTag = false
    var tagName = ""
    var nameDone = false
    for character in html {
      if inTag {
        if character == ">" {
          inTag = false
          // Inline markup joins what it wraps ("<b>improve</b>?" → "improve?"); any other tag
          // (a line break, paragraph, list item, cell) separates words (QA review 13).
          if !inlineTags.contains(tagName.lowercased()) { output.append(" ") }
        } else if !nameDone {
          if character == "/" && tagName.isEmpty { continue }
          if character.isLetter || character.isNumber { tagName.append(character) } else { nameDone = true }
        }
      } else if character == "<" {
        inTag = true
        tagName = ""
        nameDone = false
      } else {
        output.append(character)
      }
    }
    for (entity, replacement) in [
      ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ] {
      output = output.replacing(entity, with: replacement)
    }
    return output.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" })
      .joined(separator: " ")
  }
}
