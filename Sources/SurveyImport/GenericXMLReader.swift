import VerbatimCore

/// A mapping that lets any XML export be read: which element is one respondent, where the id is,
/// which fields are open-ended answers and which are metadata. Written as a JSON object with the
/// keys `record`, `id`, `text`, `meta` (optional) and `question` (optional), each once, and no others:
/// ```json
/// {"record": "Respondent", "id": "@id", "text": ["Comment", "Answers/Other"], "meta": ["Date", "Answer/@q"]}
/// ```
/// `question` is an attribute of the text elements (`"@q"`) that names each answer's question:
/// with it, `<answer q="Q2">` is question Q2 wherever it stands in the record; without it a
/// repeated text element is named by its position (`answer`, `answer[2]`), so respondents who
/// answered different questions would share question ids (QA review 40). An occurrence without
/// the attribute is named by its position.
/// Paths are relative to the record element: `@name` is an attribute of the record element,
/// `a/b` a descendant element path and `a/b/@name` an attribute of that descendant. Elements are
/// matched by local name, so an element step has no namespace prefix (`ns:a` is refused); an
/// attribute is named as the file writes it (`@xml:lang`). Nothing else of
/// XPath (`//`, `*`, `[…]`, `text()`, `..`) is understood, so such a path is refused when the
/// mapping is loaded rather than matching nothing.
///
/// Overlapping paths: a text path may lie inside a meta path (`"text": ["Answers/Other"]`,
/// `"meta": ["Answers"]`) or inside another text path. Every text path then still gives its
/// records, and each piece of text belongs to the innermost text path around it: a meta value is
/// the text of its element **without** the text of the text paths inside it (an answer is never
/// repeated in metadata, where redaction and coding would not see it as an answer), and an outer
/// text path does not repeat an inner one. A meta path inside a text path still gets its value. A
/// path listed both as text and as meta is text only (its meta value would be empty by the rule
/// above), which the import notes once.
struct XMLMapping {
  var record: String
  var id: String
  var text: [String]
  var meta: [String]
  /// The attribute of a text element that names its question (without the `@`), if any.
  var question: String? = nil
  /// The file it was loaded from, with its size and SHA-256 (for manifests).
  var source: CompanionInput?

  static let keys = ["record", "id", "text", "meta", "question"]

