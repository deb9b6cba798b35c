import Testing
import Tokenization

/// E-mail addresses and @mentions next to non-ASCII characters (review r6 finding 7). Issue 2 names
/// the kinds `email` and `mention`; issue 4: "URLs and e-mail addresses never scored as words". The
/// same strings with ASCII neighbours were already `email` and `mention`.
@Suite struct MentionAndEmailTests {
  /// Quotes, guillemets, the ellipsis, NBSP and emoji are not part of an address and do not stop
  /// one from being recognised.
  @Test(arguments: [
    "mail bob@x.org\u{A0}now", "write to \u{201C}bob@x.org\u{201D}", "write to \u{AB}bob@x.org\u{BB}",
    "mail bob@x.org\u{2026} now", "mail\u{A0}bob@x.org ok", "mail bob@x.org\u{202F}now ok", "mail bob@x.org👍",
    "\u{0BA4}\u{0BAE}\u{0BBF}\u{0BB4}\u{0BCD}\u{A0}bob@x.org ok",
  ])
  func anAddressBesideNonASCIIIsAnEmail(_ text: String) throws {
    let result = try pairs(text)
    #expect(result.contains { $0 == ("bob@x.org", .email) }, "\(result)")
  }

  /// The review's scoring example: the address must not be read as the word "disappointed".
  @Test func anAddressBeforeAnEllipsisIsNotAWord() throws {
    let text = "mail disappointed.customer@x.org\u{2026} now"
    #expect(try kind(of: "disappointed.customer@x.org", in: text) == .email)
  }

  @Test(arguments: ["@acme👍 thanks", "@acme\u{A0}hi", "\u{201C}@acme\u{201D}", "@acme\u{2026}", "\u{A0}@acme ok"])
  func aHandleBesideNonASCIIIsAMention(_ text: String) throws {
    let result = try pairs(text)
    #expect(result.contains { $0 == ("@acme", .mention) }, "\(result)")
  }

  /// Decision (documented on `TokenKind.mention`): like hashtags, handles may use letters of any
  /// script, as Mastodon, Weibo and chat tools allow.
  @Test func handlesMayUseAnyScript() throws {
    let result = try pairs("@jos\u{E9} @\u{C9}mile @\u{394} @jose\u{301} @\u{7530}\u{4E2D} thanks")
    #expect(
      result.map(\.0) == ["@jos\u{E9}", "@\u{C9}mile", "@\u{394}", "@jose\u{301}", "@\u{7530}\u{4E2D}", "thanks"])
    #expect(result.dropLast().allSatisfy { $0.1 == .mention })
  }

  /// Review r13b: a full stop or colon glued after a handle or tag joined letters only across the
  /// span ("acme.Never" is one ICU word), so it is punctuation of its own and "Never" a word, as ICU
  /// gives for ".Never".
  @Test func punctuationGluedAfterASpanIsItsOwnToken() throws {
    #expect(try pairs("Thanks @acme.Never again").map(\.0) == ["Thanks", "@acme", ".", "Never", "again"])
    #expect(try pairs("#fail.Never again").map(\.0) == ["#fail", ".", "Never", "again"])
    #expect(try pairs("@x:y").map(\.1) == [.mention, .punct, .word])
  }

  /// A curly apostrophe ends a handle as a straight one does: the mention survives, and the rest is
  /// a word.
  @Test func aPossessiveAfterAHandle() throws {
    #expect(try pairs("@acme\u{2019}s great").map(\.1) == [.mention, .word, .word])
  }

  /// An "@" inside a word of another script starts no mention; a local part in another script is
  /// an address (RFC 6531).
  @Test func nonASCIILettersAroundTheAtSign() throws {
    #expect(try !pairs("caf\u{E9}@home ok").contains { $0.1 == .mention })
    #expect(try kind(of: "jos\u{E9}@example.com", in: "mail jos\u{E9}@example.com ok") == .email)
    #expect(
      try kind(of: "\u{434}\u{438}\u{43C}\u{430}@example.ru", in: "\u{434}\u{438}\u{43C}\u{430}@example.ru") == .email)
  }
}
