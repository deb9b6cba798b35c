/// The exact value of a decimal label as a canonical key, so that two labels can be told to be the
/// same number ("1", "1.0", "+1e0") or different numbers that a `Double` cannot tell apart
/// ("10000000000000000" and "10000000000000001": above 2^53 not every integer is a `Double`;
/// QA review 34, F6).
///
/// Accepts `[+-]digits[.digits][(e|E)[+-]digits]` (either side of the point may be empty, not both),
/// surrounding spaces ignored. The key is the sign, the significant digits without leading or
/// trailing zeros, and the power of ten of the last of them; every zero is `"0"`. Nil for anything
/// else (hexadecimal, "inf", "nan", an exponent beyond ±10^9).
func exactDecimalKey(_ text: String) -> String? {
  var bytes = Substring(text).utf8.drop(while: { $0 == 0x20 || $0 == 0x09 })
  while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
  var index = bytes.startIndex
  var negative = false
  if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
    negative = bytes[index] == UInt8(ascii: "-")
    index = bytes.index(after: index)
  }
  var digits: [UInt8] = []
  var exponent = 0  // of the last digit in `digits`
  var sawDigit = false
  var afterPoint = false
  while index < bytes.endIndex {
    let byte = bytes[index]
    if byte >= 0x30 && byte <= 0x39 {
      sawDigit = true
      if !(digits.isEmpty && byte == 0x30) { digits.append(byte) }
      if afterPoint { exponent -= 1 }
    } else if byte == UInt8(ascii: "."), !afterPoint {
      afterPoint = true
    } else {
      break
    }
    index = bytes.index(after: index)
  }
  guard sawDigit else { return nil }
  if index < bytes.endIndex {
    guard bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") else { return nil }
    index = bytes.index(after: index)
    var exponentSign = 1
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      exponentSign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
      index = bytes.index(after: index)
    }
    var written = 0
    var count = 0
    while index < bytes.endIndex, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
      written = written * 10 + Int(bytes[index] - 0x30)
      count += 1
      guard written < 1_000_000_000 else { return nil }
      index = bytes.index(after: index)
    }
    guard count > 0, index == bytes.endIndex else { return nil }
    exponent += exponentSign * written
  }
  // Digits before the point that were leading zeros were never appended; the exponent counted
  // every digit after the point, so the value is digits × 10^exponent.
  while let last = digits.last, last == 0x30 {
    digits.removeLast()
    exponent += 1
  }
  guard !digits.isEmpty else { return "0" }
  return (negative ? "-" : "") + String(decoding: digits, as: UTF8.self) + "e" + String(exponent)
}
