import Foundation
import TestSupport
import Testing

// Brief h61a: `redact --pattern` with an invalid 100,000-character pattern printed the whole
// pattern in its error. The message shows its start, its length and the failing column.
@Suite struct RedactPatternEchoTests {
  @Test func aHugeInvalidPatternIsQuotedByItsStartLengthAndColumn() throws {
    // Fifty digits and a "{" that never closes, then 99,943 more digits.
    let mask = String(repeating: "9", count: 50) + "{" + String(repeating: "9", count: 99_943)
    let result = try TestSupport.runVerbatim(["redact", "--pattern", "ORDER=" + mask], input: Data("x\n".utf8))
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderrText.count < 400, "\(result.stderrText.prefix(400))")
    #expect(result.stderrText.contains("(99994 characters"))
    #expect(result.stderrText.contains("near \"…9999999999{9999999999…\""))
    #expect(result.stderrText.contains("column 51: unclosed {"))
  }

  @Test func aHugeSpecificationWithoutEqualsIsQuotedByItsStart() throws {
    let result = try TestSupport.runVerbatim(
      ["redact", "--pattern", String(repeating: "Q", count: 100_000)], input: Data("x\n".utf8))
    #expect(result.status == 2)
    #expect(result.stderrText.count < 400, "\(result.stderrText.prefix(400))")
    #expect(result.stderrText.contains("(100000 characters)"))
    #expect(result.stderrText.contains("must have the form NAME=MASK"))
  }
}
