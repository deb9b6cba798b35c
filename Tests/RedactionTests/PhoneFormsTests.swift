import Redaction
import Testing

// International forms with a one-digit area code after the country code and unseparated E.164
// numbers of up to 15 digits (ITU-T E.164 §6.2.1; E.123 §2.5 writes "+33 1 …"), and numbers
// announced by a cue word. Fictional ranges where a country publishes one: Ofcom's drama numbers
// (07700 900000–900999, 020 7946 0000–0999), NANPA 555-0100–0199; the others follow the national
// plans' formats.
@Test(arguments: [
  ("call +33 1 23 45 67 89", "call [PHONE]"),
  ("call +33 6 12 34 56 78", "call [PHONE]"),
  ("call +61 2 9876 5432", "call [PHONE]"),
  ("call +81 3-1234-5678", "call [PHONE]"),
  ("call +353 1 234 5678", "call [PHONE]"),
  ("on +4915112345679", "on [PHONE]"),
  ("on +8613800138000", "on [PHONE]"),
  // Passes the Luhn check, but the "+" makes it a phone number, whole.
  ("on +4915112345678", "on [PHONE]"),
  ("Call 07700900123", "Call [PHONE]"),
  ("text me on 07700 900123!", "text me on [PHONE]!"),
  ("You can reach me on 555-0147 after 5", "You can reach me on [PHONE] after 5"),
  ("tel 555-0163, thanks", "tel [PHONE], thanks"),
  ("Tel.: 02079460958", "Tel.: [PHONE]"),
])
func phoneFormsAreRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// Review r19c: mobile numbers are typed without separators; in the national mobile shapes (UK
// 07xxx + 6, Ofcom's drama range 07700 900xxx; FR/NL 06/07 + 8 digits, ARCEP/ACM plans; DE
// 015x–017x + 7–8, BNetzA plan; and after the country code without "+") they are redacted without
// a cue, and the German mobile in its usual two groups.
@Test(arguments: [
  ("text 07700900123", "text [PHONE]"),
  ("07700900123 is my number", "[PHONE] is my number"),
  ("mobile? 447700900123", "mobile? [PHONE]"),
  ("ring 0612345678 please", "ring [PHONE] please"),
  ("ask for 015123456789", "ask for [PHONE]"),
  ("Ansprechpartner 0151 23456789", "Ansprechpartner [PHONE]"),
  ("Ansprechpartner (0151) 23456789", "Ansprechpartner [PHONE]"),
  ("Contact: 33612345678", "Contact: [PHONE]"),
])
func unseparatedMobileNumbersAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .phone) == expected)
}

// Without a cue, other unseparated national digit runs stay (order numbers look the same), and so
// do mobile shapes labelled as references; a cue does not make dates, short counts or years phone
// numbers.
@Test(arguments: [
  "order 07700900123", "ref: 0612345678", "invoice #07700900123", "tracking 015123456789", "see 02079460958",
  "total 1234567890", "call me 3 times", "call on 2024-03-15", "call 15.03.2024", "text 2023", "phone 12345",
  "recall 5550147", "ring 1 234 567 890 euros",
])
func cueDoesNotMakeEverythingAPhone(input: String) {
  #expect(redacted(input, only: .phone) == input)
}

// A word ending in a hex letter, then a colon, is not part of an IPv6 address: what follows is a
// new token ("card:4111…" leaked before). 4111 1111 1111 1111 is the Visa test number (Luhn-valid).
@Test(arguments: [
  ("card:4111111111111111", "card:[CARD]"),
  ("Card:4111 1111 1111 1111", "Card:[CARD]"),
  ("CC:4111111111111111", "CC:[CARD]"),
  ("ref:4111111111111111", "ref:[CARD]"),
  ("see:10.0.0.1", "see:[IP]"),
  ("from 2001:db8::1 too", "from [IP] too"),
  ("from fe80::1:2 too", "from [IP] too"),
])
func aWordAndAColonDoNotHideTheNextToken(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// German landlines are 9 digits with a short subscriber number behind a 3–4-digit area code with
// its trunk prefix 0 (Bundesnetzagentur numbering plan; Berlin 030 + 6 digits): redacted in their
// usual two groups. Without the trunk prefix, with a 2-digit first group or with fewer digits they
// stay (years, counts, short references).
@Test(arguments: [
  ("Ruf an: 030 901820", "Ruf an: [PHONE]"),
  ("landline (0221) 12345 mornings", "landline [PHONE] mornings"),
  ("try 0351-123456", "try [PHONE]"),
])
func nineDigitLandlinesWithATrunkPrefixAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .phone) == expected)
}

@Test(arguments: ["in 2024 123456 orders", "ref 05 1234567", "room 030 1234", "030 90182 and 3", "code 03322 1234"])
func shorterTwoGroupNumbersWithoutTheLandlineShapeStay(input: String) {
  #expect(redacted(input, only: .phone) == input)
}
