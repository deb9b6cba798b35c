import Redaction
import Testing

// Policy: keep scheme, host and plain path; replace the tail carrying tokens by one "[URL]".
@Test(arguments: [
  ("reset via https://example.com/reset?token=abc123 please", "reset via https://example.com/reset[URL] please"),
  ("see http://example.com/a/b#section-2.", "see http://example.com/a/b[URL]."),
  ("(www.example.com/login?session=9f8e7d)", "(www.example.com/login[URL])"),
  ("HTTPS://Example.com/x?y=1", "HTTPS://Example.com/x[URL]"),
  ("https://user:secret@example.com/home", "https://[URL]"),
  ("https://example.com/reset/8f14e45fceea167a5a36dedd4bea2543", "https://example.com/reset/[URL]"),
  ("https://example.com/orders/12345678/status", "https://example.com/orders/[URL]"),
  ("https://example.com/u/jane@example.org", "https://example.com/u/[URL]"),
  // RFC 5737 / RFC 3849 documentation addresses as hosts.
  ("http://192.0.2.1/admin", "http://[URL]"),
  ("http://[2001:db8::1]:8080/", "http://[URL]"),
])
func tokenBearingURLsAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .url) == expected)
}

@Test func plainURLsStayAndAreNotScannedInside() {
  // No query, fragment or id-like segment: nothing to hide. The digits in the path are not a
  // phone number.
  let text = "docs at https://example.com/help/2024/returns and www.example.org."
  #expect(redacted(text) == text)
}

@Test func urlCountsOnePerURL() throws {
  let result = try Redactor().redact("https://example.com/a?b=1#c and https://example.com/d?e")
  #expect(result.counts == [.url: 2])
  #expect(result.text == "https://example.com/a[URL] and https://example.com/d[URL]")
}

/// QA review 33: redacting a redacted text again counted its `[URL]` placeholder as another URL.
/// Redaction is idempotent in its text and in its counts: the second pass finds nothing.
@Test func aRedactedURLIsNotRedactedAgain() throws {
  let redactor = try Redactor()
  for original in [
    "see https://example.com/u/johnsmith/profile", "https://example.com/a?b=1#c", "http://user:pw@example.com/x",
  ] {
    let first = redactor.redact(original)
    #expect(first.counts == [.url: 1], "\(original)")
    let second = redactor.redact(first.text)
    #expect(second.text == first.text)
    #expect(second.counts.isEmpty, "\(first.text) → \(second.counts)")
  }
}
