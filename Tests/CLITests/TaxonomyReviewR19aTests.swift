import Foundation
import TestSupport
import Testing

/// Review r19a: `taxonomy lint` and `taxonomy test` findings of the blind review.
@Suite struct TaxonomyReviewR19aTests {
  func write(_ text: String, _ name: String) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func lintReportsEveryStructuralProblemInItsFormat() throws {
    let path = try write(
      "id: c\nversion: 1\ndescription: d\ntags:\n  - code: a\n    lable: A\n    rules: [foo]\n"
        + "  - code: b\n    descr: A\n    rules: [foo]\n", "two.yaml")
    let result = try TestSupport.runVerbatim(["taxonomy", "lint", path])
    #expect(result.status == 65)
    let lines = result.stdoutText.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines.first?.contains("two.yaml:6:5: error: unknown key \"lable\" in a tag") == true)
    #expect(lines.dropFirst().first?.contains("two.yaml:9:5: error: unknown key \"descr\" in a tag") == true)
    #expect(lines.last?.hasSuffix("not a valid codebook, 2 error(s), 0 warning(s)") == true)
    #expect(result.stderrText.isEmpty)
  }

  @Test func testEscapesControlCharactersOfExamples() throws {
    let path = try write(
      "id: c\nversion: 1\ntags:\n  - code: late\n    label: L\n    rules: [late]\n"
        + "    examples: {match: [\"on \\e[31mtime\"], no_match: [\"late \\e[2J\\ttoo\"]}\n", "esc.yaml")
    let result = try TestSupport.runVerbatim(["taxonomy", "test", path])
    #expect(result.status == 1)
    #expect(!result.stdoutText.unicodeScalars.contains("\u{1B}"))
    #expect(!result.stdoutText.unicodeScalars.contains("\t"))
    #expect(result.stdoutText.contains("\"on \\u{1B}[31mtime\" was not tagged late"))
    #expect(result.stdoutText.contains("\"late \\u{1B}[2J\\u{9}too\" was tagged late; evidence: \"late\" [0, 4)"))
  }
}
