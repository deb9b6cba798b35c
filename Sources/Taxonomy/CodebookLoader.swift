import Foundation
import VerbatimCore
import Yams

extension Codebook {
  /// Reads a codebook from a YAML file.
  public static func load(path: String) throws(TaxonomyError) -> Codebook {
    // A regular file or a pipe (`--taxonomy <(…)`), at most `sizeLimit` bytes; not a device such as
    // /dev/zero, which never ends.
    let data: Data
    do {
      data = Data(try BoundedFileReader.contents(of: path, limit: sizeLimit))
    } catch {
      throw .cannotOpen(
        path: path, reason: error == .isDirectory ? "it is a directory, not a codebook file" : error.description)
    }
    if let message = UTF8Validation.wrongEncodingMessage(Array(data), path: path, what: "codebook") {
      throw .invalidCodebook(SourceLocation(file: path, line: 1, column: 1), message: message)
    }
    // Review r19a: find an invalid byte here, where its line and column are known (the YAML
    // parser only sees decoded text).
    var iterator = data.makeIterator()
    var decoder = UTF8()
    var offset = 0
    var position = ByteScanPosition()
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        position.advance(past: scalar)
        offset += UTF8.width(scalar)
      case .emptyInput:
        break decoding
      case .error:
        let byte = String(data[data.startIndex + offset], radix: 16, uppercase: true)
        throw .yamlSyntax(
          position.location(in: path),
          message: "byte 0x\(byte) is not valid UTF-8; save the codebook as UTF-8")
      }
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .yamlSyntax(SourceLocation(file: path, line: 1, column: 1), message: "the file is not valid UTF-8")
    }
    return try parse(yaml: text, source: path)
  }

  /// Throws at the first code point YAML does not allow in a file (a control character other than
  /// tab and line breaks, a surrogate, U+FFFE/U+FFFF), naming its line and column: the YAML
  /// parser reports it at 1:1.
  static func checkCharacters(_ yaml: String, source: String) throws(TaxonomyError) {
    var bytes = yaml
    // Most files hold none: the code points are walked (to name the line and column) only then.
    guard bytes.withUTF8({ mayHoldDisallowedCharacter($0) }) else { return }
    var position = ByteScanPosition()
    for scalar in yaml.unicodeScalars {
      let value = scalar.value
      let allowed =
        value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0x7E).contains(value) || value == 0x85
        || (0xA0...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value) || value >= 0x10000
      guard allowed else {
        let hex = String(value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let escape = "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
        throw .yamlSyntax(
          position.location(in: source),
          message:
            "control character U+\(code) is not allowed in YAML; remove it, or write it as the escape "
            + "\"\(value <= 0xFF ? escape : "\\u" + code)\" inside a double-quoted string")
      }
      position.advance(past: scalar)
    }
  }

  /// Whether valid UTF-8 `bytes` may hold a code point `checkCharacters` refuses: an ASCII control
  /// character other than tab, line feed and carriage return, DEL, U+0080–U+009F but U+0085
  /// (C2 80–C2 9F), or U+FFFE/U+FFFF (EF BF BE/BF). A surrogate is not valid UTF-8. Exact, byte by
  /// byte: every other code point is allowed.
  static func mayHoldDisallowedCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      // Eight bytes that are all printable ASCII (0x20–0x7E: none below 0x20, none from 0x7F on;
      // Anderson, "Bit Twiddling Hacks", "Determine if a word has a byte less than n") hold none
      // and start no sequence that does: stepped over in one test. Any other eight are tested one by
      // one.
      if index + 8 <= count, let base = bytes.baseAddress {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- 0x2020_2020_2020_2020) & ~word & highBits
        let above = (word | (word &+ ones)) & highBits
        if below | above == 0 {
          index += 8
          continue
        }
      }
      let end = min(index + 8, count)
      while index < end {
        let byte = bytes[index]
        if byte < 0x20 {
          if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
        } else if byte == 0x7F {
          return true
        } else if byte == 0xC2 {
          if index + 1 < count && bytes[index + 1] < 0xA0 && bytes[index + 1] != 0x85 { return true }
        } else if byte == 0xEF {
          if index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE { return true }
        }
        index += 1
      }
    }
    return false
  }

  /// The deepest nesting of flow collections (`[…]`, `{…}`) and block indentation a codebook may
  /// have: a real codebook stays under 20 levels, and the YAML composer recurses once per level
  /// (review r21b: `tags: [[[…]]]` 10,000 deep crashed it with a stack overflow).
  static let maximumNesting = 100

  /// The most nodes a codebook of `bytes` bytes may hold once its aliases are expanded: more than any
  /// YAML of that size can spell out without aliases (each node takes at least one byte), so only
  /// aliases can exceed it. Review r22: nine levels of nine aliases (`children: [*t, *t, …]`, the
  /// "billion laughs" of YAML) made `taxonomy lint` run for minutes and take gigabytes.
  static func maximumNodes(forBytes bytes: Int) -> Int { 2 * bytes + 100_000 }

  /// Throws when `root`, with every alias expanded, holds more than `budget` nodes. Yams composes an
  /// alias as a copy of its anchor's node (shared storage, so composing is cheap); the count stops
  /// as soon as the budget is spent, so this is linear in the budget, not in the expansion.
  static func checkExpansion(_ root: Node, budget: Int, source: String) throws(TaxonomyError) {
    var remaining = budget
    var stack: [Node] = [root]
    while let node = stack.popLast() {
      remaining -= 1
      if remaining < 0 {
        throw .yamlSyntax(
          SourceLocation(file: source, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1),
          message:
            "the YAML's aliases (*name) expand to more than \(budget) nodes, more than a codebook of this size "
            + "can hold; expand them by hand or reuse fewer")
      }
      switch node {
      case .scalar: break
      case .mapping(let mapping):
        for (key, value) in mapping {
          stack.append(key)
          stack.append(value)
        }
      case .sequence(let sequence): stack.append(contentsOf: sequence)
      }
    }
  }

  /// Throws at the first place the YAML nests deeper than `maximumNesting`: flow brackets outside
  /// quoted scalars and comments, or an indentation of more than two spaces per allowed level.
  static func checkNesting(_ yaml: String, source: String) throws(TaxonomyError) {
    // The bytes through a buffer: iterating the String's UTF-8 view cost 60 instructions a byte.
    var yaml = yaml
    let problem = yaml.withUTF8 { bytes -> TaxonomyError? in
      do throws(TaxonomyError) {
        try checkNesting(bytes: bytes, source: source)
        return nil
      } catch {
        return error
      }
    }
    if let problem { throw problem }
  }

  private static func checkNesting(bytes: UnsafeBufferPointer<UInt8>, source: String) throws(TaxonomyError) {
    var depth = 0
    var line = 1
    var column = 0
    var quote: UInt8?
    var inComment = false
    var atLineStart = true
    var indent = 0
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      // The byte before (a line feed before the first).
      let previous = index > 0 ? bytes[index - 1] : 0x0A
      column += 1
      if byte == 0x0A {
        line += 1
        column = 0
        inComment = false
        atLineStart = true
        indent = 0
        index += 1
        continue
      }
      if atLineStart {
        if byte == 0x20 {
          // The run of spaces, at once: the indentation counts each, and passes the limit at the
          // space that makes it one too many.
          var end = index + 1
          while end < count && bytes[end] == 0x20 { end += 1 }
          if indent + (end - index) > 2 * maximumNesting {
            throw .yamlSyntax(
              SourceLocation(file: source, line: line, column: column + 2 * maximumNesting - indent),
              message: "the YAML is indented deeper than \(maximumNesting) levels; a codebook nests far less")
          }
          indent += end - index
          column += end - index - 1
          index = end
          continue
        }
        atLineStart = false
      }
      if inComment {
        // Nothing counts up to the line feed (where the column starts again): stepped over.
        index += 1
        while index < count && bytes[index] != 0x0A { index += 1 }
        continue
      }
      if let open = quote {
        if byte == open && previous != UInt8(ascii: "\\") {
          quote = nil
          index += 1
          continue
        }
        // Nothing counts inside the quotes up to the next quote byte or line feed: stepped over,
        // counting columns (byte by byte, this scan cost 2.4M instructions for the shipped
        // codebook, most of whose bytes are quoted rules and comments).
        var next = index + 1
        while next < count && bytes[next] != open && bytes[next] != 0x0A { next += 1 }
        column += next - index - 1
        index = next
        continue
      }
      switch byte {
      case UInt8(ascii: "#") where previous == 0x20 || previous == 0x09 || previous == 0x0A:
        inComment = true
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        quote = byte
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        if depth > maximumNesting {
          throw .yamlSyntax(
            SourceLocation(file: source, line: line, column: column),
            message: "brackets nest deeper than \(maximumNesting) levels; a codebook nests far less")
        }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth = max(0, depth - 1)
      default:
        break
      }
      index += 1
      // The bytes up to the next that can matter in any state (most of a line of prose): stepped
      // over, counting columns.
      var next = index
      while next < count && !mayMatterToNesting(bytes[next]) { next += 1 }
      column += next - index
      index = next
    }
  }

  /// Whether `byte` can change `checkNesting`'s state: a line feed, `#`, a quote or a bracket. (Any
  /// other byte changes nothing but the column, in or out of quotes and comments; a space at a
  /// line's start is handled there.)
  @inline(__always)
  private static func mayMatterToNesting(_ byte: UInt8) -> Bool {
    // Bits 0x0A, 0x22 ("), 0x23 (#) and 0x27 (') below 0x40; "[" and "]" are "{" and "}" without
    // the 0x20 bit.
    if byte < 0x40 { return (0x0000_008C_0000_0400 as UInt64) >> UInt64(byte) & 1 != 0 }
    return byte | 0x20 == UInt8(ascii: "{") || byte | 0x20 == UInt8(ascii: "}")
  }

  /// The most a codebook file may hold.
  static let sizeLimit = 64 << 20

  /// The codebooks shipped in the binary (from `taxonomies/*.yaml`), by file name without extension.
  public static var shippedNames: [String] {
    EmbeddedData.files.map { String($0.name.dropLast(".yaml".count)) }.sorted()
  }

  /// A shipped codebook (default `customer-feedback`).
  public static func shipped(_ name: String = "customer-feedback") throws(TaxonomyError) -> Codebook {
    guard let file = EmbeddedData.files.first(where: { $0.name == name + ".yaml" }) else {
      throw .unknownEmbedded(name: name)
    }
    var codebook = try parse(yaml: file.contents, source: "taxonomies/" + file.name)
    codebook.regexesKnownValid = true
    return codebook
  }

  /// Parses codebook YAML. `source` names the file in messages.
  ///
  /// Header keys: `id`, `version`, `language` or `languages`, `description`, `tags`. Tag keys: `code`,
  /// `label`, `description`, `parent`, `rules`, `exclude`, `examples` (`match`, `no_match`),
  /// `severity`, `route`, `children` (nested tags). Unknown keys are errors (they are usually typos).
  public static func parse(yaml: String, source: String) throws(TaxonomyError) -> Codebook {
    try checkCharacters(yaml, source: source)
    try checkNesting(yaml, source: source)
    let root: Node?
    do {
      // Without the default resolver: the reader never asks a node for its resolved tag (only
      // `isYAMLNull` resolves, with the default resolver, when it must), and making the default
      // one compiled its seven regular expressions (8.9M instructions).
      // UTF-8 named (a Swift string's own encoding): the default reads the process's environment
      // for YAMS_DEFAULT_ENCODING (0.8M instructions), which would also make Yams print a line to
      // standard output.
      root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
    } catch let error as YamlError {
      throw CodebookReader.yamlError(error, source: source)
    } catch {
      throw .yamlSyntax(SourceLocation(file: source, line: 1, column: 1), message: String(describing: error))
    }
    guard let root else {
      throw .invalidCodebook(SourceLocation(file: source, line: 1, column: 1), message: "the codebook is empty")
    }
    try checkExpansion(root, budget: maximumNodes(forBytes: yaml.utf8.count), source: source)
    // Split by code points: a Swift `Character` joins "\r\n" into one grapheme, which is not "\n",
    // so splitting the `String` would leave a CRLF file as one line (review r19a: its rule columns
    // fell back to the scalar's start mark, one column short).
    let reader = CodebookReader(source: source, lines: SourceLines(yaml))
    let codebook: Codebook?
    do {
      codebook = try reader.codebook(root)
    } catch {
      reader.problems.append(error)
      codebook = nil
    }
    // Review r19a: every structural problem found (unknown and duplicate keys, wrong types), in
    // file order, not just the first; one problem is thrown as itself.
    let problems = reader.problems.sorted { CodebookReader.order($0) < CodebookReader.order($1) }
    if problems.count == 1 { throw problems[0] }
    if !problems.isEmpty { throw .invalidRules(problems) }
    guard let codebook else { throw .invalidCodebook(SourceLocation(file: source, line: 1, column: 1), message: "?") }
    return codebook
  }
}

