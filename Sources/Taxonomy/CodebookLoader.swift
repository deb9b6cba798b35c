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
struct ByteScanPosition {
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
