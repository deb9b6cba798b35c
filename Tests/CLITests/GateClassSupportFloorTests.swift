import Foundation
import TestSupport
import Testing

/// QA review 41, finding 5: `--min-items` (the fewest items an interval check passes on) was applied
/// to the coder's item count, but a class's recall rests on the reference items of the class (its
/// support) and its precision on the items the coder gave the class. 40 items: gold rare and model
/// rare 4, gold common and model rare 1, both common 35. Wilson intervals (statsmodels 0.15.0
/// `proportion_confint(x, n, method="wilson")`): rare recall 4/4 (0.5101, 1), rare precision 4/5
/// (0.3755, 0.9638), common recall 35/36 (0.8583, 0.9951).
@Suite struct GateClassSupportFloorTests {
  static func ratings() throws -> String {
    let pairs =
      Array(repeating: ("rare", "rare"), count: 4) + [("common", "rare")]
      + Array(repeating: ("common", "common"), count: 35)
    let rows = pairs.enumerated().map { "\($0.offset),gold,\($0.element.0)\n\($0.offset),m,\($0.element.1)\n" }
    return try ReviewFixSupport.write(
      "item,coder,label\n" + rows.joined(), "rare.csv", in: try TestSupport.temporaryDirectory())
  }

  static func gate(_ ratings: String, _ extra: [String]) throws -> TestSupport.ProcessResult {
    try TestSupport.runVerbatim(["gate", "--ratings", ratings, "--reference", "gold", "--on", "ci-lower"] + extra)
  }

  @Test func aClassRecallRestsOnItsSupport() throws {
    let ratings = try Self.ratings()
    // 40 items pass the 30-item floor, the class's 4 reference items do not.
    let recall = try Self.gate(ratings, ["--min", "per_class.rare.recall=0.3"])
    #expect(recall.status == 1, "\(recall.stdoutText)\(recall.stderrText)")
    #expect(recall.stdoutText.contains("FAIL classification.m.per_class.rare.recall"), "\(recall.stdoutText)")
    #expect(recall.stdoutText.contains("4 reference item(s) of \"rare\""), "\(recall.stdoutText)")
    // Precision rests on the 5 items the coder labelled rare.
    let precision = try Self.gate(ratings, ["--min", "per_class.rare.precision=0.3"])
    #expect(precision.status == 1, "\(precision.stdoutText)")
    #expect(precision.stdoutText.contains("5 item(s) the coder labelled \"rare\""), "\(precision.stdoutText)")
    // The common class has 36 reference items: its recall's bound 0.8583 is gated as before.
    let common = try Self.gate(ratings, ["--min", "per_class.common.recall=0.8"])
    #expect(common.status == 0, "\(common.stdoutText)\(common.stderrText)")
    // --min-items lowers the floor for classes too.
    let lowered = try Self.gate(ratings, ["--min", "per_class.rare.recall=0.3", "--min-items", "4"])
    #expect(lowered.status == 0, "\(lowered.stdoutText)\(lowered.stderrText)")
    #expect(lowered.stdoutText.contains("95% CI 0.5101 to 1"), "\(lowered.stdoutText)")
  }

  /// recall.binary with --pos-label rare is the rare class's recall: floored on its 4 reference
  /// items too; the JSON names the class of the binary averages.
  @Test func binaryAveragesRestOnThePositiveClass() throws {
    let ratings = try Self.ratings()
    let binary = try Self.gate(ratings, ["--pos-label", "rare", "--min", "recall.binary=0.3"])
    #expect(binary.status == 1, "\(binary.stdoutText)\(binary.stderrText)")
    #expect(binary.stdoutText.contains("4 reference item(s) of \"rare\""), "\(binary.stdoutText)")
    let json = try TestSupport.runVerbatim([
      "agree", "--ratings", ratings, "--reference", "gold", "--pos-label", "rare", "--format", "json",
    ])
    let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    let m = (object["classification"] as? [String: Any])?["m"] as? [String: Any]
    #expect(m?["pos_label"] as? String == "rare")
  }
}
