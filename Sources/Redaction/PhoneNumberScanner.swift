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
///   least one separator and 8–15 digits after `00`, a one-digit area code allowed after the
///   country code as after `+` (`0033 6 12 34 56 78`);
/// - announced by a cue word in one of the languages of `PhoneCues.phrases` ("call", "Contact:",
///   "number:", "ph", "llámame al", "zadzwoń", "Handy", "numéro" …): 7–15 digits in one group, or
///   fewer than 10 in several (`555-0147`, `4155552671`, `601 234 567`);
/// - national: 10 or 11 digits (NANP `555-123-4567`, UK `020 7946 0000`, DE `030 1234567`, FR
///   `01 23 45 67 89`), at least one separator or parenthesis, not shaped like a thousands-
///   grouped amount (`1 234 567 890`: a group of 1–3 digits then groups of exactly three), and
///   when in just two groups, starting with the trunk prefix `0` (so `2024-0001234` is no phone)
///   or shaped as an Indian mobile number, 5 + 5 digits starting with 6–9 (`98765 43210`);
///   when all groups have one or two digits, starting with the trunk prefix `0` (the French
///   format; "10 10 10 10 10" is a list); or 9 digits in two groups, the first of 3–4 digits
///   starting with the trunk prefix `0` (a German landline, `030 901820`); or 9 digits in the
///   Spanish, Portuguese, Polish and Czech groups 3-3-3 or 3-2-2-2 starting with 6, 7 or 9
///   (`912 345 678`, `601-234-567`, `612 34 56 78`: `PhoneShape.isBareNineDigitNumber`), not next
///   to a currency.
/// When the whole run fails, shorter runs that end before a space are tried, longest first, if
/// what they leave out starts with a group of one or two digits or with a date
/// ("(555) 123-4567 50%" → the first three groups; "40 4111 1111 1111 1111" is not shortened).
/// A candidate containing a date is refused: three consecutive groups of 1–2, 1–2 and 4 (or 4,
/// 1–2, 1–2) digits joined twice by the same `.`, `-` or `/` (`2024-03-15`, `15.03.2024`,
/// `15/03/2024`, `40 2024-03-15`; the country code of an international number is not a day), so
/// dates never become phone numbers. Unseparated digit strings (order numbers) and 16-digit strings
/// are not phone numbers, except in the shapes people type phone numbers unseparated
/// (`isUnseparatedPhoneNumber`; review r19c: `07700900123` went through, QA review 23:
/// `4155552671`): UK mobile `07` (not 070/076) + 9 digits, French and Dutch `06`/`07` + 8, German
/// `015`–`017` + 8–9, the same after the country code without its `+` (`447…`, `336…`/`337…`,
/// `316…`, `4915…`–`4917…`), and North American NPA-NXX-XXXX numbers, also as 3 + 7 digits
/// (`415 5550134`, the area code apart). After a cue, a UK mobile number without its trunk prefix
/// is one too (`ring 7700 900123`, `7700 900 123`; not 70xx or 76xx); without a cue it stays.
/// A line break (LF, CR LF or CR, spaces or tabs around it allowed) or a spaced hyphen (" - ", also
/// with a Unicode dash: `FoldedText`) between two groups joins them only when nothing else does:
/// the run they make must be a phone number by the international, `00`, national or German
/// landline rules above, or after a cue a UK mobile number without its 0, not by the looser rules
/// for short numbers after a cue nor the bare nine-digit ones ("call 07700\n900123", "07700 -
/// 900123" → `[PHONE]`; "room 101\n102", "call 555\n0147", "open 0900 - 1730" stay), between groups
/// of three or more digits, not next to a currency ("£20 – 047207 73" stays). One line
/// break at most: a blank line always ends a number, and a number the strict rules find before a
/// line break ("call 07700 900123\n07700 900124") ends there.
/// A number does not start inside a run of digit groups (`continuesDigitGroups`), except after a
/// count of one to three digits that a word comes before, a model or room number ("iPhone 12 07700
/// 900123", "Model 3 020 7946 0000", "room 101 07700 900123" → "iPhone 12 [PHONE]": brief h63a, the
/// number was kept; `followsCountAfterWord`): the count stays, and the number is one by the rules
/// above but the bare nine-digit ones ("size 12 912 345 678" stays).
/// An extension after the number is part of it (`PhoneExtension`: "+1 212-555-0147 ext. 23").
/// A number without `+` that a reference label comes before is never a phone number, whatever its
/// shape or cue ("order 07700900123", "tracking number 0012 3456 7890", "Invoice no. 4155552671",
/// "my order number is 2125551234": `isReferenceLabelled`). An unlabelled reference of exactly a
/// phone number's shape is redacted: personal data left in is worse than a reference hidden.
extension ByteScanner {
  /// Whether the digit at `index` follows a count of one to three digits, one space before it and
  /// a word (ASCII letters) and one space before the count: "iPhone 12 07700 900123", "Model 3 020
  /// 7946 0000", "room 101 07700 900123". A phone number may start there though it continues digit
  /// groups (`continuesDigitGroups`); the tail of an IBAN or a card number, in groups of four, and
  /// of a number in groups after a longer first group, may not.
  func followsCountAfterWord(_ index: Int) -> Bool {
    guard isByte(index - 1, " ") else { return false }
    var countStart = index - 1
    while isDigit(countStart - 1) && index - countStart <= 4 { countStart -= 1 }
    let length = index - 1 - countStart
    return (1...3).contains(length) && isByte(countStart - 1, " ") && isLetter(countStart - 2)
  }

