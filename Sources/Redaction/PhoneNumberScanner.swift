/// Phone numbers in the forms people type.
///
/// A candidate is a sequence of digit groups; between groups one space, `-` or `.`, and any group
/// may be in parentheses (`(555) 123-4567`, `+44 (0)20 7946 0000`). One-digit groups are allowed
/// only first (`+1`, `1-800-…`) or in parentheses (`(0)`), so a following count ("… 4567 2 times")
/// is not swallowed. It is a phone number when
/// - international: `+` and 8–15 digits (E.164 allows at most 15; ITU-T E.164 §6.2.1), or a
///   leading `00` international prefix, at least one separator and 8–15 digits after `00`;
/// - national: 10 or 11 digits (NANP `555-123-4567`, UK `020 7946 0000`, DE `030 1234567`, FR
///   `01 23 45 67 89`), at least one separator or parenthesis, and not shaped like a thousands-
///   grouped amount (`1 234 567 890`: a group of 1–3 digits then groups of exactly three).
/// Dates (`2024-03-15`, `15.03.2024`, `03.15.2024 10.30`) are refused: three leading groups of
/// 1–2, 1–2 and 4 (or 4, 1–2, 1–2) digits joined by one `.`, `-` separator. Unseparated national
/// digit strings (order numbers) and 16-digit strings are never phone numbers.
extension ByteScanner {
  /// Recognises a phone number starting at `start` (a digit, `+` or `(`); returns its end.
  func phoneNumberEnd(at start: Int) -> Int? {
    var index = start
    let international = isByte(index, "+")
    if international {
      guard isDigit(index + 1) else { return nil }
      index += 1
    }
    // The first three group lengths and separators, remembered for the date and amount checks.
    var leading: (Int, Int, Int) = (0, 0, 0)
    var laterGroupsAllThree = true
    var separators: (UInt8, UInt8) = (0, 0)
    var groups = 0
    var digits = 0
    var separatorCount = 0
    var parentheses = false
    var end = index
    var leadingDoubleZero = false
    while groups < 8 {
      var groupStart = index
      let parenthesised = isByte(index, "(")
      if parenthesised { groupStart += 1 }
      let groupEnd = digitRunEnd(from: groupStart)
      let length = groupEnd - groupStart
      if length == 0 || length > 12 { break }
      if parenthesised && !isByte(groupEnd, ")") { break }
      if length == 1 && groups > 0 && !parenthesised { break }
      if groups == 0 && !international && length >= 2 && byte(groupStart) == UInt8(ascii: "0")
        && byte(groupStart + 1) == UInt8(ascii: "0")
      {
        leadingDoubleZero = true
      }
      switch groups {
      case 0: leading.0 = length
      case 1: leading.1 = length
      case 2: leading.2 = length
      default: break
      }
      if groups > 0 && length != 3 { laterGroupsAllThree = false }
      groups += 1
      digits += length
      if parenthesised { parentheses = true }
      index = parenthesised ? groupEnd + 1 : groupEnd
      end = index
      // Separator to the next group.
      let next = byte(index)
      if parenthesised && isDigit(index) { continue }
      if next == UInt8(ascii: "(") && isDigit(index + 1) { continue }
      if (next == UInt8(ascii: " ") || next == UInt8(ascii: "-") || next == UInt8(ascii: "."))
        && (isDigit(index + 1) || (isByte(index + 1, "(") && isDigit(index + 2)))
      {
        if separatorCount == 0 { separators.0 = next } else if separatorCount == 1 { separators.1 = next }
        separatorCount += 1
        index += 1
        continue
      }
      break
    }
    guard groups > 0, endsNumber(at: end), !isByte(end, "-") || !isDigit(end + 1) else { return nil }
    if international {
      return (8...15).contains(digits) ? end : nil
    }
    if leadingDoubleZero {
      return separatorCount > 0 && (8...15).contains(digits - 2) ? end : nil
    }
    guard (10...11).contains(digits), separatorCount > 0 || parentheses else { return nil }
    if groups >= 3 && separators.0 == separators.1 && separators.0 != UInt8(ascii: " ") {
      let (first, second, third) = leading
      if (first <= 2 && second <= 2 && third == 4) || (first == 4 && second <= 2 && third <= 2) { return nil }
    }
    if !parentheses && leading.0 <= 3 && laterGroupsAllThree {
      if separators.0 == UInt8(ascii: " ") || separators.0 == UInt8(ascii: ".") { return nil }
    }
    return end
  }
}
