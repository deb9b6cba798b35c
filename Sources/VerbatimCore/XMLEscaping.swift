/// Escapes text for XML 1.0 (and HTML) content and attribute values: `& < > " '` become entities,
/// line feeds become `&#10;` (so attribute values keep them), tabs stay, and the control characters
/// XML 1.0 cannot carry even as references become U+FFFD. Used for JUnit reports and the HTML report.
public func xmlEscaped(_ text: String) -> String {
  var result = ""
  result.reserveCapacity(text.utf8.count)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "&": result += "&amp;"
    case "<": result += "&lt;"
    case ">": result += "&gt;"
    case "\"": result += "&quot;"
    case "'": result += "&apos;"
    case "\n": result += "&#10;"
    default:
      if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
        result += "\u{FFFD}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
  }
  return result
}
