/// Escapes text for XML 1.0 (and HTML) content and attribute values: `& < > " '` become entities,
/// line feeds become `&#10;` (so attribute values keep them), tabs stay, and the control characters
/// XML 1.0 cannot carry even as references become U+FFFD. Used for the HTML report; JUnit reports,
/// whose names must stay distinct, use `xmlEscapedReversibly`.
public func xmlEscaped(_ text: String) -> String {
  var result = ""
  result.reserveCapacity(text.utf8.count)
  for scalar in text.unicodeScalars {
    if let entity = xmlEntity(scalar) {
      result += entity
    } else if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
      result += "\u{FFFD}"
    } else {
      result.unicodeScalars.append(scalar)
    }
  }
  return result
}

/// The entity both escapers write for `& < > " '` and the line feed, or nil for other characters.
private func xmlEntity(_ scalar: Unicode.Scalar) -> String? {
  switch scalar {
  case "&": "&amp;"
  case "<": "&lt;"
  case ">": "&gt;"
  case "\"": "&quot;"
  case "'": "&apos;"
  case "\n": "&#10;"
  default: nil
  }
}

/// Escapes text for a JUnit XML attribute or element so that distinct texts stay distinct once
/// parsed: JUnit consumers (Jenkins, GitLab) key test history on `classname` and `name`, so two
/// coders or labels must never come out as the same name (QA review 35).
///
/// - `& < > " '` become entities; line feed, carriage return and tab become `&#10;`, `&#13;` and
///   `&#9;` (an attribute value's normalisation turns a raw tab or line end into a space).
/// - A character XML 1.0 cannot carry even as a reference (C0 controls other than tab, line feed
///   and carriage return; U+FFFE, U+FFFF) becomes the visible escape `\uXXXX` (four upper-case hex
///   digits: U+0001 is `\u0001`), not U+FFFD, which would make "x\u{1}y" and "x\u{2}y" one name.
/// - A backslash is doubled only where it would otherwise read as the start of such an escape:
///   before a `u`, before another backslash, or before an escaped character. Every other backslash
///   (a Windows path, say) is written as it is.
///
/// The result decodes back unambiguously: `\\` is a backslash, `\uXXXX` the character U+XXXX, and
/// any other backslash itself.
public func xmlEscapedReversibly(_ text: String) -> String {
  let scalars = Array(text.unicodeScalars)
  var result = ""
  result.reserveCapacity(text.utf8.count)
  for (index, scalar) in scalars.enumerated() {
    if let entity = xmlEntity(scalar) {
      result += entity
      continue
    }
    switch scalar {
    case "\r": result += "&#13;"
    case "\t": result += "&#9;"
    case "\\":
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      let startsEscape = next.map { $0 == "u" || $0 == "\\" || isUnrepresentableInXML($0) } ?? false
      result += startsEscape ? "\\\\" : "\\"
    default:
      if isUnrepresentableInXML(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
  }
  return result
}

/// Whether XML 1.0 has no way to carry `scalar`, not even a character reference: C0 controls
/// other than tab, line feed and carriage return, and the non-characters U+FFFE and U+FFFF.
private func isUnrepresentableInXML(_ scalar: Unicode.Scalar) -> Bool {
  (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
    || scalar.value == 0xFFFE || scalar.value == 0xFFFF
}