  static func load(path: String) throws(ImportError) -> XMLMapping {
    try CompanionFile.requireRegularFile(path, option: "--map")
    let (bytes, source) = try CompanionFile.read(path: path, role: CompanionRole.mapping)
    let value: JSONValue
    do {
      value = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
    } catch {
      let (line, column) = error.position(in: bytes)
      throw .unsupportedAt(
        path: path, line: line, column: column, message: "mapping file is not valid JSON: \(error.message)")
    }
    func invalid(_ message: String) -> ImportError { .unsupported(path: path, message: "invalid mapping: \(message)") }
    // A repeated key would be read one way of two (this parser keeps the first value, Python's
    // json the last): refused where it repeats, as every other JSON reader of the tool refuses one
    // (QA review 41: `"text"` given twice took the first and ignored the second, unsaid).
    if let (objectPath, name) = value.firstRepeatedName {
      let offset = bytes.withUnsafeBufferPointer {
        JSONParser.repeatedNameOffset(path: objectPath, name: name, in: $0)
      }
      let (line, column) = JSONSyntaxError(offset: offset ?? 0, message: "").position(in: bytes)
      throw .undecidedReading(
        path: path, line: line, column: column,
        message: "invalid mapping: \(JSONValue.repeatedNameMessage(path: objectPath, name: name)): keep one of them")
    }
    guard case .object(let members) = value else {
      throw invalid("the file must hold a JSON object with \"record\", \"id\", \"text\" and optionally \"meta\"")
    }
    for member in members where !keys.contains(member.key) {
      throw invalid(
        "unknown key \"\(member.key)\" (the keys are \(keys.map { "\"\($0)\"" }.joined(separator: ", ")))")
    }
    func strings(_ key: String) throws(ImportError) -> [String]? {
      switch value[key] {
      case nil: return nil
      case .string(let one)?: return [one]
      case .array(let many)?:
        var result: [String] = []
        for (index, item) in many.enumerated() {
          guard let string = item.stringValue else {
            throw invalid("\"\(key)\" item \(index + 1) is not a string")
          }
          result.append(string)
        }
        return result
      default: throw invalid("\"\(key)\" must be a path or a list of paths")
      }
    }
    guard let record = value["record"]?.stringValue, let id = value["id"]?.stringValue, let text = try strings("text"),
      !text.isEmpty
    else {
      throw .unsupported(
        path: path,
        message: "mapping needs \"record\" (element name), \"id\" (path or @attribute) and \"text\" (path or list)")
    }
    let meta = try strings("meta") ?? []
    var question: String?
    if let given = value["question"] {
      guard let name = given.stringValue, name.hasPrefix("@"),
        Self.nameProblem(String(name.dropFirst()), element: false) == nil
      else {
        throw invalid(
          "\"question\" must be an attribute of the text elements, written \"@name\" (as in <answer q=\"Q1\">: \"@q\")")
      }
      question = String(name.dropFirst())
    }
    if let problem = Self.nameProblem(record, element: true) { throw invalid("\"record\": \"\(record)\": \(problem)") }
    for (key, paths) in [("id", [id]), ("text", text), ("meta", meta)] {
      for item in paths {
        if let problem = Self.pathProblem(item) { throw invalid("\"\(key)\": \"\(item)\": \(problem)") }
      }
    }
    return XMLMapping(
      record: record, id: id, text: text, meta: meta, question: question,
      source: source)
  }

  /// Why `path` is not a path this reader understands (nil when it is one).
  static func pathProblem(_ path: String) -> String? {
    let steps = path.split(separator: "/", omittingEmptySubsequences: false)
    for (index, step) in steps.enumerated() {
      if step.isEmpty {
        return path.isEmpty ? "an empty path" : "an empty step (a leading, trailing or double \"/\")"
      }
      if step.hasPrefix("@") {
        guard index == steps.count - 1 else { return "an attribute (@…) can only be the last step" }
        if let problem = nameProblem(String(step.dropFirst()), element: false) { return problem }
      } else if let problem = nameProblem(String(step), element: true) {
        return problem
      }
    }
    return nil
  }

  /// Why `name` is not an element or attribute name (nil when it is one). Only characters that
  /// XML names never hold are refused: what they would mean in XPath is not supported. An element
  /// name has no namespace prefix (elements are matched by local name).
  static func nameProblem(_ name: String, element: Bool) -> String? {
    if name.isEmpty { return "an empty name" }
    if name == "." || name == ".." { return "\"\(name)\" steps are not supported (paths go down from the record)" }
    if let bad = name.unicodeScalars.first(where: { " \t\r\n[]()*@=\"'|,$!<>{}/".unicodeScalars.contains($0) }) {
      return
        "\"\(bad)\" cannot be part of an element or attribute name (only element paths such as a/b and attributes "
        + "such as @name or a/b/@name are supported, not XPath predicates, wildcards or functions)"
    }
    if element && name.contains(":") {
      return "elements are matched by their local name: write it without the namespace prefix"
    }
    return nil
  }
}

/// Reads any XML with an `XMLMapping`: every element named `mapping.record` (at any depth) is one
/// respondent; each `text` path is one open-ended question (absent = not shown).
///
/// Nothing is dropped silently:
/// - a text path that occurs several times in one record gives one record per occurrence: the
///   first keeps the path as its question, the n-th (n ≥ 2) is `path[n]` (XPath's 1-based
///   position), so ids stay unique; repeated `meta` paths are named the same way;
/// - a text path inside a meta path (or inside another text path) still gives its records (see
///   `XMLMapping` for which text a meta value then holds);
/// - a record element nested inside another is a record of its own (its fields are not the outer
///   record's), handed out when its end tag is read, so before the record around it;
/// - a record whose id path occurs more than once is rejected (which id is meant is unknown).
struct GenericXMLReader {
  let stream: XMLStream
  let context: ImportContext
  let mapping: XMLMapping

