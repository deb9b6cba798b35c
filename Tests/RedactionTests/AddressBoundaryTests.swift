import Redaction
import Testing

// Only the address is replaced; the words, quotes and punctuation around it stay (issue 7: replace the
// personal data, the rest of the verbatim is what coders read). An e-mail address ends at any Unicode
// White_Space and at any character that is not a letter, mark or digit: IDNA2008 (RFC 5892) admits
// only those in internationalised domain labels, and RFC 6531 local parts are words; an IRI (RFC 3987)
// path runs through letters, marks and digits of any script but not through typographic punctuation,
// symbols or spaces. Domains from RFC 2606.
@Test(arguments: [
  ("mail bob@x.org\u{A0}now", "mail [EMAIL]\u{A0}now"),
  ("mail bob@x.org\u{202F}now ok", "mail [EMAIL]\u{202F}now ok"),
  ("mail \u{201C}bob@x.org\u{201D} now", "mail \u{201C}[EMAIL]\u{201D} now"),
  ("mail bob@x.org\u{2026} now", "mail [EMAIL]\u{2026} now"),
  ("mail «bob@example.org» now", "mail «[EMAIL]» now"),
  ("メール bob@example.org、よろしく", "メール [EMAIL]、よろしく"),
  ("mail bob@example.org，很好", "mail [EMAIL]，很好"),
  ("mail bob@example.org👍 thanks", "mail [EMAIL]👍 thanks"),
  // A keycap emoji (UTS #51: digit, optional U+FE0F, U+20E3) glued to the address is not in its TLD
  // (review r7: the address was left whole, unredacted).
  ("mail bob@x.org1\u{FE0F}\u{20E3} now", "mail [EMAIL]1\u{FE0F}\u{20E3} now"),
  ("mail bob@x.org#\u{20E3} now", "mail [EMAIL]#\u{20E3} now"),
  // Tamil "தமிழ்" then NBSP before the address: the word is not part of it.
  ("தமிழ்\u{A0}bob@x.org ok", "தமிழ்\u{A0}[EMAIL] ok"),
  ("(\u{2018}bob@x.org\u{2019})", "(\u{2018}[EMAIL]\u{2019})"),
  // Internationalised addresses still go whole (RFC 6531; the Tamil local part uses a virama, Mn).
  ("from émile@exämple.de today", "from [EMAIL] today"),
  ("from தமிழ்@example.org today", "from [EMAIL] today"),
])
func emailAddressesEndAtTheirLastCharacter(input: String, expected: String) {
  #expect(redacted(input, only: .email) == expected)
}

// Japanese, Chinese and Korean text puts no space around an address; the words glued to it are
// another script, and an address does not mix Latin with another script inside a label (ICANN IDN
// Implementation Guidelines: one script per label) or, in practice, a local part. Single-script
// internationalised addresses (Cyrillic, a Japanese domain label) still go whole.
@Test(arguments: [
  ("連絡先はbob@example.comです", "連絡先は[EMAIL]です"),
  ("联系bob@example.com谢谢", "联系[EMAIL]谢谢"),
  ("메일은bob@example.com입니다", "메일은[EMAIL]입니다"),
  ("mail bob@x.orgＡＢＣ１２３", "mail [EMAIL]ＡＢＣ１２３"),
  ("пишите иван@пример.рф сегодня", "пишите [EMAIL] сегодня"),
  ("連絡 info@例え.jp まで", "連絡 [EMAIL] まで"),
])
func emailAddressesGluedToAnotherScriptKeepTheWords(input: String, expected: String) {
  #expect(redacted(input, only: .email) == expected)
  #expect(redacted(input) == expected)
}

@Test(arguments: [
  ("see https://x.com/r?token=abc\u{A0}call me", "see https://x.com/r[URL]\u{A0}call me"),
  ("see https://x.com/r?token=abc\u{3000}ok", "see https://x.com/r[URL]\u{3000}ok"),
  ("link: \u{201C}https://x.com/r?t=1\u{201D} ok", "link: \u{201C}https://x.com/r[URL]\u{201D} ok"),
  ("lien «https://x.com/r?t=1» ok", "lien «https://x.com/r[URL]» ok"),
  ("see https://x.com/r?t=1\u{2026} then", "see https://x.com/r[URL]\u{2026} then"),
  ("网址 https://x.com/r?t=1，很好", "网址 https://x.com/r[URL]，很好"),
  ("网址 https://x.com/r?t=1。谢谢", "网址 https://x.com/r[URL]。谢谢"),
  ("see https://x.com/r?t=1😡 awful", "see https://x.com/r[URL]😡 awful"),
  // Letters of other scripts are part of an IRI path (RFC 3987).
  ("see https://de.example.org/wiki/Straße?x=1 ok", "see https://de.example.org/wiki/Straße[URL] ok"),
])
func urlsEndAtWhiteSpaceAndTypographicPunctuation(input: String, expected: String) {
  #expect(redacted(input, only: .url) == expected)
}
