import Redaction
import Testing

// Domains from RFC 2606 (reserved example domains).
@Test(arguments: [
  ("write to john.doe@example.com today", "write to [EMAIL] today"),
  ("<anna-maria+orders@mail.example.co.uk>", "<[EMAIL]>"),
  ("mailto:support@example.org.", "mailto:[EMAIL]."),
  ("j_smith1990@example.net, thanks", "[EMAIL], thanks"),
  ("Contact: 42@example.com", "Contact: [EMAIL]"),
  // RFC 6531 internationalised address.
  ("from émile@exämple.de", "from [EMAIL]"),
])
func emailAddressesAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .email) == expected)
}

@Test(arguments: [
  "follow @acme on twitter", "price is 5 @ 3 each", "user@localhost", "a@b.c", "an @ sign", "x@y",
])
func nonEmailAddressesStay(input: String) {
  #expect(redacted(input, only: .email) == input)
}

// Spelled out, an address is still one: "mail me at name at example dot com" stayed until the
// spelled forms were recognised (SpelledEmailTests).
@Test func spelledAddressAfterAnAtOfProse() {
  #expect(redacted("mail me at name at example dot com", only: .email) == "mail me at [EMAIL]")
}