/// Whether `node` is YAML's null: `Resolver.default.resolveTag(of: node) == .null`.
///
/// The resolver's null is `~`, `null`, `Null`, `NULL` or nothing, with at most one line break after
/// it (its pattern's `$`): at most 7 bytes, starting with `~`, `n`, `N` or the first byte of a line
/// break. A longer untagged (implicit: an empty tag name) scalar, or one that starts otherwise, is
/// not null, found without running the resolver's regular expressions (28,000 instructions a call,
/// and 8.9M to compile them on first use); a tagged one is null when its tag is, as the resolver
/// says without them.
func isYAMLNull(_ node: Node) -> Bool {
  guard case .scalar(let scalar) = node else { return false }
  let tagName = scalar.tag.description
  guard tagName.isEmpty else { return tagName == Tag.Name.null.rawValue }
  let bytes = scalar.string.utf8
  if bytes.count > maximumNullBytes { return false }
  if let first = bytes.first, !mayStartNull(first) { return false }
  return Resolver.default.resolveTag(of: node) == .null
}

/// Whether a text the resolver reads as null can start with `byte`: `~`, `n`, `N`, and the first bytes
/// of the line breaks its `$` may stand before (U+000A–U+000D, U+0085: C2 85, U+2028 and U+2029:
/// E2 80 A8/A9).
func mayStartNull(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), 0x0A...0x0D, 0xC2, 0xE2: return true
  default: return false
  }
}

