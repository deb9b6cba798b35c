import Foundation
import Taxonomy
import Testing
import Tokenization

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct CodebookTesterTests {
  let yaml = """
    id: t
    version: 1.0.0
    tags:
      - code: delivery
        label: Delivery
        rules: ['parcel']
        examples: {match: ['late parcel'], no_match: ['refund']}
      - code: delivery.speed
        label: Speed
        rules: ['late']
        examples: {match: ['late', 'slow & <late>'], no_match: ['on time', 'not late']}
    """

  @Test func everyExampleIsATestAndFailuresShowEvidence() throws {
    let tokenizer = try Tokenizer()
    let compiled = try CompiledCodebook(try Codebook.parse(yaml: yaml, source: "t.yaml"), tokenizer: tokenizer)
    let results = try CodebookTester.run(compiled, tokenizer: tokenizer)
    #expect(results.count == 6)
    #expect(
      results.map(\.name) == [
        "delivery match 1", "delivery no_match 1", "delivery.speed match 1", "delivery.speed match 2",
        "delivery.speed no_match 1", "delivery.speed no_match 2",
      ])
    #expect(results.filter { !$0.passed }.map(\.name) == ["delivery.speed no_match 2"])
    let failure = try #require(results.last)
    #expect(
      failure.failureMessage
        == "\"not late\" was tagged delivery.speed; evidence: \"late\" [4, 8) by rule delivery.speed#1")
    #expect(failure.example.location.line == 11)
  }

  @Test func junitReportIsWellFormedXMLWithCounts() throws {
    let tokenizer = try Tokenizer()
    let book = try Codebook.parse(yaml: yaml, source: "t.yaml")
    let results = try CodebookTester.run(try CompiledCodebook(book, tokenizer: tokenizer), tokenizer: tokenizer)
    let xml = CodebookTester.junitXML(results, codebook: book)
    let document = try XMLDocument(xmlString: xml)
    let suite = try #require(try document.nodes(forXPath: "//testsuite").first as? XMLElement)
    #expect(suite.attribute(forName: "tests")?.stringValue == "6")
    #expect(suite.attribute(forName: "failures")?.stringValue == "1")
    #expect(try document.nodes(forXPath: "//testcase").count == 6)
    let failure = try #require(try document.nodes(forXPath: "//testcase/failure").first as? XMLElement)
    #expect(failure.attribute(forName: "message")?.stringValue?.hasPrefix("\"not late\" was tagged") == true)
    // QA review 41: with the file's digest, the suite names the codebook file and its SHA-256.
    let named = try XMLDocument(
      xmlString: CodebookTester.junitXML(
        results, codebook: book, path: "t.yaml", sha256: String(repeating: "a", count: 64)))
    let properties = try named.nodes(forXPath: "//testsuite/properties/property").compactMap { $0 as? XMLElement }
    #expect(
      properties.map { [$0.attribute(forName: "name")?.stringValue, $0.attribute(forName: "value")?.stringValue] } == [
        ["codebook", "t.yaml"], ["sha256", String(repeating: "a", count: 64)],
      ])
    #expect(try named.nodes(forXPath: "//testcase").count == 6)
  }
}
