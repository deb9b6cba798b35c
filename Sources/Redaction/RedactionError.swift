/// Why a redaction configuration was refused. Messages quote only configuration text (pattern names
/// and masks), never the text being redacted.
public enum RedactionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A `--pattern` argument is not of the form `NAME=MASK`.
  case malformedPatternSpecification(String)
  /// A custom pattern name is not an upper-case identifier or collides with a built-in type.
  case invalidPatternName(String, reason: String)
  /// Two custom patterns have the same name.
  case duplicatePatternName(String)
  /// A mask cannot be compiled; `column` is the 1-based character position in the mask.
  case invalidMask(name: String, mask: String, column: Int, reason: String)
  /// A type name in a type list is not a built-in type.
  case unknownType(String)

  public var description: String {
    switch self {
    case .malformedPatternSpecification(let text):
      return "pattern \(Self.quoted(text)) must have the form NAME=MASK, e.g. ORDER=AA-999999"
    case .invalidPatternName(let name, let reason):
      return "pattern name \(Self.quoted(name)) is invalid: \(reason)"
    case .duplicatePatternName(let name):
      return "pattern name \(Self.quoted(name)) is given twice"
    case .invalidMask(let name, let mask, let column, let reason):
      return
        "pattern \(Self.quoted(name, inQuotes: false)): mask \(Self.quoted(mask, column: column)) column \(column): \(reason)"
    case .unknownType(let name):
      let known = RedactionType.builtIn.map { $0.label.lowercased() }.joined(separator: ", ")
      return "unknown redaction type \(Self.quoted(name)) (known: \(known))"
    }
  }

  /// The most characters of a pattern, name or mask a message quotes; a longer one is quoted by
  /// its start and its length, and a mask also by the characters around the failing column (brief
  /// h61a: an invalid 100,000-character `--pattern` was echoed whole).
  static let quotedLimit = 40

  /// `text` in quotes, or its first `quotedLimit` characters, "…" and its length when it is longer;
  /// with `column` (1-based), also the characters around that column when they are not shown.
  private static func quoted(_ text: String, column: Int? = nil, inQuotes: Bool = true) -> String {
    let open = inQuotes ? "\"" : ""
    let characters = Array(text)
    guard characters.count > quotedLimit else { return open + text + open }
    var result = open + String(characters[..<quotedLimit]) + "…" + open + " (\(characters.count) characters"
    if let column, column > quotedLimit - 10 {
      let failing = min(max(column - 1, 0), characters.count - 1)
      let from = max(failing - 10, 0)
      let to = min(failing + 10, characters.count - 1)
      result += ", near \"" + (from > 0 ? "…" : "") + String(characters[from...to])
      result += (to < characters.count - 1 ? "…" : "") + "\""
    }
    return result + ")"
  }
}
