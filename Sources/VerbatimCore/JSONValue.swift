/// A JSON value that keeps what it read: object members in their original order (duplicates
/// included) and numbers as their original text, so fields a command does not understand are
/// carried through untouched.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// A number, kept as the exact text of the input (already validated against RFC 8259).
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([JSONMember])

  /// A number value from a `Double`; non-finite values become `null` (JSON has no NaN).
  public static func double(_ value: Double) -> JSONValue {
    value.isFinite ? .number(JSONWriter.format(value)) : .null
  }

  /// A number value from an integer.
  public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

  /// The first member named `key`, when this is an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first(where: { $0.key == key })?.value
  }

  /// The string payload, when this is a string.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The numeric payload, when this is a number.
  public var doubleValue: Double? {
    if case .number(let text) = self { return Double(text) }
    return nil
  }

  /// A text rendering for identifiers: strings as they are, numbers as written, other values as
  /// compact JSON. Used to join records by id whatever JSON type the id has.
  public var identifierText: String {
    switch self {
    case .string(let value): return value
    case .number(let text): return text
    default:
      var writer = JSONWriter()
      writer.value(self)
      return writer.string
    }
  }
}

/// One member of a JSON object.
public struct JSONMember: Sendable, Equatable {
  public var key: String
  public var value: JSONValue

  public init(_ key: String, _ value: JSONValue) {
    self.key = key
    self.value = value
  }
}
