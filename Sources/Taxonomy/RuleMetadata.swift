public import VerbatimCore

/// The values that answer a codebook's `meta.…` conditions, by field name. A field can hold
/// several values: a coded answer `{"code": "1", "label": "Bad"}` (Triple-S `single` variables)
/// answers with its code and its label, and an array (Triple-S `multiple` variables) with the
/// values of every element. `meta.F = v` holds when one of F's values is `v`; `meta.F IN (…)` when
/// one of them is in the list; `meta.F != v` is the negation of `meta.F = v` (so it also holds when
/// F is absent).
public struct RuleMetadata: Sendable, Equatable {
  var fields: [String: [String]]

  /// No metadata: every `=` and `IN` condition is false, every `!=` true.
  public init() { fields = [:] }

  /// One value per field.
  public init(_ strings: [String: String]) { fields = strings.mapValues { [$0] } }

  /// Reads the fields `keys` of a record's JSON members: from its `"meta"` object first, else from
  /// its top-level members. The `"meta"` object is read the same way, so a `"meta"` object nested in
  /// it (a JSON Lines export whose `"meta"` was imported as metadata) is read before its siblings.
  /// Fields whose value gives no text (null, an empty array, an object that is not a coded answer)
  /// are absent.
  public init(members: [JSONMember], keys: [String]) {
    fields = [:]
    for key in keys {
      if let value = Self.lookUp(key, in: members) { fields[key] = value }
    }
  }

  /// The values of `key`: none (nil) when the field is absent.
  public subscript(key: String) -> [String]? {
    get { fields[key] }
    set { fields[key] = newValue }
  }

  /// Whether no field has a value.
  public var isEmpty: Bool { fields.isEmpty }

  /// The text of the survey question the answer replies to, which the codebook's `QUESTION(…)`
  /// conditions read (nil: no question, and every `QUESTION(…)` is false).
  public var question: String? {
    get { fields[RuleExpression.questionKey]?.first }
    set { fields[RuleExpression.questionKey] = newValue.map { [$0] } }
  }

  /// The texts a JSON value answers a condition with: a string as it is, a number as written,
  /// `true`/`false`; the `"code"` and `"label"` of a coded answer object; every element's texts for
  /// an array. Nothing for null and for other objects.
  public static func values(of value: JSONValue) -> [String] {
    switch value {
    case .string(let text): return [text]
    case .number(let text): return [text]
    case .bool(let flag): return [flag ? "true" : "false"]
    case .null: return []
    case .object:
      return [value["code"], value["label"]].compactMap { part -> String? in
        switch part {
        case .string(let text)?: return text
        case .number(let text)?: return text
        default: return nil
        }
      }
    case .array(let elements): return elements.flatMap { values(of: $0) }
    }
  }

  private static func lookUp(_ key: String, in members: [JSONMember]) -> [String]? {
    if let meta = members.first(where: { $0.key == "meta" })?.value, case .object(let inner) = meta,
      let found = lookUp(key, in: inner)
    {
      return found
    }
    guard let value = members.first(where: { $0.key == key })?.value else { return nil }
    let values = values(of: value)
    return values.isEmpty ? nil : values
  }

  /// Whether one of `key`'s values is among `values`: equal as written, or as decimal numbers
  /// (`1.0` from a pandas export equals a rule's `1`; QA review 19).
  func contains(_ key: String, anyOf values: [String]) -> Bool {
    guard let own = fields[key] else { return false }
    return own.contains { value in values.contains { Self.equal(value, $0) } }
  }

  /// Whether two metadata values are equal: the same text, or two decimal numbers of equal value
  /// ("1" and "1.0", "2.50" and "2.5"). Only digits, one sign, a point and an exponent count as a
  /// number: "0x10", " 1" and "1 " stay text.
  static func equal(_ first: String, _ second: String) -> Bool {
    if first == second { return true }
    guard isDecimal(first), isDecimal(second), let x = Double(first), let y = Double(second), x.isFinite, y.isFinite
    else { return false }
    return x == y
  }

  private static func isDecimal(_ text: String) -> Bool {
    !text.isEmpty
      && text.utf8.allSatisfy {
        ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 | 0x20 == 0x65
      }
      && text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
  }
}
