import Foundation
import TestSupport
import Testing

/// Review r8a issue 6: lower-is-better metrics take `--max`; `--min` on them (which passed the worse coder)
/// is a usage error.
@Suite struct GateReviewR8aTests {
  // gold {a},{b},{a}; good = gold; bad {b},{a},{a}. scikit-learn hamming_loss on the indicator matrices
  // (labels a, b): good 0.0, bad 4/6 = 0.6667.
  static let ratings =
    "item,coder,label\n1,gold,a\n1,good,a\n1,bad,b\n2,gold,b\n2,good,b\n2,bad,a\n3,gold,a\n3,good,a\n3,bad,a\n"

  @Test func minimumOnALowerIsBetterMetricIsRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(Self.ratings, "hl.csv", in: folder)
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", csv, "--multilabel", "--reference", "gold", "--min", "hamming_loss=0.1",
    ])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--max hamming_loss=VALUE"), "\(result.stderrText)")
    let inverted = try TestSupport.runVerbatim([
      "gate", "--ratings", csv, "--multilabel", "--reference", "gold", "--max", "f1.micro=0.5",
    ])
    #expect(inverted.status == 2)
    #expect(inverted.stderrText.contains("--min f1.micro=VALUE"), "\(inverted.stderrText)")
  }

  @Test func maximumPassesTheBetterCoderAndFailsTheWorse() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(Self.ratings, "hl.csv", in: folder)
    let junit = folder.appendingPathComponent("gate.xml").path
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", csv, "--multilabel", "--reference", "gold", "--max", "hamming_loss=0.1", "--junit", junit,
    ])
    #expect(result.status == 1)
    #expect(
      result.stdoutText.contains("PASS classification.good.hamming_loss = 0.0 ≤ maximum 0.1"), "\(result.stdoutText)")
    #expect(result.stdoutText.contains("FAIL classification.bad.hamming_loss = 0.6667 > maximum 0.1"))
    let xml = try String(contentsOf: URL(fileURLWithPath: junit), encoding: .utf8)
    #expect(xml.contains("name=\"classification.bad.hamming_loss &lt;= 0.1\""), "\(xml)")
    #expect(xml.contains("failures=\"1\""))
  }

  // Byrt, Bishop & Carlin (1993): bias index |b − c| with b = p_12, c = p_21; here 2 of 4 items are
  // (x, y) and none (y, x): BI = 0.5. A maximum of 0.6 holds, 0.4 does not; --min bias_index is refused.
  @Test func biasIndexTakesAMaximum() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(
      "item,coder,label\n1,a,x\n1,b,y\n2,a,x\n2,b,y\n3,a,x\n3,b,x\n4,a,y\n4,b,y\n", "bi.csv", in: folder)
    let holds = try TestSupport.runVerbatim(["gate", "--ratings", csv, "--max", "bias_index=0.6"])
    #expect(holds.status == 0, "\(holds.stdoutText)\(holds.stderrText)")
    let fails = try TestSupport.runVerbatim(["gate", "--ratings", csv, "--max", "bias_index=0.4"])
    #expect(fails.status == 1)
    #expect(fails.stdoutText.contains("bias_index = 0.5 > maximum 0.4"), "\(fails.stdoutText)")
    let refused = try TestSupport.runVerbatim(["gate", "--ratings", csv, "--min", "bias_index=0.1"])
    #expect(refused.status == 2)
  }

  // A coder who shares no item with the reference has undefined metrics: every threshold on it fails
  // with the reason (exit 1), whichever metric it names (review r9: mcc, balanced_accuracy and
  // per-class metrics were a usage error, exit 2).
  @Test func undefinedCoderFailsEveryThreshold() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(
      "item,coder,label\n1,gold,a\n1,m,a\n2,gold,b\n2,m,b\n3,z,a\n4,z,b\n", "nov.csv", in: folder)
    for metric in ["accuracy", "mcc", "balanced_accuracy", "per_class.a.recall"] {
      let result = try TestSupport.runVerbatim(
        ["gate", "--ratings", csv, "--reference", "gold", "--min", "\(metric)=0.5"])
      #expect(result.status == 1, "\(metric): \(result.stderrText)")
      #expect(result.stdoutText.contains("FAIL classification.z.\(metric) is undefined"), "\(result.stdoutText)")
      #expect(result.stdoutText.contains("PASS classification.m.\(metric)"), "\(result.stdoutText)")
    }
  }
}
