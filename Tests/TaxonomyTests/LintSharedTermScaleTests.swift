import Taxonomy
import Testing
import Tokenization

/// `taxonomy lint` on many tags that share one term (brief h61b: 4,000 tags whose rules all hold
/// `common` took 27 s, the shared-term check comparing pairs of tags). The findings are the same:
/// one warning per later tag, at its term, naming the first tag that has it.
@Suite struct LintSharedTermScaleTests {
  @Test func manyTagsSharingATermGetOneWarningEach() throws {
    let count = 300
    var yaml = "id: many\nversion: 1.0.0\ntags:\n"
    for index in 0..<count {
      yaml +=
        "  - {code: t\(index), label: T\(index), description: x, rules: ['common OR word\(index)'], "
        + "examples: {match: ['word\(index)'], no_match: ['nothing here']}}\n"
    }
    let findings = CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "m.yaml"), tokenizer: try Tokenizer())
      .map(\.description)
    #expect(findings.count == count - 1, "\(findings.prefix(3))")
    for (offset, finding) in findings.enumerated() {
      let index = offset + 1
      #expect(
        finding
          == "m.yaml:\(index + 4):\(50 + String(index).count * 2): warning: \"common\" alone makes rules of both "
          + "\"t\(index)\" (here) and \"t0\" (m.yaml:4:52) hold, so every text with it gets both tags; keep it in "
          + "one of them, or give one rule the context it needs (AND, NEAR/n, NOT)")
    }
  }
}
