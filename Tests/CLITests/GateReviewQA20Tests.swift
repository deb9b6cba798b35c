import Foundation
import TestSupport
import Testing

/// QA review 20: a gate that cannot run still writes its JUnit file; a missing --categories is a
/// usage error, not a failed model; multi-label coefficients are gated on items, not (item, label)
/// units.
@Suite struct GateReviewQA20Tests {
  static func write(_ text: String, _ name: String) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func aRatingsFileThatCannotBeOpenedIsAJUnitError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let junit = folder.appendingPathComponent("gate.xml").path
    let missing = folder.appendingPathComponent("not-written.csv").path
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", missing, "--min", "fleiss_kappa=0.4", "--junit", junit,
    ])
    #expect(result.status == 66)
    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.contains("errors=\"1\"") && xml.contains("<error message=\"\(missing): cannot open"))
  }

  @Test func anOrderDependentCoefficientWithoutCategoriesIsAUsageError() throws {
    var lines = ["item,coder,label"]
    for (item, pair) in [("low", "mid"), ("mid", "mid"), ("high", "high"), ("low", "low"), ("mid", "high")]
      .enumerated()
    {
      lines += ["\(item),a,\(pair.0)", "\(item),b,\(pair.1)"]
    }
    let ratings = try Self.write(lines.joined(separator: "\n") + "\n", "ordinal.csv")
    let junit = try TestSupport.temporaryDirectory().appendingPathComponent("gate.xml").path
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--min", "krippendorff_alpha_ordinal=0.5", "--junit", junit,
    ])
    #expect(result.status == 2, "\(result.stderrText)")
    #expect(result.stderrText.contains("--categories"))
    #expect(try String(contentsOfFile: junit, encoding: .utf8).contains("<error message="))
    let declared = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--min", "krippendorff_alpha_ordinal=0.5", "--categories", "low,mid,high",
    ])
    #expect(declared.status == 0 || declared.status == 1, "\(declared.stderrText)")
  }

  /// Eight verbatims with eight labels each: 64 (item, label) units, but 8 items.
  @Test func multiLabelGatesCountItemsAndNeedTheBootstrapForABound() throws {
    let labels = ["price", "staff", "wait", "app", "refund", "delivery", "store", "quality"]
    var lines = ["item,coder,label"]
    for item in 0..<8 {
      lines.append("\(item),gold,\(labels[item])")
      lines.append("\(item),model,\(labels[item])")
      if item % 3 == 0 { lines.append("\(item),model,\(labels[(item + 1) % 8])") }
    }
    let ratings = try Self.write(lines.joined(separator: "\n") + "\n", "tags.csv")
    let analytic = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--multilabel", "--min", "cohen_kappa=0.5", "--on", "ci-lower",
    ])
    #expect(analytic.status == 2, "\(analytic.stdoutText)\(analytic.stderrText)")
    #expect(analytic.stderrText.contains("--bootstrap"))
    let bootstrapped = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--multilabel", "--min", "cohen_kappa=0.5", "--on", "ci-lower", "--bootstrap",
      "500", "--seed", "1",
    ])
    #expect(bootstrapped.status == 1)
    #expect(bootstrapped.stdoutText.contains("8 item(s) are too few"), "\(bootstrapped.stdoutText)")
  }
}
