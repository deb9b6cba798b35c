import Redaction
import Testing

// Numbers reserved for fiction, so no one's real phone: UK 020 7946 0000–0999 (Ofcom, "Telephone
// numbers for use in TV and radio drama"), North American 555-0100–0199 (NANPA fictitious
// numbers); the others follow the national formats of the ITU-T E.164 country plans.
@Test(arguments: [
  ("call +44 20 7946 0000 now", "call [PHONE] now"),
  ("call +44 (0)20 7946 0000.", "call [PHONE]."),
  ("call +442079460000", "call [PHONE]"),
  ("call 020 7946 0000", "call [PHONE]"),
  ("call (555) 123-4567", "call [PHONE]"),
  ("call 555-123-4567 today", "call [PHONE] today"),
  ("call 555.123.4567", "call [PHONE]"),
  ("call +1-202-555-0143", "call [PHONE]"),
  ("call +1 (202) 555-0143", "call [PHONE]"),
  ("call 1-800-555-0199", "call [PHONE]"),
  ("call 0049 30 1234567", "call [PHONE]"),
  ("call 030 1234567", "call [PHONE]"),
  ("appelez le 01 23 45 67 89", "appelez le [PHONE]"),
  ("tel:+33123456789", "tel:[PHONE]"),
  ("call 555-123-4567 2 times", "call [PHONE] 2 times"),
  ("call (555) 123-4567 50 times", "call [PHONE] 50 times"),
  ("ring +44 20 7946 0000 2024-03-15", "ring [PHONE] 2024-03-15"),
])
func phoneNumbersAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .phone) == expected)
}

// Dates, times, prices, years, versions, percentages, quantities and order numbers are not
// phone numbers.
@Test(arguments: [
  "delivered on 2024-03-15", "delivered 15/03/2024", "delivered 03.15.2024", "at 10:30", "at 10:30:15",
  "on 2024-03-15 10:30", "on 15.03.2024 10.30", "paid $1,234.56", "paid €1 234 567 890", "in 2023",
  "version v2.10.3", "up 50%", "waited 40 minutes", "order 1234567890", "order 1234567890123456",
  "ISBN 978-3-16-148410-0", "1 2 3 4 5 6 7 8 9 10", "between 2019 and 2020", "code 12-34",
  "+12 is not enough", "ref 555-123-4567-8", "waited 40 2024-03-15 10:30", "ref 1234 5698 7654 32",
  "ticket 2024-0001234 opened", "order #112-1234567-1234567",
  "at 2024-03-15T10:30:00Z", "since 01.01.2023 10:00",
])
func nonPhoneNumbersStay(input: String) {
  #expect(redacted(input, only: .phone) == input)
  #expect(redactedButReferences(input) == input)
}

@Test func phoneCountsAndOffsets() throws {
  let result = try Redactor().redact("Ring 555-123-4567 or 020 7946 0000")
  #expect(result.text == "Ring [PHONE] or [PHONE]")
  #expect(result.counts == [.phone: 2])
  #expect(result.spans.map(\.original) == [5..<17, 21..<34])
  #expect(result.spans.map(\.redacted) == [5..<12, 16..<23])
}
