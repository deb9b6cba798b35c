import Taxonomy
import Testing
import Tokenization

/// Review h43: `taxonomy lint` promised to check "rules against their examples", but a `match`
/// example its tag's rules miss was found by `taxonomy test` only; and the same keyword alone in
/// rules of two unrelated tags (`late` under billing and delivery) was found by neither.
@Suite struct LintExampleAndSharedTermTests {
  private func findings(_ yaml: String) throws -> [String] {
    CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "m.yaml"), tokenizer: try Tokenizer()).map(\.description)
  }

  private let header = "id: m\nversion: 1.0.0\ntags:\n"

  private func tag(_ code: String, _ rule: String, match: String, noMatch: String = "nothing here") -> String {
    "  - {code: \(code), label: \(code.uppercased()), description: x, rules: ['\(rule)'], "
      + "examples: {match: ['\(match)'], no_match: ['\(noMatch)']}}\n"
  }

  /// A `match` example the codebook does not tag is an error at the example, as a `no_match`
  /// example a rule matches is (exit 65), naming the tags it did get.
  @Test func aMatchExampleWithoutItsTagIsAnError() throws {
    let yaml =
      header + tag("delivery", "delivery OR parcel", match: "The delivery was fine.")
      + "  - {code: speed, label: Speed, description: x, rules: ['late OR delayed'], "
      + "examples: {match: ['The parcel was late.', 'The courier never turned up.'], no_match: ['on time']}}\n"
    #expect(
      try findings(yaml) == [
        "m.yaml:5:120: error: match example \"The courier never turned up.\" of \"speed\" is not tagged \"speed\" "
          + "(no tags), so its test fails; widen a rule or change the example (`verbatim tag --explain` shows what "
          + "matched)"
      ])
    // An example another tag gets names it; an example tagged through a descendant (the roll-up
    // `taxonomy test` applies) passes.
    let other =
      header + tag("delivery", "delivery", match: "The delivery was fine.")
      + tag("speed", "late", match: "The delivery")
    #expect(try findings(other).contains { $0.contains("is not tagged \"speed\" (tags: delivery)") })
    let rollUp =
      header + tag("delivery", "parcel", match: "It was late.") + tag("delivery.speed", "late", match: "late")
    #expect(try findings(rollUp).allSatisfy { !$0.contains("error") })
  }

  /// A term that alone makes rules of two unrelated tags hold is a warning at the later one,
  /// naming the earlier one's file:line:column; a term a parent and its child share, and a term
  /// that needs context (AND, NEAR), are not.
  @Test func aTermThatAloneGivesTwoUnrelatedTagsIsAWarning() throws {
    let yaml =
      header + tag("delivery", "late OR delayed", match: "It was late.")
      + tag("billing", "bill OR charge* OR late", match: "My bill.")
    #expect(
      try findings(yaml) == [
        "m.yaml:5:81: warning: \"late\" alone makes rules of both \"billing\" (here) and \"delivery\" "
          + "(m.yaml:4:64) hold, so every text with it gets both tags; keep it in one of them, or give one rule the "
          + "context it needs (AND, NEAR/n, NOT)"
      ])
    // Inside SENTENCE(… NOT …) the term still decides alone.
    let negated =
      header + tag("delivery", "SENTENCE(late NOT fee)", match: "It was late.")
      + tag("billing", "\"late fee\" OR late", match: "A late fee.")
    #expect(try findings(negated).filter { $0.contains("alone makes") }.count == 1)
    let family =
      header + tag("delivery", "late OR parcel", match: "The parcel.")
      + tag("delivery.speed", "late OR delayed", match: "It was delayed.")
    #expect(try findings(family).allSatisfy { !$0.contains("alone makes") })
    let context =
      header + tag("delivery", "late OR delayed", match: "It was late.")
      + tag("billing", "bill OR (late AND fee) OR (late NEAR/2 payment)", match: "A late fee.")
    #expect(try findings(context).allSatisfy { !$0.contains("alone makes") })
  }
}
