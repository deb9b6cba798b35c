import Taxonomy
import Testing

@Suite struct TagHierarchyTests {
  let hierarchy: TagHierarchy

  init() throws {
    let yaml = """
      id: h
      version: '1'
      tags:
        - {code: service, label: S}
        - {code: service.wait_time, label: W}
        - {code: service.wait_time.phone, label: P}
        - {code: odd, label: O, parent: service}
      """
    hierarchy = TagHierarchy(try Codebook.parse(yaml: yaml, source: "h.yaml"))
  }

  @Test func levelsAndAncestors() {
    #expect(
      hierarchy.path(to: "service.wait_time.phone") == ["service", "service.wait_time", "service.wait_time.phone"])
    #expect(hierarchy.level(of: "service") == 1 && hierarchy.level(of: "service.wait_time.phone") == 3)
    #expect(hierarchy.ancestor(of: "service.wait_time.phone", atLevel: 1) == "service")
    #expect(hierarchy.ancestor(of: "service.wait_time.phone", atLevel: 2) == "service.wait_time")
    #expect(hierarchy.ancestor(of: "service", atLevel: 2) == "service", "a top-level code stays itself")
    // An explicit parent wins over the dotted code.
    #expect(hierarchy.ancestor(of: "odd", atLevel: 1) == "service")
    // Codes the codebook does not know roll up by their dotted prefixes.
    #expect(hierarchy.path(to: "billing.refund") == ["billing", "billing.refund"])
  }

  @Test func codesPerLevel() {
    #expect(hierarchy.maximumLevel == 3)
    #expect(hierarchy.codes(atLevel: 1) == ["service"])
    #expect(hierarchy.codes(atLevel: 2) == ["service.wait_time", "odd"])
    #expect(hierarchy.codes(atLevel: 3) == ["service.wait_time.phone"])
  }

  @Test func rollUpMergesCodesPerLevel() {
    let coder = ["service.wait_time", "service.wait_time.phone", "odd", "billing.refund"]
    #expect(hierarchy.rollUp(coder, toLevel: 1) == ["billing", "service"])
    #expect(hierarchy.rollUp(coder, toLevel: 2) == ["billing.refund", "odd", "service.wait_time"])
  }
}
