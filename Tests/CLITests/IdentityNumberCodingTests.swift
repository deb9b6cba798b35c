import Foundation
import TestSupport
import Testing

/// Identity numbers redacted inside `verbatim code`: the sentiment reads the same with the number
/// or its placeholder between a negator and its word.
@Suite struct IdentityNumberCodingTests {
  private func compounds(_ texts: [String], redact: Bool, placeholder: String = "[SSN]") throws -> [Double] {
    let input = texts.enumerated().map { #"{"id":\#($0.offset),"text":"\#($0.element)"}"# }.joined(separator: "\n")
    let result = try TestSupport.runVerbatim(
      ["code", "-", "--no-tags"] + (redact ? ["--redact"] : []), input: Data((input + "\n").utf8))
    #expect(result.status == 0)
    #expect(!redact || result.stdoutText.contains(placeholder), "\(result.stdoutText)")
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

  /// An NHS number is digits too (QA review 42 added its placeholder): "not even NHS number 943 476
  /// 5919 helped" reads the same redacted.
  @Test func nhsNumberPlaceholderDoesNotChangeTheSentiment() throws {
    let texts = ["not even NHS number 943 476 5919 helped", "never NHS no. 9434765919 friendly"]
    let plain = try compounds(texts, redact: false)
    #expect(try compounds(texts, redact: true, placeholder: "[NHS_NUMBER]") == plain)
  }
}
