import Foundation
import TestSupport
import Testing

/// `tag --explain`: a "withheld" list per record, with the reason a tag whose rules held was not
/// assigned; without --explain the output has no such member.
@Suite struct TagExplainTests {
  @Test func withheldTagsCarryReasonDetailAndEvidence() throws {
    let directory = try TestSupport.temporaryDirectory()
    let book = directory.appendingPathComponent("book.yaml")
    try """
    id: explain
    version: 1.0.0
    tags:
      - code: returns
        label: Returns
        rules: ['return*']
        exclude: ['"never had to return"']
      - {code: delivery, label: Delivery, rules: ['delivery']}
      - {code: delivery.speed, label: Speed, rules: ['late']}
    """.write(to: book, atomically: true, encoding: .utf8)
    let input = "Never had to return anything.\nThe delivery was late.\nnothing\n"
    let result = try TestSupport.runVerbatim(
      ["tag", "--taxonomy", book.path, "--explain", "--no-sentiment"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.count == 3)
    let first = try #require(records[0]["withheld"] as? [[String: Any]])
    #expect(first.map { $0["code"] as? String } == ["returns"])
    #expect(first[0]["reason"] as? String == "excluded")
    let exclusion = try #require(first[0]["exclusion"] as? [String: Any])
    #expect(exclusion["number"] as? Int == 1 && exclusion["rule"] as? String == "\"never had to return\"")
    let second = try #require(records[1]["withheld"] as? [[String: Any]])
    #expect(second.map { $0["reason"] as? String } == ["more-specific"])
    #expect(second[0]["by"] as? [String] == ["delivery.speed"])
    #expect((second[0]["detail"] as? String)?.contains("--keep-parents") == true)
    #expect((records[2]["withheld"] as? [Any])?.isEmpty == true)
    // Without --explain there is no "withheld" member, and the tags are the same.
    let plain = try TestSupport.runVerbatim(
      ["tag", "--taxonomy", book.path, "--no-sentiment"], input: Data(input.utf8))
    let plainRecords = try TestSupport.jsonLines(plain.stdout)
    #expect(plainRecords.allSatisfy { $0["withheld"] == nil })
    #expect(
      plainRecords.map { ($0["tags"] as? [[String: Any]])?.map { $0["code"] as? String } }
        == records.map { ($0["tags"] as? [[String: Any]])?.map { $0["code"] as? String } })
  }
}
