import VerbatimCore

/// Escapes text for HTML element content and attribute values (the XML 1.0 rules, which HTML
/// accepts).
func htmlEscaped(_ text: String) -> String { xmlEscaped(text) }

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
func formatted(_ estimate: ValidationReportModel.Estimate?) -> String {
  guard let estimate else { return "—" }
  guard let value = estimate.value else { return "undefined" + (estimate.reason.map { ": " + $0 } ?? "") }
  if let lower = estimate.lower, let upper = estimate.upper {
    return "\(formatted(value)) [\(formatted(lower)), \(formatted(upper))]"
  }
  return formatted(value)
}
