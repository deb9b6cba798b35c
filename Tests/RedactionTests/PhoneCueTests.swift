import Redaction
import Testing

// QA review 23: ten-digit numbers typed without separators after the cues of feedback forms, and
// nine-digit Spanish, Polish, Portuguese and Czech numbers after cues in their own languages, were
// kept. Fictional or documentation ranges where a plan has them: NANPA 555-0100–0199 and 555
// exchanges, Ofcom's 07700 900xxx; the other numbers follow the national plans' formats (CNMC for
// Spain: 6xx/7xx mobile, 9xx geographic; UKE for Poland; BNetzA for Germany).
@Test(arguments: [
  ("Contact: 4155552671", "Contact: [PHONE]"),
  ("Contact 4155552671", "Contact [PHONE]"),
  ("contact me: 4155552671", "contact me: [PHONE]"),
  ("number: 2125551234", "number: [PHONE]"),
  ("ph 4155552671", "ph [PHONE]"),
  // Not North American in shape (the office code starts with 1): the cue alone makes it a phone.
  ("Contact: 5551234567", "Contact: [PHONE]"),
  ("Llámame al 912 345 678", "Llámame al [PHONE]"),
  ("Llamame al 912345678", "Llamame al [PHONE]"),
  ("Teléfono: 812345678", "Teléfono: [PHONE]"),
  ("mi número es 812 345 678", "mi número es [PHONE]"),
  ("Proszę dzwonić 501 234 567", "Proszę dzwonić [PHONE]"),
  ("zadzwoń 501234567", "zadzwoń [PHONE]"),
  ("nr 501-234-567", "nr [PHONE]"),
  ("tel. 22 123 45 67", "tel. [PHONE]"),
  ("meine Nummer ist 4567890", "meine Nummer ist [PHONE]"),
  ("Handy 0151 2345678", "Handy [PHONE]"),
  ("mon numéro: 0612345678", "mon numéro: [PHONE]"),
  ("chiamami al 3123456789", "chiamami al [PHONE]"),
  ("landline 02079460958", "landline [PHONE]"),
])
func numbersAfterCuesInTheirLanguagesAreRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// A reference label before a number wins over its shape and over a cue word ("number"): tracking,
// order and invoice numbers stay, in English and in the cues' other languages. (An account number
// is no phone number either, but it is redacted as one: AccountNumberTests.)
@Test(arguments: [
  "order number 4155552671 still missing", "my order number is 2125551234", "Invoice no. 2125551234",
  "tracking number 0012 3456 7890 not updating", "Tracking: 07700900123", "ref: 612 345 678",
  "case #2125551234", "#4155552671", "numer zamówienia 601 234 567",
  "Bestellnummer 0151 23456789", "ISBN 3423214120", "order 912 345 678 never came",
  "Order 123 456 789 is lost",
])
func referenceLabelsKeepTheirNumbers(input: String) {
  // No other type claims them; [REFERENCE] does (QA review 42, ReferenceNumberTests).
  #expect(redactedButReferences(input) == input)
}

@Test func anAccountNumberIsNoPhoneNumber() {
  #expect(redacted("Account 4155552671 was closed", only: .phone) == "Account 4155552671 was closed")
  #expect(redacted("Account 4155552671 was closed") == "Account [ACCOUNT_NUMBER] was closed")
}

// Unseparated ten-digit North American numbers (NANPA: NXX area and office codes, N = 2–9, no N11
// service code, no 9 in the area code's middle) are redacted without a cue.
@Test(arguments: [
  ("4155552671", "[PHONE]"),
  ("please 2125551234 after 6", "please [PHONE] after 6"),
  ("(I gave 6465550123)", "(I gave [PHONE])"),
])
func unseparatedNorthAmericanNumbersAreRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// Ten-digit runs not in that shape, and numbers that continue as amounts, stay: Unix times
// (1…), order numbers with a 0 or 1 office code, N11 and 9X area codes, one digit repeated, amounts.
@Test(arguments: [
  "total 1234567890", "stamp 1712345678", "4500012345 missing", "got 4155552671.50 back",
  "9115551234 again", "2915551234 again", "all smiles &lt;3333333333", "4155115555 again", "sent 41555526712 points",
  "won 2125551234567",
])
func tenDigitRunsOfOtherShapesStay(input: String) {
  #expect(redacted(input, only: .phone) == input)
}

// Spanish, Portuguese, Polish and Czech nine-digit numbers in their usual groups, starting with 6, 7
// or 9, are redacted without a cue; the same groups starting otherwise, as an amount or as a list of
// round numbers stay.
@Test(arguments: [
  ("escríbeme 912 345 678 gracias", "escríbeme [PHONE] gracias"),
  ("601-234-567", "[PHONE]"),
  ("612 34 56 78 por la tarde", "[PHONE] por la tarde"),
  ("WhatsApp? 712 345 678", "WhatsApp? [PHONE]"),
])
func bareNineDigitNumbersAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .phone) == expected)
}

@Test(arguments: [
  "population 312 345 678", "paid 912 345 678 zł", "€ 612 345 678", "cost 712 345 678 EUR",
  "scores 700 800 900", "up 612 345 678%", "1 299,00 zł", "Amount 1 234 567,89 €", "912.345.678 visits",
])
func nineDigitGroupsThatAreNotPhonesStay(input: String) {
  #expect(redacted(input, only: .phone) == input)
}

// QA review 23: a list of two-digit scores became "[PHONE] 10". Groups of one or two digits are a
// phone number only in the French format, which starts with the trunk prefix 0 (ARCEP plan). Nor
// do dates, times, years, percentages, versions, prices or postcodes become phone numbers.
@Test(arguments: [
  "scores were 10 10 10 10 10 10", "12 34 56 78 90 points", "I rated it 1 2 3 4 5 6 7 8 9 10 times",
  "from 09 00 to 17 00 closed", "Delivered on 12/05/2024 at 10:30", "up 15% in 2019 2020 2021",
  "Version 10.0.19045", "paid $1,234.56", "I live at SW1A 1AA", "Austin, TX 78701",
])
func listsDatesTimesAndAmountsStay(input: String) {
  #expect(redacted(input, only: .phone) == input)
}

@Test func theFrenchFormatStillNeedsNoCue() {
  #expect(redacted("le 06 12 34 56 78 le soir") == "le [PHONE] le soir")
}