  /// Recognises a phone number starting at `start` (a digit, `+` or `(`); returns its end, after
  /// the extension when one follows (`phoneExtensionEnd`). `afterCount`: the digit at `start`
  /// follows a count (`followsCountAfterWord`), and the bare nine-digit shapes are no phone number.
  func phoneNumberEnd(at start: Int, afterCount: Bool = false) -> Int? {
    var stoppedAtLooseSeparator = false
    let strict = phoneDigitsEnd(
      at: start, loose: false, afterCount: afterCount, stoppedAtLooseSeparator: &stoppedAtLooseSeparator)
    var end = strict
    if stoppedAtLooseSeparator,
      let joined = phoneDigitsEnd(
        at: start, loose: true, afterCount: afterCount, stoppedAtLooseSeparator: &stoppedAtLooseSeparator),
      joined > strict ?? start
    {
      end = joined
    }
    guard let end else { return nil }
    return phoneExtensionEnd(after: end)
  }

  /// The width of a separator at `index` that joins groups only under the stricter rules (a line
  /// break, or a spaced hyphen), and the separator recorded for it (`\n` or `-`); nil when there is
  /// none. The reference scanner joins digit groups across it too.
  func looseSeparator(at index: Int) -> (width: Int, separator: UInt8)? {
    if isByte(index, " ") && isByte(index + 1, "-") && isByte(index + 2, " ") {
      return (3, UInt8(ascii: "-"))
    }
    var end = index
    while end - index < 3 && (isByte(end, " ") || isByte(end, "\t")) { end += 1 }
    let lineEnd = end
    if isByte(end, "\r") { end += 1 }
    if isByte(end, "\n") { end += 1 }
    guard end > lineEnd else { return nil }
    let lineStart = end
    while end - lineStart < 3 && (isByte(end, " ") || isByte(end, "\t")) { end += 1 }
    return (end - index, UInt8(ascii: "\n"))
  }

