/// International Bank Account Numbers (ISO 13616-1:2020).
///
/// An IBAN is a two-letter country code, two check digits and a country-specific BBAN; its total
/// length is fixed per country by the SWIFT IBAN Registry. It is written either contiguously
/// (`GB82WEST12345698765432`) or in the "paper format", groups of four separated by single spaces
/// (`GB82 WEST 1234 5698 7654 32`); both are recognised, letters in either case after the country
/// code. Validation (ISO 7064 MOD 97-10, as ISO 13616 prescribes): move the first four characters
/// to the end, replace letters by 10…35 (A = 10), read the result as a decimal number; it is a
/// valid IBAN iff that number ≡ 1 (mod 97). After the cue "IBAN" ("IBAN GB82 WEST 1234 5698 7654
/// 33", "IBAN: …") the country code and the registry length suffice: a typo must not leak the number.
enum IBAN {
  /// Words that may stand between the cue "IBAN" and the number: "IBAN number is", "IBAN no.".
  static let labels: [StaticString] = ["number", "no", "num", "nr", "is", "was"]

  /// IBAN lengths per country code, from the SWIFT IBAN Registry (release 2024). Unknown
  /// countries are not redacted.
  static let lengths: [UInt16: Int] = {
    let table =
      "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 "
      + "EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 "
      + "KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 "
      + "PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 "
      + "VA22 VG24 XK20"
    var lengths: [UInt16: Int] = [:]
    for entry in table.split(separator: " ") {
      let bytes = Array(entry.utf8)
      lengths[UInt16(bytes[0]) << 8 | UInt16(bytes[1])] = Int(bytes[2] - 48) * 10 + Int(bytes[3] - 48)
    }
    return lengths
  }()

  /// ISO 7064 MOD 97-10 over the IBAN's characters (upper- or lower-case letters, digits).
  static func isChecksumValid(_ characters: [UInt8]) -> Bool {
    var remainder = 0
    for offset in 0..<characters.count {
      let byte = characters[(offset + 4) % characters.count]
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): remainder = (remainder * 10 + Int(byte - 48)) % 97
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): remainder = (remainder * 100 + Int(byte - 55)) % 97
      case UInt8(ascii: "a")...UInt8(ascii: "z"): remainder = (remainder * 100 + Int(byte - 87)) % 97
      default: return false
      }
    }
    return remainder == 1
  }
}

extension ByteScanner {
  /// Recognises an IBAN starting at `start` (a letter; the country code in either case); returns
  /// its end. Groups may be separated by single spaces or hyphens, or by a hyphen with a space on
  /// each side ("GB82 - WEST - 1234 …"; a Unicode dash reads as one, `FoldedText`), and an invisible
  /// character between a letter and a digit ("GB82\u{200B}WEST…", `FoldedText.wordBoundary`) is
  /// read as not there, as it is between two letters or two digits. The MOD 97-10 check keeps
  /// words and codes that merely look like one out.
  func ibanEnd(at start: Int) -> Int? {
    guard isLetter(start), isLetter(start + 1) else { return nil }
    let checkDigits = byte(start + 2) == FoldedText.wordBoundary ? start + 3 : start + 2
    guard isDigit(checkDigits), isDigit(checkDigits + 1),
      let length = IBAN.lengths[UInt16(byte(start) & 0xDF) << 8 | UInt16(byte(start + 1) & 0xDF)]
    else { return nil }
    var characters: [UInt8] = []
    characters.reserveCapacity(length)
    var index = start
    while characters.count < length {
      if isAlphanumeric(index) {
        characters.append(byte(index))
        index += 1
        continue
      }
      guard index > start else { return nil }
      let width: Int
      if byte(index) == FoldedText.wordBoundary || isByte(index, "-") {
        width = 1
      } else if isByte(index, " ") {
        width = isByte(index + 1, "-") && isByte(index + 2, " ") ? 3 : 1
      } else {
        return nil
      }
      guard isAlphanumeric(index + width) else { return nil }
      index += width
    }
    // After the cue "IBAN" the shape decides: a mistyped check digit leaked the whole account (QA
    // review 42).
    guard !continuesASCIIWord(index),
      IBAN.isChecksumValid(characters) || followsCue(start, cues: ["iban"], labels: IBAN.labels, labelWords: 2)
    else { return nil }
    return index
  }
}