/// The longest text the resolver reads as null: "NULL" and a line break of 3 bytes (U+2028).
let maximumNullBytes = 7

/// The lines of `text` cut at each "\n" (an empty last line included), as code points, without
/// the "\r" of a CRLF ending: every line of `SourceLines`.
func scalarLines(_ text: String) -> [[Unicode.Scalar]] {
  let lines = SourceLines(text)
  return (0..<lines.count).map { lines[$0] }
}

/// `scalarLines(_:)` as it was first written, code point by code point (the tests compare the two).
func scalarLinesByCodePoint(_ text: String) -> [[Unicode.Scalar]] {
  var lines: [[Unicode.Scalar]] = []
  var line: [Unicode.Scalar] = []
  for scalar in text.unicodeScalars {
    if scalar == "\n" {
      if line.last == "\r" { line.removeLast() }
      lines.append(line)
      line = []
    } else {
      line.append(scalar)
    }
  }
  if line.last == "\r" { line.removeLast() }
  lines.append(line)
  return lines
}

/// The line and column (in code points) of the next code point while scanning a file.
private struct ByteScanPosition {
  var line = 1
  var column = 1

  mutating func advance(past scalar: Unicode.Scalar) {
    if scalar == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }

  func location(in file: String) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
}

/// A line and column, ordered as in the file.
private struct SourceOrder: Comparable {
  var line: Int
  var column: Int

