/// Writes RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end
/// with CRLF as the RFC says.
///
/// Formula injection: a spreadsheet opening the file runs a cell that starts with = + - @ (or TAB/CR,
/// which some strip first) as a formula. Rows of untrusted text (customer verbatims, codes and ids from
/// input files) are written with `neutralizingFormulas: true`, which prefixes such cells with an
/// apostrophe, as the OWASP "CSV Injection" guidance recommends; the apostrophe is visible to programs
/// that read the file as data.
public struct CSVWriter: Sendable {
  public private(set) var text = ""

  public init() {}

  /// Appends one record; with `neutralizingFormulas`, every field goes through `neutralized` first.
  public mutating func row(_ fields: [String], neutralizingFormulas: Bool = false) {
    let cells = neutralizingFormulas ? fields.map(Self.neutralized) : fields
    text += cells.map(Self.quoted).joined(separator: ",")
    text += "\r\n"
  }

  /// The field with a leading apostrophe when it starts with = + - @ TAB or CR (OWASP CSV Injection).
  public static func neutralized(_ field: String) -> String {
    guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
    return "'" + field
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
