import Yams

/// A line and column, ordered as in the file.
struct SourceOrder: Comparable {
  var line: Int
  var column: Int

  static func < (left: SourceOrder, right: SourceOrder) -> Bool {
    (left.line, left.column) < (right.line, right.column)
  }
}

/// Walks the YAML node tree, checking types and keys. Problems that leave the rest readable
/// (an unknown or duplicate key, a value of the wrong type) are collected in `problems` and reading
/// goes on; a tag whose code is unusable is skipped.
final class CodebookReader {
  let source: String
  let lines: SourceLines
  var problems: [TaxonomyError] = []

  init(source: String, lines: SourceLines) {
    self.source = source
    self.lines = lines
  }

  /// Sort key of a collected problem: its line and column.
  static func order(_ error: TaxonomyError) -> SourceOrder {
    switch error {
    case .yamlSyntax(let location, _), .invalidCodebook(let location, _), .ruleSyntax(let location, _),
      .invalidHierarchy(let location, _):
      return SourceOrder(line: location.line, column: location.column)
    default: return SourceOrder(line: .max, column: .max)
    }
  }

  /// Runs `body`; a problem it throws is recorded and nil returned, so reading goes on.
  func recording<T>(_ body: () throws(TaxonomyError) -> T) -> T? {
    do {
      return try body()
    } catch {
      problems.append(error)
      return nil
    }
  }