  /// The mapping's paths, sorted by what the record walk does with them.
  struct Paths {
    /// Element paths whose text is collected (id, text and meta paths that are not attributes).
    var elements: Set<String> = []
    /// The text paths (their text is not repeated in enclosing meta or text values).
    var texts: Set<String> = []
    /// Attributes of descendants: element path → attribute names (`a/b/@c` is `a/b` → `c`).
    var attributes: [String: [String]] = [:]

    init(_ mapping: XMLMapping) {
      texts = Set(
        mapping.text.filter { !$0.hasPrefix("@") && !$0.split(separator: "/").contains { $0.hasPrefix("@") } })
      for path in [mapping.id] + mapping.text + mapping.meta where !path.hasPrefix("@") {
        if let slash = path.lastIndex(of: "/"), path[path.index(after: slash)...].hasPrefix("@") {
          let element = String(path[..<slash])
          let name = String(path[path.index(slash, offsetBy: 2)...])
          if !(attributes[element]?.contains(name) ?? false) { attributes[element, default: []].append(name) }
        } else {
          elements.insert(path)
        }
      }
    }
  }

  /// Text being collected for one wanted element while its subtree is read.
  private struct Capture {
    let path: String
    let depth: Int
    let isText: Bool
    var bytes: [UInt8] = []
  }

