import Redaction
import Testing

// The assignment rules: SSA, "Which Social Security numbers are invalid?" (ssa.gov FAQ ID 425)
// and "Social Security Number Randomization" (ssa.gov/employer/randomization.html): no area
// number 000, 666 or 900–999, no group number 00, no serial number 0000.

@Test(arguments: [
  ("SSN 123-45-6789 on file", "SSN [SSN] on file"),
  ("my social is 123 45 6789.", "my social is [SSN]."),
  ("It's 078-05-1120, the one on the card", "It's [SSN], the one on the card"),
  // The highest area number assignable (899) and the lowest (001) since randomization.
  ("(899-99-9999)", "([SSN])"),
  ("001-01-0001", "[SSN]"),
  // 665 and 667 are assignable; only 666 is not.
  ("665-12-3456 and 667-12-3456", "[SSN] and [SSN]"),
])
func groupedNumbersAreRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

@Test(arguments: [
  ("SSN 123456789", "SSN [SSN]"),
  ("SSN: 123456789.", "SSN: [SSN]."),
  ("my SSN is 123456789", "my SSN is [SSN]"),
  ("ss# 123456789", "ss# [SSN]"),
  ("Social Security number 123456789", "Social Security number [SSN]"),
  ("social security no. 123456789", "social security no. [SSN]"),
  ("soc. sec. 123456789", "soc. sec. [SSN]"),
  ("my social is 123456789", "my social is [SSN]"),
  // The SSN is a person's US taxpayer identification number.
  ("tax id 123-45-6789", "tax id [SSN]"),
  ("TIN: 123456789", "TIN: [SSN]"),
  // A cue wins over a reference label ("#" glued to a number marks a reference).
  ("SSN #123-45-6789", "SSN #[SSN]"),
  ("SSN #123456789", "SSN #[SSN]"),
])
func cuedBareNumbersAreRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

@Test(arguments: [
  // Never assigned: area 000, 666, 900–999; group 00; serial 0000. Without a cue: after one ("SSN
  // 000-12-3456") the shape suffices (QA review 42, CueOverChecksumTests).
  "id 000-12-3456", "id 666-12-3456", "id 900-12-3456", "id 999-12-3456", "id 123-00-4567",
  "id 123-45-0000", "000 12 3456", "666 12 3456", "987 65 4321", "123 00 4567", "123 45 0000",
])
func unassignableNumbersAreNoSSN(input: String) {
  #expect(redacted(input, only: .ssn) == input)
}

@Test(arguments: [
  "order 123456789 shipped",  // nine digits without a cue
  "security code 123456789",  // "security" without "social"
  "order 123-45-6789 shipped",  // a reference label
  "ref: 123 45 6789",
  "1234-56-7890",  // four digits first
  "123-456-789",  // 3-3-3
  "123-45-67890",  // five digits last
  "123-45 6789",  // mixed separators
  "123-45-6789-0",  // a longer run of groups
  "123 45 6789 12",
  "0123-45-6789",
  "123-45-6789.5",
  "$123 45 6789",  // an amount
  "SSN 1234567890",  // ten digits
  "SSN 12345678",  // eight digits
  "the 12-3456789 EIN",  // an employer number is 2-7
])
func otherNumbersAreNoSSN(input: String) {
  #expect(redacted(input, only: .ssn) == input)
}

// Other scanners keep their catches: a phone number is no SSN, and an invalid SSN after a phone
// cue may still be a phone number.
@Test func phoneNumbersStayPhoneNumbers() {
  #expect(redacted("call 555-123-4567") == "call [PHONE]")
  #expect(redacted("call me on 020 7946 0000") == "call me on [PHONE]")
  #expect(redacted("call 900-12-3456") == "call [PHONE]")
}

@Test func countsAndTypeName() throws {
  let result = try Redactor().redact("SSN 123-45-6789, spouse 234-56-7890")
  #expect(result.text == "SSN [SSN], spouse [SSN]")
  #expect(result.counts == [.ssn: 2])
  #expect(RedactionType(builtInName: "ssn") == .ssn)
  #expect(RedactionType.ssn.placeholder == "[SSN]")
}

@Test func ssnCanBeTurnedOff() throws {
  let redactor = try Redactor(configuration: RedactionConfiguration(types: [.phone, .email]))
  #expect(redactor.redact("SSN 123-45-6789").text == "SSN 123-45-6789")
}
