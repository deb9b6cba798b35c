import Foundation
import TestSupport
import Testing

/// QA review 44 (B2): `gate --on ci-lower --bootstrap N` on the precision of a class the model never
/// predicts exited 2, telling the user to add the --bootstrap they had given. That precision is
/// 0/0, reported as 0 by convention (scikit-learn `precision_score(..., zero_division=0)`, the
/// project's agreement-conventions), and has no interval, bootstrap or analytic: the gate fails
/// (exit 1) and says why. The same for the recall of a declared class nobody used (support 0).
@Suite struct GateZeroDivisionTests {
  /// 40 items; the reference uses neg, neu and pos, the model says "neu" throughout.
  static func constantModel(in folder: URL) throws -> String {
    var lines = ["item,coder,label"]
    let reference = ["neg", "neu", "pos", "neg", "pos"]
    for index in 0..<40 {
      lines.append("\(index),ref,\(reference[index % reference.count])")
      lines.append("\(index),model,neu")
    }
    let path = folder.appendingPathComponent("constant.csv").path
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func aClassNeverPredictedFailsTheBoundGate() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try Self.constantModel(in: folder)
    let junit = folder.appendingPathComponent("gate.xml")
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--reference", "ref", "--min", "per_class.neg.precision=0.5", "--on", "ci-lower",
      "--bootstrap", "200", "--seed", "1", "--junit", junit.path,
    ])
    #expect(result.status == 1, "\(result.stdoutText)\(result.stderrText)")
    #expect(!result.stderrText.contains("without --bootstrap"), "\(result.stderrText)")
    #expect(
      result.stdoutText.contains(
        #"FAIL classification.model.per_class.neg.precision = 0.0 is 0/0 (the coder labelled no item "neg")"#),
      "\(result.stdoutText)")
    let xml = try String(contentsOf: junit, encoding: .utf8)
    #expect(xml.contains("failures=\"1\" errors=\"0\""), "\(xml)")
  }

  @Test func onThePointValueTheZeroIsSaidToBeAConvention() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try Self.constantModel(in: folder)
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--reference", "ref", "--min", "per_class.neg.precision=0.5",
    ])
    #expect(result.status == 1)
    #expect(
      result.stdoutText.contains(
        #"= 0.0 < minimum 0.5 (0/0: the coder labelled no item "neg"; reported as 0 by convention)"#),
      "\(result.stdoutText)")
  }

  @Test func aDeclaredClassWithoutSupportFailsItsRecallGate() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try Self.constantModel(in: folder)
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--reference", "ref", "--categories", "neg,neu,pos,other",
      "--min", "per_class.other.recall=0.5", "--on", "ci-lower", "--bootstrap", "200", "--seed", "1",
    ])
    #expect(result.status == 1, "\(result.stdoutText)\(result.stderrText)")
    #expect(result.stdoutText.contains(#"(the reference labelled no item "other")"#), "\(result.stdoutText)")
  }

  /// QA review 44 (U1): declaring an unused class with --categories lowers a macro average (its
  /// 0/0 counts as 0, as scikit-learn's `f1_score(..., labels=[...], average="macro",
  /// zero_division=0)` counts it), which can flip a gate; scikit-learn warns (UndefinedMetricWarning),
  /// and so does the gate now, naming the class.
  @Test func aMacroAverageOverAnUnusedClassIsWarnedAbout() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try Self.constantModel(in: folder)
    let declared = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--reference", "ref", "--categories", "neg,neu,pos,other", "--min", "f1.macro=0.1",
    ])
    #expect(
      declared.stderrText.contains(
        "warning: classification.model.f1.macro averages over 4 classes, 1 of which (other) neither the reference "
          + "nor the coder used"), "\(declared.stderrText)")
    let plain = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--reference", "ref", "--min", "f1.macro=0.1",
    ])
    #expect(!plain.stderrText.contains("warning:"), "\(plain.stderrText)")
  }
}
