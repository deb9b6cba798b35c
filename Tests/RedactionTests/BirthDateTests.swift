import Redaction
import Testing

// Dates of birth are claimed only after a birth cue. Calendar rules: a month is 1–12, a day 1–31;
// the day and month may come in either order (day-first in the UK, month-first in the US), so a
// pair is accepted when one order is a valid day and month. ISO 8601 writes the year first.

@Test(arguments: [
  ("my date of birth is 12/03/1985", "my date of birth is [DATE_OF_BIRTH]"),
  ("DOB 03/12/85, policy renewed", "DOB [DATE_OF_BIRTH], policy renewed"),
  ("DOB: 3-12-1985.", "DOB: [DATE_OF_BIRTH]."),
  ("D.O.B. 12.03.1985", "D.O.B. [DATE_OF_BIRTH]"),
  ("d.o.b: 12/3", "d.o.b: [DATE_OF_BIRTH]"),
  ("birth date: 1985-03-12.", "birth date: [DATE_OF_BIRTH]."),
  ("birthdate 1985/03/12", "birthdate [DATE_OF_BIRTH]"),
  ("born 12.03.85 in Leeds", "born [DATE_OF_BIRTH] in Leeds"),
  ("Geburtsdatum unknown, DOB 12.03. as on file", "Geburtsdatum unknown, DOB [DATE_OF_BIRTH] as on file"),
  // US month-first order, with a day above 12.
  ("DOB 03/25/1985", "DOB [DATE_OF_BIRTH]"),
  // Month names, ordinals, "of", commas and abbreviations.
  ("DOB 3 March 1985", "DOB [DATE_OF_BIRTH]"),
  ("born on the 3rd of March, 1985 at home", "born on the [DATE_OF_BIRTH] at home"),
  ("D.O.B.: 03-Mar-85 thanks", "D.O.B.: [DATE_OF_BIRTH] thanks"),
  ("my birthday is March 3rd", "my birthday is [DATE_OF_BIRTH]"),
  ("born on March 3, 1985", "born on [DATE_OF_BIRTH]"),
  ("Date of birth Sept. 21 1990", "Date of birth [DATE_OF_BIRTH]"),
  ("DOB: March 1985", "DOB: [DATE_OF_BIRTH]"),
  ("BDAY 21st JUNE", "BDAY [DATE_OF_BIRTH]"),
])
func datesAfterABirthCueAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .birthDate) == expected)
}

@Test(arguments: [
  // Dates without a cue say when something happened.
  "delivered on 12/03/2024", "Customer since 12/03/2019", "booked for 3 March 2025", "arrived March 3rd",
  // A year alone does not single anyone out.
  "born in 1985", "DOB 1985",
  // Not a calendar pair in either order, or not a date shape.
  "DOB 13/13/1985", "DOB 00/12/1985", "DOB 32/01/1985", "DOB 12/03/198", "born 12.5 kg",
  "born 3-4 weeks early",
  "DOB 2024-13-01", "born 3 Marchx 1985",
  // A cue that is not the last word before the date.
  "born and raised, moved here 12/03/2019", "birthday present arrived 12/03/2024",
  // A "b" that does not end "d.o.b".
  "plan b 12/03/1985",
])
func datesWithoutACueOrShapeStay(input: String) {
  #expect(redacted(input, only: .birthDate) == input)
}

@Test func birthDateCountsAndTypeName() throws {
  let result = try Redactor().redact("DOB 12/03/1985, born on 3 March 1985")
  #expect(result.text == "DOB [DATE_OF_BIRTH], born on [DATE_OF_BIRTH]")
  #expect(result.counts == [.birthDate: 2])
  #expect(RedactionType(builtInName: "date_of_birth") == .birthDate)
  #expect(RedactionType.birthDate.placeholder == "[DATE_OF_BIRTH]")
}

@Test func birthDatesAreOffWithoutTheType() throws {
  let redactor = try Redactor(configuration: RedactionConfiguration(types: [.phone, .name]))
  #expect(redactor.redact("DOB 12/03/1985").text == "DOB 12/03/1985")
}
