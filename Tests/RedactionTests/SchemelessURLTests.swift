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

// A host name is at most 253 bytes and each label at most 63 (RFC 1035 §2.3.4): the scan of a
// dotted or hyphenated run stops there (QA review 39: the scan of such a run from each of its words
// was quadratic). A label of 64 letters is no host, so its token stays; one of 63 is. (A dotted run
// longer than 253 bytes is still read as a host from a later label, within the limit.)
@Test func hostsBeyondTheDNSLimitsAreNoHosts() {
  let longLabel = String(repeating: "a", count: 64) + ".com/reset?token=abc123"
  #expect(redacted("see \(longLabel) ok", only: .url) == "see \(longLabel) ok")
  let atLimit = String(repeating: "a", count: 63) + ".com/reset?token=abc123"
  #expect(redacted("see \(atLimit) ok", only: .url) == "see \(String(repeating: "a", count: 63)).com/reset[URL] ok")
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
