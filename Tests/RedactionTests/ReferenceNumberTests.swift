import Redaction
import Testing

// QA review 42 (HIGH/MEDIUM): order, customer and reference numbers were kept even after a cue word,
// though such a number links the answer to the customer's record as an account number does. After
// a cue (order, customer, membership, policy, reference, ticket, case, claim, booking, licence …)
// an identifier with at least 5 digits, or 6 letters and digits of which 3 are digits, is
// [REFERENCE].
@Test(arguments: [
  ("order number 112-3456789-1234567", "order number [REFERENCE]"),
  ("Order #A1234567", "Order #[REFERENCE]"),
  ("customer ID 88812345", "customer ID [REFERENCE]"),
  ("membership number 7788-9900-11", "membership number [REFERENCE]"),
  ("policy no. HX-55512-9", "policy no. [REFERENCE]"),
  ("reference number 998877665", "reference number [REFERENCE]"),
  ("ticket #4455667", "ticket #[REFERENCE]"),
  ("driving licence MORGA753116SM9IJ", "driving licence [REFERENCE]"),
  ("my order number is 2125551234, thanks", "my order number is [REFERENCE], thanks"),
  ("booking code X7Y8Z9 please", "booking code [REFERENCE] please"),
])
func identifiersAfterAReferenceCueAreRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

@Test(arguments: [
  // Too few digits, or no cue as the last word before the number.
  "order #2 was fine", "ticket 3", "claim 1 of 2", "reference to 2023", "claim 2024", "booking for 3 hours",
  "order of 50000 units", "member since 2019", "policy for 24/7 support", "ref BA 283",
  // A date after a cue.
  "order 12/03/2024 arrived", "claim 2024-03-15",
  // Near-misses without a cue.
  "iPhone 15 Pro", "M25 was jammed", "version 4.2.10.1", "ISBN 978-0-306-40615-7", "EAN 4006381333931",
  "it cost $1,299.99", "waited 3 hours", "flight BA 283", "CR7 scored",
])
func referenceNearMissesStay(input: String) {
  #expect(redacted(input, only: .reference) == input)
}

@Test func referenceTypeName() {
  #expect(RedactionType(builtInName: "reference") == .reference)
  #expect(RedactionType.reference.placeholder == "[REFERENCE]")
}

// QA review 42 (LOW): "passport number 123456789" came out as [PHONE]. The number of a passport or
// identity card is a reference to a person's record: [REFERENCE] after its cue ("card" only after
// "ID", "identity" or "identification").
@Test(arguments: [
  ("passport number 123456789", "passport number [REFERENCE]"),
  ("my passport no. is 925076473", "my passport no. is [REFERENCE]"),
  ("ID card no. T22000129", "ID card no. [REFERENCE]"),
  ("identity card number 1234-5678-9012", "identity card number [REFERENCE]"),
  ("driving licence number 123456789", "driving licence number [REFERENCE]"),
])
func identityDocumentNumbersAreReferences(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

@Test(arguments: ["passport 3 weeks late", "passport photo 2x2", "ID card for 2 days", "card 4 of 12"])
func identityDocumentNearMissesStay(input: String) {
  #expect(redacted(input) == input)
}
