import Foundation
import TestSupport
import Testing

/// QA review 42 (MEDIUM): a machine coder that coded 90 of the 120 gold items (and 10 items gold did
/// not code) passed `gate --ratings … --reference gold --pair gold,machine --min-coverage 1`: the
/// coverage floor applied only to `--predictions`. Coverage of a coder = items it and the reference
/// both rated / items the reference rated (90 / 120 = 0.75).
@Suite struct GateReferenceCoverageTests {
  /// 120 gold items; the machine codes items 1–90 (agreeing on all but every tenth) and 10 others.
  static func ratings() throws -> URL {
    var csv = "item,gold,machine\n"
    let labels = ["positive", "negative", "neutral"]
    for item in 1...120 {
      let gold = labels[item % 3]
      let machine = item > 90 ? "" : (item % 10 == 0 ? labels[(item + 1) % 3] : gold)
      csv += "\(item),\(gold),\(machine)\n"
    }
    for item in 200..<210 { csv += "\(item),,positive\n" }
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("e3.csv")
    try Data(csv.utf8).write(to: url)
    return url
  }

  @Test func aCoderMissingAQuarterOfTheReferenceItemsFailsTheGate() throws {
    let ratings = try Self.ratings()
    let junit = ratings.deletingLastPathComponent().appendingPathComponent("e3.xml")
    let common = [
      "gate", "--ratings", ratings.path, "--reference", "gold", "--pair", "gold,machine", "--min", "cohen_kappa=0.7",
      "--min", "accuracy=0.8",
    ]
    let explicit = try TestSupport.runVerbatim(common + ["--min-coverage", "1", "--junit", junit.path])
    #expect(explicit.status == 1, "\(explicit.stdoutText)\(explicit.stderrText)")
    #expect(
      explicit.stdoutText.contains(
        "FAIL classification.machine.coverage = 0.75 < minimum 1.0 (machine rated 90 of the 120 items gold rated"),
      "\(explicit.stdoutText)")
    let xml = try String(contentsOf: junit, encoding: .utf8)
    #expect(xml.contains("tests=\"3\" failures=\"1\"") && xml.contains("classification.machine.coverage"), "\(xml)")
    // The default floor is all of the reference's items, as for --predictions.
    let byDefault = try TestSupport.runVerbatim(common)
    #expect(byDefault.status == 1, "\(byDefault.stdoutText)")
    let lowered = try TestSupport.runVerbatim(common + ["--min-coverage", "0.75"])
    #expect(lowered.status == 0 && lowered.stdoutText.contains("PASS classification.machine.coverage = 0.75"))
    let off = try TestSupport.runVerbatim(common + ["--min-coverage", "0"])
    #expect(off.status == 0 && !off.stdoutText.contains("coverage"), "\(off.stdoutText)")
  }

  /// A pair coefficient alone judges the pair's other coder when the reference is one of the pair.
  @Test func aPairCoefficientJudgesTheCoderPairedWithTheReference() throws {
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", try Self.ratings().path, "--reference", "gold", "--pair", "gold,machine", "--min",
      "cohen_kappa=0.5",
    ])
    #expect(result.status == 1 && result.stdoutText.contains("FAIL classification.machine.coverage"))
  }

  /// Without --reference or --predictions nothing says whose items must be covered: an explicit
  /// --min-coverage is a usage error (exit 2), not ignored; without it the gate runs as before.
  @Test func anExplicitMinimumWithNothingToMeasureIsAUsageError() throws {
    let common = ["gate", "--ratings", try Self.ratings().path, "--pair", "gold,machine", "--min", "cohen_kappa=0.5"]
    let explicit = try TestSupport.runVerbatim(common + ["--min-coverage", "1"])
    #expect(explicit.status == 2 && explicit.stderrText.contains("give --reference"), "\(explicit.stderrText)")
    let unset = try TestSupport.runVerbatim(common)
    #expect(unset.status == 0, "\(unset.stdoutText)\(unset.stderrText)")
  }

  /// agree's JSON gives the counts behind the coverage: classification.CODER.items (both rated) and
  /// reference_items.
  @Test func agreeJSONReportsTheReferenceItems() throws {
    let result = try TestSupport.runVerbatim([
      "agree", "--ratings", try Self.ratings().path, "--reference", "gold", "--format", "json",
    ])
    #expect(result.status == 0)
    #expect(result.stdoutText.contains("\"machine\":{\"items\":90,\"reference_items\":120,"), "\(result.stdoutText)")
  }
}
