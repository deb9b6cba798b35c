/// Phone numbers in the forms people type.
///
/// A candidate is a sequence of up to eight digit groups; between groups one space, `-`, `.` or `/`
/// (a no-break or other Unicode space counts as a space: `FoldedText`), and any group may be in
/// parentheses (`(555) 123-4567`, `+44 (0)20 7946 0000`). One-digit groups are allowed only first
/// (`+1`, `1-800-…`) or in parentheses (`(0)`), so a following count ("… 4567 2 times") is not
/// swallowed. It is a phone number when
/// - international: `+` and 8–15 digits (E.164 allows at most 15; ITU-T E.164 §6.2.1), separated
///   or not, with a one-digit area code allowed right after the country code or its parenthesised
///   trunk prefix (`+33 1 …`, `+61 2 …`, `+33 (0)6 …`); or a leading `00` international prefix, at
///   least one separator and 8–15 digits after `00`;
/// - announced by a cue word ("call", "tel", "mobile", "reach me on" …: `phoneCues`): 7–15 digits
///   in one group, or fewer than 10 in several (`555-0147`, `07700900123`);
/// - national: 10 or 11 digits (NANP `555-123-4567`, UK `020 7946 0000`, DE `030 1234567`, FR
///   `01 23 45 67 89`), at least one separator or parenthesis, not shaped like a thousands-
///   grouped amount (`1 234 567 890`: a group of 1–3 digits then groups of exactly three), and
///   when in just two groups, starting with the trunk prefix `0` (so `2024-0001234` is no phone);
///   or 9 digits in two groups, the first of 3–4 digits starting with the trunk prefix `0`
///   (a German landline, `030 901820`);
/// When the whole run fails, shorter runs that end before a space are tried, longest first, if
/// what they leave out starts with a group of one or two digits or with a date
/// ("(555) 123-4567 50%" → the first three groups; "40 4111 1111 1111 1111" is not shortened).
/// A candidate containing a date is refused: three consecutive groups of 1–2, 1–2 and 4 (or 4,
/// 1–2, 1–2) digits joined twice by the same `.`, `-` or `/` (`2024-03-15`, `15.03.2024`,
/// `15/03/2024`, `40 2024-03-15`; the country code of an international number is not a day), so
/// dates never become phone numbers. Unseparated digit strings (order numbers) and 16-digit strings
/// are not phone numbers, except in the shapes of mobile numbers, which people type unseparated
/// (review r19c: `07700900123` went through): UK `07` (not 070/076) + 9 digits, French and Dutch
/// `06`/`07` + 8, German `015`–`017` + 8–9, and the same after the country code without its `+`
/// (`447…`, `336…`/`337…`, `316…`, `4915…`–`4917…`), unless a reference word comes just before
/// ("order 07700900123", "ref", "invoice", "account", "tracking": `referenceCues`). An unlabelled
/// reference of exactly such a shape is redacted too: personal data left in is worse than a
/// reference hidden.
extension ByteScanner {
  /// Recognises a phone number starting at `start` (a digit, `+` or `(`); returns its end.
  func phoneNumberEnd(at start: Int) -> Int? {
    var index = start
    let international = isByte(index, "+")
    if international {
      guard isDigit(index + 1) else { return nil }
      index += 1
    }
    // Per group, kept on the stack: digit count, the byte before it (its separator), its end, and
    // whether it was in parentheses.
    var lengths = SIMD8<UInt8>()
    var separators = SIMD8<UInt8>()
    var ends = SIMD8<Int32>()
    var parenthesisedGroups: UInt8 = 0
    var groups = 0
    var leadingDoubleZero = false
    while groups < 8 && index < Int(Int32.max) {
      var groupStart = index
      let parenthesised = isByte(index, "(")
      if parenthesised { groupStart += 1 }
      let groupEnd = digitRunEnd(from: groupStart)
      let length = groupEnd - groupStart
      // E.164 allows 15 digits after "+", also written without separators (+4915112345679).
      if length == 0 || length > (international && groups == 0 ? 15 : 12) { break }
      if parenthesised && !isByte(groupEnd, ")") { break }
      // A one-digit area code follows the country code (+33 1 …, +61 2 …, +353 1 …), also after a
      // parenthesised trunk prefix (+33 (0)6 …).
      let afterCountryCode =
        international && (groups == 1 || (groups == 2 && parenthesisedGroups & 2 != 0 && lengths[1] == 1))
      if length == 1 && groups > 0 && !parenthesised && !afterCountryCode { break }
      if groups == 0 && !international && length >= 2 && byte(groupStart) == UInt8(ascii: "0")
        && byte(groupStart + 1) == UInt8(ascii: "0")
      {
        leadingDoubleZero = true
      }
      lengths[groups] = UInt8(length)
      separators[groups] = byte(groupStart - (parenthesised ? 2 : 1))
      if parenthesised { parenthesisedGroups |= 1 << UInt8(groups) }
      index = parenthesised ? groupEnd + 1 : groupEnd
      ends[groups] = Int32(index)
      groups += 1
      // Separator to the next group.
      let next = byte(index)
      if parenthesised && isDigit(index) { continue }
      if next == UInt8(ascii: "(") && isDigit(index + 1) { continue }
      if PhoneShape.isSeparator(next) && (isDigit(index + 1) || (isByte(index + 1, "(") && isDigit(index + 2))) {
        index += 1
        continue
      }
      break
    }
    let whole = PhoneShape(
      lengths: lengths, separators: separators, parenthesised: parenthesisedGroups, groups: groups,
      international: international, leadingDoubleZero: leadingDoubleZero, cued: followsPhoneCue(start),
      firstDigitIsZero: byte(international || isByte(start, "(") ? start + 1 : start) == UInt8(ascii: "0"))
    if groups == 1 && !international && parenthesisedGroups == 0
      && isUnseparatedMobile(from: start, digits: Int(lengths[0]))
      && endsNumber(at: Int(ends[0])) && (start == 0 || !isDigit(start - 1)) && !follows(Self.referenceCues, start)
    {
      return Int(ends[0])
    }
    // A German mobile number in its usual two groups, "0151 23456789" or "(0151) 23456789": 12
    // digits, more than the national rule's 11.
    if groups == 2 && !international && lengths[0] == 4 && (7...8).contains(lengths[1]) {
      let first = parenthesisedGroups & 1 != 0 ? start + 1 : start
      if isByte(first, "0") && isByte(first + 1, "1")
        && (UInt8(ascii: "5")...UInt8(ascii: "7")).contains(byte(first + 2))
        && endsNumber(at: Int(ends[1]))
      {
        return Int(ends[1])
      }
    }
    var count = groups
    while count > 0 {
      let end = Int(ends[count - 1])
      // A shorter run may leave out a short count ("… 4567 50 times") or a date after a space,
      // but not digit groups that could be (part of) another number ("40 4111 1111 1111 1111").
      let droppable =
        count == groups
        || (byte(end) == UInt8(ascii: " ")
          && (whole.lengths[count] <= 2 || whole.containsDate(in: count..<min(count + 3, groups))))
      if droppable {
        var shape = whole
        shape.groups = count
        if shape.isPhoneNumber && endsNumber(at: end) && (!isByte(end, "-") || !isDigit(end + 1)) { return end }
      }
      count -= 1
    }
    return nil
  }
}

