/// Account numbers and bank sort codes, after a cue.
///
/// Nothing in the digits of an account number tells it from any other number, so a number is
/// claimed only after a cue as the last word before it, across up to three label words ("number",
/// "no", "num", "nr", "is", "was") and the spaces and `:`, `.`, `#`, `-` between them:
/// - "account", "acct", "acc" or "a/c" ("account number 12345678", "acc no. 12345678", "my account
///   is 0012 3456 78"): 6 to 17 digits, in one run or in groups of at least two digits separated by
///   single spaces or `-` (UK accounts have 8 digits, US ones up to 17);
/// - "sort code" (UK) and "routing number" or "ABA" (US): a sort code `12-34-56`, `12 34 56` or
///   `123456`, and a routing number of nine digits, are claimed with the same rule.
/// An account number is personal data wherever it is kept (a bank, an energy supplier, a phone
/// company): it links the answer to the customer's record. Order, booking and ticket references
/// are not account numbers (`isReferenceLabelled`): `ReferenceNumber` claims them as `[REFERENCE]`.
enum AccountNumber {
  /// Words that, as the last word before a number, announce an account number or sort code;
  /// "code" counts only after "sort", and "c" only as the end of "a/c".
  /// "sortcode" is the cue written as one word (QA review 31, L10: "sortcode 123456" was kept).
  static let cues: [StaticString] = ["account", "acct", "acc", "routing", "aba", "sortcode"]

  /// Words that may stand between a cue and the number.
  static let labels: [StaticString] = ["number", "no", "num", "nr", "is", "was"]

  /// The fewest and most digits of an account number.
  static let digits = 6...17
}

extension ByteScanner {
  /// Recognises an account number or sort code (see `AccountNumber`) starting at the digit
  /// `start`; returns its end.
  func accountNumberEnd(at start: Int) -> Int? {
    var index = start
    var digits = 0
    var end = start
    while true {
      let groupEnd = digitRunEnd(from: index)
      let group = groupEnd - index
      guard group >= 2 || (group >= 1 && index == start), digits + group <= AccountNumber.digits.upperBound else {
        break
      }
      digits += group
      end = groupEnd
      let separator = byte(groupEnd)
      guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-"), isDigit(groupEnd + 1),
        isDigit(groupEnd + 2)
      else { break }
      index = groupEnd + 1
    }
    guard AccountNumber.digits.contains(digits), endsNumber(at: end), followsAccountCue(start) else { return nil }
    return end
  }

  /// Whether an account cue (`AccountNumber.cues`, "sort code" or "a/c") ends before `start`, across
  /// up to three label words (`AccountNumber.labels`). Reads the bytes in place.
  func followsAccountCue(_ start: Int) -> Bool {
    followsCue(start, cues: AccountNumber.cues, labels: AccountNumber.labels, labelWords: 3) { word in
      if spells(word, "code") { return isPreceded(word, byOneOf: ["sort"]) }
      guard spells(word, "c") else { return nil }
      let at = word.lowerBound
      return isByte(at - 1, "/") && byte(at - 2) | 0x20 == UInt8(ascii: "a") && !isWordCharacter(before: at - 2)
    }
  }
}
