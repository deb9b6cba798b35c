import Redaction
import Testing

// A URL typed without its scheme keeps its token as one with a scheme would lose it: the host
// and plain path stay, the query and id-like segments become [URL].
@Test(arguments: [
  ("go to example.com/reset?token=abc123 now", "go to example.com/reset[URL] now"),
  ("see shop.example.co.uk/orders/12345678 ok", "see shop.example.co.uk/orders/[URL] ok"),
])
func schemelessURLsLoseTheirTokens(input: String, expected: String) {
  #expect(redacted(input, only: .url) == expected)
}

// Not hosts: a plain path, sentence ends without a space, versions, ratios, "and/or", "e.g./i.e.".
@Test(arguments: [
  "site example.com/help is fine", "end.Then we left", "version v1.2/3", "ratio 1.5/2", "and/or",
  "e.g./i.e. both", "file report.final/v2",
])
func textThatIsNotAURLWithATokenStays(input: String) {
  #expect(redacted(input) == input)
}

// ISO 13616's example IBAN GB82 WEST 1234 5698 7654 32 (valid MOD 97-10) written in lower case or
// with hyphens is still an IBAN; a wrong check digit still is not.
@Test(arguments: [
  ("pay gb82 west 1234 5698 7654 32 now", "pay [IBAN] now"),
  ("pay GB82-WEST-1234-5698-7654-32 now", "pay [IBAN] now"),
])
func ibansInOtherSpellingsAreRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
  #expect(redacted(input, only: .phone) == input)
}

@Test func aLowerCaseIBANWithAWrongCheckStays() {
  #expect(redacted("pay gb83 west 1234 5698 7654 32 now", only: .iban) == "pay gb83 west 1234 5698 7654 32 now")
}