/// The digit groups of a phone-number candidate, judged by the rules on `phoneNumberEnd`.
private struct PhoneShape {
  var lengths: SIMD8<UInt8>
  /// `separators[g]` is the byte before group `g` (`separators[0]` precedes the candidate).
  var separators: SIMD8<UInt8>
  var parenthesised: UInt8
  var groups: Int
  var international: Bool
  var leadingDoubleZero: Bool
  /// Preceded by a word that announces a phone number ("call", "tel", "reach me on" …).
  var cued: Bool
  var firstDigitIsZero: Bool

  var isPhoneNumber: Bool {
    var digits = 0
    var separatorCount = 0
    for group in 0..<groups {
      digits += Int(lengths[group])
      let separator = separators[group]
      if group > 0 && Self.isSeparator(separator) { separatorCount += 1 }
    }
    // The country code of an international number is no day or month (+44-20-7946-0000).
    if containsDate(in: (international ? 1 : 0)..<groups) { return false }
    if international { return (8...15).contains(digits) }
    // After a cue, what the national rules refuse only for its length or for lacking separators is
    // the number announced: a local 555-0147, an unseparated 07700900123.
    if cued && (groups == 1 || digits < 10) && (7...15).contains(digits) { return true }
    if leadingDoubleZero { return separatorCount > 0 && (8...15).contains(digits - 2) }
    // Up to 8 groups: the mask is computed in a wider type (1 << 8 overflows UInt8; review r21b: a
    // text with eight digit groups crashed every redaction path).
    let hasParentheses = UInt16(parenthesised) & ((UInt16(1) << UInt16(groups)) - 1) != 0
    // A shorter landline in two groups: a trunk prefix 0 and an area code of 2–3 digits, then the
    // subscriber's 5–6 (Berlin `030 901820`, `(0221) 12345`; BNetzA's plan has 9-digit numbers).
    if digits == 9 && groups == 2 && firstDigitIsZero && (3...4).contains(lengths[0]) {
      return separatorCount > 0 || hasParentheses
    }
    guard (10...11).contains(digits), separatorCount > 0 || hasParentheses else { return false }
    // Two groups without an area code in parentheses: only with a trunk prefix 0 (`030 1234567`),
    // not a year-prefixed reference (`2024-0001234`).
    if groups == 2 && !hasParentheses && firstDigitIsZero == false { return false }
    return hasParentheses || !isThousandsGrouped
  }

