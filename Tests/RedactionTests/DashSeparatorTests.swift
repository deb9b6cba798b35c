import Redaction
import Testing

// Brief h61a: a dash other than `-` between digit groups (Word turns "-" into an en dash as it
// autocorrects; PDFs and phones paste figure dashes, em dashes and minus signs) hid the number:
// "07700–900123" and "020–7946–0958" were kept, though "07700-900123" was masked. Every dash
// (general category Pd) and the minus sign between a digit and a letter or digit now reads as `-`. The
// numbers are fictional: Ofcom's drama ranges 07700 900xxx and 020 7946 0xxx, the Visa test card,
// the IBAN Registry's example GB82 WEST 1234 5698 7654 32, the NHS Data Dictionary's 943 476 5919.
@Test(arguments: [
  "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}", "\u{FF0D}",
])
func everyDashBetweenDigitGroupsSeparatesAsAHyphen(dash: String) {
  #expect(redacted("Call me on 07700\(dash)900123") == "Call me on [PHONE]")
  #expect(redacted("landline 020\(dash)7946\(dash)0958 after six") == "landline [PHONE] after six")
  #expect(redacted("call 555\(dash)123\(dash)4567") == "call [PHONE]")
  #expect(redacted("card 4111\(dash)1111\(dash)1111\(dash)1111 expired") == "card [CARD] expired")
  #expect(redacted("IBAN GB82\(dash)WEST\(dash)1234\(dash)5698\(dash)7654\(dash)32 thanks") == "IBAN [IBAN] thanks")
  #expect(redacted("account number 1234\(dash)5678 closed") == "account number [ACCOUNT_NUMBER] closed")
  #expect(redacted("sort code 12\(dash)34\(dash)56") == "sort code [ACCOUNT_NUMBER]")
  #expect(redacted("NHS number 943\(dash)476\(dash)5919") == "NHS number [NHS_NUMBER]")
  #expect(redacted("SSN 078\(dash)05\(dash)1120 on file") == "SSN [SSN] on file")
}

// The README's white-space separators (no-break space, narrow no-break space, thin space, figure
// space) in every kind of grouped number, as ASCII spaces are.
@Test(arguments: ["\u{A0}", "\u{202F}", "\u{2009}", "\u{2007}"])
func unicodeSpacesBetweenDigitGroupsSeparateAsASpace(space: String) {
  #expect(redacted("Call me on 07700\(space)900123") == "Call me on [PHONE]")
  #expect(redacted("card 4111\(space)1111\(space)1111\(space)1111") == "card [CARD]")
  #expect(redacted("IBAN GB82\(space)WEST\(space)1234\(space)5698\(space)7654\(space)32") == "IBAN [IBAN]")
  #expect(redacted("account number 1234\(space)5678") == "account number [ACCOUNT_NUMBER]")
  #expect(redacted("NHS number 943\(space)476\(space)5919") == "NHS number [NHS_NUMBER]")
  #expect(redacted("NI number AB\(space)12\(space)34\(space)56\(space)C") == "NI number [NINO]")
}

// What a dash joins in ordinary feedback stays, as it does with "-": ranges of dates, scores,
// prices, hours and durations, years and pages, and a spaced dash between a number and a word.
@Test(arguments: [
  "booked for 12–14 March", "I'd give it 7–8 out of 10", "expect £10–£20 a month", "open 9–5 weekdays",
  "delivery in 2–3 days", "from 2019—2021 I was a member", "pages 120–135 were missing", "open 0900–1730",
  "it took 45 − 50 minutes", "rated 3–4 stars", "a 50–50 chance", "call centre – 20 minutes on hold",
  "well–known brand", "COVID–19 rules", "between 10–15 %", "on 2024–03–15 it broke",
  "the London–Paris train", "great service—fast delivery",
])
func dashedRangesInOrdinaryTextStay(text: String) {
  #expect(redacted(text) == text)
}

// Between two letters a dash is no group separator: a name after a cue ends at it, as before.
@Test func aDashBetweenLettersStaysADash() {
  #expect(redacted("Hi Sarah—Thanks for the quick reply") == "Hi [NAME]—Thanks for the quick reply")
  #expect(redacted("Thanks John–Mary was great too") == "Thanks [NAME]–Mary was great too")
}

// The span replaced is the original text's, dashes included, and the counts say one phone.
@Test func aDashedNumberIsReplacedWholeAndCountedOnce() throws {
  let result = try Redactor().redact("ring 020–7946–0958 or not")
  #expect(result.text == "ring [PHONE] or not")
  #expect(result.counts == [.phone: 1])
  #expect(result.spans.map(\.original) == [5..<18])
}
