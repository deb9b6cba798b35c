import Redaction
import Testing

// Brief h63a: a name written with an initial for the given name after a sign-off, a greeting, an
// honorific or a signing dash was kept ("Best,\nJ. Smith", "Regards, T. Jones"). One or two
// initials, each a capital, a dot and a space, are part of the name. Made-up names.
@Test func aNameWithInitialsIsMaskedWhole() {
  #expect(redacted("Thanks for the help.\nBest,\nJ. Smith") == "Thanks for the help.\nBest,\n[NAME]")
  #expect(redacted("Great service. Regards, T. Jones") == "Great service. Regards, [NAME]")
  #expect(redacted("Kind regards\nA. B. Carter") == "Kind regards\n[NAME]")
  #expect(redacted("Hi J. Smith, thanks") == "Hi [NAME], thanks")
  #expect(redacted("Dr K. Patel was kind") == "Dr [NAME] was kind")
  #expect(redacted("Lovely staff.\n- R. Evans") == "Lovely staff.\n- [NAME]")
}

// A capital without a dot is as likely the pronoun, and initials before a word that is no name, or
// abbreviations, stay.
@Test(arguments: [
  "Thanks, I Love it", "Thanks, U.K. team", "Thanks, P.S. the app works", "Cheers, A. great job",
  "see section A. Results",
])
func aCapitalWithoutADotOrBeforeNoNameStays(text: String) {
  #expect(redacted(text) == text)
}
