import Redaction
import Testing

// QA review 42 (MEDIUM): a failed checksum beat an explicit cue word, so a mistyped number leaked
// nearly whole. After a cue the digits of the right shape are redacted whatever their check digit:
// Luhn (ISO/IEC 7812-1 Annex B) for cards, ISO 7064 MOD 97-10 for IBANs (ISO 13616), the SSA's
// assignment rules for SSNs (ssa.gov FAQ 425; "SSN Randomization", 2011). An IRS ITIN (9xx-7x-xxxx,
// 9xx-8x-xxxx; IRS Publication 1915) after "ITIN" or "TIN" is redacted as an SSN.
@Test(arguments: [
  ("card 4111 1111 1111 1112 declined", "card [CARD] declined"),
  ("card number: 4111111111111112", "card number: [CARD]"),
  ("IBAN GB82 WEST 1234 5698 7654 33", "IBAN [IBAN]"),
  ("IBAN: GB82WEST12345698765433 thanks", "IBAN: [IBAN] thanks"),
  ("SSN 666-01-2345 typed by mistake", "SSN [SSN] typed by mistake"),
  ("SSN: 000-12-3456", "SSN: [SSN]"),
  ("my ITIN 912-70-1234", "my ITIN [SSN]"),
  ("TIN 987-88-1234", "TIN [SSN]"),
  ("social security number 900123456", "social security number [SSN]"),
])
func aCueBeatsAFailedChecksum(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// Without a cue the checksum still decides (precision), and a cue does not make a short number a
// card.
@Test(arguments: [
  "code 4111 1111 1111 1112 declined", "number 4111111111111112", "GB82 WEST 1234 5698 7654 33",
  "area 666-01-2345", "card ending 1234", "gift card 12345", "ISBN 978-0-306-40615-7", "EAN 4006381333931",
])
func withoutACueTheChecksumStillDecides(input: String) {
  #expect(redacted(input) == input)
}
