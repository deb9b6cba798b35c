import Redaction
import Testing

// Every Unicode White_Space character (PropList.txt, UAX #44: U+0085, U+00A0, U+1680, U+2000–U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000 besides ASCII) separates as an ASCII space does, and a
// decimal digit of any script (general category Nd) is a digit: issue 7 asks for personal data to be
// replaced before any verbatim is shown, and NBSP digit grouping (French typography, Word, pasted PDFs)
// and full-width digits (Japanese and Chinese input methods) are how people type it. The numbers are
// the fictional ones of the other phone tests (Ofcom drama range 020 7946 0xxx) and the Visa test card
// 4111 1111 1111 1111 (Luhn-valid, issued to no one).
@Test(arguments: [
  ("Hi\u{A0}Sarah, thanks", "Hi\u{A0}[NAME], thanks"),
  ("Thanks,\u{A0}John", "Thanks,\u{A0}[NAME]"),
  ("Thanks,\u{202F}John", "Thanks,\u{202F}[NAME]"),
  ("Kind regards,\u{2028}Anna", "Kind regards,\u{2028}[NAME]"),
  ("call +44\u{A0}20\u{A0}7946\u{A0}0000 now", "call [PHONE] now"),
  ("call +44\u{2009}20\u{2009}7946\u{2009}0000 now", "call [PHONE] now"),
  ("appelez le 01\u{202F}23\u{202F}45\u{202F}67\u{202F}89", "appelez le [PHONE]"),
  ("call\u{3000}020\u{3000}7946\u{3000}0000", "call\u{3000}[PHONE]"),
  ("card 4111\u{A0}1111\u{A0}1111\u{A0}1111 ok", "card [CARD] ok"),
  ("card 4111\u{2007}1111\u{2007}1111\u{2007}1111 ok", "card [CARD] ok"),
  ("mail\u{A0}bob@example.org\u{A0}now", "mail\u{A0}[EMAIL]\u{A0}now"),
])
func unicodeWhiteSpaceSeparatesLikeASpace(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

@Test(arguments: [
  // Full-width digits U+FF10–U+FF19.
  ("card ４１１１１１１１１１１１１１１１ ok", "card [CARD] ok"),
  ("card ４１１１ １１１１ １１１１ １１１１", "card [CARD]"),
  ("電話 ＋８１ ３-１２３４-５６７８", "電話 [PHONE]"),
  // A full-width hyphen-minus (U+FF0D), a figure dash (U+2012, "the width of a digit", made for
  // numbers) and a non-breaking hyphen (U+2011, Word's way to keep a number on one line) between
  // digits separate groups as "-" does.
  ("電話 ０３－１２３４－５６７８", "電話 [PHONE]"),
  ("call 555\u{2012}123\u{2012}4567", "call [PHONE]"),
  ("call 555\u{2011}123\u{2011}4567", "call [PHONE]"),
  // Arabic-Indic digits U+0660–U+0669 and Devanagari digits U+0966–U+096F.
  ("اتصل +٤٤ ٢٠ ٧٩٤٦ ٠٠٠٠", "اتصل [PHONE]"),
  ("from १९२.०.२.१ today", "from [IP] today"),
  // Mixed with ASCII digits.
  ("card 4111 １１１１ 1111 1111", "card [CARD]"),
])
func decimalDigitsOfEveryScriptAreDigits(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// QA review 31: an East Asian input method types the at sign full-width (U+FF20), or as the small
// commercial at (U+FE6B), and may type the host's dots as ideographic (U+3002) or full-width (U+FF0E)
// full stops; the address is an address all the same. A full stop that ends a Japanese sentence, and
// one with no at sign before it, stay.
@Test(arguments: [
  ("連絡先は tanaka.taro＠example.co.jp です。", "連絡先は [EMAIL] です。"),
  ("JOHN＠EXAMPLE.COM", "[EMAIL]"),
  ("john＠example．com", "[EMAIL]"),
  ("john\u{FE6B}example.com", "[EMAIL]"),
  ("mail john@example。com please", "mail [EMAIL] please"),
  ("ありがとう。また来ます。", "ありがとう。また来ます。"),
  ("version１。２", "version１。２"),
])
func fullWidthAtSignsAndFullStopsInAddresses(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// What is not personal data stays, whatever the separators: a price with NBSP thousands, a date in
// full-width digits, a Luhn-failing number (4111 … 1112: digit sum 31), and the spans count code
// points of the original text.
@Test(arguments: [
  "prix 1\u{A0}234\u{A0}567\u{A0}€", "le ２０２６-１１-３０", "code ４１１１ １１１１ １１１１ １１１２", "Hi\u{A0}there",
  "thanks\u{A0}john", "version\u{A0}1.2.3.4",
])
func nonPersonalDataWithUnicodeSeparatorsStays(input: String) {
  #expect(redacted(input) == input)
}

@Test func spansOfFoldedTextCountOriginalCodePoints() throws {
  let text = "Hi\u{A0}Zoë — card ４１１１\u{A0}１１１１\u{A0}１１１１\u{A0}１１１１\u{3000}ok"
  let result = try Redactor().redact(text)
  #expect(result.text == "Hi\u{A0}[NAME] — card [CARD]\u{3000}ok")
  // "Hi␣" is 3 code points, "Zoë" 3; " — card " starts at 6 and the card at 14 (19 code points).
  #expect(result.spans.map(\.original) == [3..<6, 14..<33])
  #expect(result.spans.map(\.redacted) == [3..<9, 17..<23])
}

// The fold table must cover every scalar the current Unicode data calls White_Space or Nd: checked
// over the whole code space, so a newer Unicode version that adds digits cannot silently escape it.
@Test func everyWhiteSpaceAndDecimalDigitIsFolded() throws {
  let redactor = try Redactor(configuration: RedactionConfiguration(types: [.card]))
  let names = try Redactor(configuration: RedactionConfiguration(types: [.name]))
  for value in UInt32(0x80)...0x10FFFF {
    guard let scalar = Unicode.Scalar(value) else { continue }
    let properties = scalar.properties
    if properties.numericType == .decimal, let digit = properties.numericValue, digit == 4 {
      // "4111 1111 1111 1111" with this script's 4 in front: still the test card.
      let text = "card \(Character(scalar))111 1111 1111 1111"
      #expect(redactor.redact(text).text == "card [CARD]", "U+\(String(value, radix: 16, uppercase: true))")
    } else if properties.isWhitespace && properties.generalCategory == .spaceSeparator {
      let text = "card 4111\(Character(scalar))1111 1111 1111"
      #expect(redactor.redact(text).text == "card [CARD]", "U+\(String(value, radix: 16, uppercase: true))")
    } else if properties.isWhitespace {
      // NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR end a line: a sign-off's name may follow.
      let text = "Kind regards,\(Character(scalar))Anna"
      #expect(names.redact(text).text == "Kind regards,\(Character(scalar))[NAME]", "U+\(String(value, radix: 16))")
    }
  }
}
