import Redaction
import Testing

// Brief h61a: an invalid `--pattern` was echoed whole in the error (100,000 characters on the
// terminal). A message quotes at most `RedactionError.quotedLimit` characters of a pattern, name or
// mask, then its length, and for a mask the characters around the failing column.
@Test func aLongInvalidMaskIsQuotedByItsStartLengthAndColumn() {
  let mask = String(repeating: "9", count: 99_990) + "{" + String(repeating: "A", count: 9)
  let message = RedactionError.invalidMask(name: "ORDER", mask: mask, column: 99_991, reason: "unclosed {")
    .description
  #expect(message.count < 200)
  #expect(message.hasPrefix("pattern ORDER: mask \"\(String(repeating: "9", count: 40))…\" (100000 characters"))
  #expect(message.contains("near \"…9999999999{AAAAAAAAA\""))
  #expect(message.hasSuffix("column 99991: unclosed {"))
}

@Test func aLongMalformedSpecificationOrNameIsQuotedByItsStart() {
  let text = String(repeating: "X", count: 100_000)
  for error in [
    RedactionError.malformedPatternSpecification(text), .invalidPatternName(text, reason: "too long"),
    .duplicatePatternName(text), .unknownType(text),
  ] {
    #expect(error.description.count < 400, "\(error.description.prefix(60))")
    #expect(error.description.contains("\"\(String(repeating: "X", count: 40))…\" (100000 characters)"))
  }
}

@Test func shortTextsAreQuotedWhole() {
  #expect(
    RedactionError.invalidMask(name: "P", mask: "9{", column: 2, reason: "unclosed {").description
      == "pattern P: mask \"9{\" column 2: unclosed {")
  #expect(
    RedactionError.malformedPatternSpecification("ORDER").description
      == "pattern \"ORDER\" must have the form NAME=MASK, e.g. ORDER=AA-999999")
}

@Test func theMaskCompilerReportsTheColumnOfALongMask() throws {
  let spec = "ORDER=" + String(repeating: "9", count: 50) + "{" + String(repeating: "9", count: 99_949)
  #expect {
    _ = try Redactor(configuration: RedactionConfiguration(patterns: [try CustomPattern(specification: spec)]))
  } throws: { error in
    let message = (error as? RedactionError)?.description ?? ""
    return message.count < 200 && message.contains("(100000 characters") && message.contains("column")
  }
}
