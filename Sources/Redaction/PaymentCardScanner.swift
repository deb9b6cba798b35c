/// Payment-card numbers (ISO/IEC 7812 primary account numbers).
///
/// A candidate is 13–19 digits, either contiguous or in groups separated by single spaces, dashes,
/// dots or spaced hyphens ("4111 - 1111 - 1111 - 1111"; one kind per number; a no-break or other
/// Unicode space is a space and a Unicode dash a hyphen, `FoldedText`); groups
/// have at least three digits except the last. It is a card when
/// 1. its last digit is the Luhn check digit (ISO/IEC 7812-1 Annex B; Luhn, US patent 2,950,048,
///    1960): doubling every second digit from the right, subtracting 9 from products above 9, the
///    digit sum is ≡ 0 (mod 10), and
/// 2. its issuer identification number and length are plausible for a scheme in use: Visa `4`
///    (13, 16, 19 digits), Mastercard `51–55` and `2221–2720` (16), American Express `34`, `37`
///    (15), Diners Club `300–305`, `36`, `38`, `39` (14–19), JCB `3528–3589` (16–19), Discover and
///    UnionPay `6…` (16–19), Maestro `50`, `56–69` (13–19). Leading `0`, `1`, `7`, `8`, `9` are
///    refused.
///
/// A 16-digit order number therefore passes only with probability 1/10 (Luhn) times the share of
/// plausible prefixes; configure a custom pattern for order numbers to be certain.
///
/// After a card cue (`cues`: "card 4111 1111 1111 1112", "card number: …", "credit card is …") the
/// digits are a card whatever their check digit and prefix (QA review 42: a mistyped number leaked
/// all but one digit): 13–19 digits in the same groups are redacted on their shape alone.
enum PaymentCard {
  /// Words that, as the last word before the digits (across `labels`), announce a card number.
  static let cues: [StaticString] = ["card", "cc", "visa", "mastercard", "amex", "pan"]

  /// Words that may stand between a card cue and its number: "card number is", "card no.".
  static let labels: [StaticString] = ["number", "no", "num", "nr", "is", "was", "details"]

  /// Luhn check over ASCII digits.
  static func isLuhnValid(_ digits: [UInt8]) -> Bool {
    var sum = 0
    for (position, byte) in digits.reversed().enumerated() {
      var value = Int(byte - UInt8(ascii: "0"))
      if position % 2 == 1 {
        value *= 2
        if value > 9 { value -= 9 }
      }
      sum += value
    }
    return sum % 10 == 0
  }

  /// True when the leading digits name a card scheme that issues numbers of this length.
  static func hasPlausibleIssuer(_ digits: [UInt8]) -> Bool {
    let length = digits.count
    func prefix(_ count: Int) -> Int {
      digits.prefix(count).reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
    switch digits[0] {
    case UInt8(ascii: "4"): return length == 13 || length == 16 || length == 19
    case UInt8(ascii: "5"):
      let two = prefix(2)
      if (51...55).contains(two) { return length == 16 }
      return length >= 13
    case UInt8(ascii: "2"): return (2221...2720).contains(prefix(4)) && length == 16
    case UInt8(ascii: "3"):
      let two = prefix(2)
      if two == 34 || two == 37 { return length == 15 }
      if (300...305).contains(prefix(3)) || two == 36 || two == 38 || two == 39 { return length >= 14 }
      if (3528...3589).contains(prefix(4)) { return length >= 16 }
      return false
    case UInt8(ascii: "6"): return length >= 13
    default: return false
    }
  }
}

extension ByteScanner {
  /// Recognises a payment-card number starting at `start`; returns its end.
  func paymentCardEnd(at start: Int) -> Int? {
    // Cheap rejection: a short number not followed by a separator and a digit.
    let firstEnd = digitRunEnd(from: start)
    if firstEnd - start < 13 {
      guard let width = cardSeparatorWidth(at: firstEnd), isDigit(firstEnd + width) else { return nil }
    }
    var digits: [UInt8] = []
    var separator: UInt8 = 0
    var index = start
    var best: Int?
    var shaped: Int?  // the end of the longest run of 13–19 digits, for a number after a card cue
    var firstGroup = true
    while true {
      let groupEnd = digitRunEnd(from: index)
      let groupLength = groupEnd - index
      if groupLength == 0 || digits.count + groupLength > 19 { break }
      // A group shorter than three digits can only be the last one (Diners `3056 9309 0259 04`).
      let isShortLastGroup = !firstGroup && groupLength < 3
      for position in index..<groupEnd { digits.append(bytes[position]) }
      index = groupEnd
      if digits.count >= 13 && PaymentCard.hasPlausibleIssuer(digits) && PaymentCard.isLuhnValid(digits) {
        best = groupEnd
      }
      if digits.count >= 13 { shaped = groupEnd }
      if isShortLastGroup { break }
      guard let width = cardSeparatorWidth(at: index), isDigit(index + width) else { break }
      // A spaced hyphen is its own kind: "4111 - 1111 1111 1111" mixes two.
      let next = width == 3 ? Self.spacedHyphen : byte(index)
      if separator == 0 {
        if firstGroup && groupLength < 3 { break }
        separator = next
      } else if next != separator {
        break
      }
      firstGroup = false
      index += width
    }
    if best.map({ !endsListedNumber(at: $0) }) ?? true, let shaped, endsListedNumber(at: shaped), followsCardCue(start)
    {
      best = shaped
    }
    guard let end = best, endsListedNumber(at: end) else { return nil }
    // A dash- or dot-grouped number that continues (`1234-5678-9012-3456-7890`) is not a card.
    if (byte(end) == UInt8(ascii: "-") || byte(end) == UInt8(ascii: ".")) && isDigit(end + 1) { return nil }
    if separator == Self.spacedHyphen && cardSeparatorWidth(at: end) == 3 && isDigit(end + 3) { return nil }
    if separator == 0 && isDigit(end) { return nil }
    return end
  }

  /// Whether a card cue (`PaymentCard.cues`) ends before `start`, across up to two label words.
  func followsCardCue(_ start: Int) -> Bool {
    followsCue(start, cues: PaymentCard.cues, labels: PaymentCard.labels, labelWords: 2)
  }

  /// The separator kind recorded for " - " (no byte of the text is 1).
  private static let spacedHyphen: UInt8 = 1

  /// The width of the separator between digit groups at `index`: one space (or any Unicode space:
  /// `FoldedText`), `-` or `.`, two spaces ("4111  1111  1111  1111", typed with an extra space;
  /// QA review 19), or a hyphen with one space on each side (3); nil when there is none.
  @inline(__always) private func cardSeparatorWidth(at index: Int) -> Int? {
    let first = byte(index)
    if first == UInt8(ascii: "-") || first == UInt8(ascii: ".") { return 1 }
    guard first == UInt8(ascii: " ") else { return nil }
    if byte(index + 1) == UInt8(ascii: "-") && byte(index + 2) == UInt8(ascii: " ") { return 3 }
    return byte(index + 1) == UInt8(ascii: " ") ? 2 : 1
  }
}
