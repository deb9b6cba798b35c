import Redaction
import Testing

// Brief h63a: a phone number typed with a lower-case l or a capital I for the digit one was kept
// ("07700 9OOl23", "O77OO 9OOI23"). The rule for the letter O (`FoldedText`) now covers l and I: in
// a run of ASCII letters and digits that holds only digits and O, l or I, one digit at least, they
// are read as 0 and 1; an l or I after fewer than five digits and nothing else, not after another
// digit group, is a unit ("10l") and stays a letter. A run without a digit ("OOO", "OOOOO") stays
// letters wherever it stands. Fictional numbers: Ofcom's drama ranges.
@Test func theLettersLAndIForOneInsideANumberAreReadAsOnes() {
  #expect(redacted("call 07700 9OOl44") == "call [PHONE]")
  #expect(redacted("O77OO 9OOI55 is my mobile") == "[PHONE] is my mobile")
  #expect(redacted("my number is O77OO-9OO-l66") == "my number is [PHONE]")
  #expect(redacted("call +44 77OO 9OOl77") == "call [PHONE]")
  #expect(redacted("ring 0770O 9OOl8l now") == "ring [PHONE] now")
  #expect(redacted("card 4lll 1lll l1ll 111l expired") == "card [CARD] expired")
}

@Test func aNumberWithLsIsOneSpanOfTheOriginalText() throws {
  let result = try Redactor().redact("call 07700 9OOl44 now")
  #expect(result.text == "call [PHONE] now")
  #expect(result.counts == [.phone: 1])
  #expect(result.spans.map(\.original) == [5..<17])
}

// A row of Os is a word, not a group of zeros, before or after a number: read as zeros it would
// join the number beside it into a run no rule takes, and the number would be kept. "call OOOOO
// 9OO123" holds no UK number (none starts 00000).
@Test func aRowOfOsBesideANumberStaysAWord() {
  #expect(redacted("call OOOOO 9OO444") == "call OOOOO 9OO444")
  #expect(redacted("OOO 07700 900555 for urgent things") == "OOO [PHONE] for urgent things")
  #expect(redacted("mobile 07700 900555 OOO till Monday") == "mobile [PHONE] OOO till Monday")
  #expect(redacted("office 020 7946 0666 OOO 96") == "office [PHONE] OOO 96")
  #expect(redacted("100l 07700 900666") == "100l [PHONE]")
}

// Words, units, numerals and codes with the letters l, I and O stay as they are.
@Test(arguments: [
  "a 10l tank", "the 500l bin", "Il Divo", "III", "I 2", "Chapter II 12 pages", "l0l", "I5A", "I was OOO 2 days",
  "OOO 10-12 March", "COVID-19", "the O2 arena", "OOO", "ZOO", "hello 2024", "all 100 of them", "I10 junction",
])
func wordsUnitsAndCodesWithLOrIStay(text: String) {
  #expect(redacted(text) == text)
}
