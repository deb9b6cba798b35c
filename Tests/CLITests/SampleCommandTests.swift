import Foundation
import TestSupport
import Testing

@Suite struct SampleCommandTests {
  @Test func stratifiedReproducibleSample() throws {
    let lines = (0..<100).map { "{\"id\": \"v\($0)\", \"question\": \"\($0 < 80 ? "Q1" : "Q2")\", \"text\": \"t\"}" }
    let input = Data((lines.joined(separator: "\n") + "\n").utf8)
    let arguments = ["sample", "--input", "-", "--size", "10", "--strata", "question", "--seed", "3"]
    let first = try TestSupport.runVerbatim(arguments, input: input)
    #expect(first.status == 0, "\(first.stderrText)")
    let records = try TestSupport.jsonLines(first.stdout)
    #expect(records.count == 10)
    #expect(records.filter { ($0["question"] as? String) == "Q2" }.count == 2)
    #expect(records.allSatisfy { abs(($0["inclusion_probability"] as? Double ?? 0) - 0.1) < 1e-12 })
    let second = try TestSupport.runVerbatim(arguments, input: input)
    #expect(second.stdout == first.stdout)
  }

  /// Each stratum's count goes to standard error with why it differs from its share: equal
  /// allocation of 20 over strata of 990, 5 and 5 shares 6.7 each; the two small strata are taken
  /// whole and q1 gets the other 10.
  @Test func strataSummaryNamesCappedStrata() throws {
    let lines = (0..<1000).map { "{\"id\": \($0), \"question\": \"q\($0 < 990 ? 1 : $0 < 995 ? 2 : 3)\"}" }
    let input = Data((lines.joined(separator: "\n") + "\n").utf8)
    let result = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "20", "--strata", "question", "--allocation", "equal", "--seed", "1"],
      input: input)
    #expect(result.status == 0, "\(result.stderrText)")
    let text = result.stderrText
    #expect(text.contains("sample: 20 of 1000 record(s) from 3 stratum/strata (equal allocation):"), "\(text)")
    #expect(text.contains("q1: 10 of 990 (share 6.7, raised"), "\(text)")
    #expect(text.contains("q2: 5 of 5 (all of it: smaller than its share of 6.7"), "\(text)")
    #expect(text.contains("q3: 5 of 5 (all of it"), "\(text)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.filter { ($0["question"] as? String) == "q1" }.count == 10)
  }

  /// QA review 21: two records with one id made the coders' join back ambiguous; an error naming
  /// both lines. Records with distinct ids are sampled as before; a record without an id is an
  /// error too (its codes could never be joined back; twenty-fifth session).
  @Test func aRepeatedIDIsAnError() throws {
    let lines = [
      "{\"id\": \"a0\", \"text\": \"x\"}", "{\"id\": \"a1\", \"text\": \"y\"}", "{\"id\": \"a0\", \"text\": \"z\"}",
    ]
    let result = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "2", "--seed", "1"], input: Data((lines.joined(separator: "\n") + "\n").utf8)
    )
    #expect(result.status == 65)
    #expect(result.stderrText.contains("standard input:3: id a0 is also the id of line 1"), "\(result.stderrText)")
    #expect(result.stdout.isEmpty)
    let distinct = lines.prefix(2).joined(separator: "\n") + "\n{\"id\": 7, \"text\": \"z\"}\n"
    let fine = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "3", "--seed", "1"], input: Data(distinct.utf8))
    #expect(fine.status == 0, "\(fine.stderrText)")
    #expect(fine.stdoutText.split(separator: "\n").count == 3)
    for missing in ["{\"text\": \"no id\"}", "{\"id\": null, \"text\": \"null id\"}"] {
      let noID = try TestSupport.runVerbatim(
        ["sample", "--input", "-", "--size", "3", "--seed", "1"],
        input: Data((lines.prefix(2).joined(separator: "\n") + "\n" + missing + "\n").utf8))
      #expect(noID.status == 65)
      #expect(noID.stderrText.contains("standard input:3: the record has no \"id\""), "\(noID.stderrText)")
      #expect(noID.stdout.isEmpty)
    }
  }

  // Bloch & Kraemer (1989): half-width 0.1 at κ = 0.7, prevalence 0.5 → 196 items (capped at the input).
  @Test func plannedSizeAndErrors() throws {
    let lines = (0..<300).map { "{\"id\": \($0)}" }
    let input = Data((lines.joined(separator: "\n") + "\n").utf8)
    let planned = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--kappa-halfwidth", "0.1", "--expected-kappa", "0.7", "--seed", "1"], input: input)
    #expect(planned.status == 0)
    #expect(try TestSupport.jsonLines(planned.stdout).count == 196)
    let broken = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "1", "--seed", "1"], input: Data("{\"id\": \n".utf8))
    #expect(broken.status == 65)
  }

  /// Review r19c: under --redact a record without the text field (a wrong --text-field) would
  /// reach coders unredacted, metadata included: refused with its line; the right field redacts
  /// the text and the identifying metadata.
  @Test func redactRefusesARecordWithoutItsTextField() throws {
    let input = Data(
      "{\"id\": \"a\", \"answer\": \"mail ann@example.com\", \"meta\": {\"email\": \"ann@example.com\"}}\n".utf8)
    let refused = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "1", "--seed", "1", "--redact"], input: input)
    #expect(refused.status == 65)
    #expect(refused.stderrText.contains(":1: no \"text\" field"), "\(refused.stderrText)")
    #expect(!refused.stdoutText.contains("ann@example.com"))
    let redacted = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "1", "--seed", "1", "--redact", "--text-field", "answer"], input: input)
    #expect(redacted.status == 0, "\(redacted.stderrText)")
    #expect(!redacted.stdoutText.contains("ann@example.com"), "\(redacted.stdoutText)")
  }

  /// QA review 14: JSON null and the string "null" were one stratum. Equal allocation of 2 over
  /// the strata {null} (1 record) and {"null"} (3 records) takes one of each: inclusion
  /// probabilities 1 and 1/3 (as one stratum of 4 they would be 1/2).
  @Test func nullAndTheStringNullAreTwoStrata() throws {
    let lines = [#"{"id":1,"g":null}"#, #"{"id":2,"g":"null"}"#, #"{"id":3,"g":"null"}"#, #"{"id":4,"g":"null"}"#]
    let result = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--strata", "g", "--size", "2", "--allocation", "equal", "--seed", "3"],
      input: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let sampled = try TestSupport.jsonLines(result.stdout)
    #expect(sampled.count == 2)
    let probabilities = sampled.compactMap { $0["inclusion_probability"] as? Double }.sorted()
    #expect(probabilities.count == 2 && abs(probabilities[0] - 1.0 / 3) < 1e-12 && probabilities[1] == 1)
    // Written back as JSON null, so that it does not read as the string (QA review 32, L4).
    #expect(sampled.contains { $0["id"] as? Int == 1 && ($0["stratum"] as? [Any])?.first is NSNull })
    #expect(sampled.contains { $0["id"] as? Int != 1 && ($0["stratum"] as? [String]) == ["null"] })
    #expect(result.stderrText.contains("<null>: 1 of 1"), "\(result.stderrText)")
  }

  /// QA review 32 (L8): an empty field name or a field named twice is a usage error.
  @Test func strataFieldsAreNamedOnce() throws {
    let input = Data(#"{"id":1,"channel":"web"}"#.utf8 + [0x0A])
    for strata in ["", "channel,", "channel,channel"] {
      let result = try TestSupport.runVerbatim(
        ["sample", "--input", "-", "--strata", strata, "--size", "1", "--seed", "1"], input: input)
      #expect(result.status == 2, "\(strata): \(result.stderrText)")
      #expect(result.stderrText.contains("--strata"), "\(result.stderrText)")
    }
  }

  /// QA review 32 (L4): the boolean true and the string "true" are one stratum, as 1 and "1" are
  /// (they were two strata that both read "true").
  @Test func aBooleanAndItsStringAreOneStratum() throws {
    let lines = [#"{"id":1,"vip":true}"#, #"{"id":2,"vip":"true"}"#, #"{"id":3,"vip":false}"#]
    let result = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--strata", "vip", "--size", "3", "--seed", "1"],
      input: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stderrText.contains("from 2 stratum/strata"), "\(result.stderrText)")
    #expect(result.stderrText.contains("true: 2 of 2"), "\(result.stderrText)")
  }

  /// QA review 23's note: the JSON numbers 1, 1.0 and 1e0 are one value and so one stratum. Equal
  /// allocation of 2 over {1} (3 records written three ways) and {2} (1 record): inclusion
  /// probabilities 1/3 and 1 (as three strata of one record each and one of 1, a size of 2 could
  /// not take every stratum).
  @Test func equalNumbersAreOneStratum() throws {
    let lines = [#"{"id":1,"g":1}"#, #"{"id":2,"g":1.0}"#, #"{"id":3,"g":1e0}"#, #"{"id":4,"g":2}"#]
    let result = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--strata", "g", "--size", "2", "--allocation", "equal", "--seed", "3"],
      input: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let sampled = try TestSupport.jsonLines(result.stdout)
    let probabilities = sampled.compactMap { $0["inclusion_probability"] as? Double }.sorted()
    #expect(probabilities.count == 2 && abs(probabilities[0] - 1.0 / 3) < 1e-12 && probabilities[1] == 1)
    #expect(Set(sampled.compactMap { ($0["stratum"] as? [String])?.first }) == ["1", "2"])
  }
}
