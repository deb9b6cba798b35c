import Foundation
import TestSupport
import Testing

@Suite struct RedactCommandTests {
  @Test func plainTextLinesAreRedactedAndSummarised() throws {
    let input = "Hi Sarah, call +44 20 7946 0000\nnothing here\nmail john@example.com or 555-123-4567\n"
    let result = try TestSupport.runVerbatim(["redact"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.stdoutText == "Hi [NAME], call [PHONE]\nnothing here\nmail [EMAIL] or [PHONE]\n")
    #expect(result.stderrText == "verbatim: redacted 4 span(s) of text in 2 of 3 record(s): EMAIL 1, PHONE 2, NAME 1\n")
    // No original personal data in messages.
    for secret in ["Sarah", "7946", "john@", "4567"] { #expect(!result.stderrText.contains(secret)) }
  }

  @Test func jsonlReplacesTheTextFieldInPlaceAndAddsCounts() throws {
    let input = """
      {"id":"r1","answer":"order AB-123456, card 4111 1111 1111 1111","region":"EU","redactions":"old"}
      {"id":"r2","answer":"all good","n":1.50}

      """
    let result = try TestSupport.runVerbatim(
      ["redact", "--jsonl", "--text-field", "answer", "--pattern", "ORDER=AA-9{6}", "-"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(
      result.stdoutText == """
        {"id":"r1","answer":"order [ORDER], card [CARD]","region":"EU","redactions":{"CARD":1,"ORDER":1}}
        {"id":"r2","answer":"all good","n":1.50,"redactions":{}}

        """)
    #expect(result.stderrText.contains("CARD 1, ORDER 1"))
  }

  @Test func typesLimitDetectionAndOutputFileIsWritten() throws {
    let directory = try TestSupport.temporaryDirectory()
    let inputFile = directory.appendingPathComponent("in.txt")
    let outputFile = directory.appendingPathComponent("out.txt")
    try Data("john@example.com 192.0.2.1 Hi Tom\n".utf8).write(to: inputFile)
    let result = try TestSupport.runVerbatim(["redact", inputFile.path, "--types", "ip,name", "-o", outputFile.path])
    #expect(result.status == 0)
    #expect(result.stdoutText.isEmpty)
    #expect(String(decoding: try Data(contentsOf: outputFile), as: UTF8.self) == "john@example.com [IP] Hi [NAME]\n")
  }

  @Test func outputIsDeterministic() throws {
    let input = Data(String(repeating: "Thanks, John. IBAN DE89 3704 0044 0532 0130 00 ::1\n", count: 50).utf8)
    let first = try TestSupport.runVerbatim(["redact"], input: input)
    let second = try TestSupport.runVerbatim(["redact"], input: input)
    #expect(first.stdout == second.stdout)
    #expect(first.stderr == second.stderr)
  }

  @Test(arguments: [
    (["redact", "--types", "email,fax"], "unknown redaction type \"fax\""),
    (["redact", "--pattern", "ORDER"], "must have the form NAME=MASK"),
    (["redact", "--pattern", "order=99"], "pattern name \"order\" is invalid"),
    (["redact", "--pattern", "ORDER=9{"], "column 2"),
    (["redact", "--pattern", "EMAIL=99"], "built-in type"),
  ])
  func badConfigurationIsAUsageError(arguments: [String], message: String) throws {
    let result = try TestSupport.runVerbatim(arguments, input: Data("x\n".utf8))
    #expect(result.status == 2)
    #expect(result.stderrText.contains(message), "\(result.stderrText)")
    #expect(result.stdout.isEmpty)
  }

  @Test func badDataNamesTheLineButNotTheText() throws {
    let input = "{\"id\":\"a\",\"text\":\"Hi Sarah\"}\n{\"id\":\"b\",\"text\":\"call 555-123-4567\"\n"
    let result = try TestSupport.runVerbatim(["redact", "--jsonl"], input: Data(input.utf8))
    #expect(result.status == 65)
    #expect(result.stderrText.hasPrefix("verbatim: -:2:"))
    #expect(!result.stderrText.contains("555"))
    let invalid = try TestSupport.runVerbatim(["redact"], input: Data([0x48, 0x69, 0xFF, 0x0A]))
    #expect(invalid.status == 65)
    #expect(invalid.stderrText.contains("-:1:"))
    let missing = try TestSupport.runVerbatim(["redact", "/nonexistent/verbatim-input.txt"])
    #expect(missing.status == 66)
  }

  /// Review r19c: `redact --jsonl` redacts the metadata it carries as `code --redact` does (an
  /// identifying member becomes "[REDACTED]", nested ones too); ids and numbers stay.
  @Test func jsonlRedactsCarriedMetadata() throws {
    let input =
      "{\"id\": \"r1\", \"text\": \"ok\", \"meta\": {\"email\": \"ann@example.com\"}, "
      + "\"customer\": {\"contact\": {\"mobile\": \"07700 900123\"}}, \"n\": 5}\n"
    let result = try TestSupport.runVerbatim(["redact", "--jsonl"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(!result.stdoutText.contains("ann@example.com"), "\(result.stdoutText)")
    #expect(!result.stdoutText.contains("07700"), "\(result.stdoutText)")
    let record = try #require(try TestSupport.jsonLines(result.stdout).first)
    #expect(record["id"] as? String == "r1")
    #expect(record["n"] as? Int == 5)
  }

  /// QA review 17: metadata redactions are counted (three values replaced were "redacted
  /// nothing"), and the record count is of the records with a redaction.
  @Test func metadataRedactionsAreCounted() throws {
    let input = """
      {"id":"r3","text":"No PII here","note":"call +44 20 7946 0000","email":"a@b.com"}
      {"id":"r4","text":"nothing","ipAddress":"10.0.0.1"}
      {"id":"r5","text":"nothing","region":"EU"}
      """
    let result = try TestSupport.runVerbatim(["redact", "--jsonl"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(
      result.stderrText
        == "verbatim: redacted 0 span(s) of text in 2 of 3 record(s); metadata: 2 identifying value(s) withheld, PHONE 1\n"
    )
    #expect(!result.stdoutText.contains("7946") && !result.stdoutText.contains("a@b.com"))
  }
}
