import Foundation
import TestSupport
import Testing

/// `tag` (review h43): records with a repeated id are noted on standard error, and `--explain`
/// names a rule's own `NOT` that kept a tag off.
@Suite struct TagReviewH43Tests {
  /// Every record is still written as it is; a note gives the count and the first repeat's id and
  /// line (before, nothing was said).
  @Test func repeatedIDsAreNotedWithTheFirstOne() throws {
    let input =
      "{\"id\":\"a\",\"text\":\"late delivery\"}\n{\"id\":\"b\",\"text\":\"refund\"}\n"
      + "{\"id\":\"a\",\"text\":\"on hold for ages\"}\n{\"id\":7,\"text\":\"x\"}\n{\"id\":7,\"text\":\"y\"}\n"
      + "{\"id\":\"b\",\"text\":\"z\"}\n"
    let result = try TestSupport.runVerbatim(["tag", "--jsonl", "--no-sentiment"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(try TestSupport.jsonLines(result.stdout).map { "\($0["id"]!)" } == ["a", "b", "a", "7", "7", "b"])
    #expect(
      result.stderrText.contains(
        "note: 3 record(s) repeat an earlier record's id, first \"a\" at line 3 (first at line 1); each was tagged "
          + "and written as it is"), "\(result.stderrText)")
    let unique = try TestSupport.runVerbatim(
      ["tag", "--jsonl", "--no-sentiment"], input: Data("{\"id\":\"a\",\"text\":\"x\"}\n{\"text\":\"y\"}\n".utf8))
    #expect(!unique.stderrText.contains("repeat"))
  }

  @Test func explainNamesTheNotThatKeptATagOff() throws {
    let directory = try TestSupport.temporaryDirectory()
    let book = directory.appendingPathComponent("book.yaml")
    try """
    id: explain
    version: 1.0.0
    tags:
      - {code: checkout, label: Checkout, rules: ['basket', 'SENTENCE(checkout NOT (queue OR till))']}
    """.write(to: book, atomically: true, encoding: .utf8)
    let input = "promo code wouldn't apply at checkout even though it said valid till sunday\n"
    let result = try TestSupport.runVerbatim(
      ["tag", "--taxonomy", book.path, "--explain", "--no-sentiment"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let withheld = try #require(try TestSupport.jsonLines(result.stdout).first?["withheld"] as? [[String: Any]])
    #expect(withheld.map { $0["code"] as? String } == ["checkout"])
    #expect(withheld[0]["reason"] as? String == "not")
    let not = try #require(withheld[0]["not"] as? [String: Any])
    #expect(not["number"] as? Int == 2 && not["rule"] as? String == "SENTENCE(checkout NOT (queue OR till))")
    // "till" is code points 64..<68; the tag's own evidence is "checkout" (29..<37).
    let evidence = try #require(not["evidence"] as? [[String: Any]])
    #expect(evidence.map { [$0["start"] as? Int, $0["end"] as? Int] } == [[64, 68]])
    let own = try #require(withheld[0]["evidence"] as? [[String: Any]])
    #expect(own.map { [$0["start"] as? Int, $0["end"] as? Int] } == [[29, 37]])
  }
}