  /// 1–3 digits, then groups of exactly three, all joined by the same space or dot.
  private var isThousandsGrouped: Bool {
    guard groups >= 2, lengths[0] <= 3 else { return false }
    let separator = separators[1]
    guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: ".") else { return false }
    for group in 1..<groups where lengths[group] != 3 || separators[group] != separator { return false }
    return true
  }

  /// The separators accepted between digit groups: space, `-`, `.` and `/`.
  static func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
  }

  /// Three consecutive groups shaped d{1,2} d{1,2} d{4} or d{4} d{1,2} d{1,2}, joined twice by the
  /// same `-`, `.` or `/`.
  func containsDate(in range: Range<Int>) -> Bool {
    guard range.count >= 3 else { return false }
    for first in range.lowerBound...(range.upperBound - 3) {
      let separator = separators[first + 1]
      guard separator == separators[first + 2],
        separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/")
      else { continue }
      let (a, b, c) = (lengths[first], lengths[first + 1], lengths[first + 2])
      if (a <= 2 && b <= 2 && c == 4) || (a == 4 && b <= 2 && c <= 2) { return true }
    }
    return false
  }
}

extension ByteScanner {
  /// Words that announce a phone number when they end at most a few bytes before it ("call
  /// 07700 900123", "tel: 555-0163", "reach me on 555-0147", "WhatsApp +44…"). Lower-case ASCII.
  static let phoneCues: [[UInt8]] = [
    "call", "call me", "call me on", "call me at", "calling", "phone", "phone number", "phone no", "tel", "telephone",
    "mobile", "mob", "cell", "cellphone", "ring", "ring me", "ring me on", "text", "text me", "text me on", "sms",
    "whatsapp", "reach me", "reach me on", "reach me at", "contact me on", "contact me at", "my number",
    "my number is", "number is",
  ].map { Array($0.utf8) }

  /// Words that label a digit string as a reference rather than a phone number ("order
  /// 07700900123", "ref: 0612345678"). Lower-case ASCII.
  static let referenceCues: [[UInt8]] = [
    "order", "order no", "order number", "order #", "ref", "reference", "invoice", "account", "acct", "booking",
    "ticket", "case", "claim", "policy", "tracking", "parcel", "customer no", "customer number", "membership",
    "member", "id", "serial", "imei", "#",
  ].map { Array($0.utf8) }

  /// Whether a phone cue ends just before `start` (`follows(_:_:)` with `phoneCues`).
  func followsPhoneCue(_ start: Int) -> Bool { follows(Self.phoneCues, start) }

  /// Whether one of `cues` ends just before `start`: the cue, then only spaces, ":", "." or "-"
  /// (at most four bytes), and the cue starts a word.
  func follows(_ cues: [[UInt8]], _ start: Int) -> Bool {
    var end = start
    while end > 0 && start - end < 4
      && (isByte(end - 1, " ") || isByte(end - 1, ":") || isByte(end - 1, ".") || isByte(end - 1, "-"))
    {
      end -= 1
    }
    guard end > 0, isLetter(end - 1) || isByte(end - 1, "#") else { return false }
    guard end < start || isByte(end - 1, "#") else { return false }
    for cue in cues where cue.count <= end {
      let from = end - cue.count
      var same = true
      for offset in 0..<cue.count where byte(from + offset) | 0x20 != cue[offset] {
        // A space in the cue matches one space only; letters compare case-insensitively.
        if !(cue[offset] == UInt8(ascii: " ") && byte(from + offset) == UInt8(ascii: " ")) {
          same = false
          break
        }
      }
      if same && (from == 0 || !isLetter(from - 1)) { return true }
    }
    return false
  }
}

extension ByteScanner {
  /// Whether the `digits` digits from `start` have the shape of a mobile number typed without
  /// separators (the rules on `phoneNumberEnd`).
  func isUnseparatedMobile(from start: Int, digits: Int) -> Bool {
    func digit(_ offset: Int) -> UInt8 { byte(start + offset) &- UInt8(ascii: "0") }
    func starts(_ prefix: [UInt8]) -> Bool { prefix.indices.allSatisfy { digit($0) == prefix[$0] } }
    switch digits {
    case 10: return starts([0, 6]) || starts([0, 7])  // FR, NL 06 …
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
}
