import Foundation
import TestSupport
import Testing

/// Review r19c: tag-set disagreements in the report and in disagreements.csv; codes only the
/// machine gave in the per-tag table.
@Suite(.serialized) struct ValidateReviewR19cTests {
  static let export = ValidateCommandTests.demo.appendingPathComponent("feedback-export.xml").path

  /// The reference tags R_2Z4t0psDgkvvkYi:Q3_TEXT price.expensive, another coder agrees; the
  /// machine tags it product.quality (a code the reference never used).
  static func run() throws -> URL {
    let folder = try TestSupport.temporaryDirectory()
    let tags = folder.appendingPathComponent("tags.csv")
    try """
    item,coder,tag
    R_2Z4t0psDgkvvkYi:Q3_TEXT,gold,price.expensive
    R_2Z4t0psDgkvvkYi:Q3_TEXT,coder_a,price.expensive
    R_2Z4t0psDgkvvkYi:Q3_TEXT,coder_b,
    R_2Z4t0psDgkvvkYi:Q4_TEXT,gold,

    """.write(to: tags, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim(["validate", export, "--human", tags.path, "--out", out.path])
    #expect(result.status == 0, "\(result.stderrText)")
    return out
  }

  @Test func tagDisagreementsCarryTheOtherCodersAndTheMachinesEvidence() throws {
    let out = try Self.run()
    let csv = try String(contentsOf: out.appendingPathComponent("disagreements.csv"), encoding: .utf8)
    let lines = csv.split(separator: "\r\n")
    #expect(lines.first == "item,kind,reference,machine,other_humans,text,explanation")
    let row = try #require(lines.first { $0.hasPrefix("R_2Z4t0psDgkvvkYi:Q3_TEXT,tags,") }.map(String.init))
    #expect(row.contains("coder_a: price.expensive; coder_b: (none)"), "\(row)")
    #expect(row.contains("price.expensive (reference only): not assigned by the machine"), "\(row)")
    #expect(row.contains("product.quality (machine only): \"\"quality\"\" matched rule product.quality#"), "\(row)")

    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("<article class=\"disagreement tags\"><h3><code>R_2Z4t0psDgkvvkYi:Q3_TEXT</code> · tag set"))
    #expect(html.contains("reference tags: price.expensive (coder_a: price.expensive; coder_b: (none))"))
    #expect(html.contains("<li>product.quality (machine only): &quot;quality&quot; matched rule product.quality#"))
  }

  @Test func theReportListsCodesOnlyTheMachineGaveWithTheirPredictions() throws {
    let out = try Self.run()
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    let start = try #require(html.range(of: "<section id=\"per-tag\">"))
    let section = html[start.lowerBound...]
    let end = try #require(section.range(of: "</section>"))
    let table = section[..<end.lowerBound]
    #expect(table.contains("<th>predicted</th>"))
    // product.quality: no support, one prediction (a false positive).
    #expect(table.contains("<tr><td><code>product.quality</code></td>"), "\(table)")
    #expect(table.contains(">product.quality</text>"), "bars")

    let json =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: out.appendingPathComponent("agreement-tags.json"))) as? [String: Any]
    let machine =
      ((json?["level_2"] as? [String: Any])?["classification"] as? [String: Any])?["machine"] as? [String: Any]
    let perClass = try #require(machine?["per_class"] as? [String: [String: Any]])
    #expect(perClass["product.quality"]?["support"] as? Int == 0)
    #expect(perClass["product.quality"]?["predicted"] as? Int == 1)
    #expect(perClass["price.expensive"]?["predicted"] as? Int == 0)
  }
}
