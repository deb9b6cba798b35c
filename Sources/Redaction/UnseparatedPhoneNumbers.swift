/// Phone numbers typed as one run of digits, told from order numbers by their national shape.
extension ByteScanner {
  /// Whether the `digits` digits from `start` have the shape of a number people type without
  /// separators (the rules on `phoneNumberEnd`): a mobile number of the UK, France, the Netherlands
  /// or Germany, also after the country code without its `+`, or a North American number
  /// (`isNorthAmericanNumber`).
  func isUnseparatedPhoneNumber(from start: Int, digits: Int) -> Bool {
    func digit(_ offset: Int) -> UInt8 { byte(start + offset) &- UInt8(ascii: "0") }
    func starts(_ prefix: [UInt8]) -> Bool { prefix.indices.allSatisfy { digit($0) == prefix[$0] } }
    switch digits {
    case 10: return starts([0, 6]) || starts([0, 7]) || isNorthAmericanNumber(from: start)  // FR, NL 06 …
    case 11:
      return (starts([0, 7]) && digit(2) != 0 && digit(2) != 6)  // UK 07xxx xxxxxx
        || (starts([0, 1]) && (5...7).contains(digit(2)))  // DE 015x/016x/017x + 7
        || starts([3, 3, 6]) || starts([3, 3, 7]) || starts([3, 1, 6])  // FR, NL after the country code
    case 12:
      return (starts([0, 1]) && (5...7).contains(digit(2)))  // DE + 8
        || (starts([4, 4, 7]) && digit(3) != 0 && digit(3) != 6)  // UK after the country code
        || (starts([4, 9, 1]) && (5...7).contains(digit(3)))  // DE after the country code
    case 13: return starts([4, 9, 1]) && (5...7).contains(digit(3))
    default: return false
    }
  }

  /// Whether the ten digits from `start` have the shape of a North American Numbering Plan number,
  /// NPA-NXX-XXXX: the area code (NPA) and the central-office code (NXX) start with 2–9, the area
  /// code's middle digit is not 9 (reserved for expansion), and neither is an N11 service code
  /// (211, 411, 911 …), and it is not one digit repeated. Source: NANPA, "NPA Code Assignment" and ATIS-0300051 (Central Office Code
  /// Assignment Guidelines). About half of all ten-digit strings have this shape, so an order
  /// number may too: the caller refuses it after a reference label ("order", "ref" …).
  func isNorthAmericanNumber(from start: Int) -> Bool {
    isNorthAmericanNumber(areaCodeAt: start, lineAt: start + 3)
  }

  /// `isNorthAmericanNumber(from:)` for an area code at `areaCode` and the seven digits of the
  /// central-office code and line number at `line` (after a separator: "415 5550134").
  func isNorthAmericanNumber(areaCodeAt areaCodeStart: Int, lineAt lineStart: Int) -> Bool {
    func digit(_ offset: Int) -> UInt8 {
      byte(offset < 3 ? areaCodeStart + offset : lineStart + offset - 3) &- UInt8(ascii: "0")
    }
    let areaCode = (digit(0), digit(1), digit(2))
    let officeCode = (digit(3), digit(4), digit(5))
    guard (2...9).contains(areaCode.0), areaCode.1 <= 8, !(areaCode.1 == 1 && areaCode.2 == 1) else { return false }
    guard (2...9).contains(officeCode.0), !(officeCode.1 == 1 && officeCode.2 == 1) else { return false }
    // One digit ten times ("<3333333333", a heart) is no one's number.
    return (1..<10).contains { digit($0) != digit(0) }
  }
}
