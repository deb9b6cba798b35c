import Redaction
import Testing

// Issue 7: "phone numbers (international forms)". ITU-T E.123 §2 writes international numbers with
// spaces ("+44 20 7946 0000"); hyphens, dots, slashes and a parenthesised trunk prefix or area code
// are the other separators in use ("+33 (0)6 …" in France and the UK, "+44.20…" in pasted signatures,
// "030/1234567" in Germany). Every separator is accepted the same way after any country code, and at
// most 15 digits (E.164 §6.2.1). Fictional numbers: Ofcom's drama ranges (020 7946 0xxx, 07700
// 900xxx), NANPA 555-01xx; French and German numbers follow their national plans.
@Test(arguments: [
  ("a +33 (0)6 12 34 56 78 b", "a [PHONE] b"),
  ("a +33 (0)1 23 45 67 89 b", "a [PHONE] b"),
  ("a +33 (0) 6 12 34 56 78 b", "a [PHONE] b"),
  ("a +44-20-7946-0000 b", "a [PHONE] b"),
  ("a +44.20.7946.0000 b", "a [PHONE] b"),
  ("a +44 (0)20 7946 0000 b", "a [PHONE] b"),
  ("a +1-555-010-0147 b", "a [PHONE] b"),
  ("a +1.555.010.0147 b", "a [PHONE] b"),
  ("a +49 (0)30 1234567 b", "a [PHONE] b"),
  ("a +49/30/1234567 b", "a [PHONE] b"),
  ("a 030/1234567 b", "a [PHONE] b"),
  ("a 0171/1234567 b", "a [PHONE] b"),
  ("a +33 6.12.34.56.78 b", "a [PHONE] b"),
  ("a +81-3-1234-5678 b", "a [PHONE] b"),
])
func internationalSeparatorsAreAcceptedAlike(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// Dates (ISO 8601 and day-month-year with any separator), versions, short references, prices and
// numbers longer than E.164 allows are not phone numbers, whichever separator they use.
@Test(arguments: [
  "due 2026-11-30", "due 2026/11/30", "due 30/11/2026", "due 1.5.2024", "app v1.2.3.4", "order 12-34",
  "paid £12.50", "paid €1.234.567,89", "ratio 24/7", "score 10/10", "page 3/12", "+44 20 7946 0000 0000 0000",
  "+1-555-010-0147-2222-33", "ref 2019/2020", "ref 1234/567890", "on 15/03/2024 and 2024/03/15",
])
func numbersWithSeparatorsThatAreNotPhonesStay(input: String) {
  #expect(redactedButReferences(input) == input)
}
