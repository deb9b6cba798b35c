import Redaction
import Testing

// Brief h61a: "ring 7700 900123 anytime", a UK mobile number (Ofcom's drama range 07700 900xxx)
// written without its trunk prefix 0, was kept. Decision: after a phone cue it is a phone number
// (7, then not 0 or 6, in 4 + 6 or 4 + 3 + 3 digits); without a cue ten digits in those groups are as
// likely a reference or an amount, and stay.
@Test(arguments: [
  ("ring 7700 900123 anytime", "ring [PHONE] anytime"),
  ("mobile: 7700 900 123", "mobile: [PHONE]"),
  ("text me on 7911-123456", "text me on [PHONE]"),
  ("call me on 7700900123", "call me on [PHONE]"),
])
func aCuedUKMobileWithoutItsTrunkPrefixIsAPhone(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

@Test(arguments: [
  "we sold 7700 900123 units", "ref 7700 900123", "order number 7700 900123", "call 7000 123456",
  "call 7600 123456", "the 7700 900123 figure", "number 7700 900123 000",
])
func tenDigitsOfThatShapeWithoutACueStay(text: String) {
  #expect(redactedButReferences(text) == text)
}
