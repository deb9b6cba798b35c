import Redaction
import Testing

// Brief h62a: a line break inside a phone number kept it ("call 07700\n900111", also with CR LF,
// as a JSON Lines text or an imported answer carries it). A single line break between two digit
// groups, spaces or tabs around it allowed, now joins them when the run is a phone number by the
// international, national or landline rules (not by the looser after-cue rules for short numbers);
// a blank line never does. Fictional numbers: Ofcom's drama ranges 07700 900xxx and 020 7946 0xxx.
@Test(arguments: ["\n", "\r\n", "\r", " \n", "\n  ", "\t\r\n"])
func aLineBreakBetweenTheGroupsOfAPhoneNumberIsMaskedWithIt(lineBreak: String) {
  #expect(redacted("call 07700\(lineBreak)900111") == "call [PHONE]")
  #expect(redacted("ring me on 07700\(lineBreak)900222 after six") == "ring me on [PHONE] after six")
  #expect(redacted("07700\(lineBreak)900333 is my mobile") == "[PHONE] is my mobile")
  #expect(redacted("office 020 7946\(lineBreak)0444, ask for Sam") == "office [PHONE], ask for [NAME]")
  #expect(redacted("from abroad +44 7700\(lineBreak)900555") == "from abroad [PHONE]")
  #expect(redacted("ring 0151\(lineBreak)23456789") == "ring [PHONE]")
}

// The span masked runs from the first digit to the last, the line break inside it, and counts once.
@Test func aNumberBrokenOverTwoLinesIsOneSpan() throws {
  let result = try Redactor().redact("call 07700\r\n900111 soon")
  #expect(result.text == "call [PHONE] soon")
  #expect(result.counts == [.phone: 1])
  #expect(result.spans.map(\.original) == [5..<18])
}

// A blank line between the groups ends the number, as any two lines of a list do.
@Test(arguments: ["\n\n", "\r\n\r\n", "\n \n", "\r\r"])
func aBlankLineNeverJoinsDigitGroups(blankLine: String) {
  #expect(redacted("call 07700\(blankLine)900111") == "call 07700\(blankLine)900111")
  #expect(redacted("020 7946\(blankLine)0444") == "020 7946\(blankLine)0444")
}

// What ends a number before a line break still does: short numbers and counts on the next line,
// a second number listed there, and numbers the short-number rules would take only after a cue.
@Test(arguments: [
  "room 101\n102 was cold", "call 555\n0147", "Scores:\n10\n10\n10\n10", "open 0900\n1730 weekdays",
  "we waited 2024\n2025 and still nothing", "tickets 912\n345\n678", "paid £10\n863436 10 times",
  "ran 10\n001110 10 laps", "€400\n0123 4567",
])
func digitsOnSeparateLinesStayWhenNoPhoneRuleTakesThem(text: String) {
  #expect(redacted(text) == text)
}

@Test func aNumberBeforeALineBreakEndsThereWhenTheNextLineIsNoPartOfIt() {
  #expect(redacted("call 07700 900111\n07700 900222") == "call [PHONE]\n[PHONE]")
  #expect(redacted("call 07700 900111\n12 days later") == "call [PHONE]\n12 days later")
  #expect(redacted("call 07700 900111\n2024 was a bad year") == "call [PHONE]\n2024 was a bad year")
  #expect(redacted("07700900111\n2024 was a bad year") == "[PHONE]\n2024 was a bad year")
  #expect(redacted("call 555 0147\n020 7946 0444") == "call [PHONE]\n[PHONE]")
}