  static func < (left: SourceOrder, right: SourceOrder) -> Bool {
    (left.line, left.column) < (right.line, right.column)
  }
}

/// Walks the YAML node tree, checking types and keys. Problems that leave the rest readable
/// (an unknown or duplicate key, a value of the wrong type) are collected in `problems` and reading
/// goes on; a tag whose code is unusable is skipped.
private final class CodebookReader {
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
      "code", "label", "description", "parent", "rules", "exclude", "examples", "severity", "route", "children",
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

/// Maps the code points of a decoded YAML scalar back to the source: plain, single-quoted
/// (`''` is one quote), double-quoted (`\"`, `\x..`, `\u....`, `\U........`, escaped line
/// breaks), literal (`|`) and folded (`>`) scalars, on one line or several. Yams gives only the
/// scalar's start mark; the rest is recovered by walking the source alongside the decoded text:
/// a decoded character is the next equal source character (or the escape that produces it), a
/// decoded space or line break at the end of a source line is that line break (line folding), and
/// any other source character (indentation, trailing white space, a closing quote) is skipped.
struct ScalarSourceMap {
  /// The file's lines (without line terminators).
  let lines: SourceLines

  /// One position per code point of `decoded`, then the position just after the last one; nil
  /// when the walk does not find the text (then callers fall back to the start mark). `line` and
  /// `column` are Yams's 1-based mark: the first character of a plain scalar, the opening quote
  /// of a quoted one, the `|` or `>` indicator of a block scalar.
  func positions(of decoded: String, style: Node.Scalar.Style, line: Int, column: Int) -> [SourcePosition]? {
    var row = line - 1
    var col = column - 1
    var blockIndent: Int? = nil
    switch style {
    case .singleQuoted, .doubleQuoted:
      col += 1
    case .literal, .folded:
      // The content starts on the next line; its indentation is that of the first non-blank line
      // (an explicit indentation indicator such as `>2` is not supported and gives the same
      // result whenever the first line is not more indented than the rest).
      row += 1
      col = 0
      var probe = row
      while probe < lines.count && lines[probe].allSatisfy({ $0 == " " }) { probe += 1 }
      let indent = probe < lines.count ? lines[probe].prefix { $0 == " " }.count : 0
      blockIndent = indent
      col = indentEnd(row, indent)
    default:
      break
    }
    if blockIndent == nil, let positions = singleLinePositions(of: decoded, style: style, row: row, col: col) {
      return positions
    }
    var positions: [SourcePosition] = []
    positions.reserveCapacity(decoded.unicodeScalars.count + 1)
    var last: SourcePosition? = nil
    // The line at `row`, fetched again only when the row changes (fetching it for every code
    // point retained and released it each time: 1.5M instructions for the shipped codebook).
    var current: [Unicode.Scalar] = []
    var currentRow = -1
    for character in decoded.unicodeScalars {
      var mapped = false
      while !mapped {
        guard row >= 0 && row < lines.count && col >= 0 else { return nil }
        if row != currentRow {
          current = lines[row]
          currentRow = row
        }
        if col >= current.count {
          if character == " " || character == "\n" {
            // A line break folded into a space, or kept as a line break.
            positions.append(SourcePosition(line: row + 1, column: col + 1))
            mapped = true
          }
          row += 1
          col = blockIndent.map { indentEnd(row, $0) } ?? continuationStart(row)
          continue
        }
        let scalar = current[col]
        if style == .doubleQuoted && scalar == "\\" {
          guard col + 1 < current.count else {
            // An escaped line break: the text continues on the next line, without a character.
            row += 1
            col = continuationStart(row)
            continue
          }
          positions.append(SourcePosition(line: row + 1, column: col + 1))
          col += escapeLength(current, at: col)
          mapped = true
        } else if scalar == character {
          positions.append(SourcePosition(line: row + 1, column: col + 1))
          col += style == .singleQuoted && scalar == "'" ? 2 : 1
          mapped = true
        } else {
          col += 1
        }
      }
      last = positions.last
    }
    if let last {
      positions.append(SourcePosition(line: last.line, column: last.column + 1))
    } else {
      positions.append(SourcePosition(line: row + 1, column: col + 1))
    }
    return positions
  }

