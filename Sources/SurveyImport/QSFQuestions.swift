import VerbatimCore

/// Question texts from a Qualtrics survey definition (`.qsf`, JSON): `SurveyElements[]` with
/// `Element == "SQ"` carry `Payload.QuestionID` (`QID7`), `Payload.DataExportTag` (`Q7`) and
/// `Payload.QuestionText` (HTML, tags are dropped here).
struct QSFQuestions {
  var texts: [String: String] = [:]

  static func load(path: String) throws(ImportError) -> QSFQuestions {
    let bytes = try CompanionFile.read(path: path)
    let value: JSONValue
    do {
      value = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
    } catch {
      throw .unsupported(path: path, message: "not a Qualtrics .qsf (invalid JSON: \(error))")
    }
    guard case .array(let elements)? = value["SurveyElements"] else {
      throw .unsupported(path: path, message: "not a Qualtrics .qsf (no SurveyElements array)")
    }
    var result = QSFQuestions()
    for element in elements where element["Element"]?.stringValue == "SQ" {
      guard let payload = element["Payload"], let text = payload["QuestionText"]?.stringValue else { continue }
      let plain = HTMLText.plain(text)
      if let id = payload["QuestionID"]?.stringValue { result.texts[id] = plain }
      if let tag = payload["DataExportTag"]?.stringValue, result.texts[tag] == nil { result.texts[tag] = plain }
    }
    return result
  }

  /// The text of the question a column belongs to: `QID4_5_TEXT` → `QID4`.
  func text(forColumn column: String) -> String? {
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
  static func plain(_ html: String) -> String {
    var output = ""
    var inTag = false
    for character in html {
      if inTag {
        if character == ">" {
          inTag = false
          output.append(" ")
        }
      } else if character == "<" {
        inTag = true
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
