/// UK National Insurance numbers (NINOs).
///
/// HMRC's National Insurance Manual, NIM39110 ("What a NINO looks like"): two prefix letters, six
/// digits and a suffix letter A, B, C or D, usually written in pairs (`AB 12 34 56 C`) or run
/// together (`AB123456C`). The prefix's first letter is never D, F, I, Q, U or V; its second never
/// D, F, I, O, Q, U or V; and the prefixes BG, GB, KN, NK, NT, TN and ZZ are not allocated. So
/// HMRC's own specimen on forms, `QQ 12 34 56 C`, is not claimed, nor are the administrative
/// reference prefixes such as OO. Letters may be written in either case. Accepted spacings: none,
/// one space after the prefix and before the suffix, and the digits as one run or three pairs
/// with single spaces; after a cue also hyphens in those places ("NI number AB-12-34-56-C",
/// "NINO AB-123456-C"; brief h61a: kept), one kind per number; an invisible character between the
/// prefix and the digits or the digits and the suffix (`FoldedText.wordBoundary`) is read as not
/// there, as it is between two digits ("AB\u{200B}123456C"). People often leave the suffix off; without it the number is claimed only
/// after a cue ("NI number AB 12 34 56": `followsNationalInsuranceCue`). A number a reference label
/// comes before ("order AB123456C", "ref: AB123456C": `isReferenceLabelled`) is kept.
enum NationalInsuranceNumber {
  /// Whether the upper-case letters `first` and `second` form a prefix HMRC may allocate.
  static func isAllocatablePrefix(_ first: UInt8, _ second: UInt8) -> Bool {
    guard isPrefixLetter(first), isPrefixLetter(second), second != UInt8(ascii: "O") else { return false }
    switch (first, second) {
    case (UInt8(ascii: "B"), UInt8(ascii: "G")), (UInt8(ascii: "G"), UInt8(ascii: "B")),
      (UInt8(ascii: "K"), UInt8(ascii: "N")), (UInt8(ascii: "N"), UInt8(ascii: "K")),
      (UInt8(ascii: "N"), UInt8(ascii: "T")), (UInt8(ascii: "T"), UInt8(ascii: "N")),
      (UInt8(ascii: "Z"), UInt8(ascii: "Z")):
      return false
    default: return true
    }
  }

  /// An upper-case letter other than D, F, I, Q, U and V.
  private static func isPrefixLetter(_ letter: UInt8) -> Bool {
    switch letter {
    case UInt8(ascii: "D"), UInt8(ascii: "F"), UInt8(ascii: "I"), UInt8(ascii: "Q"), UInt8(ascii: "U"),
      UInt8(ascii: "V"):
      return false
    default: return letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z")
    }
  }

  /// Words that may stand between "NI" and the number: "NI number is", "NI no.".
  static let labels: [StaticString] = ["number", "no", "num", "nr", "is", "was"]

  /// A suffix letter, upper case: A, B, C or D.
  static func isSuffix(_ letter: UInt8) -> Bool { letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "D") }
}

extension ByteScanner {
  /// Whether a NINO may start at the letter `start`: a second letter, then a digit after at most one
  /// space. Most words fail at the third byte; the caller tries `nationalInsuranceNumberEnd` only
  /// when this holds.
  @inline(__always) func mayStartNationalInsuranceNumber(_ start: Int) -> Bool {
    isLetter(start + 1)
      && (isDigit(start + 2)
        || ((isByte(start + 2, " ") || isByte(start + 2, "-") || byte(start + 2) == FoldedText.wordBoundary)
          && isDigit(start + 3)))
  }

  /// Recognises a NINO (see `NationalInsuranceNumber`) starting at the letter `start`; returns its
  /// end.
  func nationalInsuranceNumberEnd(at start: Int) -> Int? {
    guard mayStartNationalInsuranceNumber(start) else { return nil }
    var index = start + 2
    // The separator after the prefix, if any; pairs and the suffix use the same one.
    var separator: UInt8? = isDigit(index) ? nil : byte(index)
    if separator != nil { index += 1 }
    if separator == FoldedText.wordBoundary { separator = nil }
    guard isDigit(index),
      NationalInsuranceNumber.isAllocatablePrefix(byte(start) & 0xDF, byte(start + 1) & 0xDF)
    else { return nil }
    if digitRunEnd(from: index) == index + 6 {
      index += 6
    } else {
      let pairs = separator ?? byte(index + 2)
      guard pairs == UInt8(ascii: " ") || pairs == UInt8(ascii: "-"), digitRunEnd(from: index) == index + 2,
        byte(index + 2) == pairs, digitRunEnd(from: index + 3) == index + 5, byte(index + 5) == pairs,
        digitRunEnd(from: index + 6) == index + 8
      else { return nil }
      separator = pairs
      index += 8
    }
    // Hyphens ("AB-12-34-56-C", as some forms print it) only after a cue: unannounced, two letters,
    // six digits and a letter joined by hyphens are as likely a product or licence code.
    let hyphenated = separator == UInt8(ascii: "-")
    if hyphenated && !followsNationalInsuranceCue(start) { return nil }
    let digitsEnd = index
    if isByte(index, hyphenated ? "-" : " ") || byte(index) == FoldedText.wordBoundary { index += 1 }
    guard isLetter(index), NationalInsuranceNumber.isSuffix(byte(index) & 0xDF), !continuesASCIIWord(index + 1)
    else {
      // Without its suffix only after a cue: "NI number AB 12 34 56".
      return !continuesASCIIWord(digitsEnd) && !(hyphenated && isByte(digitsEnd, "-") && isAlphanumeric(digitsEnd + 1))
        && followsNationalInsuranceCue(start) ? digitsEnd : nil
    }
    guard !isReferenceLabelled(start) else { return nil }
    return index + 1
  }

  /// Whether "NI", "NINO" or "national insurance" ends before `start`, across up to three label
  /// words ("number", "no", "is" …: `NationalInsuranceNumber.labels`).
  func followsNationalInsuranceCue(_ start: Int) -> Bool {
    followsCue(start, cues: ["ni", "nino"], labels: NationalInsuranceNumber.labels, labelWords: 3) { word in
      spells(word, "insurance") ? isPreceded(word, byOneOf: ["national"]) : nil
    }
  }
}
