import Taxonomy
import Testing
import Tokenization

/// Lint checks from QA review 41 (a taxonomy owner writing a hotel codebook): sibling tags with one
/// label, empty examples, and a nested tag whose explicit parent is another tag.
struct LintQA41Tests {
  private func findings(_ yaml: String) throws -> [String] {
    CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "h.yaml"), tokenizer: try Tokenizer()).map(\.description)
  }

  private let header = "id: h\nversion: 1.0.0\ntags:\n"

  private func tag(_ code: String, _ label: String, _ rule: String, extra: String = "") -> String {
    "  - {code: \(code), label: \(label), description: x, rules: ['\(rule)'], "
      + "examples: {match: ['\(rule)'], no_match: ['nothing here']}\(extra)}\n"
  }

  @Test func siblingsWithOneLabelAreAWarning() throws {
    let yaml = header + tag("wifi", "Wifi", "wifi") + tag("internet", "WiFi", "internet")
    #expect(
      try findings(yaml) == [
        "h.yaml:5:5: warning: tag \"internet\" has the label \"WiFi\" of its sibling \"wifi\" (line 4): coders and "
          + "reports cannot tell them apart"
      ])
    // The same label under different parents ("Other" under each topic) is common and allowed.
    let cousins =
      header + tag("room", "Room", "room") + tag("staff", "Staff", "staff")
      + tag("room.other", "Other", "bed") + tag("staff.other", "Other", "uniform")
    #expect(try findings(cousins).isEmpty)
  }

  @Test func anEmptyExampleIsReported() throws {
    let yaml =
      header + "  - {code: wifi, label: Wifi, description: x, rules: ['wifi'], "
      + "examples: {match: ['wifi', ''], no_match: ['view', ' ']}}\n"
    #expect(
      try findings(yaml) == [
        "h.yaml:4:91: error: match example of \"wifi\" is empty: no text gets a tag, so its test always fails",
        "h.yaml:4:115: warning: no_match example of \"wifi\" is empty: it tests nothing",
      ])
  }

  @Test func aNestedTagWithAnotherExplicitParentIsAWarning() throws {
    let yaml = """
      id: h
      version: 1.0.0
      tags:
        - code: staff
          label: Staff
          description: x
          rules: ['staff']
          examples: {match: ['staff'], no_match: ['nothing here']}
          children:
            - code: room.towels
              label: Towels
              description: x
              parent: room
              rules: ['towels']
              examples: {match: ['towels'], no_match: ['nothing here']}
        - {code: room, label: Room, description: x, rules: ['room'], examples: {match: ['room'], no_match: ['nothing here']}}
      """
    #expect(
      try findings(yaml) == [
        "h.yaml:10:9: warning: tag \"room.towels\" is nested under \"staff\" but names parent \"room\", which wins; "
          + "move it, or remove `parent:`"
      ])
  }
}
