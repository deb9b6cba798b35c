import Taxonomy
import Testing
import Tokenization

/// `fallback: true` (codebook 1.24.0): a tag for what no topic covers is assigned only when no tag
/// that is not a fallback is. Five blind reviews (h59b, h60b, h60e, h62d, h63d) code general praise
/// and general complaint so: "Very satisfied. Naomi explained my options. Thank you." is about the
/// call, not praise in general. Every sentence is written for this test.
@Suite struct FallbackTagTests {
  let yaml = """
    id: fallback-test
    version: 1.0.0
    tags:
      - {code: delivery, label: Delivery, rules: ['parcel']}
      - {code: delivery.speed, label: Speed, rules: ['late']}
      - {code: staff, label: Staff, rules: ['naomi']}
      - {code: general, label: General, rules: ['overall']}
      - {code: general.praise, label: Praise, fallback: true, rules: ['"thank you" OR brilliant']}
      - {code: general.complaint, label: Complaint, fallback: true, rules: ['terrible']}
    """

  private func explain(_ text: String, options: TaggingOptions = TaggingOptions()) throws -> (
    tags: [String], withheld: [WithheldTag]
  ) {
    let tokenizer = try Tokenizer()
    let compiled = try CompiledCodebook(try Codebook.parse(yaml: yaml, source: "fallback.yaml"), tokenizer: tokenizer)
    let result = try Tagger(compiled, options: options).explain(try tokenizer.tokenize(text))
    return (result.tags.map(\.code), result.withheld)
  }

  @Test func aFallbackAloneIsAssigned() throws {
    #expect(try explain("Brilliant, thank you!").tags == ["general.praise"])
    // Two fallbacks together are both assigned: neither is a topic.
    #expect(try explain("Terrible at first, brilliant in the end.").tags == ["general.praise", "general.complaint"])
  }

  @Test func aFallbackBesideATopicIsWithheldNamingTheTopic() throws {
    let result = try explain("Naomi sorted it all out. Thank you.")
    #expect(result.tags == ["staff"])
    #expect(result.withheld.map(\.code) == ["general.praise"])
    #expect(result.withheld.map(\.reason) == [.fallback(by: ["staff"])])
    #expect(result.withheld.first?.reason.name == "more-specific")
    // The praise's own evidence is kept for the explanation ("Thank you", code points 25..<34).
    #expect(result.withheld.first?.evidence.map { [$0.start, $0.end] } == [[25, 34]])
  }

  @Test func aParentIsLeftOutForItsFallbackChildNotTheOtherWayRound() throws {
    // `general` is no fallback, but it is the praise's parent: left out as less specific.
    #expect(try explain("Overall brilliant.").tags == ["general.praise"])
    // With implied parents (no parent left out), the parent still does not rule the praise out.
    #expect(
      try explain("Overall brilliant.", options: TaggingOptions(impliedParents: true)).tags == [
        "general", "general.praise",
      ])
    // A topic does; the parent stays, as its own rule held.
    let withTopic = try explain("Overall brilliant, Naomi.", options: TaggingOptions(impliedParents: true))
    #expect(withTopic.tags == ["staff", "general"])
  }

  @Test func aTopicLeftOutForItsChildStillRulesOutTheFallback() throws {
    // delivery is left out for delivery.speed; the praise is left out for delivery.speed.
    let result = try explain("The parcel was late. Thank you anyway.")
    #expect(result.tags == ["delivery.speed"])
    #expect(Set(result.withheld.map(\.code)) == ["delivery", "general.praise"])
  }

  @Test func keepParentsKeepsTheFallbackAndImpliedParentsDoNotBringItBack() throws {
    let kept = try explain("Naomi sorted it all out. Thank you.", options: TaggingOptions(mostSpecific: false))
    #expect(kept.tags == ["staff", "general.praise"] && kept.withheld.isEmpty)
    // With implied parents, the fallback left out implies no `general`.
    let implied = try explain("Naomi sorted it all out. Thank you.", options: TaggingOptions(impliedParents: true))
    #expect(implied.tags == ["staff"])
  }

  @Test func fallbackMustBeAnUnquotedBoolean() throws {
    for value in ["\"true\"", "yes", "1"] {
      let text = "id: x\nversion: 1.0.0\ntags:\n  - {code: a, label: A, fallback: \(value), rules: ['a']}\n"
      #expect(throws: TaxonomyError.self, "\(value)") { try Codebook.parse(yaml: text, source: "x.yaml") }
    }
    let off = try Codebook.parse(
      yaml: "id: x\nversion: 1.0.0\ntags:\n  - {code: a, label: A, fallback: false, rules: ['a']}\n", source: "x.yaml")
    #expect(off.tags.first?.fallback == false)
  }

  @Test func diffListsAFallbackChangeWithTheRules() throws {
    let before = try Codebook.parse(yaml: yaml, source: "v1.yaml")
    let after = try Codebook.parse(
      yaml: yaml.replacingOccurrences(of: "Complaint, fallback: true,", with: "Complaint,")
        .replacingOccurrences(of: "version: 1.0.0", with: "version: 1.1.0"),
      source: "v2.yaml")
    let diff = CodebookDiff(old: before, new: after, tokenizer: try Tokenizer())
    #expect(
      diff.rulesChanged == [
        CodebookDiff.RuleChange(code: "general.complaint", added: ["fallback: false"], removed: ["fallback: true"])
      ])
  }

  /// `taxonomy lint` and `taxonomy test` tag an example as the whole run does: a fallback's match
  /// example beside a topic fails (lint evaluates only an example's own subtree when it can; a
  /// fallback depends on the tags outside it).
  @Test func aFallbacksExampleBesideATopicFailsItsTest() throws {
    let text = yaml.replacingOccurrences(
      of: "fallback: true, rules: ['\"thank you\" OR brilliant']}",
      with: "fallback: true, rules: ['\"thank you\" OR brilliant'], examples: {match: ['Brilliant, the parcel came.']}}"
    )
    let book = try Codebook.parse(yaml: text, source: "fallback.yaml")
    #expect(book.tags.first { $0.code == "general.praise" }?.matchExamples.count == 1)
    let tokenizer = try Tokenizer()
    let findings = CodebookLinter.lint(book, tokenizer: tokenizer).map(\.description)
    #expect(findings.contains { $0.contains("\"Brilliant, the parcel came.\" of \"general.praise\" is not tagged") })
    let results = try CodebookTester.run(try CompiledCodebook(book, tokenizer: tokenizer), tokenizer: tokenizer)
    #expect(results.filter { !$0.passed }.count == 1)
  }

  /// The shipped codebook marks general praise and general complaint as fallbacks.
  @Test func shippedGeneralVerdictsAreFallbacks() throws {
    let shipped = try ShippedTagging()
    let tag = { (text: String) in try shipped.tagger.tag(try shipped.tokenizer.tokenize(text)).map(\.code) }
    #expect(try tag("Excellent, thank you so much.") == ["general.praise"])
    #expect(try !tag("Excellent, the refund came the next day. Thank you so much.").contains("general.praise"))
    #expect(try tag("Absolutely terrible.") == ["general.complaint"])
    #expect(try !tag("Absolutely terrible, the engineer never turned up.").contains("general.complaint"))
  }
}
