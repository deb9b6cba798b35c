/// Postcodes whose written form is distinctive enough to find in free text without an address
/// around them: a full UK postcode narrows a respondent down to about fifteen addresses, a Canadian
/// postal code to a street side, a US ZIP+4 code to a building.
///
/// - **United Kingdom** (Royal Mail's format, as in the UK Government Data Standards Catalogue):
///   an outward code `A9`, `A99`, `A9A`, `AA9`, `AA99` or `AA9A` whose letters are one of the
///   postcode areas (plus the Crown Dependencies GY, JE and IM), an optional space, and an inward
///   code of a digit and two letters from `ABDEFGHJLNPQRSTUWXYZ`: `SW1A 1AA`, `M1 1AE`, `EC1A1BB`.
///   The special `GIR 0AA` too.
/// - **Canada** (Canada Post): `A9A 9A9`, the first letter from `ABCEGHJKLMNPRSTVXY`, the other
///   letters never D, F, I, O, Q or U; the space is optional: `K1A 0B1`.
/// - **United States** (USPS): a ZIP+4 code `99999-9999` anywhere; a five-digit ZIP code only after
///   a state or territory abbreviation in capitals and one space (`Austin, TX 78701`): the
///   abbreviation stays, the digits are replaced; or after a cue (`Postcode.cues`: "my zip code is
///   10001"). A lone five-digit number is never taken for one.
///
/// An invisible character inside a code (a zero-width space, a soft hyphen, a byte order mark …) is
/// masked with it: `FoldedText` drops it, or between a letter and a digit reads it as
/// `FoldedText.wordBoundary`, which a code crosses there ("SW1\u{200B}A 1AA", "K1A\u{AD}0B1": brief
/// h63a). Two spaces between a UK outward and inward code separate them as one does ("SW1A  1AA").
///
/// Letters may be written in either case, but one code uses one case ("Galaxy S10 2nd" keeps its
/// ordinal, and so does "s10 2nd": a lower-case inward code that reads as 1st, 2nd, 3rd or 9th is
/// not a postcode, unless a cue announces it: "postcode b33 8th", QA review 42). Outward codes alone ("the SW1 area") and other countries' postcodes are not
/// redacted: a custom mask covers a national format (`--pattern NL_POSTCODE=9{4} AA`).
enum Postcode {
  /// The UK postcode areas (the letters before the first digit), with the Crown Dependencies.
  static let ukAreas: Set<UInt16> = letterPairs(
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN "
      + "EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK "
      + "ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA "
      + "TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE")

  /// USPS two-letter codes of the states, the District of Columbia, the territories and the
  /// military "states".
  static let usStates: Set<UInt16> = letterPairs(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
      + "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI AA AE AP")

  /// A one- or two-letter code as a number: the first letter in the high byte (0 for one letter).
  static func key(_ first: UInt8, _ second: UInt8?) -> UInt16 {
    guard let second else { return UInt16(first) }
    return UInt16(first) << 8 | UInt16(second)
  }

  private static func letterPairs(_ list: String) -> Set<UInt16> {
    Set(
      list.split(separator: " ").map { code in
        let bytes = Array(code.utf8)
        return key(bytes[0], bytes.count > 1 ? bytes[1] : nil)
      })
  }

  /// Words that, as the last word before a code (across "is", "was", "number" and the punctuation
  /// `labelGapStart` skips), announce a postcode; "code" counts after "post", "zip" or "postal"
  /// ("my zip code is 10001", "post code: b33 8th").
  static let cues: [StaticString] = ["postcode", "postcodes", "zipcode", "zip", "postal"]

  /// Words that may stand between a cue and the code.
  static let labels: [StaticString] = ["is", "was", "number", "no"]

  /// Letters a UK inward code may end with.
  static func isInwardLetter(_ upper: UInt8) -> Bool {
    switch upper {
    case UInt8(ascii: "C"), UInt8(ascii: "I"), UInt8(ascii: "K"), UInt8(ascii: "M"), UInt8(ascii: "O"),
      UInt8(ascii: "V"):
      return false
    default: return upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z")
    }
  }

  /// Letters a Canadian postal code may start with.
  static func isCanadianFirstLetter(_ upper: UInt8) -> Bool {
    "ABCEGHJKLMNPRSTVXY".utf8.contains(upper)
  }

