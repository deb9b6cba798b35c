import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Two CSV exports concatenated (`cat a.csv b.csv`, QA review 31): the second header row was
/// imported as a respondent "id" answering "comment", scored and counted. Issue 6 asks that
/// concatenated exports get a message that says what the file is, as the XML readers give.
@Suite struct CSVConcatenatedExportTests {
  static func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test func aSecondHeaderRowStopsTheImportNamingTheLine() throws {
    let path = try Self.write("cat.csv", Array("id,comment\n1,hello\n2,world\nid,comment\n3,again\n".utf8))
    let result = try Fixture.run(path: path)
    #expect(result.records.map(\.text) == ["hello", "world"])
    let error = try #require(result.error)
    #expect(error.description.contains("cat.csv:4: the header row again: the file holds concatenated exports"))
  }

  @Test func withKeepGoingItIsRejectedAndTheRestKept() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let path = try Self.write(
      "cat-bom.csv", bom + Array("id,comment\n1,hello\n".utf8) + bom + Array("id,comment\n3,again\n".utf8))
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["1:comment", "3:comment"])
    #expect(result.rejects.count == 1)
    #expect(result.rejects.first?.line == 3)
  }
}
