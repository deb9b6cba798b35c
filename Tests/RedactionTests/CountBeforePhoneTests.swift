import Redaction
import Testing

// Brief h63a: a phone number after a model or room number was kept ("iPhone 12 07700 900123"): a
// number does not start inside a run of digit groups, and the count before it made one. After a
// count of one to three digits that a word comes before, a phone number may start; the count stays
// in the text. Fictional numbers: Ofcom's drama ranges 07700 900xxx and 020 7946 0xxx.
@Test func aPhoneNumberAfterAModelOrRoomNumberIsMaskedAndTheCountStays() {
  #expect(redacted("my iPhone 12 07700 900444 broke") == "my iPhone 12 [PHONE] broke")
  #expect(redacted("iPhone 12 07700 900444") == "iPhone 12 [PHONE]")
  #expect(redacted("Model 3 020 7946 0555 is the office") == "Model 3 [PHONE] is the office")
  #expect(redacted("room 101 07700 900666 please") == "room 101 [PHONE] please")
  #expect(redacted("I have 2 07700 900777 and 07700 900778") == "I have 2 [PHONE] and [PHONE]")
  #expect(redacted("call 12 07700 900888") == "call 12 [PHONE]")
  #expect(redacted("iPhone 12 07700 - 900999") == "iPhone 12 [PHONE]")
}

@Test func theCountIsKeptOutOfTheSpan() throws {
  let result = try Redactor().redact("iPhone 12 07700 900444 broke")
  #expect(result.text == "iPhone 12 [PHONE] broke")
  #expect(result.counts == [.phone: 1])
  #expect(result.spans.map(\.original) == [10..<22])
}

// A count before other digit groups does not make them a phone number: amounts in thousands, the
// bare nine-digit shapes, and groups of four (an IBAN's or a card's tail) stay.
@Test(arguments: [
  "iPhone 12 Pro", "Model 3", "Room 101", "size 12 912 345 678", "raised 1 234 567 890 pounds",
  "rated 10 10 10 10 10", "WEST 1234 5698 7654 32", "room 101 102 103", "iPhone 12 - 2 days",
])
func aCountBeforeOtherDigitsStays(text: String) {
  #expect(redacted(text) == text)
}
