import Foundation
import Taxonomy
import Testing
import Tokenization

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

  /// A codebook of `count` tags, each the parent of the next (`c1` top-level, `c<count>` deepest).
  static func chain(_ count: Int) -> String {
    var yaml = "id: h\nversion: '1'\ntags:\n"
    for index in 1...count {
      yaml +=
        "  - {code: c\(index), label: L\(index), \(index > 1 ? "parent: c\(index - 1), " : "")rules: [w\(index)]}\n"
    }
    return yaml
  }

  /// Review h59c: the parent-cycle check walked every tag's whole chain with a linear search at each
  /// step, cubic in the depth: a codebook of 4,000 tags in one parent chain took 47 s to load (`tag
  /// --taxonomy`, `taxonomy lint`), 50,000 about a day. Each chain is now walked once, and a
  /// hierarchy deeper than 100 levels is refused at the first tag past it.
  @Test func aDeepParentChainIsRefusedQuickly() throws {
    let tokenizer = try Tokenizer()
    let hundred = try Codebook.parse(yaml: Self.chain(100), source: "chain.yaml")
    #expect(TagHierarchy(hundred).maximumLevel == 100)
    _ = try CompiledCodebook(hundred, tokenizer: tokenizer)
    let start = Date()
    let deep = try Codebook.parse(yaml: Self.chain(20_000), source: "chain.yaml")
    do {
      _ = try CompiledCodebook(deep, tokenizer: tokenizer)
      Issue.record("a hierarchy of 20,000 levels was accepted")
    } catch {
      guard case .invalidRules(let problems) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(problems.count == 1, "\(problems)")
      #expect(
        "\(problems[0])".contains(
          "chain.yaml:104:5: tag \"c101\" is at level 101 of the hierarchy (its parent links run 100 levels up); "
            + "a codebook nests at most 100 levels"),
        "\(problems[0])")
    }
    let findings = CodebookLinter.lint(deep, tokenizer: tokenizer)
    #expect(findings.contains { $0.severity == .error && $0.message.contains("at level 101") })
    #expect(Date().timeIntervalSince(start) < 60, "\(Date().timeIntervalSince(start)) s")
    // A cycle is reported as one, not as a depth.
    let cyclic = Self.chain(300).replacingOccurrences(
      of: "{code: c1, label: L1, ", with: "{code: c1, label: L1, parent: c300, ")
    let cycleFindings = CodebookLinter.lint(
      try Codebook.parse(yaml: cyclic, source: "cycle.yaml"), tokenizer: tokenizer)
    #expect(cycleFindings.filter { $0.message.contains("parent cycle: c1 → c300 → c299") }.count == 1)
    #expect(!cycleFindings.contains { $0.message.contains("at level") })
  }

  /// Review h59c: `agree --code-level` without `--taxonomy` rolls any label up by its dots, and
  /// `path(to:)` made a string of every prefix: a label of 100,000 dotted parts took 60 s and
  /// gigabytes of memory. The ancestor is now found in one pass, as the path gives it.
  @Test func dottedCodesRollUpInOnePass() throws {
    let dotted = TagHierarchy(Codebook(id: "dotted-codes", version: "0", tags: []))
    for code in ["a.b.c", "a..b", ".a", "a.", "x", "", "é.ü.ß", "a.\u{301}b.c"] {
      let path = dotted.path(to: code)
      #expect(dotted.level(of: code) == path.count, "\(code)")
      for level in -1...5 {
        #expect(
          dotted.ancestor(of: code, atLevel: level) == path[min(max(level, 1), path.count) - 1], "\(code) \(level)")
      }
    }
    let long = Array(repeating: "a", count: 100_000).joined(separator: ".")
    let start = Date()
    #expect(dotted.ancestor(of: long, atLevel: 2) == "a.a")
    #expect(dotted.ancestor(of: long, atLevel: 32).count == 63)
    #expect(dotted.level(of: long) == 100_000)
    #expect(dotted.rollUp([long, "b.c"], toLevel: 1) == ["a", "b"])
    #expect(Date().timeIntervalSince(start) < 5, "\(Date().timeIntervalSince(start)) s")
  }
}
