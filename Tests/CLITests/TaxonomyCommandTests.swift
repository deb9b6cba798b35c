import Foundation
import TestSupport
import Testing

@Suite struct TaxonomyCommandTests {
  func write(_ text: String, _ name: String) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func shippedCodebookLintsCleanAndPassesItsTests() throws {
    let lint = try TestSupport.runVerbatim(["taxonomy", "lint"])
    #expect(lint.status == 0)
    #expect(lint.stdoutText.hasSuffix("0 error(s), 0 warning(s)\n"))
    let test = try TestSupport.runVerbatim(["taxonomy", "test"])
    #expect(test.status == 0)
    #expect(test.stdoutText.range(of: #"^\d+ passed, 0 failed\n$"#, options: .regularExpression) != nil)
  }

  /// A codebook or lexicon from a device that never ends is refused (exit 66) instead of being read
  /// until memory runs out; `--lexicon /dev/zero` hung before.
  @Test func aDeviceIsRefusedAsACodebookOrLexicon() throws {
    let tag = try TestSupport.runVerbatim(["tag", "--taxonomy", "/dev/zero"], input: Data("late\n".utf8))
    #expect(tag.status == 66)
    #expect(tag.stderrText.contains("/dev/zero: cannot open: it is not a regular file or a pipe"))
    let score = try TestSupport.runVerbatim(["score", "--lexicon", "/dev/zero"], input: Data("good\n".utf8))
    #expect(score.status == 66)
    #expect(score.stderrText.contains("not a regular file or a pipe"))
  }

  @Test func lintErrorsExit65WithLocations() throws {
    let path = try write(
      """
      id: x
      version: 1.0.0
      tags:
        - {code: a, label: A, description: d, rules: ['refund'], examples: {match: [refund], no_match: [x]}}
        - {code: a, label: B, description: d, rules: ['late'], examples: {match: [late], no_match: [x]}}
      """, "dup.yaml")
    let result = try TestSupport.runVerbatim(["taxonomy", "lint", path])
    #expect(result.status == 65)
    #expect(result.stdoutText.contains("dup.yaml:5:5: error: duplicate code \"a\""))
    #expect(result.stdoutText.contains("1 error(s), 0 warning(s)"))
  }

  @Test func testPrintsFailuresWithEvidenceAndWritesJUnit() throws {
    let path = try write(
      """
      id: x
      version: 1
      tags:
        - code: late
          label: Late
          rules: ['late']
          examples: {match: ['late again', 'on time'], no_match: ['not late']}
      """, "t.yaml")
    let junit = try TestSupport.temporaryDirectory().appendingPathComponent("junit.xml")
    let result = try TestSupport.runVerbatim(["taxonomy", "test", path, "--junit", junit.path])
    #expect(result.status == 1)
    let lines = result.stdoutText.split(separator: "\n")
    #expect(lines.last == "1 passed, 2 failed")
    #expect(lines.contains { $0.hasPrefix("FAIL late match 2 (") && $0.contains("t.yaml:7:") })
    #expect(lines.contains { $0.contains("\"not late\" was tagged late; evidence: \"late\" [4, 8) by rule late#1") })
    let xml = try String(contentsOf: junit, encoding: .utf8)
    #expect(xml.contains("tests=\"3\" failures=\"2\""))
  }

  /// QA review 14: an invalid codebook wrote no JUnit report, so CI saw none; it gets one with
  /// the problems as errors, and the run still exits 65.
  @Test func anInvalidCodebookStillGetsAJUnitReport() throws {
    let path = try write("id: x\nversion: 1.0.0\ntags:\n  - {code: a, label: A, rules: ['/(unclosed/']}\n", "bad.yaml")
    let junit = try TestSupport.temporaryDirectory().appendingPathComponent("junit.xml")
    let result = try TestSupport.runVerbatim(["taxonomy", "test", path, "--junit", junit.path])
    #expect(result.status == 65)
    let xml = try String(contentsOf: junit, encoding: .utf8)
    #expect(xml.contains("tests=\"1\" failures=\"0\" errors=\"1\""), "\(xml)")
    #expect(xml.contains("bad.yaml:4:"), "\(xml)")
    #expect(xml.contains("the parentheses do not match"), "\(xml)")
  }

