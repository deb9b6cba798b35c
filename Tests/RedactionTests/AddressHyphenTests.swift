import Redaction
import Testing

// Brief h62a: a dash other than `-` between two letters of an e-mail address kept part of it
// ("billing–support@example.com" → "billing–[EMAIL]") or all of it ("jane@example–shop.com"). A
// hyphen-like dash (hyphen, non-breaking hyphen, figure dash, en dash, minus sign, small and
// full-width hyphen-minus) between two letters or digits of a local part that an at sign follows,
// or of a domain label that a dot and another label follow, now reads as `-`, so the whole address
// is masked. Fictional addresses at example.com.
@Test(arguments: ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2212}", "\u{FE63}", "\u{FF0D}"])
func aHyphenLikeDashInsideAnAddressIsMaskedWithIt(dash: String) {
  #expect(redacted("mail billing\(dash)support@example.com today") == "mail [EMAIL] today")
  #expect(redacted("write to jane@example\(dash)shop.com please") == "write to [EMAIL] please")
  #expect(redacted("ask ann\(dash)marie.o\(dash)neil@mail.example\(dash)shop.co.uk") == "ask [EMAIL]")
  #expect(redacted("team\(dash)2@example.com") == "[EMAIL]")
}

@Test func anAddressWithADashIsOneSpan() throws {
  let result = try Redactor().redact("mail billing–support@example.com")
  #expect(result.text == "mail [EMAIL]")
  #expect(result.counts == [.email: 1])
  #expect(result.spans.map(\.original) == [5..<32])
}

// Brief h63a: an em dash or horizontal bar inside a local part kept what came before it
// ("billing—support@example.com" → "billing—[EMAIL]"). With no space on either side it now joins
// the local part as a hyphen does, so a word glued to an address by one is masked with it ("Email
// me—jane@…", as "me-jane@…" and "me–jane@…" were); a spaced dash still separates.
@Test(arguments: ["\u{2014}", "\u{2015}"])
func anEmDashInsideALocalPartIsMaskedWithIt(dash: String) throws {
  #expect(redacted("mail billing\(dash)support@example.com today") == "mail [EMAIL] today")
  #expect(redacted("mail jane.smith\(dash)work@example.com") == "mail [EMAIL]")
  #expect(redacted("j\(dash)a\(dash)n\(dash)e@example.com") == "[EMAIL]")
  #expect(redacted("write to jane@example\(dash)shop.com please") == "write to [EMAIL] please")
  #expect(redacted("Email me\(dash)jane@example.com") == "Email [EMAIL]")
  #expect(redacted("Email me \(dash) jane@example.com") == "Email me \(dash) [EMAIL]")
  #expect(redacted("Email me \(dash)jane@example.com") == "Email me \(dash)[EMAIL]")
  let result = try Redactor().redact("mail billing\(dash)support@example.com")
  #expect(result.counts == [.email: 1])
  #expect(result.spans.map(\.original) == [5..<32])
}

// A dash after the address's last label ends it; a dash between words with no address after them
// stays a dash.
@Test func dashesOutsideAnAddressStay() {
  #expect(redacted("mail jane@example.com—Thanks") == "mail [EMAIL]—Thanks")
  #expect(redacted("Sarah—Thanks, jane@example.com") == "Sarah—Thanks, [EMAIL]")
  #expect(redacted("mail jane@example.com–Thanks") == "mail [EMAIL]–Thanks")
  #expect(redacted("the London–Paris train, mail jane@example.com") == "the London–Paris train, mail [EMAIL]")
  #expect(redacted("e-mail me at jane@example.com") == "e-mail me at [EMAIL]")
  for text in [
    "top-notch service", "top–notch service", "e-mail me", "a well–known brand", "Sarah—Thanks again", "9—5 job",
  ] {
    #expect(redacted(text) == text)
  }
}
