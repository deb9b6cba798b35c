import VerbatimCore

/// Qualtrics XML response export: `<Responses><Response>…</Response></Responses>`, one child
/// element per export column. Open-ended answers are the columns ending in `_TEXT`; `-99` in one
/// means "seen but unanswered" (counted as blank). The respondent is `_recordId` (API v3) or
/// `ResponseID`/`ResponseId` (older exports). Every other non-empty column goes to `meta`.
/// Question texts come from the matching `.qsf` (`ImportOptions.qsfPath`).
struct QualtricsReader {
  let stream: XMLStream
  let context: ImportContext

  static let idColumns: Set<String> = ["_recordId", "ResponseID", "ResponseId", "responseId"]

  func read() throws {
    let questions = try context.options.qsfPath.map { path throws(ImportError) in try QSFQuestions.load(path: path) }
    var buffer: [UInt8] = []
    var names: [String] = []
    var values: [String] = []
    while try stream.next() {
      guard stream.kind == .element, stream.depth == 1 else { continue }
      guard stream.name == "Response" else {
        try stream.skipSubtree()
        continue
      }
      let line = stream.currentLine
      names.removeAll(keepingCapacity: true)
      values.removeAll(keepingCapacity: true)
      if !stream.isEmptyElement {
        while try stream.next() {
          if stream.kind == .endElement && stream.depth == 1 { break }
          guard stream.kind == .element, stream.depth == 2 else { continue }
          names.append(stream.name)
          try stream.readText(into: &buffer)
          values.append(String(decoding: buffer, as: UTF8.self))
        }
      }
      context.beginRespondent()
      guard let idIndex = names.firstIndex(where: { Self.idColumns.contains($0) }), !values[idIndex].isEmpty else {
        try context.reject(line: line, reason: "a <Response> without _recordId or ResponseID")
        continue
      }
      let respondent = values[idIndex]
      var meta: [JSONMember] = []
      for index in names.indices where index != idIndex && !names[index].hasSuffix("_TEXT") && !values[index].isEmpty {
        meta.append(JSONMember(names[index], .string(values[index])))
      }
      let rowMeta = RowMeta(meta)
      for index in names.indices where names[index].hasSuffix("_TEXT") {
        let value = values[index]
        let keepGoing = try context.answer(
          respondent: respondent, question: names[index], questionText: questions?.text(forColumn: names[index]),
          text: value, meta: rowMeta, blank: value == "-99")
        if !keepGoing { return }
      }
    }
  }
}

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
