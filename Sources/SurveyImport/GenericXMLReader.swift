import VerbatimCore

/// A mapping that lets any XML export be read: which element is one respondent, where the id is,
/// which fields are open-ended answers and which are metadata. Written as a JSON file:
/// ```json
/// {"record": "Respondent", "id": "@id", "text": ["Comment", "Answers/Other"], "meta": ["Date"]}
/// ```
/// Paths are relative to the record element: `@name` is an attribute of the record element,
/// `a/b` a descendant element path. `meta` is optional.
struct XMLMapping {
  var record: String
  var id: String
  var text: [String]
  var meta: [String]

  static func load(path: String) throws(ImportError) -> XMLMapping {
    let bytes = try CompanionFile.read(path: path)
    let value: JSONValue
    do {
      value = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
    } catch {
      throw .unsupported(path: path, message: "mapping file is not valid JSON: \(error)")
    }
    func strings(_ key: String) -> [String]? {
      switch value[key] {
      case .string(let one)?: return [one]
      case .array(let many)?: return many.compactMap(\.stringValue)
      default: return nil
      }
    }
    guard let record = value["record"]?.stringValue, let id = value["id"]?.stringValue, let text = strings("text"),
      !text.isEmpty
    else {
      throw .unsupported(
        path: path,
        message: "mapping needs \"record\" (element name), \"id\" (path or @attribute) and \"text\" (path or list)")
    }
    return XMLMapping(record: record, id: id, text: text, meta: strings("meta") ?? [])
  }
}

/// Reads any XML with an `XMLMapping`: every element named `mapping.record` (at any depth) is one
/// respondent; each `text` path is one open-ended question (absent = not shown).
struct GenericXMLReader {
  let stream: XMLStream
  let context: ImportContext
  let mapping: XMLMapping

  func read() throws {
    let wanted = Set(([mapping.id] + mapping.text + mapping.meta).filter { !$0.hasPrefix("@") })
    var found: [String: String] = [:]
    var path: [String] = []
    // The root itself may be the record element.
    var atRecord = stream.kind == .element && stream.name == mapping.record
    while true {
      if atRecord {
        try readRecord(wanted: wanted, found: &found, path: &path)
        if context.stopped { return }
      }
      guard try stream.next() else { return }
      atRecord = stream.kind == .element && stream.name == mapping.record
    }
  }

  private func readRecord(wanted: Set<String>, found: inout [String: String], path: inout [String]) throws {
    let line = stream.currentLine
    let start = stream.depth
    found.removeAll(keepingCapacity: true)
    for key in [mapping.id] + mapping.text + mapping.meta where key.hasPrefix("@") {
      if let value = stream.attribute(String(key.dropFirst())) { found[key] = value }
    }
    path.removeAll(keepingCapacity: true)
    if !stream.isEmptyElement {
      while try stream.next() {
        if stream.kind == .endElement {
          if stream.depth == start { break }
          path.removeLast()
          continue
        }
        guard stream.kind == .element else { continue }
        path.append(stream.name)
        let joined = path.joined(separator: "/")
        if wanted.contains(joined) {
          found[joined] = try stream.readText()
          path.removeLast()
        } else if stream.isEmptyElement {
          path.removeLast()
        }
      }
    }
    context.beginRespondent()
    guard let respondent = found[mapping.id], !respondent.isEmpty else {
      try context.reject(line: line, reason: "a <\(mapping.record)> without \(mapping.id)")
      return
    }
    let meta = mapping.meta.compactMap { key in found[key].map { JSONMember(key, .string($0)) } }
    let rowMeta = RowMeta(meta)
    for question in mapping.text {
      guard let text = found[question] else {
        context.notShown(question: question)
        continue
      }
      if try !context.answer(respondent: respondent, question: question, questionText: nil, text: text, meta: rowMeta) {
        return
      }
    }
  }
}
