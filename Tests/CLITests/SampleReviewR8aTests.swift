import Foundation
import TestSupport
import Testing

/// Review r8a: `sample` findings, end to end.
@Suite struct SampleReviewR8aTests {
  // Issue 10: a UTF-8 byte-order mark before the first record is skipped, as `agree`, `import` and
  // `score` do; the sample equals the one drawn from the same file without the mark.
  @Test func byteOrderMarkIsSkipped() throws {
    let records = "{\"id\":1,\"text\":\"a\",\"ch\":\"web\"}\n{\"id\":2,\"text\":\"b\",\"ch\":\"app\"}\n"
    let arguments = ["sample", "--input", "-", "--size", "1", "--seed", "1"]
    let plain = try TestSupport.runVerbatim(arguments, input: Data(records.utf8))
    let marked = try TestSupport.runVerbatim(arguments, input: Data([0xEF, 0xBB, 0xBF] + Array(records.utf8)))
    #expect(plain.status == 0, "\(plain.stderrText)")
    #expect(marked.status == 0, "\(marked.stderrText)")
    #expect(marked.stdout == plain.stdout)
  }

  // Issue 16: a sample size must be positive; "-3" is read as the option's value, not as an option.
  @Test func nonPositiveSizesAreUsageErrors() throws {
    for size in ["0", "-3"] {
      let result = try TestSupport.runVerbatim(
        ["sample", "--input", "-", "--size", size, "--seed", "1"], input: Data("{\"id\":1}\n".utf8))
      #expect(result.status == 2, "\(size)")
      #expect(result.stderrText.contains("--size must be 1 or more"), "\(size): \(result.stderrText)")
    }
  }

  // `sample --redact` redacted only the text field: metadata, nested or not, leaked (review of the
  // r8b fixes). Now every field is written as `code --redact` writes it; the id stays for joins.
  @Test func redactCoversEveryFieldButTheId() throws {
    let record =
      #"{"id":"r1","text":"mail ann@example.com","ipAddress":"203.0.113.225","#
      + #""meta":{"contact":{"phone":"+44 20 7946 0958"},"notes":["bob@example.com"]},"ch":"web"}"# + "\n"
    let result = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "1", "--seed", "1", "--strata", "ch", "--redact"], input: Data(record.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let text = result.stdoutText
    for secret in ["ann@example.com", "203.0.113.225", "7946", "bob@example.com"] {
      #expect(!text.contains(secret), "\(secret) leaked: \(text)")
    }
    let line = try #require(try TestSupport.jsonLines(result.stdout).first)
    #expect(line["id"] as? String == "r1")
    #expect(line["ch"] as? String == "web")
    #expect(line["stratum"] as? [String] == ["web"])
  }

  // The warning about strata that got no unit names them as the output shows them (review r9).
  @Test func redactedStrataStayRedactedInWarnings() throws {
    let records =
      #"{"id":1,"text":"awful","ip":"203.0.113.9"}"# + "\n" + #"{"id":2,"text":"great","ip":"203.0.113.10"}"# + "\n"
    let result = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "1", "--seed", "1", "--strata", "ip", "--redact"], input: Data(records.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stderrText.contains("got no unit ([REDACTED])"), "\(result.stderrText)")
    #expect(!result.stderrText.contains("203.0.113") && !result.stdoutText.contains("203.0.113"))
  }

  // `import` writes metadata inside "meta": --strata finds a field there when it is not at the top level
  // (review r10a: the README's `sample --strata channel` on import output exited 65).
  @Test func strataAreReadFromTheMetaObjectToo() throws {
    let records =
      #"{"id":"1:q","text":"a","meta":{"channel":"web"}}"# + "\n" + #"{"id":"2:q","text":"b","meta":{"channel":"app"}}"#
      + "\n" + #"{"id":"3:q","text":"c","channel":"app"}"# + "\n"
    let result = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "3", "--seed", "1", "--strata", "channel"], input: Data(records.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let strata = try TestSupport.jsonLines(result.stdout).map { $0["stratum"] as? [String] ?? [] }.sorted {
      $0.joined() < $1.joined()
    }
    #expect(strata == [["app"], ["app"], ["web"]])
  }
}
