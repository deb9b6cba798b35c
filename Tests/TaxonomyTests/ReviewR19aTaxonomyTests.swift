import Foundation
import Taxonomy
import Testing
import Tokenization

/// Review r19a: structural errors, roll-up contradictions, byte positions, nesting, hyphens.
@Suite struct ReviewR19aTaxonomyTests {
  func problems(_ yaml: String) -> [String] {
    do {
      _ = try Codebook.parse(yaml: yaml, source: "two.yaml")
      return []
    } catch {
      return CodebookLinter.findings(loading: error).map(\.description)
    }
  }

  @Test func everyStructuralProblemIsReportedInFileOrder() {
    let yaml = """
      id: c
      version: 1
      description: d
      tags:
        - code: a
          lable: A
          rules: [foo]
        - code: b
          descr: A
          label: [x]
          rules: [foo]
      """
    let found = problems(yaml)
    #expect(found.count == 3)
    #expect(found.first?.hasPrefix("two.yaml:6:5: error: unknown key \"lable\"") == true)
    #expect(found.dropFirst().first?.hasPrefix("two.yaml:9:5: error: unknown key \"descr\"") == true)
    #expect(found.last?.hasPrefix("two.yaml:10:12: error: label must be a string") == true)
  }

  /// QA review 14: a bad code no longer hides the other errors of its tag.
  @Test func aBadCodeDoesNotHideTheTagsOtherErrors() {
    let yaml = """
      id: c
      version: 1.0.0
      tags:
        - code: Bad Code
          label: ~
          rules: [~]
      """
    let found = problems(yaml)
    #expect(found.count == 3, "\(found)")
    #expect(found.first?.hasPrefix("two.yaml:4:11: error: code \"Bad Code\" must be dotted segments") == true)
    #expect(found.dropFirst().first?.hasPrefix("two.yaml:5:12: error: label is null") == true)
    #expect(found.last?.hasPrefix("two.yaml:6:13: error: a rule in rules is null") == true)
  }

  @Test func noMatchExampleTaggedThroughADescendantIsAnError() throws {
    let yaml = """
      id: lt
      version: 1
      description: d
      tags:
        - code: delivery
          label: D
          description: d
          rules: ['parcel']
          examples:
            match: [The parcel was fine.]
            no_match: [The courier was late.]
        - code: delivery.late
          label: L
          description: d
          rules: ['late']
          examples:
            match: [The courier was late.]
            no_match: [The parcel was fine.]
      """
    let findings = CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "lt.yaml"), tokenizer: try Tokenizer())
    let errors = findings.filter { $0.severity == .error }.map(\.description)
    #expect(errors.count == 1)
    #expect(
      errors.first?.hasPrefix(
        "lt.yaml:11:18: error: no_match example of \"delivery\" is matched by the rules of its descendant "
          + "\"delivery.late\"") == true)
  }

  @Test func controlCharactersAndInvalidBytesPointAtTheirLineAndColumn() throws {
    let header = "id: c\nversion: 1\ndescription: d\ntags:\n  - code: a\n"
    #expect(
      problems(header + "    label: \"A\u{01}\"\n    rules: [foo]\n").first?.hasPrefix(
        "two.yaml:6:14: error: YAML syntax error: control character U+0001 is not allowed") == true)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("r19a-inv-\(getpid()).yaml")
    defer { try? FileManager.default.removeItem(at: url) }
    var bytes = Data((header + "    label: A\n    description: d\n    rules: [foo, \"x ").utf8)
    bytes.append(0xFF)
    bytes.append(contentsOf: Data(" y\"]\n".utf8))
    try bytes.write(to: url)
    #expect(throws: TaxonomyError.self) { try Codebook.load(path: url.path) }
    do {
      _ = try Codebook.load(path: url.path)
    } catch {
      #expect(error.description.hasPrefix("\(url.path):8:21: YAML syntax error: byte 0xFF is not valid UTF-8"))
    }
  }

  @Test func nestingThatContradictsTheDottedCodeIsAWarning() throws {
    let yaml = """
      id: n
      version: 1
      tags:
        - code: a
          rules: [aaa]
          children:
            - code: a.x
              rules: [xxx]
            - code: b.y
              rules: [yyy]
        - code: b
          rules: [bbb]
      """
    let findings = CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "nest.yaml"), tokenizer: try Tokenizer())
    let nesting = findings.filter { $0.message.contains("nested under") }
    #expect(nesting.count == 1)
    #expect(
      nesting.first?.description.hasPrefix(
        "nest.yaml:9:9: warning: tag \"b.y\" is nested under \"a\" (its parent), but its dotted code names parent \"b\""
      )
        == true)
  }

  @Test func hyphensMatchNonBreakingAndUnicodeHyphens() throws {
    for text in ["no follow-up", "no follow\u{2011}up", "no follow\u{2010}up", "no FOLLOW-UP"] {
      #expect(try Fixtures.spans("\"follow-up\"", text) == [[3, 12]], "\(text)")
      #expect(try Fixtures.spans("\"follow\u{2011}up\"", text) == [[3, 12]], "\(text)")
    }
    // Review r21c: a hyphen that joins words also matches a space ("follow up").
    #expect(try Fixtures.spans("\"follow-up\"", "no follow up") == [[3, 12]])
    #expect(try Fixtures.spans("wi-fi AND \"didn't work\"", "Wi\u{2011}Fi didn\u{2019}t work") != nil)
  }
}
