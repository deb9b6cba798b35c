import Foundation
import TestSupport
import Testing

/// QA review 44 (N1): the same --min given twice made two JUnit test cases with one name. A repeat
/// with the same value counts once; two values for one metric are a usage error (exit 2), with the
/// JUnit file holding the error. The file's properties name the tool and the ratings' SHA-256.
@Suite struct GateRepeatedThresholdTests {
  @Test func aRepeatCountsOnceAndAConflictIsAUsageError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try GateZeroDivisionTests.constantModel(in: folder)
    let junit = folder.appendingPathComponent("gate.xml")
    let once = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--reference", "ref", "--min", "accuracy=0.1", "--min", "accuracy=0.1",
      "--junit", junit.path,
    ])
    #expect(once.status == 0, "\(once.stderrText)")
    let xml = try String(contentsOf: junit, encoding: .utf8)
    #expect(xml.components(separatedBy: "accuracy &gt;= 0.1").count - 1 == 1, "\(xml)")
    if let digest = try CodeManifestTests.sha256sum(ratings) {
      #expect(xml.contains("<property name=\"input.ratings.sha256\" value=\"\(digest)\"/>"), "\(xml)")
    }
    let twice = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--reference", "ref", "--min", "accuracy=0.1", "--min", "accuracy=0.2",
      "--junit", junit.path,
    ])
    #expect(twice.status == 2)
    #expect(twice.stderrText.contains("--min accuracy is given twice, as 0.1 and 0.2"), "\(twice.stderrText)")
    #expect(try String(contentsOf: junit, encoding: .utf8).contains("errors=\"1\""))
  }
}