  /// Letters a Canadian postal code may hold after the first.
  static func isCanadianLetter(_ upper: UInt8) -> Bool {
    upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z") && !"DFIOQU".utf8.contains(upper)
  }
}

extension ByteScanner {
  /// The ASCII letter at `index` in upper case and whether it was written in upper case; nil when
  /// no ASCII letter is there.
  private func asciiLetter(_ index: Int) -> (upper: UInt8, isUpper: Bool)? {
    let bits = classOf(index)
    guard bits & ByteClass.letter != 0 else { return nil }
    return bits & ByteClass.upper != 0 ? (byte(index), true) : (byte(index) - 32, false)
  }

  /// The span to replace when a postcode (see `Postcode`) starts at `start`, else nil. The span
  /// starts after `start` for a US ZIP code, whose state abbreviation is kept.
  func postcode(at start: Int) -> Range<Int>? {
    if isDigit(start) { return (zipPlusFourEnd(at: start) ?? zipAfterCueEnd(at: start)).map { start..<$0 } }
    guard asciiLetter(start) != nil else { return nil }
    if let end = ukPostcodeEnd(at: start) ?? canadianPostalCodeEnd(at: start) { return start..<end }
    return zipAfterState(at: start)
  }

  /// `index`, or the index after it when an invisible character between a letter and a digit
  /// stands there (`FoldedText.wordBoundary`): a code's letters and digits are read across it.
  @inline(__always) private func acrossBoundary(_ index: Int) -> Int {
    byte(index) == FoldedText.wordBoundary ? index + 1 : index
  }

  /// A UK postcode from `start`; its end.
  private func ukPostcodeEnd(at start: Int) -> Int? {
    guard let first = asciiLetter(start) else { return nil }
    var index = start + 1
    var second: UInt8?
    if let letter = asciiLetter(index) {
      guard letter.isUpper == first.isUpper else { return nil }
      second = letter.upper
      index += 1
    }
    if first.upper == UInt8(ascii: "G") && second == UInt8(ascii: "I"),
      let special = asciiLetter(index), special.upper == UInt8(ascii: "R"), special.isUpper == first.isUpper
    {
      return inwardCodeEnd(at: index + 1, isUpper: first.isUpper, postcodeStart: start)  // GIR 0AA
    }
    index = acrossBoundary(index)
    // The digit first: most words fail there, before the area is looked up.
    guard isDigit(index), Postcode.ukAreas.contains(Postcode.key(first.upper, second)) else { return nil }
    index += 1
    // The outward code's optional last character (A99, AA99, A9A, AA9A), then the inward code;
    // with a space the split is plain, without one the inward code is the last three characters.
    let optional = isDigit(index) ? index : acrossBoundary(index)
    let hasOptional = isDigit(optional) || asciiLetter(optional).map { $0.isUpper == first.isUpper } ?? false
    if hasOptional, let end = inwardCodeEnd(at: optional + 1, isUpper: first.isUpper, postcodeStart: start) {
      return end
    }
    return inwardCodeEnd(at: index, isUpper: first.isUpper, postcodeStart: start)
  }

  /// A UK inward code (one or two spaces or none, then digit letter letter) from `index`; its end
  /// when it ends a token. A lower-case ordinal ("2nd") is one only after a cue before
  /// `postcodeStart`.
  private func inwardCodeEnd(at index: Int, isUpper: Bool, postcodeStart: Int) -> Int? {
    var index = index
    if isByte(index, " ") {
      index += isByte(index + 1, " ") ? 2 : 1
    } else {
      index = acrossBoundary(index)
    }
    guard isDigit(index) else { return nil }
    let letters = acrossBoundary(index + 1)
    guard let first = asciiLetter(letters), let second = asciiLetter(letters + 1),
      first.isUpper == isUpper, second.isUpper == isUpper,
      Postcode.isInwardLetter(first.upper), Postcode.isInwardLetter(second.upper),
      !continuesASCIIWord(letters + 2)
    else { return nil }
    if !isUpper && isOrdinalSuffix(first.upper, second.upper, after: byte(index))
      && !followsPostcodeCue(postcodeStart)
    {
      return nil
    }
    return letters + 2
  }

