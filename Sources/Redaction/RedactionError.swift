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
      return "pattern \"\(text)\" must have the form NAME=MASK, e.g. ORDER=AA-999999"
    case .invalidPatternName(let name, let reason):
      return "pattern name \"\(name)\" is invalid: \(reason)"
    case .duplicatePatternName(let name):
      return "pattern name \"\(name)\" is given twice"
    case .invalidMask(let name, let mask, let column, let reason):
      return "pattern \(name): mask \"\(mask)\" column \(column): \(reason)"
    case .unknownType(let name):
      let known = RedactionType.builtIn.map { $0.label.lowercased() }.joined(separator: ", ")
      return "unknown redaction type \"\(name)\" (known: \(known))"
    }
  }
}
