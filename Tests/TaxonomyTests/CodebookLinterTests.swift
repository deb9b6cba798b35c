import Testing
import Tokenization

@testable import Taxonomy

@Suite struct CodebookLinterTests {
  /// A deliberately broken codebook: every lint check fires once. Line numbers are noted.
  let broken = """
    id: broken
    version: 0.0.1
    tags:
      - code: a
        label: A
        description: Tag a.
        rules: ['refund']
        examples: {match: ['refund please'], no_match: ['nothing']}
      - code: a
        label: Duplicate
        description: Same code.
        rules: ['zzz']
        examples: {match: ['zzz'], no_match: ['x']}
      - code: b.c
        label: Orphan
        description: Parent b does not exist.
        rules: ['orphan']
        examples: {match: ['orphan'], no_match: ['x']}
      - code: p
        parent: q
        label: P
        description: Cycle p → q → p.
        rules: ['pp']
        examples: {match: ['pp'], no_match: ['x']}
      - code: q
        parent: p
        label: Q
        description: Cycle.
        rules: ['qq']
        examples: {match: ['qq'], no_match: ['x']}
      - code: bad
        label: Bad
        description: Unparsable and empty rules.
        rules: ['wait time', '']
        examples: {match: ['wait'], no_match: ['x']}
      - code: loose
        label: Loose
        description: Matches its no_match example; one rule matches no match example.
        rules: ['late', 'never']
        examples: {match: ['late again'], no_match: ['late delivery', 'never late but excused']}
        exclude: ['excused']
      - code: copy
        label: Copy
        rules: ['REFUND']
        examples: {match: ['refund'], no_match: ['x']}
      - code: bare
        label: Bare
        description: No examples, short prefix.
        rules: ['re*']
    """

  /// QA review 33: a tag repeated through a YAML alias (`- *t`) was reported as "first defined at
  /// line 4" at line 4 itself (the alias carries its anchor's position); the message now says how
  /// the repeat came about.
  @Test func aTagRepeatedThroughAnAliasIsNamedAsSuch() throws {
    let yaml = """
      id: alias
      version: 1.0.0
      tags:
        - &t
          code: delivery
          label: Delivery
          rules: ['delivery']
        - *t
      """
    let book = try Codebook.parse(yaml: yaml, source: "alias.yaml")
    let findings = CodebookLinter.lint(book, tokenizer: try Tokenizer())
    let duplicate = try #require(findings.first { $0.message.contains("duplicate code \"delivery\"") })
    #expect(duplicate.severity == .error)
    #expect(duplicate.message.contains("repeated later in the list through a YAML alias"), "\(duplicate.message)")
    #expect(!duplicate.message.contains("first defined at line"))
  }

  @Test func everyCheckReportsItsLineAndSeverity() throws {
    let book = try Codebook.parse(yaml: broken, source: "broken.yaml")
    let findings = CodebookLinter.lint(book, tokenizer: try Tokenizer())
    func has(_ severity: LintFinding.Severity, line: Int, _ text: String) -> Bool {
      findings.contains { $0.severity == severity && $0.location.line == line && $0.message.contains(text) }
    }
    #expect(has(.error, line: 9, "duplicate code \"a\" (first defined at line 4)"))
    #expect(has(.error, line: 14, "unknown parent \"b\""))
    #expect(has(.error, line: 19, "parent cycle: p → q → p"))
    #expect(has(.error, line: 34, "expected AND, OR"))
    #expect(has(.error, line: 34, "the rule is empty"))
    #expect(has(.error, line: 39, "matches the tag's no_match example at line 40"))
    #expect(has(.warning, line: 39, "matches none of the tag's match examples"), "rule 'never' is untested")
    #expect(has(.warning, line: 42, "has no description"))
    #expect(has(.warning, line: 44, "the same rule is also under tag \"a\""))
    #expect(has(.warning, line: 46, "needs at least one match and one no_match example"))
    #expect(has(.warning, line: 49, "prefix \"re*\" is shorter than 3"))
    // The exclusion saves 'never late but excused': only 'late delivery' is reported.
    #expect(findings.filter { $0.message.contains("matches the tag's no_match example") }.count == 1)
    #expect(findings.filter { $0.severity == .error }.count == 6)
    #expect(findings.map(\.description).allSatisfy { $0.hasPrefix("broken.yaml:") })
  }

