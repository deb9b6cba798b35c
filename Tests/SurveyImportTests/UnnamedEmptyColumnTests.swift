import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Qualtrics' legacy CSV export ends every line, the header's too, with a comma: a column without a
/// name that holds no value. Field test h45: every such import was told that the column's "values
/// are kept in meta under an empty name; name them in the header", though nothing was kept and
/// nothing needs naming. The advice stays for an unnamed column that does hold values.
@Suite struct UnnamedEmptyColumnTests {
  static func run(_ csv: String) throws -> ImportResult {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("trailing.csv")
    try Data(csv.utf8).write(to: url)
    return try Fixture.run(path: url.path)
  }

  @Test func anUnnamedColumnWithoutValuesIsSaidToHoldNothing() throws {
    let result = try Self.run("id,comment,\nr1,fine,\nr2,slow,\n")
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["fine", "slow"])
    #expect(result.records.allSatisfy { $0.meta.isEmpty })
    #expect(
      result.warnings.contains {
        $0.contains("column(s) 3 of the CSV header have no name and no value in any row")
          && $0.contains("nothing is kept from them")
      }, "\(result.warnings)")
    #expect(!result.warnings.contains { $0.contains("name them in the header") }, "\(result.warnings)")
  }

  @Test func anUnnamedColumnWithAValueKeepsTheAdvice() throws {
    let result = try Self.run("id,comment,\nr1,fine,\nr2,slow,x\n")
    #expect(result.records.last?.meta == [JSONMember("", .string("x"))])
    #expect(
      result.warnings.contains {
        $0.contains("column(s) 3 of the CSV header have no name: their values are kept in meta")
      }, "\(result.warnings)")
  }
}
