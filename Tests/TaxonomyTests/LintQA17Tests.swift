import Taxonomy
import Testing
import Tokenization

/// QA review 17: lint findings a codebook owner met while writing a codebook of their own.
@Suite struct LintQA17Tests {
  private func lint(_ yaml: String) throws -> [String] {
    CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "q.yaml"), tokenizer: try Tokenizer()).map(\.description)
  }

  /// The same text as a match example with one channel and a no_match example with another tests a
  /// `meta.` condition: no "repeated example" warning. The same text, role and metadata twice is one.
  @Test func aMetaTestIsNoRepeatedExample() throws {
    let yaml = """
      id: q
      version: 1.0.0
      tags:
        - code: reception
          label: Reception
          description: x
          rules: ['queue AND meta.channel = desk']
          examples:
            match:
              - {text: 'We had to queue for ages', meta: {channel: desk}}
            no_match:
              - {text: 'We had to queue for ages', meta: {channel: web}}
      """
    #expect(try lint(yaml).isEmpty)
    let twice = yaml.replacingOccurrences(
      of: "        - {text: 'We had to queue for ages', meta: {channel: web}}",
      with: "        - {text: 'We had to queue for ages', meta: {channel: web}}\n"
        + "        - {text: 'We had to queue for ages', meta: {channel: web}}")
    #expect(try lint(twice).contains { $0.contains("repeated example") })
  }

  /// A parent cycle is one error; the roll-up check, which walks parents, adds no second one.
  @Test func aCycleIsReportedOnce() throws {
    let yaml = """
      id: q
      version: 1.0.0
      tags:
        - {code: a, label: A, description: x, parent: b, rules: ['alpha'], examples: {match: [alpha], no_match: [beta]}}
        - {code: b, label: B, description: x, parent: a, rules: ['beta'], examples: {match: [beta], no_match: [gamma]}}
      """
    let findings = try lint(yaml)
    #expect(findings.filter { $0.contains("error") }.count == 1, "\(findings)")
    #expect(findings.contains { $0.contains("parent cycle") })
  }

  /// A tag without `label` gets a warning (its code was shown to coders); with one, none.
  @Test func aMissingLabelIsAWarning() throws {
    let yaml = """
      id: q
      version: 1.0.0
      tags:
        - {code: pool, description: x, rules: ['pool'], examples: {match: [pool], no_match: [gym]}}
      """
    #expect(try lint(yaml).contains { $0.contains("tag \"pool\" has no label") })
    #expect(try lint(yaml.replacingOccurrences(of: "{code: pool,", with: "{code: pool, label: Pool,")).isEmpty)
  }

  /// A phrase written with a hyphen matches the word joined by a hyphen or a space, not a spaced
  /// dash, which breaks a phrase (the rule language's documented behaviour).
  @Test func aHyphenatedPhraseDoesNotCrossADash() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("fu", ["\"follow-up\""])])
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer))
    for (text, tagged) in [
      ("need a follow-up", true), ("need a follow up", true), ("need a follow\u{2010}up", true),
      ("need a follow - up", false), ("need a follow -- up", false),
    ] {
      #expect((try tagger.tag(try tokenizer.tokenize(text))).isEmpty == !tagged, "\(text)")
    }
    // A dash written with spaces in the rule matches the same dash in a text (review of this
    // session's diff: it matched nothing).
    let dashed = try Tagger(
      try CompiledCodebook(try Fixtures.codebook([("r", ["\"10 - 15 minutes\""])]), tokenizer: tokenizer))
    #expect(!(try dashed.tag(try tokenizer.tokenize("waited 10 - 15 minutes"))).isEmpty)
  }
}
