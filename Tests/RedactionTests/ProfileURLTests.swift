import Redaction
import Testing

// QA review 23: a profile slug in a URL's path identifies a person more directly than a session
// token, and it was kept. The policy of `ByteScanner.url` applies: the scheme, host and path
// before the personal part stay, the tail from it becomes one [URL].
@Test(arguments: [
  ("my profile https://facebook.com/john.smith.1985 was hacked", "my profile https://facebook.com/[URL] was hacked"),
  ("see https://www.linkedin.com/in/janedoe-123", "see https://www.linkedin.com/in/[URL]"),
  ("https://example.com/u/alice?session=XYZ123", "https://example.com/u/[URL]"),
  ("follow instagram.com/alice_b_1990/ please", "follow instagram.com/[URL] please"),
  ("https://x.com/bob_smith/status/1", "https://x.com/[URL]"),
  ("https://m.facebook.com/profile/jane.doe", "https://m.facebook.com/profile/[URL]"),
  ("https://forum.example.org/members/jdoe77", "https://forum.example.org/members/[URL]"),
  ("https://mastodon.example/@alice", "https://mastodon.example/[URL]"),
  ("http://www.example.edu/~bob/cv.html", "http://www.example.edu/[URL]"),
  ("https://example.com/people/jane-doe#contact", "https://example.com/people/[URL]"),
])
func personalURLPathsAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .url) == expected)
}

// A social network's own pages, a company page and the same path words on other hosts stay.
@Test(arguments: [
  "https://www.facebook.com/help/contact", "see https://www.linkedin.com/company/contoso", "https://x.com/explore",
  "https://www.youtube.com/watch", "https://notfacebook.com/john.smith", "https://example.com/in/stock",
  "https://example.com/user", "https://example.com/help/users-guide", "www.example.com/help for the FAQ",
])
func nonPersonalURLPathsStay(input: String) {
  #expect(redacted(input, only: .url) == input)
}
