import Redaction
import Testing

// Review h60c: two numbers listed with "/" or "," and no space ("home/mobile" in a contact form)
// were both kept: the candidate ran across the "/" into the second number and failed as too long,
// a "," before digits read as a thousands or decimal continuation, and no token started at the
// digit after either. Fictional ranges: Ofcom's drama numbers (07700 900xxx, 020 7946 0xxx), NANPA
// 555-01xx; test card numbers from the card schemes' published test ranges.
@Test(arguments: [
  ("call 07700 900123/07700 900124 anytime", "call [PHONE]/[PHONE] anytime"),
  ("call 07700900123/07700900124 anytime", "call [PHONE]/[PHONE] anytime"),
  ("020 7946 0018/07700 900123", "[PHONE]/[PHONE]"),
  ("Tel: 0161 496 0000/0161 496 0001", "Tel: [PHONE]/[PHONE]"),
  ("415-555-0132/415-555-0133", "[PHONE]/[PHONE]"),
  ("call 07700 900123,07700 900124", "call [PHONE],[PHONE]"),
  ("call 07700900123,07700900124.", "call [PHONE],[PHONE]."),
  ("cards 4111 1111 1111 1111/5500 0000 0000 0004", "cards [CARD]/[CARD]"),
  ("cards 4111 1111 1111 1111,5500 0000 0000 0004", "cards [CARD],[CARD]"),
  // The last digits of an alternative number: the number is hidden, two digits stay.
  ("call 020 7946 0018/19", "call [PHONE]/19"),
])
func numbersListedWithoutASpaceAreEachRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// What a "/" or "," joins that is no phone number stays: dates, fractions, amounts, and German
// numbers written with "/" after the area code stay one number.
@Test(arguments: [
  ("due 12/03/2024", "due 12/03/2024"),
  ("scores 10/10, 24/7", "scores 10/10, 24/7"),
  ("see 1234/567890", "see 1234/567890"),
  ("paid 1,234,567.89 in 2019/2020", "paid 1,234,567.89 in 2019/2020"),
  ("a 0171/1234567 b", "a [PHONE] b"),
  ("a 030/1234567 b", "a [PHONE] b"),
])
func slashesAndCommasThatJoinNoListStay(input: String, expected: String) {
  #expect(redacted(input) == expected)
}
