import Foundation
import TestSupport
import Testing

/// QA review 41, finding 3: the pair's sample size was never reported. On Krippendorff's (2011)
/// reliability data (wide, coders A–D, 12 units), the header said "12 items" while Cohen's kappa of
/// A and C rests on the 8 items both rated: `sklearn.metrics.cohen_kappa_score` on those 8 rows
/// (pandas `dropna(subset=["A", "C"])`) is 0.4782608695652174 (scikit-learn 1.9.1). A rated item 1
/// alone, C items 10–12.
@Suite struct PairItemCountTests {
  static let k2011 = """
    item,A,B,C,D
    1,1,1,,1
    2,2,2,3,2
    3,3,3,3,3
    4,3,3,3,3
    5,2,2,2,2
    6,1,2,3,4
    7,4,4,4,4
    8,1,1,2,1
    9,2,2,2,2
    10,,5,5,5
    11,,,1,1
    12,,,3,

    """

  @Test func thePairsItemsAreReported() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write(Self.k2011, "k2011.csv", in: folder)
    let json = try TestSupport.runVerbatim(["agree", "--ratings", ratings, "--pair", "A,C", "--format", "json"])
    #expect(json.status == 0, "\(json.stderrText)")
    let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    #expect(object["items"] as? Int == 12)
    #expect(object["pair_items"] as? Int == 8)
    let kappa = (object["coefficients"] as? [String: Any])?["cohen_kappa"] as? [String: Any]
    #expect(abs((kappa?["value"] as? Double ?? 0) - 0.4782608695652174) < 1e-12)
    // Items only one of the pair rated are named on standard error.
    #expect(
      json.stderrText.contains(
        "note: pair A, C: 4 of the 12 items were rated by only one of them (1 by A only, 3 by C only)"),
      "\(json.stderrText)")
    let table = try TestSupport.runVerbatim(["agree", "--ratings", ratings, "--pair", "A,C"])
    #expect(
      table.stdoutText.contains("two-coder coefficients: pair A, C (8 of 12 items rated by both)"),
      "\(table.stdoutText)")
  }

  /// A pair that rated every item together has no such note; multi-label data count items, not
  /// (item, label) units.
  @Test func completePairsAndMultiLabelData() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write(
      "item,coder,label\n1,g,a\n1,g,b\n1,m,a\n2,g,b\n2,m,b\n3,g,a\n", "ml.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings, "--multilabel", "--format", "json"])
    #expect(result.status == 0, "\(result.stderrText)")
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    #expect(object["pair_items"] as? Int == 2)
    #expect(
      result.stderrText.contains("1 of the 3 items was rated by only one of them (1 by g only)"), "\(result.stderrText)"
    )
    let complete = try ReviewFixSupport.write("item,a,b\n1,x,x\n2,y,x\n", "c.csv", in: folder)
    let plain = try TestSupport.runVerbatim(["agree", "--ratings", complete])
    #expect(!plain.stderrText.contains("rated by only one of them"), "\(plain.stderrText)")
    #expect(plain.stdoutText.contains("pair a, b (2 of 2 items rated by both)"), "\(plain.stdoutText)")
  }
}
