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
}
