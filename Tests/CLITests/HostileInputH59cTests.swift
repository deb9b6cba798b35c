import Foundation
import TestSupport
import Testing

/// Review h59c (the CLI on odd and hostile input): each case crashed or broke a promise before.
@Suite struct HostileInputH59cTests {
  /// A user's codebook with one rule of 30,000 `w0 AND w1 AND …` crashed `taxonomy lint` and `tag
  /// --taxonomy` with signal 11 (a stack overflow compiling the rule: a chain of ANDs escaped the
  /// rule parser's nesting limit). Loaders must report `file:line:column: what is wrong` (exit 65).
  @Test func aRuleOfThirtyThousandAndsIsAnErrorNotACrash() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codebook = folder.appendingPathComponent("chain.yaml")
    let rule = (0..<30_000).map { "w\($0)" }.joined(separator: " AND ")
    try """
    id: x
    version: 1.0.0
    tags:
      - code: a
        label: A
        description: d
        rules: ['\(rule)']
        examples: {match: ['w0'], no_match: ['b']}
    """.write(to: codebook, atomically: true, encoding: .utf8)
    let lint = try TestSupport.runVerbatim(["taxonomy", "lint", codebook.path])
    #expect(lint.status == 65, "\(lint.status): \(lint.stderrText.prefix(300))")
    let findings = lint.stdoutText + lint.stderrText
    #expect(findings.contains("chain.yaml:7:"), "\(findings.prefix(300))")
    #expect(findings.contains("more than 1000 AND, NOT, NEAR/n and ONEAR/n operators"))
    let tag = try TestSupport.runVerbatim(["tag", "--taxonomy", codebook.path], input: Data("w0\n".utf8))
    #expect(tag.status == 65, "\(tag.status): \(tag.stderrText.prefix(300))")
    #expect(tag.stderrText.contains("chain.yaml:7:"), "\(tag.stderrText.prefix(300))")
  }

  /// `sample` refuses two records with one id, since coders' codes are joined back by id; but `agree`
  /// and `gate` read a number id by its value (1, 1.0 and 1e0 are the item 1), and `sample` compared
  /// ids as written, so {"id": 1} and {"id": 1.0} were sampled as two records whose codes then
  /// collided in `agree` ("coder rated item 1 again").
  @Test func sampleRefusesIdsThatAgreeReadsAsOne() throws {
    for second in ["1.0", "1e0", "\"1\""] {
      let input = Data("{\"id\":1,\"text\":\"a\"}\n{\"id\":\(second),\"text\":\"b\"}\n".utf8)
      let result = try TestSupport.runVerbatim(["sample", "--input", "-", "--size", "1", "--seed", "1"], input: input)
      #expect(result.status == 65, "\(second): \(result.status) \(result.stderrText)")
      #expect(
        result.stderrText.contains("standard input:2: id \(second == "\"1\"" ? "1" : second) is also the id of line 1"),
        "\(result.stderrText)")
    }
    // Ids that differ stay two records: 1.5 is no integer, and 10 is not 1.
    let distinct = Data("{\"id\":1,\"text\":\"a\"}\n{\"id\":1.5,\"text\":\"b\"}\n{\"id\":10,\"text\":\"c\"}\n".utf8)
    let result = try TestSupport.runVerbatim(["sample", "--input", "-", "--size", "3", "--seed", "1"], input: distinct)
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(result.stdout).count == 3)
  }

  /// A shard of `agree --partial` is checked before it is merged (review r21b: counts no shard could
  /// hold); a negative count or sum, and a "ratings_per_item" that is no number of ratings, were
  /// still merged without a word: a coincidence count of −1 gave a Krippendorff's alpha of −1.05,
  /// "ratings_per_item": 0 an interval floor of −1.76 for Fleiss' kappa. Both are refused, exit 65.
  @Test func negativeShardSumsAreRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = folder.appendingPathComponent("s.csv")
    try "item,coder,label\n1,a,1\n1,b,2\n2,a,2\n2,b,2\n3,a,3\n3,b,1\n".write(
      to: csv, atomically: true, encoding: .utf8)
    let json = folder.appendingPathComponent("s.json").path
    let partial = try TestSupport.runVerbatim(["agree", "--ratings", csv.path, "--partial", "-o", json])
    #expect(partial.status == 0, "\(partial.stderrText)")
    let text = try String(contentsOfFile: json, encoding: .utf8)
    #expect(try TestSupport.runVerbatim(["agree", "--merge", json]).status == 0)
    let cases = [
      ("\"coincidence\":[0.0,", "\"coincidence\":[-1.0,", "\"coincidence\" must hold numbers of at least 0"),
      ("\"ratings_per_item\":2.0,", "\"ratings_per_item\":0,", "\"ratings_per_item\" must be null or a whole number"),
      (
        "\"ratings_per_item\":2.0,", "\"ratings_per_item\":\"2\",",
        "\"ratings_per_item\" must be null or a whole number"
      ),
    ]
    for (index, (from, to, message)) in cases.enumerated() {
      #expect(text.contains(from), "\(from) not in \(text.prefix(400))")
      let bad = folder.appendingPathComponent("bad\(index).json").path
      try text.replacingOccurrences(of: from, with: to).write(toFile: bad, atomically: true, encoding: .utf8)
      let merged = try TestSupport.runVerbatim(["agree", "--merge", bad])
      #expect(merged.status == 65, "\(to): \(merged.status) \(merged.stderrText)")
      #expect(merged.stderrText.contains(message), "\(merged.stderrText)")
    }
  }
}
