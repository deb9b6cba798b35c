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
    try CompanionFile.requireRegularFile(path, option: "--map")
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
///
/// Nothing is dropped silently:
/// - a text path that occurs several times in one record gives one record per occurrence: the
///   first keeps the path as its question, the n-th (n ≥ 2) is `path[n]` (XPath's 1-based
///   position), so ids stay unique; repeated `meta` paths are named the same way;
/// - a record element nested inside another is a record of its own (its fields are not the outer
///   record's), handed out when its end tag is read, so before the record around it;
/// - a record whose id path occurs more than once is rejected (which id is meant is unknown).
struct GenericXMLReader {
  let stream: XMLStream
  let context: ImportContext
  let mapping: XMLMapping

  func read() throws {
    try checkQuestionFilter()
    let wanted = Set(([mapping.id] + mapping.text + mapping.meta).filter { !$0.hasPrefix("@") })
    var records = 0
    // The root itself may be the record element.
    var atRecord = stream.kind == .element && stream.name == mapping.record
    while true {
      if atRecord {
        records += 1
        try readRecord(wanted: wanted)
        if context.stopped { return }
      }
      guard try stream.next() else { break }
      atRecord = stream.kind == .element && stream.name == mapping.record
    }
    if records == 0 {
      throw ImportError.notASurveyExport(
        path: context.path,
        what:
          "no <\(mapping.record)> element in the document: the mapping's \"record\" names an element this file does not have (is it the right mapping, or the right --format?)"
      )
    }
  }

  /// `--question` names one of the mapping's text paths (or `path[n]` for a repeated one).
  private func checkQuestionFilter() throws(ImportError) {
    for question in context.options.questions {
      var base = Substring(question)
      if base.hasSuffix("]"), let open = base.lastIndex(of: "["),
        let position = Int(base[base.index(after: open)..<base.index(before: base.endIndex)]), position >= 2
      {
        base = base[..<open]
      }
      guard mapping.text.contains(String(base)) else {
        throw .usage(
          "--question \(question): not one of the mapping's text paths (\(mapping.text.joined(separator: ", ")))")
      }
    }
  }

  /// Reads one record element (the reader sits on its start tag) and hands out its answers;
  /// nested record elements are read (and handed out) as records of their own.
  private func readRecord(wanted: Set<String>) throws {
    let line = stream.currentLine
    let start = stream.depth
    let outerStartLine = stream.recordStartLine
    stream.recordStartLine = line
    defer { stream.recordStartLine = outerStartLine }
    var found: [String: [String]] = [:]
    for key in [mapping.id] + mapping.text + mapping.meta where key.hasPrefix("@") {
      if let value = stream.attribute(String(key.dropFirst())) { found[key, default: []].append(value) }
    }
    var path: [String] = []
    var fields = 0
    if !stream.isEmptyElement {
      while try stream.next() {
        if stream.kind == .endElement {
          if stream.depth == start { break }
          path.removeLast()
          continue
        }
        guard stream.kind == .element else { continue }
        fields += 1
        try XMLLimits.checkFieldCount(fields, stream: stream, record: "<\(mapping.record)>")
        if stream.name == mapping.record {
          try readRecord(wanted: wanted)
          if context.stopped { return }
          continue
        }
        path.append(stream.name)
        let joined = path.joined(separator: "/")
        if wanted.contains(joined) {
          found[joined, default: []].append(try stream.readText())
          path.removeLast()
        } else if stream.isEmptyElement {
          path.removeLast()
        }
      }
    }
    context.beginRespondent()
    let ids = found[mapping.id] ?? []
    guard let respondent = ids.first, !respondent.isEmpty else {
      try context.reject(line: line, reason: "a <\(mapping.record)> without \(mapping.id)")
      return
    }
    guard ids.count == 1 else {
      try context.reject(
        line: line, respondent: respondent,
        reason:
          "a <\(mapping.record)> with \(ids.count) values for its id path \(mapping.id): which one is meant is unknown")
      return
    }
    var meta: [JSONMember] = []
    for key in mapping.meta {
      for (position, value) in (found[key] ?? []).enumerated() {
        meta.append(JSONMember(Self.name(key, position: position), .string(value)))
      }
    }
    let rowMeta = RowMeta(meta)
    for question in mapping.text {
      guard let texts = found[question], !texts.isEmpty else {
        context.notShown(question: question)
        continue
      }
      for (position, text) in texts.enumerated() {
        let keepGoing = try context.answer(
          respondent: respondent, question: Self.name(question, position: position), questionText: nil, text: text,
          meta: rowMeta)
        if !keepGoing { return }
      }
    }
  }

  /// `path` for the first occurrence, `path[n]` for the n-th.
  static func name(_ path: String, position: Int) -> String { position == 0 ? path : "\(path)[\(position + 1)]" }
}
