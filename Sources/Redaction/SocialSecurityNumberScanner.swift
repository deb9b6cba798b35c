/// US Social Security numbers.
///
/// An SSN is nine digits: a three-digit area number, a two-digit group number and a four-digit
/// serial number, written `123-45-6789` (the SSA's own grouping) or with spaces (`123 45 6789`).
/// The Social Security Administration never assigns an area number of 000, 666 or 900–999, a group
/// number of 00 or a serial number of 0000 (SSA, "Which Social Security numbers are invalid?",
/// ssa.gov FAQ ID 425, and "Social Security Number Randomization", ssa.gov/employer/
/// randomization.html, in force since 25 June 2011); such numbers are not claimed. Nine digits
/// without separators are an SSN only after a cue (`SocialSecurityNumber.cues`: "SSN 123456789",
/// "my social security number is 123456789", "tax id 123456789"). No check digit exists, so the grouped forms are
/// taken on their shape: the same three groups as a reference after a reference label ("order
/// 123-45-6789", `isReferenceLabelled`) stay, unless an SSN cue comes first. After a cue the SSA's
/// rules are not applied: "SSN: 000-12-3456" is a mistyped SSN, and an IRS Individual Taxpayer
/// Identification Number after "ITIN" or "TIN" (`9xx-7x-xxxx`, `9xx-8x-xxxx`, which the SSA never
/// assigns) is redacted as an SSN too.
enum SocialSecurityNumber {
  /// Whether the area, group and serial number could have been assigned.
  static func isAssignable(area: Int, group: Int, serial: Int) -> Bool {
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
  }

  /// Words that, as the last word before nine digits (across the label words of `labels`),
  /// announce an SSN: "SSN", "SS#", "social security", "soc. sec.", American "my social".
  /// "security" and "sec" count only after "social" or "soc".
  /// "tax", "taxpayer", "TIN" and "ITIN" count too: an SSN is the US taxpayer identification
  /// number of a person ("tax id 123-45-6789").
  static let cues: [StaticString] = ["ssn", "ssns", "ss", "social", "tax", "taxpayer", "tin", "itin"]

  /// Words that may stand between a cue and the number: "SSN number is", "social security no.".
  static let labels: [StaticString] = ["number", "no", "num", "nr", "is", "was", "of", "id"]
}

extension ByteScanner {
  /// Whether an SSN may start at the digit `start`: three digits, then a fourth or a `-` or space
  /// and a digit. The caller tries `socialSecurityNumberEnd` only when this holds.
  @inline(__always) func mayStartSocialSecurityNumber(_ start: Int) -> Bool {
    guard isDigit(start + 1), isDigit(start + 2) else { return false }
    let next = byte(start + 3)
    return isDigit(start + 3) || ((next == UInt8(ascii: "-") || next == UInt8(ascii: " ")) && isDigit(start + 4))
  }

  /// Recognises an SSN (see `SocialSecurityNumber`) starting at the digit `start`; returns its
  /// end.
  func socialSecurityNumberEnd(at start: Int) -> Int? {
    let firstEnd = digitRunEnd(from: start)
    let grouped: Bool
    let end: Int
    switch firstEnd - start {
    case 3:
      // 123-45-6789 or 123 45 6789: one separator kind, and no further group after the serial.
      let separator = byte(firstEnd)
      guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: " "),
        digitRunEnd(from: firstEnd + 1) == firstEnd + 3, byte(firstEnd + 3) == separator,
        digitRunEnd(from: firstEnd + 4) == firstEnd + 8
      else { return nil }
      end = firstEnd + 8
      if byte(end) == separator && isDigit(end + 1) { return nil }
      grouped = true
    case 9:
      end = firstEnd
      grouped = false
    default:
      return nil
    }
    guard endsNumber(at: end) else { return nil }
    // After a cue the shape decides: "SSN 666-01-2345 typed by mistake", "my ITIN 912-70-1234" (an
    // IRS individual taxpayer number: 9xx-7x/8x-xxxx) are numbers the writer meant (QA review 42).
    if followsSocialSecurityCue(start) { return end }
    let step = grouped ? 1 : 0
    guard
      SocialSecurityNumber.isAssignable(
        area: decimalValue(from: start, count: 3), group: decimalValue(from: start + 3 + step, count: 2),
        serial: decimalValue(from: start + 5 + 2 * step, count: 4))
    else { return nil }
    // Bare digits need the cue; grouped ones are an SSN unless labelled as a reference, and the
    // spaced form unless next to a currency ("$123 45 6789" is an amount typed oddly).
    guard grouped, !isReferenceLabelled(start) else { return nil }
    if byte(start + 3) == UInt8(ascii: " ") && isNextToAmount(start, end) { return nil }
    return end
  }

  /// The value of the `count` ASCII digits from `start`.
  @inline(__always) func decimalValue(from start: Int, count: Int) -> Int {
    var value = 0
    for index in start..<(start + count) { value = value * 10 + Int(byte(index) &- UInt8(ascii: "0")) }
    return value
  }

  /// Whether an SSN cue (`SocialSecurityNumber.cues`, or "security"/"sec" after "social"/"soc")
  /// ends before `start`, across up to three label words ("SSN number is 123456789") and the
  /// spaces and `:`, `.`, `#`, `-` between the words. Reads the bytes in place.
  func followsSocialSecurityCue(_ start: Int) -> Bool {
    followsCue(start, cues: SocialSecurityNumber.cues, labels: SocialSecurityNumber.labels, labelWords: 3) { word in
      spells(word, "security") || spells(word, "sec") ? isPreceded(word, byOneOf: ["social", "soc"]) : nil
    }
  }
}
