import Redaction
import Testing

private func order(_ mask: String) -> [CustomPattern] { [CustomPattern(name: "ORDER", mask: mask)] }

@Test func letterDigitMask() {
  let patterns = order("AA-999999")
  #expect(redacted("order AB-123456 is late", patterns: patterns) == "order [ORDER] is late")
  #expect(redacted("order ab-123456.", patterns: patterns) == "order [ORDER].")
  // Wrong shape or not standing alone.
  #expect(redactedButReferences("order AB-12345 is late", patterns: patterns) == "order AB-12345 is late")
  #expect(
    redactedButReferences("order XAB-123456 and AB-1234567", patterns: patterns)
      == "order XAB-123456 and AB-1234567")
  #expect(redactedButReferences("order A1-123456", patterns: patterns) == "order A1-123456")
}

@Test func repetitionAndLiterals() {
  let patterns = [
    CustomPattern(name: "INVOICE", mask: "INV-9{4,8}"), CustomPattern(name: "ACCOUNT", mask: "X{3}\\A9{2}"),
  ]
  #expect(redacted("INV-1234 and INV-12345678", patterns: patterns) == "[INVOICE] and [INVOICE]")
  #expect(
    redacted("INV-123 and INV-123456789 and inv-1234", patterns: patterns) == "INV-123 and INV-123456789 and inv-1234")
  #expect(redacted("acct 7bZA42", patterns: patterns) == "acct [ACCOUNT]")
  #expect(redacted("acct 7bZB42", patterns: patterns) == "acct 7bZB42")
}

@Test func optionalTailMatchesLongest() throws {
  let redactor = try Redactor(configuration: RedactionConfiguration(patterns: order("9{2}A{0,2}")))
  let result = redactor.redact("12 12A 12AB 12ABC")
  #expect(result.text == "[ORDER] [ORDER] [ORDER] 12ABC")
  #expect(result.counts == [.custom("ORDER"): 3])
}

@Test func customPatternsWinOverBuiltInNumbers() {
  // 4111 1111 1111 1111 would be a card; the user said such numbers are order numbers.
  let patterns = order("9999 9999 9999 9999")
  #expect(redacted("order 4111 1111 1111 1111", patterns: patterns) == "order [ORDER]")
}

@Test func patternSpecificationParsing() throws {
  let pattern = try CustomPattern(specification: "ORDER=AA-999999")
  #expect(pattern == CustomPattern(name: "ORDER", mask: "AA-999999"))
  #expect(try CustomPattern(specification: "EQ=9=9").mask == "9=9")
  #expect(throws: RedactionError.malformedPatternSpecification("ORDER")) { try CustomPattern(specification: "ORDER") }
  #expect(throws: RedactionError.malformedPatternSpecification("=99")) { try CustomPattern(specification: "=99") }
  #expect(throws: RedactionError.malformedPatternSpecification("X=")) { try CustomPattern(specification: "X=") }
}

@Test(arguments: [
  ("order", "99"), ("1ORDER", "99"), ("OR DER", "99"), ("EMAIL", "99"), ("PHONE", "99"),
])
func invalidPatternNamesAreRefused(name: String, mask: String) {
  #expect(throws: RedactionError.self) {
    try Redactor(configuration: RedactionConfiguration(patterns: [CustomPattern(name: name, mask: mask)]))
  }
}

@Test(arguments: [
  ("9{", 2), ("9{x}", 2), ("9{3,2}", 2), ("9{0}", 2), ("9{99}", 2), ("{3}", 1), ("-99", 1), ("9\\", 2),
  ("9{0,2}", 1), ("X{32}X{32}", 6), ("9é", 2),
])
func invalidMasksAreRefusedWithColumn(mask: String, column: Int) {
  do {
    _ = try Redactor(configuration: RedactionConfiguration(patterns: [CustomPattern(name: "P", mask: mask)]))
    Issue.record("mask \(mask) was accepted")
  } catch {
    guard case .invalidMask(_, _, let reported, _) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(reported == column, "mask \(mask): \(error)")
  }
}

@Test func duplicatePatternNamesAreRefused() {
  let patterns = [CustomPattern(name: "A1", mask: "99"), CustomPattern(name: "A1", mask: "AA")]
  #expect(throws: RedactionError.duplicatePatternName("A1")) {
    try Redactor(configuration: RedactionConfiguration(patterns: patterns))
  }
}

/// A repetition count too large is refused by the range rule, with the limit named, whatever its
/// number of digits (QA review 23: "{1,100000}" was said not to hold decimal numbers).
@Test(arguments: ["A{1,100000}", "9{99999999999}", "9{1,33}"])
func tooLargeRepetitionsNameTheLimit(mask: String) {
  do {
    _ = try Redactor(configuration: RedactionConfiguration(patterns: [CustomPattern(name: "P", mask: mask)]))
    Issue.record("mask \(mask) was accepted")
  } catch {
    guard case .invalidMask(_, _, _, let reason) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(reason.contains("1 ≤ n ≤ 32"), "mask \(mask): \(reason)")
  }
}