  /// Where `decoded` starts when it is written on its start line character for character, as
  /// `positions` would find it, its length, and the offsets of its quotes a single-quoted scalar
  /// writes doubled: an ASCII text, not empty and not starting with a line break (which
  /// `ruleSources` trims), without the backslash a double-quoted scalar escapes, whose bytes are
  /// those of its ASCII start line from its first column (a `'` of a single-quoted scalar taking
  /// two columns). `singleLinePositions` then finds each character at the next column (after a
  /// doubled quote, the column after the pair), which this tells without making the positions. Nil
  /// otherwise (a block scalar, or a text written otherwise: then `positions` walks it).
  func run(of decoded: String, style: Node.Scalar.Style, line: Int, column: Int) -> WrittenRun? {
    let row = line - 1
    var col = column - 1
    switch style {
    case .singleQuoted, .doubleQuoted: col += 1
    case .literal, .folded: return nil
    default: break
    }
    guard row >= 0 && row < lines.count && col >= 0 else { return nil }
    let singleQuoted = style == .singleQuoted
    let doubleQuoted = style == .doubleQuoted
    var text = decoded
    return text.withUTF8 { text -> WrittenRun? in
      guard !text.isEmpty, let textBase = text.baseAddress, text[0] != 0x0A, text[0] != 0x0D,
        !(doubleQuoted && memchr(textBase, Int32(UInt8(ascii: "\\")), text.count) != nil)
      else { return nil }
      return lines.withASCIILine(row) { line -> WrittenRun? in
        // Compared a stretch at a time: up to and with the next quote, which a single-quoted scalar
        // writes twice (a byte a byte, this cost 6M instructions for the shipped codebook). The line
        // is ASCII, so a text that equals it is.
        guard let line, let lineBase = line.baseAddress else { return nil }
        var quotes: [Int32] = []
        var at = col
        var from = 0
        while from < text.count {
          var end = text.count
          if singleQuoted, let quote = memchr(textBase + from, Int32(UInt8(ascii: "'")), text.count - from) {
            end = textBase.distance(to: quote.assumingMemoryBound(to: UInt8.self)) + 1
          }
          let length = end - from
          guard at + length <= line.count, memcmp(lineBase + at, textBase + from, length) == 0 else { return nil }
          at += length
          // A stretch that ends with a quote (found above): its second column is stepped over.
          if singleQuoted && text[end - 1] == UInt8(ascii: "'") {
            quotes.append(Int32(end - 1))
            at += 1
          }
          from = end
        }
        return WrittenRun(line: row + 1, column: col + 1, count: text.count, quotes: quotes)
      }
    }
  }