  /// "1st", "2nd", "3rd", "4th" … as written after the digit `digit`.
  private func isOrdinalSuffix(_ first: UInt8, _ second: UInt8, after digit: UInt8) -> Bool {
    switch (first, second) {
    case (UInt8(ascii: "S"), UInt8(ascii: "T")): return digit == UInt8(ascii: "1")
    case (UInt8(ascii: "N"), UInt8(ascii: "D")): return digit == UInt8(ascii: "2")
    case (UInt8(ascii: "R"), UInt8(ascii: "D")): return digit == UInt8(ascii: "3")
    case (UInt8(ascii: "T"), UInt8(ascii: "H")): return true
    default: return false
    }
  }

  /// A Canadian postal code from `start`; its end.
  private func canadianPostalCodeEnd(at start: Int) -> Int? {
    let second = acrossBoundary(start + 1)
    guard isDigit(second), let first = asciiLetter(start), Postcode.isCanadianFirstLetter(first.upper) else {
      return nil
    }
    let thirdAt = acrossBoundary(second + 1)
    guard let third = asciiLetter(thirdAt), third.isUpper == first.isUpper, Postcode.isCanadianLetter(third.upper)
    else { return nil }
    var index = thirdAt + 1
    index = isByte(index, " ") ? index + 1 : acrossBoundary(index)
    let fifthAt = acrossBoundary(index + 1)
    guard isDigit(index), let fifth = asciiLetter(fifthAt), fifth.isUpper == first.isUpper,
      Postcode.isCanadianLetter(fifth.upper)
    else { return nil }
    let sixth = acrossBoundary(fifthAt + 1)
    guard isDigit(sixth), !continuesASCIIWord(sixth + 1) else { return nil }
    return sixth + 1
  }

  /// A five-digit ZIP code (or ZIP+4) after a US state abbreviation in capitals and one space,
  /// optionally after a comma ("TX 78701", "NY, 10001"); the digits' span.
  private func zipAfterState(at start: Int) -> Range<Int>? {
    guard let first = asciiLetter(start), first.isUpper, let second = asciiLetter(start + 1), second.isUpper
    else { return nil }
    var index = start + 2
    if isByte(index, ",") { index += 1 }
    // The space and five digits first: most capitalised words fail there, before the lookup.
    guard isByte(index, " "), digitRunEnd(from: index + 1) == index + 6,
      Postcode.usStates.contains(Postcode.key(first.upper, second.upper)), followsPlaceName(start)
    else { return nil }
    index += 1
    if let end = zipPlusFourEnd(at: index) { return index..<end }
    guard endsNumber(at: index + 5), !isByte(index + 5, "-") || !isDigit(index + 6) else { return nil }
    return index..<(index + 5)
  }

  /// True when the state abbreviation at `start` follows a comma ("AUSTIN, TX") or a word with a
  /// lower-case letter ("Austin TX"): in text written in capitals, "REFUND IN 10000 YEARS" holds no
  /// ZIP code.
  private func followsPlaceName(_ start: Int) -> Bool {
    var index = start - 1
    while isByte(index, " ") { index -= 1 }
    if isByte(index, ",") { return true }
    guard index < start - 1 else { return false }
    while let letter = asciiLetter(index) {
      if !letter.isUpper { return true }
      index -= 1
    }
    return false
  }

  /// A five-digit ZIP code after a cue ("my zip code is 10001"); its end.
  private func zipAfterCueEnd(at start: Int) -> Int? {
    guard digitRunEnd(from: start) == start + 5, endsNumber(at: start + 5),
      !isByte(start + 5, "-") || !isDigit(start + 6), followsPostcodeCue(start)
    else { return nil }
    return start + 5
  }

  /// Whether a postcode cue (`Postcode.cues`, or "code" after "post", "zip" or "postal") ends before
  /// `start`, across up to two label words.
  func followsPostcodeCue(_ start: Int) -> Bool {
    followsCue(start, cues: Postcode.cues, labels: Postcode.labels, labelWords: 2) { word in
      spells(word, "code") ? isPreceded(word, byOneOf: ["post", "zip", "postal"]) : nil
    }
  }

  /// A ZIP+4 code (`99999-9999`) from `start`; its end.
  private func zipPlusFourEnd(at start: Int) -> Int? {
    guard digitRunEnd(from: start) == start + 5, isByte(start + 5, "-"),
      digitRunEnd(from: start + 6) == start + 10, endsNumber(at: start + 10),
      !isByte(start + 10, "-")
    else { return nil }
    return start + 10
  }
}
