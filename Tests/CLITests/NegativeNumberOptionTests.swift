import Foundation
import TestSupport
import Testing

/// Review h43 B8: a negative number after an option read as a missing value ("Missing value for
/// '--max-rejects'"), so the message never said what was wrong with it. Such options now take it
/// as their value and refuse it by its range.
@Suite struct NegativeNumberOptionTests {
  @Test(arguments: [["--max-rejects", "-1"], ["--max-rejects=-1"], ["--max-rejects", "-5%"]])
  func aNegativeRejectLimitIsRefusedAsSuch(_ option: [String]) throws {
    let result = try TestSupport.runVerbatim(["code", "-"] + option, input: Data())
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--max-rejects must be zero or more, not -"), "\(result.stderrText)")
    #expect(!result.stderrText.contains("Missing value"))
  }

  @Test func aNegativeExampleCountIsRefusedAsSuch() throws {
    let codebook = TestSupport.packageRoot.appendingPathComponent("taxonomies/customer-feedback.yaml").path
    let result = try TestSupport.runVerbatim(["taxonomy", "diff", codebook, codebook, "--examples", "-1"])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--examples must be 0 or more, not -1"), "\(result.stderrText)")
  }

  @Test func aNegativeExpectedKappaIsRefusedByItsRange() throws {
    let input = try TestSupport.temporaryDirectory().appendingPathComponent("a.jsonl")
    try Data(#"{"id":1,"text":"x"}"#.utf8 + [0x0A]).write(to: input)
    let result = try TestSupport.runVerbatim([
      "sample", "--input", input.path, "--kappa-halfwidth", "0.1", "--expected-kappa", "-0.2", "--seed", "1",
    ])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("0 ≤ expected kappa < 1"), "\(result.stderrText)")
  }
}
