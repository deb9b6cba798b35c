import Foundation
import Yams

extension Codebook {
  /// Reads a codebook from a YAML file.
  public static func load(path: String) throws(TaxonomyError) -> Codebook {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
      throw .cannotOpen(path: path, reason: reason)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .yamlSyntax(SourceLocation(file: path, line: 1, column: 1), message: "the file is not valid UTF-8")
    }
    return try parse(yaml: text, source: path)
  }

  /// The codebooks shipped in the binary (from `taxonomies/*.yaml`), by file name without extension.
  public static var shippedNames: [String] {
    EmbeddedData.files.map { String($0.name.dropLast(".yaml".count)) }.sorted()
  }

  /// A shipped codebook (default `customer-feedback`).
  public static func shipped(_ name: String = "customer-feedback") throws(TaxonomyError) -> Codebook {
    guard let file = EmbeddedData.files.first(where: { $0.name == name + ".yaml" }) else {
      throw .unknownEmbedded(name: name)
    }
    return try parse(yaml: file.contents, source: "taxonomies/" + file.name)
  }

  /// Parses codebook YAML. `source` names the file in messages.
  ///
  /// Header keys: `id`, `version`, `language` or `languages`, `description`, `tags`. Tag keys: `code`,
  /// `label`, `description`, `parent`, `rules`, `exclude`, `examples` (`match`, `no_match`),
  /// `severity`, `route`, `children` (nested tags). Unknown keys are errors (they are usually typos).
  public static func parse(yaml: String, source: String) throws(TaxonomyError) -> Codebook {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw CodebookReader.yamlError(error, source: source)
    } catch {
      throw .yamlSyntax(SourceLocation(file: source, line: 1, column: 1), message: String(describing: error))
    }
    guard let root else {
      throw .invalidCodebook(SourceLocation(file: source, line: 1, column: 1), message: "the codebook is empty")
    }
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    return try CodebookReader(source: source, lines: lines).codebook(root)
  }
}

/// Walks the YAML node tree, checking types and keys.
private struct CodebookReader {
  let source: String
  let lines: [Substring]

