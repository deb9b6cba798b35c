import Redaction
import Testing

// Brief h62a: a hyphen or dash with a space on each side between digit groups kept the number
// ("07700 – 900111", "07700 - 900111"), and the same separators in a card number or an IBAN.
// A spaced hyphen (any dash reads as one: `FoldedText`) now separates the groups of a phone number
// under the strict rules (a full national or international number, not a short one after a cue),
// and of a card number or an IBAN as a space does. Fictional numbers: Ofcom's drama ranges, the
// Visa test card, the IBAN Registry's example.
@Test(arguments: ["-", "\u{2013}", "\u{2012}", "\u{2010}", "\u{2212}", "\u{2014}"])
func aSpacedDashBetweenDigitGroupsSeparatesThem(dash: String) {
  #expect(redacted("call 07700 \(dash) 900111") == "call [PHONE]")
  #expect(redacted("07700 \(dash) 900222 is my mobile") == "[PHONE] is my mobile")
  #expect(redacted("office 020 \(dash) 7946 \(dash) 0333") == "office [PHONE]")
  #expect(redacted("card 4111 \(dash) 1111 \(dash) 1111 \(dash) 1111 expired") == "card [CARD] expired")
  #expect(redacted("paid with 4111 \(dash) 1111 \(dash) 1111 \(dash) 1111") == "paid with [CARD]")
  #expect(redacted("IBAN GB82 \(dash) WEST \(dash) 1234 \(dash) 5698 \(dash) 7654 \(dash) 32") == "IBAN [IBAN]")
  #expect(
    redacted("send it to GB82 \(dash) WEST \(dash) 1234 \(dash) 5698 \(dash) 7654 \(dash) 32") == "send it to [IBAN]")
}

@Test func aSpacedDashIsMaskedWithTheNumberAndCountedOnce() throws {
  let result = try Redactor().redact("call 07700 – 900111 today")
  #expect(result.text == "call [PHONE] today")
  #expect(result.counts == [.phone: 1])
  #expect(result.spans.map(\.original) == [5..<19])
}

// Ranges, scores, prices and hours written with a spaced dash stay, whatever the dash.
@Test(arguments: ["-", "\u{2013}", "\u{2212}"])
func spacedRangesInOrdinaryTextStay(dash: String) {
  for text in [
    "delivery took 2 \(dash) 3 days", "open Mon \(dash) Fri 9 \(dash) 5", "£10 \(dash) £20 a month",
    "open 0900 \(dash) 1730 weekdays", "ring 0900 \(dash) 1730", "call between 0800 \(dash) 2000",
    "from 2019 \(dash) 2021 I was a member", "scores 10 \(dash) 10 \(dash) 10", "pages 120 \(dash) 135",
    "rated 7 \(dash) 8 out of 10", "1,000 \(dash) 2,000 customers", "between 100000 \(dash) 200000 people",
    "call centre \(dash) 20 minutes on hold", "it was 15 \(dash) 03 \(dash) 2024", "a 3 \(dash) 2 win",
    "paid £20 \(dash) 047207 73 times", "from 20 \(dash) 047207 77", "12 \(dash) 01632 960", "€400 \(dash) 0123 4567",
  ] {
    #expect(redacted(text) == text)
  }
}

// A number that the strict rules find before a spaced dash ends there.
@Test func aNumberBeforeASpacedDashEndsThereWhenWhatFollowsIsNoPartOfIt() {
  #expect(redacted("call 07700 900111 - 1230 is best") == "call [PHONE] - 1230 is best")
  #expect(redacted("call 555 0147 – 2 rings") == "call [PHONE] – 2 rings")
  #expect(redacted("card 4111 - 1111 - 1111 - 1111 - 2222") == "card 4111 - 1111 - 1111 - 1111 - 2222")
}

// The README's promises after an order or ticket cue hold with a spaced dash: a short number stays,
// an identifier is a reference, not a phone number.
@Test func orderAndTicketNumbersKeepTheirRulesBesideASpacedDash() {
  #expect(redacted("order #2 - 3 days late") == "order #2 - 3 days late")
  #expect(redacted("ticket 3 – 4 weeks old") == "ticket 3 – 4 weeks old")
  #expect(redacted("Order #A1234567 - arrived broken") == "Order #[REFERENCE] - arrived broken")
  #expect(redacted("order number 112-3456789-1234567 – late") == "order number [REFERENCE] – late")
}
