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