  @Test func diffReportsChangesAndCorpusImpact() throws {
    let old = try write(
      "id: x\nversion: 1.0.0\ntags:\n  - {code: a, label: A, rules: ['refund']}\n  - {code: b, label: B, rules: ['late']}\n",
      "old.yaml")
    let new = try write(
      // 2.0.0: a renamed code is a breaking change (`taxonomy diff` warns under 1.1.0).
      "id: x\nversion: 2.0.0\ntags:\n  - {code: a, label: A, rules: ['refund*']}\n  - {code: c, label: C, rules: ['late']}\n",
      "new.yaml")
    let corpus = try write("refunded late\nrefund\nnothing\n", "corpus.txt")
    let result = try TestSupport.runVerbatim(["taxonomy", "diff", old, new, "--corpus", corpus])
    #expect(result.status == 0)
    let lines = result.stdoutText.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "x 1.0.0 → x 2.0.0", "renamed: b → c", "rule removed: a: refund", "rule added: a: refund*",
        "impact: a: +1 -0 (gained: ids 1)", "impact: b → c: 1 verbatim(s) relabelled (ids 1)",
        "impact: 1 of 3 verbatims change tags; 1 carry a renamed code (human codes, reports and thresholds that "
          + "name the old code need the new one)",
      ])
  }

  @Test func diffWithoutCorpusRefusesInvalidCodebooks() throws {
    // Issue 5: errors exit 65 with file:line:column; a codebook that lint refuses is not a release.
    let old = try write("id: x\nversion: 1.0.0\ntags:\n  - {code: a, label: A, rules: ['refund']}\n", "old.yaml")
    let syntax = try write(
      "id: x\nversion: 1.1.0\ntags:\n  - {code: a, label: A, rules: ['refund AND']}\n", "syntax.yaml")
    let result = try TestSupport.runVerbatim(["taxonomy", "diff", old, syntax])
    #expect(result.status == 65)
    // `  - {code: a, label: A, rules: ['refund AND']}`: the quote is at column 33 (after
    // "  - {code: a, label: A, rules: [", 32 characters), the rule starts at 34 and its end
    // (offset 10) is column 44.
    #expect(result.stderrText.contains("syntax.yaml:4:44: rule syntax error"))
    #expect(result.stdoutText.isEmpty)
    let duplicate = try write(
      "id: x\nversion: 1.1.0\ntags:\n  - {code: a, label: A, rules: ['refund']}\n"
        + "  - {code: a, label: B, rules: ['late']}\n", "duplicate.yaml")
    let reversed = try TestSupport.runVerbatim(["taxonomy", "diff", duplicate, old])
    #expect(reversed.status == 65)
    #expect(reversed.stderrText.contains("duplicate.yaml:5:5: duplicate code \"a\""))
  }

  /// Review r19a: an empty tag list exits 65 naming file:line, like an empty file.
  @Test func emptyTagListExits65() throws {
    let path = try write("id: x\nversion: 1\ndescription: d\ntags: []\n", "none.yaml")
    for arguments in [["taxonomy", "lint", path], ["taxonomy", "test", path], ["tag", "--taxonomy", path]] {
      let result = try TestSupport.runVerbatim(arguments, input: Data("refund\n".utf8))
      #expect(result.status == 65, "\(arguments)")
      // `lint` prints it as a finding (`error:`) with its summary line on standard output.
      let expected =
        arguments[1] == "lint"
        ? result.stdoutText.contains("none.yaml:4:7: error: the codebook has no tags")
        : result.stderrText.contains("none.yaml:4:7: the codebook has no tags")
      #expect(expected, "\(result.stdoutText)\(result.stderrText)")
    }
  }

  /// Review r19a: `--taxonomy` of a device or a directory says so (exit 66) rather than
  /// "permission denied".
  @Test func nonFileTaxonomyIsNamed() throws {
    let device = try TestSupport.runVerbatim(["tag", "--taxonomy", "/dev/null"], input: Data("refund\n".utf8))
    #expect(device.status == 66 && device.stderrText.contains("/dev/null: cannot open: it is not a regular file"))
    let folder = try TestSupport.temporaryDirectory().path
    let directory = try TestSupport.runVerbatim(["tag", "--taxonomy", folder], input: Data("refund\n".utf8))
    #expect(directory.status == 66 && directory.stderrText.contains("cannot open: it is a directory"))
  }
}
