import Redaction
import Testing

/// Code points of `text` in `range`, as Python's `text[start:end]` would give them.
private func slice(_ text: String, _ range: Range<Int>) -> String {
  String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
}

@Test func textWithoutPersonalDataIsReturnedUnchanged() throws {
  let text = "Waited 40 minutes on hold 😡 — v2.10.3, 15/03/2024, $1,234.56, 50%."
  let result = try Redactor().redact(text)
  #expect(result.text == text)
  #expect(result.isUnchanged)
  #expect(result.counts.isEmpty)
  #expect(result.spans.isEmpty)
}

@Test func spansSliceBackToPlaceholdersAndOriginalsInCodePoints() throws {
  // Non-ASCII before, between and inside matches: offsets must count code points, not bytes or
  // grapheme clusters (the flag emoji is two code points, "é" precomposed is one).
  let text = "🇬🇧 Grüße! Hi Zoë, mail zoë@exämple.de or call +44 20 7946 0000 — card 4111 1111 1111 1111 🙏"
  let result = try Redactor().redact(text)
  #expect(
    result.text == "🇬🇧 Grüße! Hi [NAME], mail [EMAIL] or call [PHONE] — card [CARD] 🙏")
  #expect(result.spans.map(\.type) == [.name, .email, .phone, .card])
  let originals = result.spans.map { slice(text, $0.original) }
  #expect(originals == ["Zoë", "zoë@exämple.de", "+44 20 7946 0000", "4111 1111 1111 1111"])
  for span in result.spans {
    #expect(slice(result.text, span.redacted) == span.type.placeholder)
  }
  #expect(result.counts == [.name: 1, .email: 1, .phone: 1, .card: 1])
  #expect(result.sortedCounts.map(\.type) == [.email, .phone, .card, .name])
}

@Test func itemsAfterOtherNumbersAreStillFound() throws {
  let text = "waited 40 4111 1111 1111 1111, 5 192.0.2.1, 2 +44 20 7946 0000"
  #expect(try Redactor().redact(text).text == "waited 40 [CARD], 5 [IP], 2 [PHONE]")
  // A single digit before an area code in parentheses is read as a country code (NANP "1 (555) …").
  #expect(try Redactor().redact("1 (555) 123-4567").text == "[PHONE]")
  #expect(try Redactor().redact("40 4111 1111 1111 1111 days").text == "40 [CARD] days")
  #expect(try Redactor().redact("40 4111 1111 1111 1111 2024-03-15").text == "40 [CARD] 2024-03-15")
}

@Test func originalOffsetMapsAroundPlaceholders() throws {
  let text = "call 555-123-4567 now"
  let result = try Redactor().redact(text)
  #expect(result.text == "call [PHONE] now")
  #expect(result.originalOffset(ofRedacted: 2) == 2)
  #expect(result.originalOffset(ofRedacted: 7) == 5)  // inside the placeholder → span start
  #expect(result.originalOffset(ofRedacted: 13) == 18)  // "now" moved by 17 - 12 = 5
}

@Test func typeSelectionLimitsDetectors() throws {
  let text = "john@example.com 555-123-4567 Hi Sarah"
  let onlyEmail = try Redactor(configuration: RedactionConfiguration(types: [.email]))
  #expect(onlyEmail.redact(text).text == "[EMAIL] 555-123-4567 Hi Sarah")
  let none = try Redactor(configuration: RedactionConfiguration(types: []))
  #expect(none.redact(text).text == text)
}

@Test func typeListParsing() throws {
  #expect(try RedactionConfiguration.types(parsing: "email, PHONE,ip") == [.email, .phone, .ip])
  #expect(throws: RedactionError.unknownType("fax")) { try RedactionConfiguration.types(parsing: "email,fax") }
  #expect(throws: RedactionError.unknownType("")) { try RedactionConfiguration.types(parsing: "") }
}

@Test func errorMessagesNameTheProblem() {
  #expect(RedactionError.unknownType("fax").description.contains("email, phone, card, iban, ip, url, postcode, name"))
  #expect(
    RedactionError.invalidMask(name: "P", mask: "9{", column: 2, reason: "unclosed {").description
      == "pattern P: mask \"9{\" column 2: unclosed {")
}

@Test func redactionIsIdempotent() throws {
  let redactor = try Redactor()
  let once = redactor.redact("Dear Mr. Jones, IBAN DE89 3704 0044 0532 0130 00, ip 192.0.2.1").text
  #expect(redactor.redact(once).text == once)
  #expect(redactor.redact(once).isUnchanged)
}

@Test func adversarialInputs() throws {
  let redactor = try Redactor()
  // NUL bytes, right-to-left text, ZWJ emoji sequences, lone combining marks, edges of the text.
  let inputs = [
    "", "@", "+", "(", "::", "a@", "@b.com", "\u{0}john@example.com\u{0}", "مرحبا john@example.com",
    "👩‍👩‍👧 Hi Sarah", "\u{301}Hi Tom", "4111 1111 1111 1111", "Hi", "Hi ", "Dear Mr.", "https://", "www.",
    "+44", "(555", "GB82", "1.2.3.", "2001:", "john@example.",
  ]
  let expected = [
    "", "@", "+", "(", "::", "a@", "@b.com", "\u{0}[EMAIL]\u{0}", "مرحبا [EMAIL]", "👩‍👩‍👧 Hi [NAME]",
    "\u{301}Hi [NAME]", "[CARD]", "Hi", "Hi ", "Dear Mr.", "https://", "www.", "+44", "(555", "GB82", "1.2.3.",
    "2001:", "john@example.",
  ]
  #expect(inputs.map { redactor.redact($0).text } == expected)
}

@Test func longLineIsLinearAndConsistent() throws {
  // A 1 MB line of mixed content: counts must equal the number of planted items.
  let unit = "Hi Sarah, ring 555-123-4567 or mail a.b@example.com; the order 1234567890123456 is late. "
  let repeats = 1_048_576 / unit.utf8.count + 1
  let text = String(repeating: unit, count: repeats)
  let result = try Redactor().redact(text)
  #expect(result.counts == [.name: repeats, .phone: repeats, .email: repeats, .reference: repeats])
  #expect(result.spans.count == 4 * repeats)
  #expect(result.text.hasSuffix("Hi [NAME], ring [PHONE] or mail [EMAIL]; the order [REFERENCE] is late. "))
}

@Test func redactorIsSharedAcrossTasks() async throws {
  let redactor = try Redactor()
  let texts = (0..<64).map { "user\($0)@example.com called +1-202-555-01\(String(format2: $0))" }
  let results = await withTaskGroup(of: (Int, String).self) { group in
    for (index, text) in texts.enumerated() { group.addTask { (index, redactor.redact(text).text) } }
    var collected: [(Int, String)] = []
    for await result in group { collected.append(result) }
    return collected
  }
  for (_, text) in results { #expect(text == "[EMAIL] called [PHONE]") }
  #expect(results.count == 64)
}

extension String {
  fileprivate init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
