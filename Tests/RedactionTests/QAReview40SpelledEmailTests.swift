import Redaction
import Testing

/// QA review 40: the spelled-out address detector took any "word at word dot word" for an address,
/// "not" and "very" as top-level domains and "dot dot dot" as a domain, so a complaint lost its
/// negation ("parking at sainsburys dot not great" → "[EMAIL] great", and scored positive). The last
/// label after a spelled dot must be a country code (one that is also an English word only at the
/// end of the text or before punctuation) or a generic top-level domain that mail uses.
@Test(arguments: [
  "parking at sainsburys dot not great",
  "staff at tesco dot very rude",
  "waiting at home dot dot dot no call, no engineer",
  "prices at tesco dot com are lower",
  "we queued at gate dot no one came",
  "meet @ the store at 5",
])
func spelledProseIsKept(input: String) {
  #expect(redacted(input, only: .email) == input)
}

@Test(arguments: [
  // A country code that is also a word ends the text or comes before punctuation.
  ("mail mario at libero dot it.", "mail [EMAIL]."),
  ("write to anna at firma dot no", "write to [EMAIL]"),
  // An "@" set off by spaces is an address's sign, with literal dots in its domain.
  ("maria.patel @ web.de", "[EMAIL]"),
  ("reach me at j.doe @ proton.me thanks", "reach me at [EMAIL] thanks"),
  // A generic top-level domain, spelled.
  ("jsmith at example dot org please", "[EMAIL] please"),
  ("sales at acme dot co dot uk", "[EMAIL]"),
  // Bracketed signs instead of bracketed words.
  ("mail me: jane.roberts [@] gmail [.] com", "mail me: [EMAIL]"),
])
func spelledAddressesStillRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .email) == expected)
}