  static func yamlError(_ error: YamlError, source: String) -> TaxonomyError {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // The construct the parser was reading (an unterminated quote, an unclosed "[") is where the
      // mistake usually is; the place it gave up may be the end of the file (QA review 14).
      guard let context else {
        return .yamlSyntax(SourceLocation(file: source, line: mark.line, column: mark.column), message: problem)
      }
      return .yamlSyntax(
        SourceLocation(file: source, line: context.mark.line, column: context.mark.column),
        message:
          "\(problem) \(context.text) that starts here (the parser stopped at line \(mark.line), column \(mark.column))"
      )
    case .reader(let problem, _, _, _):
      return .yamlSyntax(SourceLocation(file: source, line: 1, column: 1), message: problem)
    default:
      return .yamlSyntax(SourceLocation(file: source, line: 1, column: 1), message: String(describing: error))
    }
  }

  func location(_ node: Node) -> SourceLocation {
    let mark = node.mark
    return SourceLocation(file: source, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func fail(_ node: Node, _ message: String) -> TaxonomyError { .invalidCodebook(location(node), message: message) }

  /// The mapping's pairs by key, rejecting duplicate and unknown keys.
  func members(_ node: Node, allowed: [String], what: String) throws(TaxonomyError) -> [String: Node] {
    guard case .mapping(let mapping) = node else { throw fail(node, "\(what) must be a mapping") }
    var result: [String: Node] = [:]
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        problems.append(fail(key, "keys of \(what) must be plain strings"))
        continue
      }
      let name = scalar.string
      guard allowed.contains(name) else {
        problems.append(
          fail(key, "unknown key \"\(name)\" in \(what); expected one of: \(allowed.joined(separator: ", "))"))
        continue
      }
      guard result[name] == nil else {
        problems.append(fail(key, "duplicate key \"\(name)\" in \(what)"))
        continue
      }
      result[name] = value
    }
    return result
  }

  func string(_ node: Node, _ what: String) throws(TaxonomyError) -> String {
    guard case .scalar(let scalar) = node else { throw fail(node, "\(what) must be a string") }
    if Self.isNull(node) {
      throw fail(
        node, "\(what) is null (empty, ~ or null); write a string (quote it to mean the text \"~\" or \"null\")")
    }
    return scalar.string
  }

  /// A YAML boolean: an unquoted `true` or `false` (`True`, `TRUE`, `False`, `FALSE`), as YAML 1.2's
  /// core schema reads them; a quoted `"true"` is a string, and `yes`/`no` are not booleans there.
  func boolean(_ node: Node, _ what: String) throws(TaxonomyError) -> Bool {
    if case .scalar(let scalar) = node, scalar.style == .plain {
      switch scalar.string {
      case "true", "True", "TRUE": return true
      case "false", "False", "FALSE": return false
      default: break
      }
    }
    throw fail(node, "\(what) must be true or false (unquoted)")
  }

  /// Whether `node` is YAML's null: an unquoted `~`, `null` (`Null`, `NULL`) or an empty value.
  /// Quoted, `'~'` and `"null"` are strings.
  static func isNull(_ node: Node) -> Bool { isYAMLNull(node) }

  func strings(_ node: Node, _ what: String) throws(TaxonomyError) -> [String] {
    if case .scalar = node { return [try string(node, what)] }
    guard case .sequence(let sequence) = node else { throw fail(node, "\(what) must be a string or a list") }
    var result: [String] = []
    for item in sequence { result.append(try string(item, "each item of \(what)")) }
    return result
  }

  func codebook(_ root: Node) throws(TaxonomyError) -> Codebook {
    let header = try members(
      root, allowed: ["id", "version", "language", "languages", "description", "tags"], what: "the codebook")
    let id = header["id"].flatMap { node in recording { () throws(TaxonomyError) in try string(node, "id") } }
    if header["id"] == nil { problems.append(fail(root, "the codebook has no \"id\"")) }
    let version = header["version"].flatMap { node in
      recording { () throws(TaxonomyError) in try string(node, "version") }
    }
    if header["version"] == nil { problems.append(fail(root, "the codebook has no \"version\"")) }
    var languages: [String] = []
    if let node = header["languages"] ?? header["language"] {
      languages = recording { () throws(TaxonomyError) in try strings(node, "languages") } ?? []
    }
    let description = header["description"].flatMap { node in
      recording { () throws(TaxonomyError) in try string(node, "description") }
    }
    guard let tagsNode = header["tags"] else { throw fail(root, "the codebook has no \"tags\"") }
    var tags: [CodebookTag] = []
    try readTags(tagsNode, parent: nil, what: "\"tags\"", into: &tags)
    // Review r19a: a codebook without tags tags nothing; say so, as for an empty file.
    guard !tags.isEmpty || !problems.isEmpty else { throw fail(tagsNode, "the codebook has no tags") }
    guard let id, let version, problems.isEmpty else { throw problems.removeLast() }
    var codebook = Codebook(
      id: id, version: version, languages: languages, description: description ?? "", tags: tags, source: source)
    codebook.versionLocation = header["version"].map(location)
    return codebook
  }

  /// Reads the list of tags `node` (`what` names its key in messages: `"tags"` or `"children"`).
  func readTags(_ node: Node, parent: String?, what: String, into tags: inout [CodebookTag]) throws(TaxonomyError) {
    guard case .sequence(let sequence) = node else { throw fail(node, "\(what) must be a list of tags") }
    for item in sequence {
      do {
        try readTag(item, enclosing: parent, into: &tags)
      } catch {
        problems.append(error)
      }
    }
  }

  func readTag(_ node: Node, enclosing: String?, into tags: inout [CodebookTag]) throws(TaxonomyError) {
    let keys = [
      "code", "label", "description", "parent", "rules", "exclude", "examples", "severity", "route", "fallback",
      "children",
    ]
    let fields = try members(node, allowed: keys, what: "a tag")
    guard let codeNode = fields["code"] else { throw fail(node, "a tag has no \"code\"") }
    let code = try string(codeNode, "code")
    // A bad code is recorded and the rest of the tag still read, so its other errors are reported
    // in the same run (QA review 14: a bad code hid a null label and a null rule).
    let validCode =
      !code.isEmpty && code.unicodeScalars.allSatisfy(Self.isCodeScalar) && !code.hasPrefix(".")
      && !code.hasSuffix(".") && !code.contains("..")
    if !validCode {
      problems.append(
        fail(codeNode, "code \"\(code)\" must be dotted segments of lowercase letters, digits, '_' or '-'"))
    }
    var tag = CodebookTag(code: code, label: code, location: location(node))
    tag.enclosingCode = enclosing
    if let label = fields["label"] {
      tag.label = recording { () throws(TaxonomyError) in try string(label, "label") } ?? code
    }
    if let text = fields["description"] {
      tag.description = recording { () throws(TaxonomyError) in try string(text, "description") } ?? ""
    }
    if let parent = fields["parent"] {
      tag.parent = recording { () throws(TaxonomyError) in try string(parent, "parent") }
      tag.parentIsExplicit = true
    } else if let enclosing {
      tag.parent = enclosing
    } else if let dot = code.lastIndex(of: ".") {
      tag.parent = String(code[..<dot])
    }
    if let rules = fields["rules"] {
      tag.rules = recording { () throws(TaxonomyError) in try ruleSources(rules, "rules") } ?? []
    }
    if let exclude = fields["exclude"] {
      tag.exclude = recording { () throws(TaxonomyError) in try ruleSources(exclude, "exclude") } ?? []
    }
    if let examples = fields["examples"],
      let kinds = recording({ () throws(TaxonomyError) in
        try members(examples, allowed: ["match", "no_match"], what: "examples")
      })
    {
      if let match = kinds["match"] {
        tag.matchExamples = recording { () throws(TaxonomyError) in try readExamples(match) } ?? []
      }
      if let noMatch = kinds["no_match"] {
        tag.noMatchExamples = recording { () throws(TaxonomyError) in try readExamples(noMatch) } ?? []
      }
    }
    if let severity = fields["severity"] {
      tag.severity = recording { () throws(TaxonomyError) in try string(severity, "severity") }
    }
    if let route = fields["route"] { tag.route = recording { () throws(TaxonomyError) in try string(route, "route") } }
    if let fallback = fields["fallback"] {
      tag.fallback = recording { () throws(TaxonomyError) in try boolean(fallback, "fallback") } ?? false
    }
    if validCode { tags.append(tag) }
    if let children = fields["children"] {
      do {
        try readTags(children, parent: code, what: "\"children\"", into: &tags)
      } catch {
        problems.append(error)
      }
    }
  }

  static func isCodeScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "0"..."9", "_", "-", ".": return true
    default: return false
    }
  }

  func ruleSources(_ node: Node, _ what: String) throws(TaxonomyError) -> [RuleSource] {
    let items: [Node]
    switch node {
    case .scalar: items = [node]
    case .sequence(let sequence): items = Array(sequence)
    default: throw fail(node, "\(what) must be a string or a list of strings")
    }
    var result: [RuleSource] = []
    for item in items {
      guard case .scalar(let scalar) = item else { throw fail(item, "each rule must be a string") }
      if Self.isNull(item) {
        throw fail(item, "a rule in \(what) is null (empty, ~ or null); write the rule, or remove the item")
      }
      let text = Self.trimmingNewlines(scalar.string)
      var start = location(item)
      var positions: [SourcePosition]? = nil
      if let mark = item.mark {
        let map = ScalarSourceMap(lines: lines)
        if let run = map.run(of: scalar.string, style: scalar.style, line: mark.line, column: mark.column) {
          start = SourceLocation(file: source, line: run.line, column: run.column)
          result.append(RuleSource(text, location: start, run: run))
          continue
        }
        if var all = map.positions(of: scalar.string, style: scalar.style, line: mark.line, column: mark.column) {
          // Trimming the scalar's leading line breaks shifts offsets; trailing ones keep the end.
          let leading = scalar.string.unicodeScalars.prefix { $0 == "\n" || $0 == "\r" }.count
          all.removeFirst(min(leading, all.count - 1))
          positions = all
          start = SourceLocation(file: source, line: all[0].line, column: all[0].column)
        }
      }
      result.append(RuleSource(text, location: start, positions: positions))
    }
    return result
  }

  /// `text.trimmingCharacters(in: .newlines)`, without Foundation's search when neither end is a
  /// line break (a rule seldom starts or ends with one, and the search cost 140,000 instructions a
  /// rule).
  static func trimmingNewlines(_ text: String) -> String {
    func isNewline(_ scalar: Unicode.Scalar?) -> Bool {
      guard let scalar else { return false }
      return (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028
        || scalar.value == 0x2029
    }
    let scalars = text.unicodeScalars
    guard isNewline(scalars.first) || isNewline(scalars.last) else { return text }
    return text.trimmingCharacters(in: .newlines)
  }

  func readExamples(_ node: Node) throws(TaxonomyError) -> [Example] {
    guard case .sequence(let sequence) = node else { throw fail(node, "examples must be a list") }
    var result: [Example] = []
    for item in sequence {
      switch item {
      case .scalar(let scalar):
        result.append(Example(scalar.string, location: location(item)))
      case .mapping:
        let fields = try members(item, allowed: ["text", "meta", "question"], what: "an example")
        guard let text = fields["text"] else { throw fail(item, "an example mapping needs \"text\"") }
        var metadata: [String: String] = [:]
        if let meta = fields["meta"] {
          guard case .mapping(let pairs) = meta else { throw fail(meta, "\"meta\" must be a mapping") }
          for (key, value) in pairs { metadata[try string(key, "a meta key")] = try string(value, "a meta value") }
        }
        // The survey question the example answers, for QUESTION(…) rules.
        let question = try fields["question"].map { node throws(TaxonomyError) in try string(node, "question") }
        result.append(
          Example(try string(text, "text"), metadata: metadata, question: question, location: location(item)))
      default:
        throw fail(item, "an example must be a string or a mapping with \"text\", \"meta\" and \"question\"")
      }
    }
    return result
  }
}