  func read() throws {
    try checkQuestionFilter()
    let paths = Paths(mapping)
    for path in mapping.meta where paths.texts.contains(path) {
      context.note(
        "mapping: \"\(path)\" is both a text and a meta path: it is imported as text only (a meta value never repeats an answer)"
      )
    }
    var records = 0
    // The root itself may be the record element.
    var atRecord = stream.kind == .element && stream.name == mapping.record
    while true {
      if atRecord {
        records += 1
        try readRecord(paths)
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
    // With a question attribute, questions are named by the file's attribute values.
    guard mapping.question == nil else { return }
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
  private func readRecord(_ paths: Paths) throws {
    let line = stream.currentLine
    let start = stream.depth
    let outerStartLine = stream.recordStartLine
    stream.recordStartLine = line
    defer { stream.recordStartLine = outerStartLine }
    var found: [String: [String]] = [:]
    // Per text path, the question attribute of each occurrence, in the order its text is found.
    var questionIDs: [String: [String?]] = [:]
    var size = XMLRecordSize()
    for key in [mapping.id] + mapping.text + mapping.meta where key.hasPrefix("@") && found[key] == nil {
      if let value = try stream.attribute(String(key.dropFirst())),
        size.add(key.utf8.count + value.utf8.count, line: line)
      {
        found[key] = [value]
      }
    }
    var path: [String] = []
    var open: [Capture] = []
    var fields = 0
    // Set at markup that separates words (`MarkupBreaks`) inside an open value.
    var pendingBreak = false
    if !stream.isEmptyElement {
      walk: while try stream.next() {
        if !open.isEmpty, stream.kind == .element || stream.kind == .endElement, MarkupBreaks.separates(stream.name) {
          pendingBreak = true
        }
        switch stream.kind {
        case .endElement:
          if stream.depth == start { break walk }
          path.removeLast()
          if let last = open.last, last.depth == stream.depth {
            if !size.isOver {
              var bytes = last.bytes
              normaliseLineEnds(&bytes)
              found[last.path, default: []].append(String(decoding: bytes, as: UTF8.self))
            }
            open.removeLast()
          }
          continue
        case .text, .cdata, .significantWhitespace, .whitespace:
          // Over the record limit: the rest is read through, not kept.
          if size.isOver { continue }
          // The text belongs to the innermost open text path and to the values opened inside it;
          // values around that text path do not repeat it.
          let owner = open.lastIndex(where: \.isText) ?? 0
          // A piece of spaces only leaves the break to come (`MarkupBreaks.breakLine`).
          var stillPending = false
          for index in owner..<open.count {
            let before = open[index].bytes.count
            stillPending = stream.appendValue(to: &open[index].bytes, breakingLine: pendingBreak)
            guard size.add(open[index].bytes.count - before, line: stream.currentLine) else {
              // Nothing more of this record is kept: what it held so far goes too.
              for capture in open.indices { open[capture].bytes = [] }
              found = [:]
              break
            }
          }
          pendingBreak = stillPending
          continue
        case .element: break
        default: continue
        }
        fields += 1
        try XMLLimits.checkFieldCount(fields, stream: stream, record: "<\(mapping.record)>")
        if stream.name == mapping.record {
          try readRecord(paths)
          if context.stopped { return }
          continue
        }
        path.append(stream.name)
        let joined = path.joined(separator: "/")
        for name in paths.attributes[joined] ?? [] where !size.isOver {
          if let value = try stream.attribute(name),
            size.add(joined.utf8.count + name.utf8.count + value.utf8.count, line: stream.currentLine)
          {
            found[joined + "/@" + name, default: []].append(value)
          }
        }
        if size.isOver {
          // Only the walk goes on (paths and nested records).
          found = [:]
          questionIDs = [:]
          if stream.isEmptyElement { path.removeLast() }
          continue
        }
        if stream.isEmptyElement {
          if paths.elements.contains(joined) { found[joined, default: []].append("") }
          if paths.texts.contains(joined), let name = mapping.question {
            questionIDs[joined, default: []].append(try stream.attribute(name)?.trimmed)
          }
          path.removeLast()
        } else if paths.elements.contains(joined) {
          let isText = paths.texts.contains(joined)
          if isText, let name = mapping.question {
            questionIDs[joined, default: []].append(try stream.attribute(name)?.trimmed)
          }
          open.append(Capture(path: joined, depth: stream.depth, isText: isText))
        }
      }
    }
    context.beginRespondent()
    if size.isOver {
      try context.reject(line: line, reason: size.reason(record: "<\(mapping.record)>"))
      return
    }
    let ids = found[mapping.id] ?? []
    // Pretty-printed XML (`<id>\n  10\n</id>`): the id without the layout around it (review r18a).
    guard let respondent = ids.first?.trimmed, !respondent.isEmpty else {
      // QA review 31: an empty id was reported as a missing one.
      try context.reject(
        line: line,
        reason: ids.isEmpty
          ? "a <\(mapping.record)> without \(mapping.id)" : "a <\(mapping.record)> whose \(mapping.id) is empty")
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
    var metaSeen: Set<String> = []
    for key in mapping.meta where !paths.texts.contains(key) && metaSeen.insert(key).inserted {
      for (position, value) in (found[key] ?? []).enumerated() {
        meta.append(JSONMember(Self.name(key, position: position), .string(value)))
      }
    }
    let rowMeta = RowMeta(meta)
    var textSeen: Set<String> = []
    for question in mapping.text where textSeen.insert(question).inserted {
      guard let texts = found[question], !texts.isEmpty else {
        context.notShown(question: question)
        continue
      }
      let named = questionIDs[question] ?? []
      for (position, text) in texts.enumerated() {
        let attribute = position < named.count ? named[position] : nil
        let id = attribute.flatMap { $0.isEmpty ? nil : $0 } ?? Self.name(question, position: position)
        let keepGoing = try context.answer(
          respondent: respondent, question: id, questionText: nil, text: text, meta: rowMeta)
        if !keepGoing { return }
      }
    }
  }

  /// `path` for the first occurrence, `path[n]` for the n-th.
  static func name(_ path: String, position: Int) -> String { position == 0 ? path : "\(path)[\(position + 1)]" }
}
