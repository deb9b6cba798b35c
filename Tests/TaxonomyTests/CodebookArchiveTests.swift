import Foundation
import Testing
import Tokenization

@testable import CodebookArchive
@testable import Taxonomy

/// The shipped codebook compiled from the archive the build embeds (EmbedCodebook plugin) against
/// the codebook read from its YAML: the same codebook, written positions, parsed rules and tables.
@Suite struct CodebookArchiveTests {
  /// taxonomies/ of this checkout (the tests run from the package, whose layout is fixed).
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("taxonomies")

  @Test func everyCodebookOfTheFolderIsEmbeddedAsItIs() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    #expect(!names.isEmpty)
    #expect(EmbeddedData.files.map(\.name) == names)
    for (name, contents) in EmbeddedData.files {
      let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
      #expect(Array(contents.utf8) == Array(bytes), "\(name)")
      #expect(!bytes.contains(0x0D), "\(name) has a carriage return: save it with Unix line ends")
    }
  }

  @Test func embeddedArchiveGivesTheCodebookOfTheYAML() throws {
    let tokenizer = try Tokenizer()
    let fromYAML = try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer)
    let fromArchive = try ShippedCodebook.compiled(tokenizer: tokenizer)
    Self.expectSame(fromArchive, fromYAML)
    #expect(fromArchive.codebook.regexesKnownValid)
    // Read from the archive, not the YAML: a stale archive (other source bytes) is refused.
    let text = EmbeddedCodebookArchive.text
    let archive = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    let source = try #require(Codebook.shippedBytes())
    #expect(try CompiledCodebook(archive: archive, source: source, tokenizer: tokenizer) != nil)
    var other = Array(source)
    other[other.count / 2] ^= 1
    let stale = try other.withUnsafeBufferPointer { other throws -> CompiledCodebook? in
      try CompiledCodebook(archive: archive, source: other, tokenizer: tokenizer)
    }
    #expect(stale == nil)
    // A truncated archive is refused, not read short.
    let cut = UnsafeBufferPointer(rebasing: archive[..<(archive.count - 3)])
    #expect(try CompiledCodebook(archive: cut, source: source, tokenizer: tokenizer) == nil)
  }

  @Test func archiveRoundTripsACodebookWithEveryKindOfRule() throws {
    let yaml = """
      id: archive-test
      version: 1.2.3
      languages: [en, fr]
      description: "Every kind: \\"quoted\\", 'single', tabs\\tand é"
      tags:
        - code: billing
          label: Billing
          description: |
            Line one
            line two
          severity: high
          route: finance
          rules:
            - refund* NEAR/3 "credit card"
            - '"don''t" ONEAR/2 bill OR /[A-Z]{2}[0-9]{6}/c'
            - SENTENCE(invoice AND NOT "follow-up") AND meta.channel IN ("chat", "email")
            - ANSWER(bill OR very OR "too high") AND "too high"
            - "over\\u00e9charged"
          exclude:
            - meta.channel != phone
          examples:
            match:
              - text: I want a refund on my credit card
                meta: {channel: chat, region: north}
            no_match: ["Fine."]
          children:
            - code: billing.late
              label: Late
              parent: billing
              fallback: true
              rules: [late AND bill]
      """
    let codebook = try Codebook.parse(yaml: yaml, source: "archive-test.yaml")
    #expect(codebook.tags.map(\.fallback) == [false, true])
    let tokenizer = try Tokenizer()
    let bytes = Array(yaml.utf8)
    let archive = try bytes.withUnsafeBufferPointer { source in
      try CompiledCodebook.archive(of: codebook, source: source, tokenizer: tokenizer)
    }
    #expect(String(validating: archive, as: UTF8.self) != nil)
    let read = try archive.withUnsafeBufferPointer { archive in
      try bytes.withUnsafeBufferPointer { source in
        try CompiledCodebook(archive: archive, source: source, tokenizer: tokenizer)
      }
    }
    let fromArchive = try #require(read)
    Self.expectSame(fromArchive, try CompiledCodebook(codebook, tokenizer: tokenizer))
  }

  static func expectSame(_ left: CompiledCodebook, _ right: CompiledCodebook) {
    #expect(left.codebook == right.codebook)
    for (leftTag, rightTag) in zip(left.codebook.tags, right.codebook.tags) {
      for (leftRule, rightRule) in zip(leftTag.rules + leftTag.exclude, rightTag.rules + rightTag.exclude) {
        #expect(leftRule.positions == rightRule.positions, "\(leftRule.text)")
      }
    }
    #expect(left.rules.map { $0.map(\.expression) } == right.rules.map { $0.map(\.expression) })
    #expect(left.excludes.map { $0.map(\.expression) } == right.excludes.map { $0.map(\.expression) })
    #expect(left.phraseCount == right.phraseCount)
    #expect(left.matcher.phraseWords == right.matcher.phraseWords)
    #expect(left.flatRuleNames == right.flatRuleNames)
    #expect(left.ruleRoots == right.ruleRoots && left.excludeRoots == right.excludeRoots)
    #expect(left.phraseTriggerStarts == right.phraseTriggerStarts && left.phraseTriggers == right.phraseTriggers)
    #expect(left.phraseUserStarts == right.phraseUserStarts && left.phraseUsers == right.phraseUsers)
    #expect(left.children == right.children && left.regexTriggers == right.regexTriggers)
    #expect(left.regexes.map(\.pattern) == right.regexes.map(\.pattern))
    #expect(left.nodes.count == right.nodes.count)
    for (leftNode, rightNode) in zip(left.nodes, right.nodes) {
      #expect(
        (leftNode.kind, leftNode.first, leftNode.second, leftNode.distance)
          == (rightNode.kind, rightNode.first, rightNode.second, rightNode.distance))
    }
  }
}
