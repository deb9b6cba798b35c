extension JSONValue {
  /// The integer a JSON number denotes, written as plain decimal digits with a "-" for a negative
  /// value: "1", "1.0", "1e0", "10E-1" and "0.1e1" are all "1", "-0.0" is "0", "1e3" is "1000". Nil
  /// when the number is not an integer ("1.5", "1e-1") or its digits would number more than
  /// `maximumDigits` ("1e1000000"), and for text that is not an RFC 8259 number.
  ///
  /// JSON has one kind of number, and a reader such as Python's `json` (or pandas, which writes
  /// float ids as 1.0) gives 1.0 and 1 the same key: ids read from JSON compare by this text, so
  /// that they are one item, as 1 and "1" already are (QA review 41). The value is exact (decimal
  /// digits, no `Double`): 10000000000000001 and 10000000000000000 stay apart.
  public static func integralText(ofNumber text: String, maximumDigits: Int = 4096) -> String? {
    var bytes = Substring(text).utf8[...]
    var negative = false
    if bytes.first == UInt8(ascii: "-") {
      negative = true
      bytes = bytes.dropFirst()
    }
    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    let integer = bytes.prefix(while: isDigit)
    guard !integer.isEmpty else { return nil }
    bytes = bytes.dropFirst(integer.count)
    var fraction: [UInt8] = []
    if bytes.first == UInt8(ascii: ".") {
      fraction = Array(bytes.dropFirst().prefix(while: isDigit))
      guard !fraction.isEmpty else { return nil }
      bytes = bytes.dropFirst(1 + fraction.count)
    }
    var exponent = 0
    if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      var sign = 1
      if let s = bytes.first, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") {
        sign = s == UInt8(ascii: "-") ? -1 : 1
        bytes = bytes.dropFirst()
      }
      let digits = bytes.prefix(while: isDigit)
      guard !digits.isEmpty else { return nil }
      for digit in digits {
        exponent = exponent * 10 + Int(digit - UInt8(ascii: "0"))
        // Beyond any id worth spelling out (and far from overflowing).
        if exponent > 1_000_000_000 { return nil }
      }
      exponent *= sign
      bytes = bytes.dropFirst(digits.count)
    }
    guard bytes.isEmpty else { return nil }
    // value = significand × 10^(exponent − fraction digits), significand without leading zeros.
    var significand = Array(integer) + fraction
    exponent -= fraction.count
    while significand.first == UInt8(ascii: "0") { significand.removeFirst() }
    guard !significand.isEmpty else { return "0" }
    while significand.last == UInt8(ascii: "0") {
      significand.removeLast()
      exponent += 1
    }
    guard exponent >= 0, significand.count + exponent <= maximumDigits else { return nil }
    let digits = String(decoding: significand, as: UTF8.self) + String(repeating: "0", count: exponent)
    return (negative ? "-" : "") + digits
  }
}
