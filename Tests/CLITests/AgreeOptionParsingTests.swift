import Foundation
import TestSupport
import Testing

/// Option parsing of `agree` for labels that look like options.
@Suite struct AgreeOptionParsingTests {
  /// Numeric scales centred on zero (−2 … +2 is common for sentiment coding) must be declarable
  /// as `--categories -2,-1,0,1,2`, not only as `--categories=-2,…` (QA review 18: the space form
  /// failed with "Missing value for '--categories'").
  @Test func negativeNumericCategoriesParseWithASpace() throws {
    let directory = try TestSupport.temporaryDirectory()
    let csv = directory.appendingPathComponent("scale.csv")
    try Data("item,coder,label\n1,a,-2\n1,b,-2\n2,a,0\n2,b,1\n3,a,2\n3,b,2\n4,a,-2\n4,b,0\n".utf8).write(to: csv)
    let spaced = try TestSupport.runVerbatim(
      ["agree", "--ratings", csv.path, "--categories", "-2,-1,0,1,2", "--format", "json"])
    let joined = try TestSupport.runVerbatim(
      ["agree", "--ratings", csv.path, "--categories=-2,-1,0,1,2", "--format", "json"])
    #expect(spaced.status == 0, "\(spaced.stderrText)")
    #expect(spaced.stdout == joined.stdout)
    let object = try #require(try JSONSerialization.jsonObject(with: spaced.stdout) as? [String: Any])
    #expect(object["categories"] as? [String] == ["-2", "-1", "0", "1", "2"])
    let repeated = try TestSupport.runVerbatim(
      ["agree", "--ratings", csv.path] + ["-2", "-1", "0", "1", "2"].flatMap { ["--category", $0] } + [
        "--format", "json",
      ])
    #expect(repeated.status == 0, "\(repeated.stderrText)")
    #expect(repeated.stdout == joined.stdout)
  }

  /// The label options of the classification metrics take negative numbers with a space too (QA
  /// review 38: `--pos-label -1`, `--labels -1,0` and `--label -1` failed with "Missing value"),
  /// in `agree` and in `gate`, which shares them; the output equals the `=` form's.
  @Test func negativeLabelsParseWithASpace() throws {
    let directory = try TestSupport.temporaryDirectory()
    let csv = directory.appendingPathComponent("signs.csv")
    try Data("item,coder,label\n1,g,-1\n1,m,-1\n2,g,1\n2,m,-1\n3,g,0\n3,m,0\n4,g,1\n4,m,1\n".utf8).write(to: csv)
    let base = ["agree", "--ratings", csv.path, "--reference", "g", "--format", "json"]
    for (spaced, joined) in [
      (["--pos-label", "-1"], ["--pos-label=-1"]), (["--labels", "-1,0"], ["--labels=-1,0"]),
      (["--label", "-1", "--label", "0"], ["--label=-1", "--label=0"]),
    ] {
      let first = try TestSupport.runVerbatim(base + spaced)
      let second = try TestSupport.runVerbatim(base + joined)
      #expect(first.status == 0, "\(spaced): \(first.stderrText)")
      #expect(first.stdout == second.stdout, "\(spaced)")
    }
    let binary = try TestSupport.runVerbatim(base + ["--pos-label", "-1"])
    let object = try #require(try JSONSerialization.jsonObject(with: binary.stdout) as? [String: Any])
    let model = try #require((object["classification"] as? [String: Any])?["m"] as? [String: Any])
    // Reference -1 once; the model says -1 twice, once rightly: precision 1/2, recall 1/1.
    #expect((model["precision"] as? [String: Any])?["binary"] as? Double == 0.5)
    #expect((model["recall"] as? [String: Any])?["binary"] as? Double == 1)
    let gate = try TestSupport.runVerbatim([
      "gate", "--ratings", csv.path, "--reference", "g", "--pos-label", "-1", "--min", "accuracy=0.5",
    ])
    #expect(gate.status == 0, "\(gate.stderrText)")
  }
}
