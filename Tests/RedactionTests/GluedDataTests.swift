import Redaction
import Testing

// QA review 23: a card number glued to the word before it was kept, and an address literal's
// local part was left in clear ("a@[[IP]]"). 4111 1111 1111 1111 is the Visa test number;
// 192.0.2.0/24 and 2001:db8::/32 are documentation addresses (RFC 5737, RFC 3849).
@Test(arguments: [
  ("card4111111111111111 charged", "card[CARD] charged"),
  ("x4111111111111111", "x[CARD]"),
  ("CardNo4111 1111 1111 1111 ok", "CardNo[CARD] ok"),
  ("mail a@[192.0.2.1] now", "mail [EMAIL] now"),
  ("mail a.b@[IPv6:2001:db8::1].", "mail [EMAIL]."),
])
func gluedCardsAndAddressLiteralsAreRedactedWhole(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// Letters glued to digits that fail the card checks stay, and so do brackets after an "@" that
// hold no address.
@Test(arguments: [
  "code4111111111111112 declined", "SKU12345678 out of stock", "ref1234567890123 sent", "1Z999AA10123456784",
  "tracking AB4006381333931", "ping @[everyone] now", "a@[300.1.1.1]",
])
func gluedNumbersThatAreNotCardsStay(input: String) {
  #expect(redacted(input, only: .card) == input)
  #expect(redacted(input, only: .email) == input)
}
