/// A user-supplied named pattern: `name` becomes the placeholder (`ORDER` → `[ORDER]`) and `mask`
/// describes the text to replace in the mask language of `MaskPattern` (e.g. `AA-9{6}`).
public struct CustomPattern: Sendable, Equatable {
  /// Upper-case identifier: `[A-Z][A-Z0-9_]*`, not a built-in label.
  public var name: String
  /// The mask (see `MaskPattern`).
  public var mask: String

  public init(name: String, mask: String) {
    self.name = name
    self.mask = mask
  }

  /// Parses `NAME=MASK` (the command-line form). The name is checked when a `Redactor` is built.
  public init(specification: String) throws(RedactionError) {
    guard let equals = specification.firstIndex(of: "="), equals != specification.startIndex,
      specification.index(after: equals) != specification.endIndex
    else { throw .malformedPatternSpecification(specification) }
    name = String(specification[..<equals])
    mask = String(specification[specification.index(after: equals)...])
  }
}

/// What a `Redactor` replaces. Immutable once handed to a `Redactor`.
public struct RedactionConfiguration: Sendable, Equatable {
  /// The built-in kinds to detect (custom kinds in this set are ignored; custom patterns are always
  /// applied).
  public var types: Set<RedactionType>
  /// User-supplied patterns, tried in this order before the built-in numeric detectors.
  public var patterns: [CustomPattern]

  /// All built-in kinds and no custom pattern by default.
  public init(types: Set<RedactionType> = Set(RedactionType.builtIn), patterns: [CustomPattern] = []) {
    self.types = types
    self.patterns = patterns
  }

  /// Parses a comma-separated list of built-in type names (`email,phone,card,iban,ip,url,postcode,name,ssn,nino,date_of_birth,account_number,reference,nhs_number,address`,
  /// case-insensitive, blanks around names ignored). An empty list is refused.
  public static func types(parsing list: String) throws(RedactionError) -> Set<RedactionType> {
    var types: Set<RedactionType> = []
    for part in list.split(separator: ",", omittingEmptySubsequences: false) {
      let name = part.trimmingBlanks()
      guard let type = RedactionType(builtInName: name) else { throw .unknownType(name) }
      types.insert(type)
    }
    return types
  }
}

extension Substring {
  fileprivate func trimmingBlanks() -> String {
    String(self.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
  }
}
