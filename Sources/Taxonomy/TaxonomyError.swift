/// A place in a codebook file: 1-based line and column (columns count Unicode code points).
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// The file name used in messages.
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`.
  public var description: String { "\(file):\(line):\(column)" }
}

/// Everything that can go wrong in the taxonomy stage. Messages name the codebook's file, line and
/// column, or an input's line/id — never the text of a verbatim.
public enum TaxonomyError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A codebook file cannot be read.
  case cannotOpen(path: String, reason: String)
  /// The YAML itself is malformed.
  case yamlSyntax(SourceLocation, message: String)
  /// The YAML is well-formed but does not describe a codebook (missing key, wrong type, unknown key).
  case invalidCodebook(SourceLocation, message: String)
  /// A rule does not parse; `expected` says what the parser wanted at that column.
  case ruleSyntax(SourceLocation, message: String)
  /// Several problems found while loading or compiling a codebook (each one a `yamlSyntax`,
  /// `ruleSyntax` or `invalidCodebook`), in file order.
  case invalidRules([TaxonomyError])
  /// The codebook's structure is inconsistent (duplicate code, unknown parent, cycle).
  case invalidHierarchy(SourceLocation, message: String)
  /// No embedded codebook has this name.
  case unknownEmbedded(name: String)
  /// The tokenizer or a regular expression failed while tagging the text with this id.
  case taggingFailed(recordID: String, reason: String)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "\(path): cannot open: \(reason)"
    case .yamlSyntax(let location, let message): return "\(location): YAML syntax error: \(message)"
    case .invalidCodebook(let location, let message): return "\(location): \(message)"
    case .ruleSyntax(let location, let message): return "\(location): rule syntax error: \(message)"
    case .invalidRules(let errors): return errors.map(\.description).joined(separator: "\n")
    case .invalidHierarchy(let location, let message): return "\(location): \(message)"
    case .unknownEmbedded(let name): return "no shipped codebook named \"\(name)\""
    case .taggingFailed(let recordID, let reason): return "record \(recordID): tagging failed: \(reason)"
    }
  }

  /// Whether a file could not be opened (a CLI exits 66) rather than being malformed (65).
  public var isCannotOpen: Bool {
    if case .cannotOpen = self { return true }
    return false
  }

  /// Whether no shipped codebook has the requested name (not a problem of a codebook's contents).
  public var isUnknownEmbedded: Bool {
    if case .unknownEmbedded = self { return true }
    return false
  }
}
