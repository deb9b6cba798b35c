import Redaction
import Testing

// Brief h61a: an invisible character typed into personal data dodged the detectors: a zero-width
// space inside a phone number kept it ("0770\u{200B}0 900123"), and one inside an address left the
// local part before it ("jo\u{200B}hn@example.com" → "jo\u{200B}[EMAIL]"). Invisible format
// characters (general category Cf and Default_Ignorable_Code_Point) are read as not there, and the
// whole span is masked with them; outside a match they stay. Fictional data: Ofcom's drama range
// 07700 900xxx, example.com, the Visa test card.
@Test(arguments: [
  "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{AD}", "\u{200E}", "\u{202C}", "\u{2066}",
])
func invisibleCharactersInsidePersonalDataAreMaskedWithIt(mark: String) {
  #expect(redacted("call 0770\(mark)0 900123 today") == "call [PHONE] today")
  #expect(redacted("mobile 07700\(mark)900123") == "mobile [PHONE]")
  #expect(redacted("write to jo\(mark)hn@example.com please") == "write to [EMAIL] please")
  #expect(redacted("write to john@exam\(mark)ple.com please") == "write to [EMAIL] please")
  #expect(redacted("card 4111 1111 11\(mark)11 1111 now") == "card [CARD] now")
  #expect(redacted("IBAN GB82 WE\(mark)ST 1234 5698 7654 32") == "IBAN [IBAN]")
  #expect(redacted("Hi Sa\(mark)rah, thanks") == "Hi [NAME], thanks")
  #expect(redacted("mail john\(mark)1984@example.com") == "mail [EMAIL]")
}

// Between a letter and a digit an invisible character still ends a word or a number, as it did:
// a cue glued to a number by one, and a number glued to the next word, are found as before.
@Test func anInvisibleCharacterBetweenALetterAndADigitStillSeparates() {
  #expect(redacted("call\u{200B}07700 900123") == "call\u{200B}[PHONE]")
  #expect(redacted("mobile 07700 900123\u{200B}thanks") == "mobile [PHONE]\u{200B}thanks")
  #expect(redacted("card\u{2060}4111 1111 1111 1111") == "card\u{2060}[CARD]")
}

// Before and after a match the invisible characters stay in the text, and the span counts the
// original code points.
@Test func invisibleCharactersAroundAMatchStayOutsideIt() throws {
  let result = try Redactor().redact("call \u{200B}07700 9001\u{200B}23\u{200B} ok")
  #expect(result.text == "call \u{200B}[PHONE]\u{200B} ok")
  #expect(result.counts == [.phone: 1])
  // "call " and the ZWSP are 6 code points; the number 12 and the ZWSP inside it 13.
  #expect(result.spans.map(\.original) == [6..<19])
  #expect(result.spans.map(\.redacted) == [6..<13])
}

// Text with invisible characters and nothing to redact is returned as it was: joiners in emoji and
// Indic or Persian words, a byte order mark, soft hyphens, direction marks around a price.
@Test(arguments: [
  "\u{FEFF}great service", "👨\u{200D}👩\u{200D}👧 family ticket", "می\u{200C}خواهم", "con\u{AD}tin\u{AD}ued",
  "\u{200F}₪ 120\u{200F} only", "a 10\u{200B}% discount", "क्\u{200D}ष",
])
func textWithInvisibleCharactersAndNoDataStays(text: String) {
  #expect(redacted(text) == text)
}

// Every invisible format character the Unicode data of this Swift knows is read as not there:
// checked over the whole code space, so a later Unicode version's additions are covered.
@Test func everyInvisibleFormatCharacterIsSkipped() throws {
  let phones = try Redactor(configuration: RedactionConfiguration(types: [.phone]))
  for value in UInt32(0x80)...0x10FFFF {
    guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory == .format,
      scalar.properties.isDefaultIgnorableCodePoint
    else { continue }
    let text = "call 0770\(Character(scalar))0 900123"
    #expect(phones.redact(text).text == "call [PHONE]", "U+\(String(value, radix: 16, uppercase: true))")
  }
}

// Every dash (Pd) and the minus sign between digit groups reads as "-", over the whole code space.
@Test func everyDashBetweenDigitsIsAHyphen() throws {
  let phones = try Redactor(configuration: RedactionConfiguration(types: [.phone]))
  for value in UInt32(0x80)...0x10FFFF {
    guard let scalar = Unicode.Scalar(value),
      scalar.properties.generalCategory == .dashPunctuation || value == 0x2212
    else { continue }
    let text = "call 555\(Character(scalar))123\(Character(scalar))4567"
    #expect(phones.redact(text).text == "call [PHONE]", "U+\(String(value, radix: 16, uppercase: true))")
  }
}

// Brief h62a: between a letter and a digit an invisible character ends a word (above), and so it
// also split an IBAN's country code from its check digits or a letter group from a digit group
// ("GB\u{200B}82 WEST …", "GB82\u{200B}WEST1234…": kept) and a NINO's prefix or suffix from its
// digits. Inside those numbers it is read as not there, as it is between two letters or digits.
@Test(arguments: ["\u{200B}", "\u{2060}", "\u{AD}", "\u{FEFF}", "\u{200E}"])
func invisibleCharactersBetweenTheLettersAndDigitsOfAnIBANOrNINOAreMaskedWithIt(mark: String) {
  #expect(redacted("IBAN G\(mark)B82 WEST 1234 5698 7654 32") == "IBAN [IBAN]")
  #expect(redacted("IBAN GB\(mark)82 WEST 1234 5698 7654 32") == "IBAN [IBAN]")
  #expect(redacted("pay GB82\(mark)WEST1234\(mark)5698765432 now") == "pay [IBAN] now")
  #expect(redacted("IBAN GB82 WEST\(mark)1234 5698 7654 32") == "IBAN [IBAN]")
  #expect(redacted("NI number AB\(mark)123456\(mark)C") == "NI number [NINO]")
  #expect(redacted("my NINO is AB\(mark)12 34 56 C thanks") == "my NINO is [NINO] thanks")
  #expect(redacted("IBAN GB82 WEST 1234 5698 7654 32\(mark)thanks") == "IBAN [IBAN]\(mark)thanks")
}
