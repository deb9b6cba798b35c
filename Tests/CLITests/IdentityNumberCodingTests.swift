import Foundation
import TestSupport
import Testing

/// Identity numbers redacted inside `verbatim code`: the sentiment reads the same with the number
/// or its placeholder between a negator and its word.
@Suite struct IdentityNumberCodingTests {
  private func compounds(_ texts: [String], redact: Bool) throws -> [Double] {
    let input = texts.enumerated().map { #"{"id":\#($0.offset),"text":"\#($0.element)"}"# }.joined(separator: "\n")
    let result = try TestSupport.runVerbatim(
      ["code", "-", "--no-tags"] + (redact ? ["--redact"] : []), input: Data((input + "\n").utf8))
    #expect(result.status == 0)
    #expect(!redact || result.stdoutText.contains("[SSN]"))
    return try TestSupport.jsonLines(result.stdout).map {
      ($0["sentiment"] as? [String: Any])?["compound"] as? Double ?? .nan
    }
  }

  /// An SSN is digits: `[SSN]` counts in modifier distances as the numbers it replaced do (not at
  /// all), as `[PHONE]` and `[CARD]` do.
  @Test func ssnPlaceholderDoesNotChangeTheSentiment() throws {
    let texts = ["not even 123-45-6789 helped", "never 123 45 6789 friendly", "wasn't SSN 123456789 useful"]
    let plain = try compounds(texts, redact: false)
    #expect(plain.count == texts.count)
    #expect(try compounds(texts, redact: true) == plain)
  }
}
