import Redaction
import Testing

// Japanese and Chinese put no space between words, so personal data is glued to the words around it.
// Where ASCII letters or digits meet the letters of another script, a token starts and ends, as UAX #29
// breaks words between Ideographic, Hiragana or Katakana and ASCII letters or digits; only the data is
// replaced and the words stay (issue 7). The numbers are the fictional ones of the other tests:
// 090-1234-5678 follows the Japanese mobile plan, 4111 1111 1111 1111 is the Visa test card, 192.0.2.1
// an RFC 5737 documentation address.
@Test(arguments: [
  ("電話090-1234-5678まで", "電話[PHONE]まで"),
  ("カード4111 1111 1111 1111で払いました", "カード[CARD]で払いました"),
  ("アドレス192.0.2.1から", "アドレス[IP]から"),
  ("詳細はhttps://x.com/r?t=1です", "詳細はhttps://x.com/r[URL]です"),
  ("карта4111111111111111", "карта[CARD]"),
  // An IRI path of another script after "/" or "=" is part of the URL (RFC 3987).
  ("見て https://ja.example.org/wiki/東京?x=1 ok", "見て https://ja.example.org/wiki/東京[URL] ok"),
  ("見て https://x.example/search?q=東京 ok", "見て https://x.example/search[URL] ok"),
  // A combining mark continues the word it follows: "naïve" in decomposed form (NFD) stays inside.
  ("see https://x.example/r?q=nai\u{308}ve ok", "see https://x.example/r[URL] ok"),
])
func dataGluedToAnotherScriptIsRedactedAlone(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// Latin letters glued to digits stay one word ("iPhone12", "Škoda4111…"), as before.
@Test(arguments: ["東京2020オリンピック", "model Škoda4111111111111111", "iPhone12 Pro", "東京2020-03-15"])
func wordsGluedToNumbersThatAreNotDataStay(input: String) {
  #expect(redacted(input) == input)
}
