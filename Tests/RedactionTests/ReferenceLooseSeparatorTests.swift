import Redaction
import Testing

// Brief h63a: after a reference cue, a phone-shaped run with a spaced dash or a line break between
// its groups kept the digits after the separator ("order 07700 - 900123" → "order [REFERENCE] -
// 900123"). Between groups of three or more digits a spaced hyphen (any dash: `FoldedText`) or one
// line break joins a reference's parts as it joins a phone number's groups: the whole run is one
// reference (a number a reference label comes before is never a phone number). Fictional numbers.
@Test(arguments: [" - ", " \u{2013} ", " \u{2014} ", "\n", "\r\n", " \n "])
func aSeparatedRunAfterAReferenceCueIsOneReference(spaced: String) throws {
  #expect(redacted("order 07700\(spaced)900444") == "order [REFERENCE]")
  #expect(redacted("order number 07700\(spaced)900555 today") == "order number [REFERENCE] today")
  #expect(redacted("ticket 123456\(spaced)789012 closed") == "ticket [REFERENCE] closed")
  let result = try Redactor().redact("order 07700\(spaced)900666 ok")
  #expect(result.counts == [.reference: 1])
}

// What the README promises after "order" and "ticket" holds: a short number, an amount or a range
// after the separator stays; a reference stops before a group of fewer than three digits and
// before a blank line.
@Test func referencesStopWhereTheyDidBeforeShortGroupsAndBlankLines() {
  #expect(redacted("order #2 - 3 days late") == "order #2 - 3 days late")
  #expect(redacted("order 12345 - 2 days late") == "order [REFERENCE] - 2 days late")
  #expect(redacted("order 12345 arrived") == "order [REFERENCE] arrived")
  #expect(redacted("Order #A1234567 - arrived broken") == "Order #[REFERENCE] - arrived broken")
  #expect(redacted("order 12345\n\n678901 was another") == "order [REFERENCE]\n\n678901 was another")
  #expect(redacted("ticket 3 – 4 weeks old") == "ticket 3 – 4 weeks old")
}

// An invisible character between a reference's letters and digits is masked with it.
@Test(arguments: ["\u{200B}", "\u{2060}", "\u{AD}", "\u{FEFF}"])
func anInvisibleCharacterInsideAReferenceIsMaskedWithIt(mark: String) {
  #expect(redacted("Order #A\(mark)7654321 arrived") == "Order #[REFERENCE] arrived")
  #expect(redacted("policy no. HX\(mark)55512\(mark)Q ok") == "policy no. [REFERENCE] ok")
}
