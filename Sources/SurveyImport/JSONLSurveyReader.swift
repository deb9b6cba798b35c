import VerbatimCore

/// JSON Lines: one object per line. The respondent is the `respondent` or `id` member (else the
/// line number). An object with `question` and `text` is one answer; otherwise the open-ended
/// members are the `--question` names, else `text`. Other members go to `meta`.
struct JSONLSurveyReader {
  let context: ImportContext

  func read() throws {
    let reader: LineReader
    do { reader = try LineReader(path: context.path) } catch {
      throw ImportError.cannotOpen(path: context.path, reason: error.description)
    }
    context.bytesSource = { Int64(reader.bytesRead) }
    defer { context.summary.bytes = Int64(reader.bytesRead) }
    let fields = context.options.questions.isEmpty ? ["text"] : context.options.questions
    let reserved: Set<String> = ["respondent", "id", "question", "question_text", "text"]
    try reader.forEachLine { bytes, line in
      var bytes = bytes
      if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3))
      }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
      context.beginRespondent()
      let value: JSONValue
      do { value = try JSONParser.parse(bytes) } catch {
        try context.reject(line: line, reason: "malformed JSON: \(error)")
        return true
      }
      guard case .object(let members) = value else {
        try context.reject(line: line, reason: "the line is not a JSON object")
        return true
      }
      let respondent = (value["respondent"] ?? value["id"])?.identifierText ?? String(line)
      if let question = value["question"]?.stringValue, let text = value["text"]?.stringValue {
        let meta =
          (value["meta"].flatMap { if case .object(let m) = $0 { return m } else { return nil } })
          ?? members.filter { !reserved.contains($0.key) }
        let rowMeta = RowMeta(meta)
        return try context.answer(
          respondent: respondent, question: question, questionText: value["question_text"]?.stringValue, text: text,
          meta: rowMeta)
      }
      let rowMeta = RowMeta(members.filter { !reserved.contains($0.key) && !fields.contains($0.key) })
      var found = false
      for field in fields {
        guard let member = value[field] else {
          context.notShown(question: field)
          continue
        }
        found = true
        guard let text = member.stringValue else {
          try context.reject(
            line: line, respondent: respondent, question: field, reason: "\"\(field)\" is not a string")
          continue
        }
        if try !context.answer(respondent: respondent, question: field, questionText: nil, text: text, meta: rowMeta) {
          return false
        }
      }
      if !found {
        try context.reject(line: line, respondent: respondent, reason: "no \(fields.joined(separator: "/")) member")
      }
      return true
    }
  }
}