  /// The end of the phone number's digit groups starting at `start`, by the rules on the extension;
  /// with `loose`, a line break or spaced hyphen between groups joins them too (under the stricter
  /// rules: `PhoneShape.looseGroups`). `stoppedAtLooseSeparator` tells whether the groups ended before
  /// such a separator and a digit.
  private func phoneDigitsEnd(at start: Int, loose: Bool, afterCount: Bool, stoppedAtLooseSeparator: inout Bool)
    -> Int?
  {
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
    var roundGroups: UInt8 = 0
    var looseGroups: UInt16 = 0
    stoppedAtLooseSeparator = false
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
      // After the "00" international prefix too ("0033 6 12 34 56 78": QA review 40).
      let afterCountryCode =
        (international || leadingDoubleZero)
        && (groups == 1 || (groups == 2 && parenthesisedGroups & 2 != 0 && lengths[1] == 1))
      if length == 1 && groups > 0 && !parenthesised && !afterCountryCode { break }
      if groups == 0 && !international && length >= 2 && byte(groupStart) == UInt8(ascii: "0")
        && byte(groupStart + 1) == UInt8(ascii: "0")
      {
        leadingDoubleZero = true
      }
      if byte(groupEnd - 1) == UInt8(ascii: "0") { roundGroups |= 1 << UInt8(groups) }
      lengths[groups] = UInt8(length)
      if looseGroups & (1 << UInt16(groups)) == 0 { separators[groups] = byte(groupStart - (parenthesised ? 2 : 1)) }
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
      if let (width, separator) = looseSeparator(at: index),
        isDigit(index + width) || (isByte(index + width, "(") && isDigit(index + width + 1))
      {
        stoppedAtLooseSeparator = true
        guard loose && groups < 8 else { break }
        looseGroups |= 1 << UInt16(groups)
        separators[groups] = separator
        index += width
        continue
      }
      break
    }
    let whole = PhoneShape(
      lengths: lengths, separators: separators, parenthesised: parenthesisedGroups, roundGroups: roundGroups,
      groups: groups, international: international, leadingDoubleZero: leadingDoubleZero, looseGroups: looseGroups,
      cued: followsPhoneCue(start), afterCount: afterCount,
      firstDigit: byte(international || isByte(start, "(") ? start + 1 : start) &- UInt8(ascii: "0"))
    // A label makes any number without "+" a reference ("order 07700900123", "tracking number
    // 0012 3456 7890"); looked for only when a rule accepts the digits.
    var labelled: Bool?
    func isReference() -> Bool {
      if international { return false }
      if let labelled { return labelled }
      let found = isReferenceLabelled(start)
      labelled = found
      return found
    }
    if (groups == 1 || isByte(Int(ends[0]), "/")) && !international && parenthesisedGroups == 0
      && isUnseparatedPhoneNumber(from: start, digits: Int(lengths[0]))
      && endsListedNumber(at: Int(ends[0])) && (start == 0 || !isDigit(start - 1)) && !isReference()
    {
      return Int(ends[0])
    }
    // A German mobile number in its usual two groups, "0151 23456789" or "(0151) 23456789": 12
    // digits, more than the national rule's 11.
    if groups == 2 && !international && lengths[0] == 4 && (7...8).contains(lengths[1]) {
      let first = parenthesisedGroups & 1 != 0 ? start + 1 : start
      if isByte(first, "0") && isByte(first + 1, "1")
        && (UInt8(ascii: "5")...UInt8(ascii: "7")).contains(byte(first + 2))
        && endsNumber(at: Int(ends[1])) && !isReference()
      {
        return Int(ends[1])
      }
    }
    // A UK mobile number typed without its trunk prefix 0 ("ring 7700 900123" for 07700 900123,
    // "mobile 7700 900 123"; brief h61a), after a phone cue only: 7 then not 0 (personal numbers)
    // nor 6 (pagers), in 4 + 6 or 4 + 3 + 3 digits. Unannounced, ten digits in those groups are
    // as likely a reference or an amount, and stay.
    if !international && parenthesisedGroups == 0 && lengths[0] == 4 && isByte(start, "7") && !isByte(start + 1, "0")
      && !isByte(start + 1, "6")
      && ((groups == 2 && lengths[1] == 6) || (groups == 3 && lengths[1] == 3 && lengths[2] == 3))
      && separators[1] != UInt8(ascii: "/") && endsListedNumber(at: Int(ends[groups - 1]))
      && followsPhoneCue(start) && !isReference()
    {
      return Int(ends[groups - 1])
    }
    // A North American number in 3 + 7 digits ("415 5550134"): the area code, then the
    // exchange and line number typed together.
    if groups == 2 && !international && parenthesisedGroups == 0 && lengths[0] == 3 && lengths[1] == 7
      && (separators[1] == UInt8(ascii: " ") || separators[1] == UInt8(ascii: "-"))
      && isNorthAmericanNumber(areaCodeAt: start, lineAt: start + 4) && endsNumber(at: Int(ends[1]))
      && !isNextToAmount(start, Int(ends[1])) && !isReference()
    {
      return Int(ends[1])
    }
    var count = groups
    while count > 0 {
      let end = Int(ends[count - 1])
      // A shorter run may leave out a short count ("… 4567 50 times") or a date after a space,
      // but not digit groups that could be (part of) another number ("40 4111 1111 1111 1111");
      // and whatever follows a "/", which lists a second number ("020 7946 0018/07700 900123",
      // home and mobile: review h60c, both were kept) or the last digits of one ("…0018/19").
      let droppable =
        count == groups || byte(end) == UInt8(ascii: "/") || looseGroups & (1 << UInt16(count)) != 0
        || (byte(end) == UInt8(ascii: " ")
          && (whole.lengths[count] <= 2 || whole.containsDate(in: count..<min(count + 3, groups))))
      if droppable {
        var shape = whole
        shape.groups = count
        if shape.isPhoneNumber && endsListedNumber(at: end) && (!isByte(end, "-") || !isDigit(end + 1))
          && !isReference()
          && !((shape.isBareNineDigitNumber || shape.joinedLoosely) && isNextToAmount(start, end))
        {
          return end
        }
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
  /// Bit `g` is set when group `g` ends in 0 ("700 800 900" lists round numbers).
  var roundGroups: UInt8
  var groups: Int
  var international: Bool
  var leadingDoubleZero: Bool
  /// Bit `g` is set when group `g` follows a line break or a spaced hyphen: the run is a phone
  /// number only by the rules that do not lean on a cue or on the bare nine-digit shapes.
  var looseGroups: UInt16
  /// Preceded by a word that announces a phone number ("call", "tel", "reach me on" …).
  var cued: Bool
  /// Preceded by a count that a word comes before ("iPhone 12 …": `followsCountAfterWord`).
  var afterCount: Bool
  /// The value of the first digit (after a `+` or `(`).
  var firstDigit: UInt8

  var firstDigitIsZero: Bool { firstDigit == 0 }

  /// Whether a line break or spaced hyphen joins two of the groups.
  var joinedLoosely: Bool { looseGroups & ((UInt16(1) << UInt16(groups)) - 1) != 0 }

  var isPhoneNumber: Bool {
    var digits = 0
    var separatorCount = 0
    for group in 0..<groups {
      digits += Int(lengths[group])
      let separator = separators[group]
      if group > 0 && (Self.isSeparator(separator) || separator == UInt8(ascii: "\n")) { separatorCount += 1 }
    }
    // The country code of an international number is no day or month (+44-20-7946-0000).
    if containsDate(in: (international ? 1 : 0)..<groups) { return false }
    // A line break or spaced hyphen joins groups of three or more digits only: "£20 – 047207 73"
    // and "10\n001110 10" are an amount or a count before other digits.
    if joinedLoosely {
      for group in 1..<groups where looseGroups & (1 << UInt16(group)) != 0 {
        if lengths[group - 1] < 3 || lengths[group] < 3 { return false }
      }
    }
    if international { return (8...15).contains(digits) }
    // After a cue, what the national rules refuse only for its length or for lacking separators is
    // the number announced: a local 555-0147, an unseparated 07700900123.
    if cued && !joinedLoosely && (groups == 1 || digits < 10) && (7...15).contains(digits) { return true }
    if leadingDoubleZero { return separatorCount > 0 && (8...15).contains(digits - 2) }
    // Groups of one or two digits only: the French national format 0X XX XX XX XX, which starts
    // with the trunk prefix 0 (ARCEP numbering plan), not a list of scores ("10 10 10 10 10").
    if !cued && !firstDigitIsZero && (0..<groups).allSatisfy({ lengths[$0] <= 2 }) { return false }
    if isBareNineDigitNumber && !joinedLoosely { return true }
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
    // not a year-prefixed reference (`2024-0001234`); or an Indian mobile number in its usual 5 + 5
    // digits, starting with 6–9 (`98765 43210`; TRAI's national numbering plan; QA review 40).
    if groups == 2 && !hasParentheses && firstDigitIsZero == false {
      return lengths[0] == 5 && lengths[1] == 5 && firstDigit >= 6 && separators[1] == UInt8(ascii: " ")
    }
    return hasParentheses || !isThousandsGrouped
  }

  /// Nine digits in the groups of Spanish, Portuguese, Polish and Czech numbers, 3-3-3 or 3-2-2-2,
  /// joined by the same space or `-` (`912 345 678`, `601-234-567`, `612 34 56 78`), starting with
  /// 6, 7 or 9: Spanish mobile 6xx/7xx and geographic 9xx (CNMC national plan), Portuguese mobile
  /// 9x (ANACOM), Polish mobile 5x–8x (UKE), Czech mobile 6xx/7xx (ČTÚ). Not when every group ends
  /// in 0 ("700 800 900", a list) nor, checked by the caller, next to a currency (an amount).
  var isBareNineDigitNumber: Bool {
    guard !international, !cued, !afterCount, parenthesised == 0, firstDigit == 6 || firstDigit == 7 || firstDigit == 9
    else {
      return false
    }
    let threeThreeThree = groups == 3 && lengths[0] == 3 && lengths[1] == 3 && lengths[2] == 3
    let threeTwoTwoTwo = groups == 4 && lengths[0] == 3 && lengths[1] == 2 && lengths[2] == 2 && lengths[3] == 2
    guard threeThreeThree || threeTwoTwoTwo else { return false }
    let separator = separators[1]
    guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else { return false }
    for group in 2..<groups where separators[group] != separator { return false }
    return roundGroups & ((1 << UInt8(groups)) - 1) != (1 << UInt8(groups)) - 1
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
