import Redaction
import Testing

// QA review 42 (LOW): an extension after a phone number stayed after the placeholder ("[PHONE] ext.
// 23"); it is part of the number (RFC 3966's `;ext=` parameter). NANPA's fictional 555-01xx
// lines.
@Test(arguments: [
  ("+1 212-555-0147 ext. 23", "[PHONE]"),
  ("call 020 7946 0000 x104 please", "call [PHONE] please"),
  ("+1 212-555-0147 extension 12", "[PHONE]"),
  ("+1 212-555-0147 x 204", "[PHONE]"),
  ("+1 212-555-0147 ext 9, thanks", "[PHONE], thanks"),
  ("+1 212-555-0147, Ext: 311", "[PHONE]"),
  ("tel 555-0147 X2210.", "tel [PHONE]."),
])
func phoneExtensionsAreRedactedWithTheNumber(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// A count or word after the number is no extension.
@Test(arguments: [
  ("call 555-0147 x 2 if busy", "call [PHONE] x 2 if busy"),
  ("+1 212-555-0147 extra 23", "[PHONE] extra 23"),
  ("+1 212-555-0147 ext. 1234567", "[PHONE] ext. 1234567"),
  ("+1 212-555-0147 x2.5 faster", "[PHONE] x2.5 faster"),
  ("+1 212-555-0147 next 23", "[PHONE] next 23"),
])
func wordsAfterAPhoneNumberAreNoExtension(input: String, expected: String) {
  #expect(redacted(input, only: .phone) == expected)
}

// QA review 42 (LOW): a North American number typed as area code and seven digits was missed.
@Test(arguments: [
  ("ring 415 5550134", "ring [PHONE]"),
  ("my cell is 212-5550147 ok", "my cell is [PHONE] ok"),
])
func northAmericanThreePlusSevenIsAPhone(input: String, expected: String) {
  #expect(redacted(input, only: .phone) == expected)
}

// Not a North American number (area code starting 0/1, an N11 code), a reference, or an amount.
@Test(arguments: [
  "code 123 4567890", "dial 911 5550134", "order 415 5550134", "€415 5550134", "year 2023 1234567",
])
func threePlusSevenNearMissesStay(input: String) {
  #expect(redacted(input, only: .phone) == input)
}