  @Test func aCleanCodebookHasNoFindings() throws {
    let clean = """
      id: clean
      version: 1.0.0
      tags:
        - code: a
          label: A
          description: Tag a.
          rules: ['refund*']
          examples: {match: ['refunded'], no_match: ['nothing']}
      """
    #expect(CodebookLinter.lint(try Codebook.parse(yaml: clean, source: "c.yaml"), tokenizer: try Tokenizer()).isEmpty)
  }
}

/// Nested repetition in a rule's regular expression, the shape behind catastrophic backtracking
/// (OWASP, "Regular expression Denial of Service"; QA review 13: lint passed `/(a+)+$/` and `tag`
/// then stopped at the first long answer).
@Suite struct NestedRepetitionLintTests {
  @Test(arguments: ["(a+)+$", "(\\w+\\s?)*", "((ab)*c)+", "([a-z]+)*x", "(a{1,}b?)+", "(\\d+){2,}"])
  func nestedRepetitionIsFlagged(_ pattern: String) {
    #expect(CodebookLinter.hasNestedRepetition(pattern), "\(pattern)")
  }

  @Test(arguments: ["a+b+", "(ab)+", "(a+){2}", "[(a+)]+", "\\(a+\\)+", "(refund|return)s?", "late (by )?\\d+ days"])
  func otherPatternsAreNot(_ pattern: String) {
    #expect(!CodebookLinter.hasNestedRepetition(pattern), "\(pattern)")
  }

  /// QA review 19: `/(a|aa)*c/` has no nested quantifier, yet "a" × 40 makes it try every split of
  /// the run (Fibonacci-many), and `tag` stopped the run. The probes find it and patterns like it.
  @Test(arguments: ["(a|aa)*c", "(x|xx)+y", "(\\d|\\d\\d)*z", "(.|..)*!"])
  func overlappingAlternativesUnderARepetitionAreSlowOnAProbe(_ pattern: String) {
    #expect(CodebookLinter.slowProbe(pattern, caseInsensitive: false) != nil, "\(pattern)")
  }

  @Test(arguments: ["(a|b)*c", "(refund|return)s?", "late (by )?\\d+ days", "[A-Z]{2}\\d{6}", "(ab|cd)+e"])
  func ordinaryPatternsPassTheProbes(_ pattern: String) {
    #expect(CodebookLinter.slowProbe(pattern, caseInsensitive: false) == nil, "\(pattern)")
  }

  @Test func aSlowPatternIsALintError() throws {
    let yaml =
      "id: b\nversion: 1.0.0\ntags:\n  - {code: d, label: D, description: x, rules: ['/(a|aa)*c/'],\n"
      + "     examples: {match: ['aac'], no_match: ['box']}}\n"
    let findings = CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "b.yaml"), tokenizer: try Tokenizer())
    #expect(findings.contains { $0.description.contains("ran past its time limit on a probe of 40 × \"a\"") })
  }

  /// QA review 40: a nested repetition that does run past the time limit on a probe is an error,
  /// not only the nested-repetition warning (lint passed `/(a+)+b/`, and `tag` gave up on 40 a's).
  /// One whose probes all finish stays a warning.
  @Test(arguments: ["(a+)+b", "(x+)+y", "(\\w+\\s?)+!"])
  func aNestedRepetitionThatRunsPastTheLimitIsAnError(_ pattern: String) throws {
    let yaml =
      "id: b\nversion: 1.0.0\ntags:\n  - {code: d, label: D, description: x, rules: ['/\(pattern)/'],\n"
      + "     examples: {match: ['aab xxy w!'], no_match: ['box']}}\n"
    let findings = CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "b.yaml"), tokenizer: try Tokenizer())
    #expect(
      findings.contains { $0.severity == .error && $0.description.contains("ran past its time limit") },
      "\(findings)")
  }

  @Test func aNestedRepetitionWhoseProbesFinishIsAWarning() throws {
    let yaml =
      "id: b\nversion: 1.0.0\ntags:\n  - {code: d, label: D, description: x, rules: ['/(\\d+){2,}/'],\n"
      + "     examples: {match: ['12 34'], no_match: ['box']}}\n"
    let findings = CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "b.yaml"), tokenizer: try Tokenizer())
    #expect(findings.contains { $0.severity == .warning && $0.description.contains("repeats a group") }, "\(findings)")
    #expect(!findings.contains { $0.severity == .error }, "\(findings)")
  }

  /// A pattern with no literal start and no leading class is searched in every text: a warning
  /// (codebook 1.7.0's first churn pattern made `code` 60% slower). One that opens with a word or
  /// a class gets none.
  @Test func aPatternWithoutAPrefilterIsAWarning() throws {
    func findings(_ pattern: String) throws -> [LintFinding] {
      let yaml =
        "id: b\nversion: 1.0.0\ntags:\n  - {code: d, label: D, description: x, rules: ['/\(pattern)/'],\n"
        + "     examples: {match: ['switching to Acme'], no_match: ['box']}}\n"
      return CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "b.yaml"), tokenizer: try Tokenizer())
    }
    let slow = try findings("\\b(?:[Ss]witching|will switch) to [A-Z]\\w*")
    #expect(slow.contains { $0.description.contains("is searched in every text") }, "\(slow)")
    for pattern in ["(?i)\\bswitch(?:ing)? to (?-i:[A-Z])\\w*", "[Ss]witching to [A-Z]\\w*"] {
      #expect(try !findings(pattern).contains { $0.description.contains("is searched in every text") }, "\(pattern)")
    }
    // QA review 32 (L3): a repeated class at the start has no prefilter either, and the message
    // no longer says it opens with no class.
    let repeated = try findings("[A-Z]{2}[0-9]{6}").first { $0.description.contains("is searched in every text") }
    #expect(
      repeated?.description.contains("one character class not repeated") == true, "\(String(describing: repeated))")
  }
}

