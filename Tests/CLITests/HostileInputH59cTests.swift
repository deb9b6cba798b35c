import Foundation
import TestSupport
import Testing

/// Review h59c (the CLI on odd and hostile input): each case crashed or broke a promise before.
@Suite struct HostileInputH59cTests {
  /// A user's codebook with one rule of 30,000 `w0 AND w1 AND …` crashed `taxonomy lint` and `tag
  /// --taxonomy` with signal 11 (a stack overflow compiling the rule: a chain of ANDs escaped the
  /// rule parser's nesting limit). Loaders must report `file:line:column: what is wrong` (exit 65).
  @Test func aRuleOfThirtyThousandAndsIsAnErrorNotACrash() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codebook = folder.appendingPathComponent("chain.yaml")
    let rule = (0..<30_000).map { "w\($0)" }.joined(separator: " AND ")
    try """
    id: x
    version: 1.0.0
    tags:
      - code: a
        label: A
        description: d
        rules: ['\(rule)']
        examples: {match: ['w0'], no_match: ['b']}
    """.write(to: codebook, atomically: true, encoding: .utf8)
    let lint = try TestSupport.runVerbatim(["taxonomy", "lint", codebook.path])
    #expect(lint.status == 65, "\(lint.status): \(lint.stderrText.prefix(300))")
    let findings = lint.stdoutText + lint.stderrText
    #expect(findings.contains("chain.yaml:7:"), "\(findings.prefix(300))")
    #expect(findings.contains("more than 1000 AND, NOT, NEAR/n and ONEAR/n operators"))
    let tag = try TestSupport.runVerbatim(["tag", "--taxonomy", codebook.path], input: Data("w0\n".utf8))
    #expect(tag.status == 65, "\(tag.status): \(tag.stderrText.prefix(300))")
    #expect(tag.stderrText.contains("chain.yaml:7:"), "\(tag.stderrText.prefix(300))")
  }
}
