import Redaction
import Testing

// Shapes: the local part of an RFC 5322 §3.4.1 dot-atom, domain labels of RFC 1035 §2.3.1 (letters,
// digits, inner hyphens, at most 63 bytes), an alphabetic top-level label (RFC 1123 §2.1).
// Domains are RFC 2606 example domains or mail providers.

@Test(arguments: [
  ("write to john dot smith at gmail dot com please", "write to [EMAIL] please"),
  ("john.smith [at] gmail [dot] com", "[EMAIL]"),
  ("mail john(at)example(dot)org.", "mail [EMAIL]."),
  ("jane at example dot co dot uk", "[EMAIL]"),
  ("JANE AT EXAMPLE DOT CO DOT UK", "[EMAIL]"),
  ("j_smith99 at example dot net, thanks", "[EMAIL], thanks"),
  ("anna-maria {at} mail-box {dot} example {dot} de", "[EMAIL]"),
  ("bob <at> example <dot> com", "[EMAIL]"),
  ("bob [ at ] example [ dot ] com", "[EMAIL]"),
  ("bob[at]example.com", "[EMAIL]"),  // a bracketed at needs no spelled dot
  ("bob (at) example.co.uk", "[EMAIL]"),
  ("bob@example dot com", "[EMAIL]"),  // an @ whose dots are spelled
  ("bob at example.co dot uk", "[EMAIL]"),  // one spelled dot is enough
  // The address starts after the words of the sentence, not at "me".
  ("reach me at john dot smith at gmail dot com", "reach me at [EMAIL]"),
  ("email me at jane at example dot com or call", "email me at [EMAIL] or call"),
  // An "at" of prose after the address does not cost it its domain.
  ("jane at example dot com at any time", "[EMAIL] at any time"),
  // A mail-only service needs no spelled dot.
  ("email me at john at gmail.com please", "email me at [EMAIL] please"),
  ("j.smith at hotmail.co.uk", "[EMAIL]"),
])
func spelledAddressesAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .email) == expected)
}

@Test(arguments: [
  // Prose: "at" with no domain of dots.
  "meet at the door", "look at this", "we arrived at 5.30 dot on time", "at least twice",
  "Look at THIS", "staff at the store were great",
  // A bare "at" needs a spelled dot: a website mentioned in a sentence is no address.
  "I looked at example.com yesterday", "prices at amazon.co.uk are lower",
  // A service that also sells something is a website in prose.
  "Got a better deal at sky.com", "look at gmail.com",
  // Words that put a purchase or a look at a website.
  "I ordered at argos dot co dot uk", "look at example dot com", "we shopped at tesco dot com",
  // A determiner after "at" is prose.
  "born at the dot com peak",
  // No top-level label of letters, or only one label.
  "room at level dot 5", "john at example dot c", "john at example", "john at gmail dot",
  "john [at] example", "john (at) 5 (dot) 30",
  // "dot" without spaces is a word part, not a marker.
  "john at polka dotcom",
  // Local part empty or glued to other words.
  "at example dot com", "@ example dot com",
])
func proseAndNearMissesStay(input: String) {
  #expect(redacted(input, only: .email) == input)
}

@Test func spelledAddressCountsAsEmail() throws {
  let result = try Redactor().redact("Hi, it's john dot smith at gmail dot com, ta")
  #expect(result.text == "Hi, it's [EMAIL], ta")
  #expect(result.counts == [.email: 1])
}

@Test func spelledAddressesAreOffWithEmail() throws {
  let redactor = try Redactor(configuration: RedactionConfiguration(types: [.phone, .name]))
  #expect(redactor.redact("john at gmail dot com").text == "john at gmail dot com")
}

// The search for the next "at" reads eight bytes at a time: an "at" or "@" at any offset is found.
@Test func markersAtEveryOffsetAreFound() {
  for pad in 0..<17 {
    let padding = String(repeating: "x", count: pad)
    #expect(redacted(padding + " jane at example dot com", only: .email) == padding + " [EMAIL]")
    #expect(redacted(padding + " jane@example dot com", only: .email) == padding + " [EMAIL]")
    #expect(redacted(padding + " jane AT example DOT com", only: .email) == padding + " [EMAIL]")
  }
}

// A long text of "at"s and "dot"s that never forms an address: linear, and unchanged.
@Test func manyAtsAndDotsWithoutAnAddress() {
  let text = String(repeating: "look at a dot b at c dot 1 ", count: 2000)
  #expect(redacted(text, only: .email) == text)
}
