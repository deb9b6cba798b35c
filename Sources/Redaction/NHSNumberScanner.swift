/// NHS numbers (England, Wales and the Isle of Man), after their cue.
///
/// An NHS number is ten digits, written `943 476 5919` (3-3-4, the grouping the NHS prints) or
/// unbroken; the tenth is a check digit: each of the first nine digits is multiplied by 10 down to
/// 2, the products are summed, and the check digit is 11 minus the sum modulo 11 (11 → 0; 10 is
/// never issued). NHS Data Dictionary, "NHS Number" (attribute) and its "Modulus 11" validation;
/// the Dictionary's example is 943 476 5919. Ten digits in 3-3-4
/// are also a North American phone number's shape, and one in eleven of those passes the check, so
/// the number is claimed only after the cue "NHS" as the last word before it (across "number",
/// "no.", "#", "is" …: `labels`), and there the shape decides, not the check digit, as for cards,
/// IBANs and SSNs after theirs: a mistyped NHS number must not leak. Replaced by `[NHS_NUMBER]`
/// (its own kind: a national health identifier, as the NINO and SSN have theirs). Scotland's CHI
/// and Northern Ireland's H&C numbers are not cued and stay a phone number's or reference's.
enum NHSNumber {
  /// Words that, as the last word before the number, announce it.
  static let cues: [StaticString] = ["nhs"]

  /// Words that may stand between the cue and the number: "NHS number is", "NHS no.".
  static let labels: [StaticString] = ["number", "no", "num", "nr", "is", "was", "id"]
}

extension ByteScanner {
  /// Recognises an NHS number (see `NHSNumber`) starting at the digit `start`: ten digits, unbroken
  /// or grouped 3-3-4 by one kind of separator (a space or `-`), after the cue; returns its end.
  func nhsNumberEnd(at start: Int) -> Int? {
    let firstEnd = digitRunEnd(from: start)
    let end: Int
    switch firstEnd - start {
    case 10:
      end = firstEnd
    case 3:
      let separator = byte(firstEnd)
      guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-"),
        digitRunEnd(from: firstEnd + 1) == firstEnd + 4, byte(firstEnd + 4) == separator,
        digitRunEnd(from: firstEnd + 5) == firstEnd + 9
      else { return nil }
      end = firstEnd + 9
    default:
      return nil
    }
    guard endsNumber(at: end), !(byte(end) == UInt8(ascii: "-") && isDigit(end + 1)),
      followsCue(start, cues: NHSNumber.cues, labels: NHSNumber.labels, labelWords: 3)
    else { return nil }
    return end
  }
}
