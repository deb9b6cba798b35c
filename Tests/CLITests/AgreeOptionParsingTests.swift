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
}
