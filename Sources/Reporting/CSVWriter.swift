/// Writes RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end
/// with CRLF as the RFC says.
public struct CSVWriter: Sendable {
  public private(set) var text = ""

  public init() {}

  /// Appends one record.
  public mutating func row(_ fields: [String]) {
    text += fields.map(Self.quoted).joined(separator: ",")
    text += "\r\n"
  }

  static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
      return field
    }
    return "\"" + field.replacingQuotes() + "\""
  }
}

extension String {
  fileprivate func replacingQuotes() -> String {
    var result = ""
    for character in self {
      if character == "\"" { result += "\"\"" } else { result.append(character) }
    }
    return result
  }
}
