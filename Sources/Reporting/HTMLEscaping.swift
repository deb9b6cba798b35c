import VerbatimCore

/// Escapes text for HTML element content and attribute values (the XML 1.0 rules, which HTML
/// accepts).
func htmlEscaped(_ text: String) -> String { xmlEscaped(text) }

/// Escapes a verbatim for display, with each bidirectional embedding, override or isolate control
/// (U+202A–U+202E, U+2066–U+2069) shown as a visible mark ("[U+202E]") instead of acting: an
/// override makes "abc" read as "cba", so a coder would read another text than the one coded
/// ("Trojan Source", Boucher & Anderson 2021). The marks LRM and RLM (U+200E, U+200F), which
/// right-to-left text uses legitimately and which reorder nothing, are kept. Other control
/// characters (C0 but tab, line feed and carriage return; DEL; C1), which XML 1.0 cannot carry or a
/// browser does not show, get the same kind of mark ("[U+0007]") instead of a bare U+FFFD, so a
/// coder sees which character the text holds (QA review 44 N4).
func verbatimHTML(_ text: String) -> String {
  guard text.unicodeScalars.contains(where: { markTitle($0) != nil }) else { return htmlEscaped(text) }
  var html = ""
  var run = ""
  for scalar in text.unicodeScalars {
    if let title = markTitle(scalar) {
      html += htmlEscaped(run)
      run = ""
      let hex = String(scalar.value, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      html += "<span class=\"control\" title=\"\(title)\">[U+\(padded)]</span>"
    } else {
      run.unicodeScalars.append(scalar)
    }
  }
  return html + htmlEscaped(run)
}

/// The title of the visible mark a character gets in a verbatim, or nil when it is shown as it is.
private func markTitle(_ scalar: Unicode.Scalar) -> String? {
  switch scalar.value {
  case 0x202A...0x202E, 0x2066...0x2069: "a direction control in the text"
  case 0x09, 0x0A, 0x0D: nil
  case 0x00...0x1F, 0x7F...0x9F: "a control character in the text"
  default: nil
  }
}

/// A number for display: fixed decimals, "—" when absent.
func formatted(_ value: Double?, decimals: Int = 3) -> String {
  guard let value, value.isFinite else { return "—" }
  let scale = Double(decimalPower(decimals))
  let rounded = (value * scale).rounded() / scale
  var text = String(rounded)
  if let dot = text.firstIndex(of: ".") {
    let fraction = text.distance(from: dot, to: text.endIndex) - 1
    if fraction < decimals { text += String(repeating: "0", count: decimals - fraction) }
  } else if decimals > 0 {
    text += "." + String(repeating: "0", count: decimals)
  }
  if text.hasPrefix("-0."), Double(text) == 0 { text.removeFirst() }
  return text
}

private func decimalPower(_ exponent: Int) -> Int {
  var result = 1
  for _ in 0..<exponent { result *= 10 }
  return result
}

/// "0.712 [0.651, 0.773]" or "undefined: reason".
func formatted(_ estimate: ValidationReportModel.Estimate?) -> String { formatted(estimate, decimals: 3) }

/// The same with `decimals` decimals.
func formatted(_ estimate: ValidationReportModel.Estimate?, decimals: Int) -> String {
  guard let estimate else { return "—" }
  guard let value = estimate.value else { return "undefined" + (estimate.reason.map { ": " + $0 } ?? "") }
  if let lower = estimate.lower, let upper = estimate.upper {
    return
      "\(formatted(value, decimals: decimals)) [\(formatted(lower, decimals: decimals)), \(formatted(upper, decimals: decimals))]"
  }
  return formatted(value, decimals: decimals)
}

/// The fewest decimals, from 3 up to 12, at which `value` and `threshold` print differently, so a
/// verdict row never reads "0.118 ≥ 0.118: FAIL"; 3 when they are equal or there is no value.
func decimalsDistinguishing(_ value: Double?, from threshold: Double) -> Int {
  guard let value, value.isFinite, value != threshold else { return 3 }
  for decimals in 3...12 where formatted(value, decimals: decimals) != formatted(threshold, decimals: decimals) {
    return decimals
  }
  return 12
}
