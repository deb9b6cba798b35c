import Redaction
import Testing

// Example IBANs published with the standard: GB82 WEST 1234 5698 7654 32 (ECBS "IBAN: Standard
// Implementation Guidelines" and ISO 13616-1 Annex, also the Wikipedia "International Bank
// Account Number" example), DE89 3704 0044 0532 0130 00, FR14 2004 1010 0505 0001 3M02 606,
// NL91 ABNA 0417 1643 00, BE71 0961 2345 6769, CH93 0076 2011 6238 5295 7, NO93 8601 1117 947
// (SWIFT IBAN Registry examples). Each gives 1 mod 97 with an independent Python check.
@Test(arguments: [
  "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "DE89 3704 0044 0532 0130 00",
  "DE89370400440532013000", "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00",
  "BE71 0961 2345 6769", "CH93 0076 2011 6238 5295 7", "NO93 8601 1117 947",
])
func registryExamplesAreRedacted(iban: String) {
  #expect(redacted("Refund to \(iban), please.") == "Refund to [IBAN], please.")
}

@Test func ibanCounts() throws {
  let result = try Redactor().redact("DE89370400440532013000 and GB82 WEST 1234 5698 7654 32")
  #expect(result.text == "[IBAN] and [IBAN]")
  #expect(result.counts == [.iban: 2])
}

// The last check character changed (…7654 33): the remainder becomes 28, not 1.
@Test func wrongChecksumStays() {
  #expect(redacted("GB82 WEST 1234 5698 7654 33", only: .iban) == "GB82 WEST 1234 5698 7654 33")
}

@Test func wrongLengthOrUnknownCountryStays() {
  // One character short for GB (22), and a country code not in the registry (ZZ).
  #expect(redacted("GB82 WEST 1234 5698 7654 3", only: .iban) == "GB82 WEST 1234 5698 7654 3")
  #expect(redacted("ZZ82WEST12345698765432", only: .iban) == "ZZ82WEST12345698765432")
  // Code words that start like an IBAN.
  #expect(redacted("Model GB12 is fine, DE42 too", only: .iban) == "Model GB12 is fine, DE42 too")
}
