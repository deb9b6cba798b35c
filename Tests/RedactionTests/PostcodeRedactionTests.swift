import Redaction
import Testing

// UK postcode formats with the examples of the Royal Mail "Postcode Address File" programmers'
// guide as reproduced in Wikipedia's "Postcodes in the United Kingdom" (format table): M1 1AE
// (A9 9AA), B33 8TH (A99 9AA), CR2 6XH (AA9 9AA), DN55 1PT (AA99 9AA), W1A 0AX (A9A 9AA),
// EC1A 1BB (AA9A 9AA); and the special GIR 0AA (Girobank).
@Test(arguments: ["M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "GIR 0AA"])
func ukFormatsAreRedacted(postcode: String) {
  // The street before it is an [ADDRESS] (QA review 42, StreetAddressTests).
  #expect(redacted("Deliver to 4 High St, \(postcode) please") == "Deliver to [ADDRESS], [POSTCODE] please")
}

@Test func ukPostcodesWithoutSpaceOrInLowerCase() {
  #expect(redacted("postcode EC1A1BB.", only: .postcode) == "postcode [POSTCODE].")
  #expect(redacted("postcode dn55 1pt.", only: .postcode) == "postcode [POSTCODE].")
  #expect(redacted("(M11AE)", only: .postcode) == "([POSTCODE])")
}

@Test func ukLookalikesStay() {
  for text in [
    "PS4 5GB console",  // PS is no postcode area
    "Galaxy S10 2nd hand",  // one code, one case
    "my s10 2nd time",  // a lower-case ordinal
    "the SW1 area",  // an outward code alone
    "M1 1CE",  // C never ends an inward code
    "M1 1AEX",  // the inward code runs on
    "EC1A 1BBQ",
  ] {
    #expect(redacted(text, only: .postcode) == text, "\(text)")
  }
  // An upper-case inward code that reads as an ordinal is still a postcode (B33 8TH exists).
  #expect(redacted("B33 8TH", only: .postcode) == "[POSTCODE]")
}

// Canada Post's own address (K1A 0B1) and its letter rules: never D, F, I, O, Q, U; W and Z
// never first.
@Test func canadianPostalCodes() {
  #expect(redacted("Ottawa ON K1A 0B1", only: .postcode) == "Ottawa ON [POSTCODE]")
  #expect(redacted("k1a0b1", only: .postcode) == "[POSTCODE]")
  #expect(redacted("D1A 0B1", only: .postcode) == "D1A 0B1")
  #expect(redacted("W1A 0B1", only: .postcode) == "W1A 0B1")  // W never starts a Canadian code; no UK inward code
  #expect(redacted("K1A 0BI", only: .postcode) == "K1A 0BI")
}

// The White House: 1600 Pennsylvania Avenue NW, Washington, DC 20500-0003 (USPS).
@Test func usZipCodes() {
  #expect(redacted("Washington, DC 20500-0003", only: .postcode) == "Washington, DC [POSTCODE]")
  #expect(redacted("ZIP 20500-0003", only: .postcode) == "ZIP [POSTCODE]")
  #expect(redacted("Austin, TX 78701 office", only: .postcode) == "Austin, TX [POSTCODE] office")
  #expect(redacted("Austin TX 78701", only: .postcode) == "Austin TX [POSTCODE]")
  #expect(redacted("AUSTIN, TX 78701", only: .postcode) == "AUSTIN, TX [POSTCODE]")
}

@Test func numbersThatAreNoZipCodeStay() {
  for text in [
    "order 78701 arrived",  // five digits alone
    "REFUND IN 10000 YEARS",  // capitals: IN is no state here
    "Austin, TX 787012",  // six digits
    "Austin, TX 78701-12",  // a ZIP+4 cut short
    "tx 78701",  // the abbreviation in lower case
    "12345-67890",
  ] {
    #expect(redacted(text, only: .postcode) == text, "\(text)")
  }
}

@Test func postcodesCountAndSwitchOff() throws {
  let result = try Redactor().redact("Call 0161 496 0000 or write to M1 1AE, mail a@b.co")
  #expect(result.text == "Call [PHONE] or write to [POSTCODE], mail [EMAIL]")
  #expect(result.counts == [.phone: 1, .postcode: 1, .email: 1])
  let withoutPostcodes = try Redactor(configuration: RedactionConfiguration(types: [.phone]))
  #expect(withoutPostcodes.redact("M1 1AE").text == "M1 1AE")
  #expect(try RedactionConfiguration.types(parsing: "postcode,email") == [.postcode, .email])
}

// QA review 42 (LOW): after an explicit cue a five-digit ZIP code, and a lower-case UK postcode whose
// inward code reads as an ordinal, are postcodes.
@Test(arguments: [
  ("my zip code is 10001", "my zip code is [POSTCODE]"),
  ("Zip: 94105, thanks", "Zip: [POSTCODE], thanks"),
  ("postcode b33 8th", "postcode [POSTCODE]"),
  ("my post code is s10 2nd.", "my post code is [POSTCODE]."),
  ("postal code 90210", "postal code [POSTCODE]"),
])
func postcodesAfterACueAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .postcode) == expected)
}

// Without the cue the five digits and the ordinal stay; a cue does not make any number a ZIP code.
@Test(arguments: [
  "order total 12345", "Galaxy s10 2nd hand", "zip code 1234", "discount code 12345", "postcode 123456",
  "zip code 10001-2", "the 10001 zip",
])
func cuelessPostcodeNearMissesStay(input: String) {
  #expect(redacted(input, only: .postcode) == input)
}
