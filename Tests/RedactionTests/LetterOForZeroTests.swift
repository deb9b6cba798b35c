import Redaction
import Testing

// Brief h62a: a phone number typed with the letter O for zero was kept ("O77OO 9OO111", "07700
// 9OO111"). The letter O (either case) in a run of ASCII letters and digits that holds only digits
// and Os, at least one digit, is read as a zero by every detector: the run is a number typed
// carelessly or to dodge a filter. Words ("OOO", "ZOO", "Oo") and codes with other letters stay.
// Fictional numbers: Ofcom's drama ranges, the Mastercard test card.
@Test func theLetterOForZeroInsideANumberIsReadAsAZero() {
  #expect(redacted("call O77OO 9OO111") == "call [PHONE]")
  #expect(redacted("07700 9OO222 is my mobile") == "[PHONE] is my mobile")
  #expect(redacted("ring o77oo 9oo333") == "ring [PHONE]")
  #expect(redacted("office O2O 7946 O444") == "office [PHONE]")
  #expect(redacted("paid with 55OO 0O00 00O0 0004") == "paid with [CARD]")
}

@Test func aNumberWithOsIsOneSpanOfTheOriginalText() throws {
  let result = try Redactor().redact("call O77OO 9OO111 now")
  #expect(result.text == "call [PHONE] now")
  #expect(result.counts == [.phone: 1])
  #expect(result.spans.map(\.original) == [5..<17])
}

// A number after a word that ends in a digit is no continuation of digit groups ("O2 07700 …" and
// "Galaxy S9 020 …" kept the number: it was read as the tail of a longer run).
@Test func aNumberAfterAWordEndingInADigitIsFound() {
  #expect(redacted("O2 07700 900111 is my number") == "O2 [PHONE] is my number")
  #expect(redacted("my Galaxy S9 020 7946 0222 line") == "my Galaxy S9 [PHONE] line")
  #expect(redacted("on O2 since 2010, call 07700 900333") == "on O2 since 2010, call [PHONE]")
}

// Words, codes and short numbers with an O stay as they are.
@Test(arguments: [
  "the O2 arena", "OOO", "ZOO", "I was OOO all week", "Oo la la", "on the O2 network since 2010", "Room 1O1 was cold",
  "O-level results", "model SO17 arrived", "COVID-19", "order #2O arrived", "0o0 wow", "OO7 films",
])
func wordsAndCodesWithTheLetterOStay(text: String) {
  #expect(redacted(text) == text)
}