  static func yamlError(_ error: YamlError, source: String) -> TaxonomyError {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) \($0.text)" } ?? problem
      return .yamlSyntax(SourceLocation(file: source, line: mark.line, column: mark.column), message: detail)
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
      guard case .scalar(let scalar) = key else { throw fail(key, "keys of \(what) must be plain strings") }
      let name = scalar.string
      guard allowed.contains(name) else {
        throw fail(key, "unknown key \"\(name)\" in \(what); expected one of: \(allowed.joined(separator: ", "))")
      }
      guard result[name] == nil else { throw fail(key, "duplicate key \"\(name)\" in \(what)") }
      result[name] = value
    }
    return result
  }

  func string(_ node: Node, _ what: String) throws(TaxonomyError) -> String {
    guard case .scalar(let scalar) = node else { throw fail(node, "\(what) must be a string") }
    return scalar.string
  }

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
    guard let idNode = header["id"] else { throw fail(root, "the codebook has no \"id\"") }
    guard let versionNode = header["version"] else { throw fail(root, "the codebook has no \"version\"") }
    guard let tagsNode = header["tags"] else { throw fail(root, "the codebook has no \"tags\"") }
    var languages: [String] = []
    if let node = header["languages"] ?? header["language"] { languages = try strings(node, "languages") }
    var tags: [CodebookTag] = []
    try readTags(tagsNode, parent: nil, into: &tags)
    return Codebook(
      id: try string(idNode, "id"), version: try string(versionNode, "version"), languages: languages,
      description: try header["description"].map { node throws(TaxonomyError) in try string(node, "description") }
        ?? "",
      tags: tags, source: source)
  }

  func readTags(_ node: Node, parent: String?, into tags: inout [CodebookTag]) throws(TaxonomyError) {
    guard case .sequence(let sequence) = node else { throw fail(node, "\"tags\" must be a list of tags") }
    for item in sequence { try readTag(item, enclosing: parent, into: &tags) }
  }

  func readTag(_ node: Node, enclosing: String?, into tags: inout [CodebookTag]) throws(TaxonomyError) {
    let keys = [
      "code", "label", "description", "parent", "rules", "exclude", "examples", "severity", "route", "children",
    ]
    let fields = try members(node, allowed: keys, what: "a tag")
    guard let codeNode = fields["code"] else { throw fail(node, "a tag has no \"code\"") }
    let code = try string(codeNode, "code")
    guard !code.isEmpty, code.unicodeScalars.allSatisfy(Self.isCodeScalar), !code.hasPrefix("."),
      !code.hasSuffix("."), !code.contains("..")
    else {
      throw fail(codeNode, "code \"\(code)\" must be dotted segments of lowercase letters, digits, '_' or '-'")
    }
    var tag = CodebookTag(code: code, label: code, location: location(node))
    if let label = fields["label"] { tag.label = try string(label, "label") }
    if let text = fields["description"] { tag.description = try string(text, "description") }
    if let parent = fields["parent"] {
      tag.parent = try string(parent, "parent")
      tag.parentIsExplicit = true
    } else if let enclosing {
      tag.parent = enclosing
    } else if let dot = code.lastIndex(of: ".") {
      tag.parent = String(code[..<dot])
    }
    if let rules = fields["rules"] { tag.rules = try ruleSources(rules, "rules") }
    if let exclude = fields["exclude"] { tag.exclude = try ruleSources(exclude, "exclude") }
    if let examples = fields["examples"] {
      let kinds = try members(examples, allowed: ["match", "no_match"], what: "examples")
      if let match = kinds["match"] { tag.matchExamples = try readExamples(match) }
      if let noMatch = kinds["no_match"] { tag.noMatchExamples = try readExamples(noMatch) }
    }
    if let severity = fields["severity"] { tag.severity = try string(severity, "severity") }
    if let route = fields["route"] { tag.route = try string(route, "route") }
    tags.append(tag)
    if let children = fields["children"] { try readTags(children, parent: code, into: &tags) }
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
      var start = location(item)
      var columns: [Int]? = nil
      switch scalar.style {
      case .singleQuoted, .doubleQuoted:
        // The mark is at the opening quote.
        start.column += 1
        columns = quotedColumns(line: start.line, quoteColumn: start.column - 1, double: scalar.style == .doubleQuoted)
      case .literal, .folded:
        // The text starts on the next line, after its indentation.
        start.line += 1
        if start.line - 1 < lines.count {
          start.column = lines[start.line - 1].prefix { $0 == " " }.count + 1
        }
      default:
        break
      }
      if let known = columns, known.count != scalar.string.unicodeScalars.count { columns = nil }
      result.append(
        RuleSource(scalar.string.trimmingCharacters(in: .newlines), location: start, columns: columns))
    }
    return result
  }

  /// The source column of each character of a quoted scalar that opens at `quoteColumn` and closes
  /// on the same line; nil when it spans lines.
  func quotedColumns(line: Int, quoteColumn: Int, double: Bool) -> [Int]? {
    guard line - 1 < lines.count else { return nil }
    let scalars = Array(lines[line - 1].unicodeScalars)
    var index = quoteColumn  // 0-based index just after the opening quote
    var columns: [Int] = []
    let quote: Unicode.Scalar = double ? "\"" : "'"
    while index < scalars.count {
      let scalar = scalars[index]
      if !double && scalar == "'" {
        if index + 1 < scalars.count && scalars[index + 1] == "'" {
          columns.append(index + 1)
          index += 2
          continue
        }
        return columns
      }
      if double && scalar == "\\" && index + 1 < scalars.count {
        columns.append(index + 1)
        switch scalars[index + 1] {
        case "x": index += 4
        case "u": index += 6
        case "U": index += 10
        default: index += 2
        }
        continue
      }
      if double && scalar == quote { return columns }
      columns.append(index + 1)
      index += 1
    }
    return nil
  }

  func readExamples(_ node: Node) throws(TaxonomyError) -> [Example] {
    guard case .sequence(let sequence) = node else { throw fail(node, "examples must be a list") }
    var result: [Example] = []
    for item in sequence {
      switch item {
      case .scalar(let scalar):
        result.append(Example(scalar.string, location: location(item)))
      case .mapping:
        let fields = try members(item, allowed: ["text", "meta"], what: "an example")
        guard let text = fields["text"] else { throw fail(item, "an example mapping needs \"text\"") }
        var metadata: [String: String] = [:]
        if let meta = fields["meta"] {
          guard case .mapping(let pairs) = meta else { throw fail(meta, "\"meta\" must be a mapping") }
          for (key, value) in pairs { metadata[try string(key, "a meta key")] = try string(value, "a meta value") }
        }
        result.append(Example(try string(text, "text"), metadata: metadata, location: location(item)))
      default:
        throw fail(item, "an example must be a string or a mapping with \"text\" and \"meta\"")
      }
    }
    return result
  }
}