extension CodebookLinterTests {
  /// QA review 14: "version: banana" passed lint; a version that is not MAJOR.MINOR.PATCH is a
  /// warning at the version's own line and column.
  @Test func aVersionThatIsNotSemanticIsAWarning() throws {
    let yaml =
      "id: b\nversion: banana\ntags:\n  - {code: d, label: D, description: x, rules: ['parcel'],\n"
      + "     examples: {match: ['parcel'], no_match: ['box']}}\n"
    let findings = CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "b.yaml"), tokenizer: try Tokenizer())
    #expect(
      findings.map(\.description) == [
        "b.yaml:2:10: warning: version \"banana\" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0): "
          + "`taxonomy diff` cannot tell whether a release raised it"
      ])
  }
}

extension CodebookLinterTests {
  /// QA review 14: an exclusion that no example exercises is untested (a warning at the exclusion),
  /// and an example written twice in a tag tests nothing more (a warning at the repeat).
  @Test func untestedExclusionsAndRepeatedExamplesAreWarnings() throws {
    let yaml = """
      id: b
      version: 1.0.0
      tags:
        - code: c
          label: C
          description: x
          rules: ['charlie']
          exclude: ['zulu']
          examples: {match: ['charlie', 'charlie'], no_match: ['delta']}
      """
    let findings = CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "b.yaml"), tokenizer: try Tokenizer())
    #expect(
      findings.map(\.description) == [
        "b.yaml:8:16: warning: exclusion of \"c\" matches none of the tag's examples (add a no_match example it excludes)",
        "b.yaml:9:35: warning: match example \"charlie\" of \"c\" is also at line 9, with the same metadata; "
          + "a repeated example tests nothing more",
      ])
    // With a no_match example the exclusion removes, it is tested.
    let tested = yaml.replacingOccurrences(of: "no_match: ['delta']", with: "no_match: ['charlie zulu']")
      .replacingOccurrences(of: "match: ['charlie', 'charlie']", with: "match: ['charlie']")
    #expect(CodebookLinter.lint(try Codebook.parse(yaml: tested, source: "b.yaml"), tokenizer: try Tokenizer()).isEmpty)
  }
}

extension CodebookLinterTests {
  /// QA review 19: the same text as a match and a no_match example was reported only as a
  /// no_match example its rule matches, not as the contradiction it is; with other metadata it is
  /// a test of a `meta.` condition and stays allowed.
  @Test func theSameExampleAsMatchAndNoMatchIsAnError() throws {
    let yaml = """
      id: b
      version: 1.0.0
      tags:
        - code: d
          label: D
          description: x
          rules: ['parcel']
          examples:
            match: ['the parcel', {text: 'late parcel', meta: {channel: web}}]
            no_match: ['the parcel', {text: 'late parcel', meta: {channel: phone}}]
      """
    let findings = CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "b.yaml"), tokenizer: try Tokenizer())
    let contradictions = findings.filter { $0.description.contains("is also its match example") }
    #expect(contradictions.count == 1, "\(findings)")
    #expect(contradictions.first?.description.contains("\"the parcel\"") == true)
  }
}
