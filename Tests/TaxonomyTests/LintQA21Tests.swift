import Taxonomy
import Testing
import Tokenization

/// QA review 21: codebook mistakes `taxonomy lint` passed although `taxonomy test` or `tag` then
/// failed on them.
@Suite struct LintQA21Tests {
  private func lint(_ yaml: String) throws -> [String] {
    CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "q.yaml"), tokenizer: try Tokenizer()).map(\.description)
  }

  /// A match example the tag's own exclusion removes always fails its test: an error at the example,
  /// as the mirror case (a no_match example the tag gets) is.
  @Test func aMatchExampleRemovedByTheTagsOwnExclusionIsAnError() throws {
    let yaml = """
      id: q
      version: 1.0.0
      tags:
        - code: refund
          label: Refund
          description: x
          rules: ['refund OR refunds']
          exclude: ['refund']
          examples:
            match: ['I want a refund.']
            no_match: ['Delivery was late']
      """
    let findings = try lint(yaml)
    #expect(
      findings.contains {
        $0.hasPrefix("q.yaml:10:") && $0.contains("error: match example \"I want a refund.\"")
          && $0.contains("removed by the tag's own exclusion")
      }, "\(findings)")
    // A child that gets the example gives the tag through the roll-up `taxonomy test` applies:
    // the test passes, so no error (review of the change).
    let child = """

        - code: refund.twice
          label: Twice
          description: x
          rules: ['want']
          examples:
            match: ['I want a refund.']
            no_match: ['Delivery was late']
      """
    let rolledUp = try lint(yaml + child)
    #expect(!rolledUp.contains { $0.contains("own exclusion") }, "\(rolledUp)")
    // Without the exclusion, no such error.
    let fixed = try lint(yaml.replacingOccurrences(of: "    exclude: ['refund']\n", with: ""))
    #expect(!fixed.contains { $0.contains("own exclusion") }, "\(fixed)")
  }

  /// A parent whose every match example also gets its child is never assigned on them by default
  /// (most specific wins), though `taxonomy test` passes through the roll-up: a warning naming the
  /// child.
  @Test func aParentThatAlwaysLosesToItsChildIsAWarning() throws {
    let yaml = """
      id: q
      version: 1.0.0
      tags:
        - {code: service, label: Service, description: x, rules: ['service OR staff'],
           examples: {match: ['The service was ok'], no_match: ['Parcel late']}}
        - {code: service.any, label: Any, description: x, rules: ['staff OR service OR team'],
           examples: {match: ['The team was kind'], no_match: ['Parcel late']}}
      """
    let findings = try lint(yaml)
    #expect(
      findings.contains {
        $0.contains("warning: tag \"service\" is assigned on none of its match examples: \"service.any\" is")
      }, "\(findings)")
    // A parent example its child does not get: no warning.
    let reachable = try lint(
      yaml.replacingOccurrences(of: "'The service was ok'", with: "'The service was ok', 'staff'")
        .replacingOccurrences(of: "'staff OR service OR team'", with: "'service OR team'"))
    #expect(!reachable.contains { $0.contains("assigned on none") }, "\(reachable)")
  }

  /// A rule or an exclusion written twice under one tag, alternatives in any order, is a warning.
  @Test func aRuleRepeatedUnderOneTagIsAWarning() throws {
    let yaml = """
      id: q
      version: 1.0.0
      tags:
        - code: late
          label: Late
          description: x
          rules: ['late OR delayed', 'delayed OR late', 'parcel AND late', 'late AND parcel', 'slow OR (late OR delayed)']
          exclude: ['"not late"', '"not late"']
          examples:
            match: ['The parcel was late', 'delayed again']
            no_match: ['not late at all', 'on time']
      """
    let findings = try lint(yaml)
    #expect(findings.filter { $0.contains("repeats its rule at 7:") }.count == 2, "\(findings)")
    // Grouping does not matter either: "slow OR (late OR delayed)" is a third rule, not a repeat.
    let regrouped = try lint(
      yaml.replacingOccurrences(
        of: "'slow OR (late OR delayed)'", with: "'slow OR late OR delayed', 'late OR (delayed OR slow)'"))
    #expect(regrouped.filter { $0.contains("repeats its rule at 7:") }.count == 3, "\(regrouped)")
    #expect(findings.contains { $0.contains("exclusion of \"late\" repeats its exclusion at 8:") }, "\(findings)")
  }

  /// `(ha|h|a)*!` backtracks only on alternating input ("hahaha…?"): the one-character probes
  /// passed it and `tag` stopped on a 65-character answer. The alternating probes find it; an
  /// unambiguous pattern over the same letters passes.
  @Test func alternatingProbesFindBacktrackingOnAlternatingInput() throws {
    func findings(_ pattern: String) throws -> [String] {
      try lint(
        """
        id: q
        version: 1.0.0
        tags:
          - {code: laugh, label: Laugh, description: x, rules: ['/\(pattern)/i'],
             examples: {match: ['haha!'], no_match: ['ok']}}
        """)
    }
    #expect(try findings("(ha|h|a)*!").contains { $0.contains("error: regular expression") && $0.contains("\"ha\"") })
    // Its only finding is the cost warning (it opens with a group, so every text is searched).
    #expect(try findings("(ha)+!").allSatisfy { $0.contains("is searched in every text") })
    #expect(try findings("(ha)+!").count == 1)
  }
}
