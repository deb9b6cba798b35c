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
