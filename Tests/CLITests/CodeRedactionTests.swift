import Foundation
import TestSupport
import Testing

/// Redaction inside `verbatim code`: it hides personal data and changes nothing else.
@Suite struct CodeRedactionTests {
  /// The shipped codebook's `delivery.missing` rule excludes texts about e-mail; a redacted
  /// address is not the customer writing "email", so the tags must not change.
  @Test func placeholdersDoNotChangeTheCodes() throws {
    let input =
      #"{"id":1,"text":"My order never arrived, contact me at jane@example.com"}"# + "\n"
      + #"{"id":2,"text":"The parcel has not arrived yet, jane@example.com"}"# + "\n"
      + #"{"id":3,"text":"Payment failed twice, call me on +44 20 7946 0000"}"# + "\n"
    let plain = try TestSupport.runVerbatim(["code", "-"], input: Data(input.utf8))
    let redacted = try TestSupport.runVerbatim(["code", "-", "--redact"], input: Data(input.utf8))
    #expect(plain.status == 0 && redacted.status == 0)
    func codes(_ result: TestSupport.ProcessResult) throws -> [[String]] {
      try TestSupport.jsonLines(result.stdout).map {
        ($0["tags"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
      }
    }
    func labels(_ result: TestSupport.ProcessResult) throws -> [String?] {
      try TestSupport.jsonLines(result.stdout).map { ($0["sentiment"] as? [String: Any])?["label"] as? String }
    }
    #expect(try codes(plain) == codes(redacted))
    #expect(try labels(plain) == labels(redacted))
    #expect(try codes(plain)[0].contains("delivery.missing"))
  }

  /// A phone or card number between a negator and its word scores the same redacted (review r8b #3:
  /// "not even 020 7946 0958 helped" was positive, and negative once the number became [PHONE]).
  @Test func numericPlaceholdersDoNotChangeTheSentiment() throws {
    let texts = [
      "not even 020 7946 0958 helped", "Staff not +44 20 7946 0958 helpful", "never (555) 010-0147 friendly",
      "not 4111 1111 1111 1111 good", "wasn't 192.0.2.7 useful", "very bob@example.com no on helpful",
    ]
    let input = texts.enumerated().map { #"{"id":\#($0.offset),"text":"\#($0.element)"}"# }.joined(separator: "\n")
    let plain = try TestSupport.runVerbatim(["code", "-", "--no-tags"], input: Data((input + "\n").utf8))
    let redacted = try TestSupport.runVerbatim(
      ["code", "-", "--no-tags", "--redact"], input: Data((input + "\n").utf8))
    func compounds(_ result: TestSupport.ProcessResult) throws -> [Double] {
      try TestSupport.jsonLines(result.stdout).map {
        ($0["sentiment"] as? [String: Any])?["compound"] as? Double ?? .nan
      }
    }
    #expect(plain.status == 0 && redacted.status == 0)
    #expect(try compounds(plain) == compounds(redacted))
    #expect(try compounds(plain).count == texts.count)
    #expect(redacted.stdoutText.contains("[PHONE]") && redacted.stdoutText.contains("[CARD]"))
  }

  @Test func identifyingMetadataIsRedactedToo() throws {
    let export = TestSupport.packageRoot.appendingPathComponent("corpora/demo/feedback-export.xml").path
    let result = try TestSupport.runVerbatim(["code", export, "--redact", "--no-tags"])
    #expect(result.status == 0)
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(!records.isEmpty)
    for record in records {
      let meta = try #require(record["meta"] as? [String: Any])
      for key in ["ipAddress", "locationLatitude", "locationLongitude"] where meta[key] != nil {
        #expect(meta[key] as? String == "[REDACTED]", "\(key)")
      }
      #expect(meta["channel"] != nil && meta["channel"] as? String != "[REDACTED]")
    }
  }

  /// Review r8b #1: docs/spark.md promises `import | code - --redact` redacts "as in one process".
  /// The demo export both ways: the same ids, texts, metadata, redaction counts, sentiment and tags.
  @Test func importPipedIntoCodeRedactsAsOneProcess() throws {
    let export = TestSupport.packageRoot.appendingPathComponent("corpora/demo/feedback-export.xml").path
    let direct = try TestSupport.runVerbatim(["code", export, "--redact", "--threads", "1"])
    let imported = try TestSupport.runVerbatim(["import", export])
    let piped = try TestSupport.runVerbatim(["code", "-", "--redact", "--threads", "1"], input: imported.stdout)
    #expect(direct.status == 0 && imported.status == 0 && piped.status == 0, "\(piped.stderrText)")
    let directRecords = try TestSupport.jsonLines(direct.stdout)
    let pipedRecords = try TestSupport.jsonLines(piped.stdout)
    #expect(directRecords.count == pipedRecords.count && !directRecords.isEmpty)
    var differences: [String] = []
    for (one, other) in zip(directRecords, pipedRecords) {
      for key in ["id", "respondent", "question", "text", "meta", "redactions", "sentiment", "tags"] {
        let first = one[key].map { NSDictionary(dictionary: ["v": $0]) }
        let second = other[key].map { NSDictionary(dictionary: ["v": $0]) }
        if first != second { differences.append("\(one["id"] ?? "?") \(key)") }
      }
      let meta = try #require(other["meta"] as? [String: Any])
      for key in ["ipAddress", "locationLatitude", "locationLongitude"] where meta[key] as? String != "[REDACTED]" {
        differences.append("\(one["id"] ?? "?") meta.\(key) in clear")
      }
    }
    #expect(differences.isEmpty, "\(differences.count) differences, first: \(differences.prefix(5))")
  }

  /// Strings nested in objects and arrays are redacted too, from a file and from standard input.
  @Test func nestedMetadataIsRedacted() throws {
    let folder = try TestSupport.temporaryDirectory()
    let line =
      #"{"id":"r2","text":"Great","contact":{"phone":"+44 20 7946 0958"},"notes":["bob@example.com"],"ip":"203.0.113.5"}"#
      + "\n"
    let file = folder.appendingPathComponent("rr.jsonl")
    try line.write(to: file, atomically: true, encoding: .utf8)
    let fromFile = try TestSupport.runVerbatim(["code", file.path, "--redact", "--no-tags"])
    let fromStdin = try TestSupport.runVerbatim(["code", "-", "--redact", "--no-tags"], input: Data(line.utf8))
    #expect(fromFile.status == 0 && fromStdin.status == 0)
    for output in [fromFile.stdoutText, fromStdin.stdoutText] {
      for secret in ["7946", "bob@example.com", "203.0.113.5"] { #expect(!output.contains(secret), "\(secret)") }
      #expect(output.contains(#""contact":{"phone":"[REDACTED]"}"#))
      #expect(output.contains(#""notes":["[EMAIL]"]"#))
    }
  }

  @Test func keepGoingOnStandardInputListsRejectedLines() throws {
    let folder = try TestSupport.temporaryDirectory()
    let rejects = folder.appendingPathComponent("rejects.jsonl")
    let input = "{\"id\":1,\"text\":\"good\"}\nnot json\n{\"id\":3}\n{\"id\":4,\"text\":\"bad\"}\n"
    let result = try TestSupport.runVerbatim(
      ["code", "-", "--keep-going", "--rejects", rejects.path], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(result.stdout).map { $0["id"] as? Int } == [1, 4])
    let rejected = try TestSupport.jsonLines(try Data(contentsOf: rejects))
    #expect(rejected.map { $0["line"] as? Int } == [2, 3])
    #expect(result.stderrText.contains("2 line(s) rejected"))
  }
}