  /// `positions` of a non-empty ASCII text that lies on its start line, an ASCII one, walked on the
  /// bytes as the general walk walks the code points: each character is the next equal byte of the
  /// line (a `''` of a single-quoted scalar is one quote), other bytes (a closing quote) are
  /// skipped. Nil, for the general walk, when the text reaches the line's end (it goes on to the
  /// next line) or meets an escape of a double-quoted scalar. Iterating the decoded `String` code
  /// point by code point cost 8M instructions for the shipped codebook's rules.
  private func singleLinePositions(
    of decoded: String, style: Node.Scalar.Style, row: Int, col: Int
  ) -> [SourcePosition]? {
    guard row >= 0 && row < lines.count && col >= 0 else { return nil }
    var text = decoded
    return text.withUTF8 { text -> [SourcePosition]? in
      guard !text.isEmpty, !text.contains(where: { $0 >= 0x80 }) else { return nil }
      return lines.withASCIILine(row) { line -> [SourcePosition]? in
        guard let line else { return nil }
        let singleQuoted = style == .singleQuoted
        let doubleQuoted = style == .doubleQuoted
        var found = true
        // Written in place (appending checked the capacity per character); a walk that gives up
        // leaves no position.
        let positions = [SourcePosition](unsafeUninitializedCapacity: text.count + 1) { positions, count in
          var col = col
          for (index, byte) in text.enumerated() {
            while true {
              guard col < line.count, !(doubleQuoted && line[col] == UInt8(ascii: "\\")) else {
                found = false
                count = 0
                return
              }
              let source = line[col]
              if source == byte {
                positions[index] = SourcePosition(line: row + 1, column: col + 1)
                col += singleQuoted && source == UInt8(ascii: "'") ? 2 : 1
                break
              }
              col += 1
            }
          }
          positions[text.count] = SourcePosition(line: row + 1, column: positions[text.count - 1].column + 1)
          count = text.count + 1
        }
        return found ? positions : nil
      }
    }
  }

  /// The column after a block scalar line's indentation (at most `indent` spaces).
  private func indentEnd(_ row: Int, _ indent: Int) -> Int {
    guard row < lines.count else { return 0 }
    var col = 0
    while col < indent && col < lines[row].count && lines[row][col] == " " { col += 1 }
    return col
  }

  /// The column of the first non-blank character of a continuation line (plain or quoted scalars
  /// drop the leading white space of their continuation lines).
  private func continuationStart(_ row: Int) -> Int {
    guard row < lines.count else { return 0 }
    return lines[row].prefix { $0 == " " || $0 == "\t" }.count
  }

  /// Source code points of the double-quoted escape at `col` (a backslash): `\xXX` 4, `\uXXXX`
  /// 6 (12 for a surrogate pair written as two escapes), `\UXXXXXXXX` 10, others 2.
  private func escapeLength(_ line: [Unicode.Scalar], at col: Int) -> Int {
    switch line[col + 1] {
    case "x": return 4
    case "U": return 10
    case "u":
      let digits = String(String.UnicodeScalarView(line[min(col + 2, line.count)..<min(col + 6, line.count)]))
      if let value = UInt32(digits, radix: 16), (0xD800...0xDBFF).contains(value), col + 7 < line.count,
        line[col + 6] == "\\", line[col + 7] == "u"
      {
        return 12
      }
      return 6
    default: return 2
    }
  }
}
