import Redaction
import Testing

// Published test card numbers (Luhn-valid, issued by no bank):
// Stripe, "Testing" (docs.stripe.com/testing) and PayPal's sandbox test cards:
// 4111 1111 1111 1111 (Visa), 5555 5555 5555 4444 (Mastercard),
// 2223 0031 2200 3222 (Mastercard 2-series), 3782 822463 10005 (American Express),
// 6011 1111 1111 1117 (Discover), 3056 9309 0259 04 (Diners Club, 14 digits);
// PayPal Developer, "Credit card generator / test cards": 3530 1113 3330 0000 (JCB),
// 4012 8888 8888 1881 (Visa). Luhn validity of each was also checked with an independent
// Python implementation of ISO/IEC 7812-1 Annex B.
@Test(arguments: [
  "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5555 5555 5555 4444",
  "2223 0031 2200 3222", "3782 822463 10005", "378282246310005", "6011 1111 1111 1117",
  "3056 9309 0259 04", "3056 930902 5904", "3530 1113 3330 0000", "4012888888881881",
])
func publishedTestCardNumbersAreRedacted(card: String) {
  #expect(redacted("paid with \(card), thanks") == "paid with [CARD], thanks")
}

@Test func cardCountsAndSpan() throws {
  let result = try Redactor().redact("card: 4111 1111 1111 1111.")
  #expect(result.text == "card: [CARD].")
  #expect(result.counts == [.card: 1])
  // "card: " is 6 code points; the number is 19 characters long.
  #expect(result.spans == [RedactedSpan(type: .card, original: 6..<25, redacted: 6..<12)])
}

// The last digit changed: 4111 1111 1111 1112 fails Luhn (digit sum 31 ≢ 0 mod 10). Without a cue:
// after "card" the shape suffices (QA review 42, CueOverChecksumTests).
@Test func luhnFailureIsNotACard() {
  #expect(redacted("code 4111 1111 1111 1112", only: .card) == "code 4111 1111 1111 1112")
  #expect(redacted("code 4111 1111 1111 1112") == "code 4111 1111 1111 1112")
}

// A 16-digit order number: 1234567890123456 fails Luhn (by hand, from the right: undoubled
// 6+4+2+0+8+6+4+2 = 32; doubled 5,3,1,9,7,5,3,1 → 1+6+2+9+5+1+6+2 = 32; 64 mod 10 = 4 ≠ 0), so it
// is not a card, nor a phone number (16 digits exceed E.164's 15): only the reference detector
// claims it (QA review 42).
@Test func sixteenDigitOrderNumberFailingLuhnStays() {
  #expect(redacted("Order 1234567890123456 never arrived", only: .card) == "Order 1234567890123456 never arrived")
  #expect(redacted("Order 1234567890123456 never arrived") == "Order [REFERENCE] never arrived")
}

// Luhn-valid but no card scheme issues numbers starting with 1, 7 or 9 (ISO/IEC 7812 major
// industry identifiers 1 = airlines, 7 = petroleum, 9 = national use); check digits computed so
// that each string is Luhn-valid.
@Test(arguments: ["1234567890123452", "7000000000000005", "9000000000000001"])
func luhnValidWithImplausibleIssuerStays(number: String) {
  #expect(redacted("ref \(number)", only: .card) == "ref \(number)")
}

@Test func wrongLengthForSchemeStays() {
  // Visa issues 13, 16 or 19 digits; 17 ones is not Luhn-valid anyway, so use Amex length with a
  // Visa prefix: 4111 1111 1111 111 (15 digits) is not a Visa length.
  #expect(redacted("x 4111 1111 1111 111 y", only: .card) == "x 4111 1111 1111 111 y")
}

@Test func cardInsideALongerNumberStays() {
  // A card number followed by more dash-separated digits is part of some other identifier.
  #expect(redacted("id 4111-1111-1111-1111-2222", only: .card) == "id 4111-1111-1111-1111-2222")
  #expect(redacted("id 94111111111111111", only: .card) == "id 94111111111111111")
  #expect(redacted("amount 4111111111111111.50", only: .card) == "amount 4111111111111111.50")
}

// Dot-grouped card numbers (as some European receipts and forms print them) are cards like space- or
// dash-grouped ones: ISO/IEC 7812 fixes the digits, not the separator. One separator kind per number.
@Test(arguments: ["4111.1111.1111.1111", "5555.5555.5555.4444", "3782.822463.10005"])
func dotGroupedCardNumbersAreRedacted(card: String) {
  #expect(redacted("paid with \(card), thanks") == "paid with [CARD], thanks")
}

@Test(arguments: ["4111.1111-1111 1111", "4111.1111.1111.1112", "4111.1111.1111.1111.50"])
func dotGroupedNumbersThatAreNotCardsStay(number: String) {
  #expect(redacted("ref \(number)", only: .card) == "ref \(number)")
}

// QA review 19: a card typed with two spaces between its groups was kept. Two spaces count as one
// separator; three do not, and the separator must stay the same throughout.
@Test func cardGroupsTwoSpacesApartAreACard() {
  #expect(redacted("card 4111  1111  1111  1111 ok", only: .card) == "card [CARD] ok")
  #expect(redacted("card 5555  5555  5555  4444", only: .card) == "card [CARD]")
  #expect(redacted("card 4111   1111   1111   1111", only: .card) == "card 4111   1111   1111   1111")
  #expect(redacted("card 4111  1111-1111 1111", only: .card) == "card 4111  1111-1111 1111")
}
