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

  /// QA review 41: the header again on line 2 was read as Qualtrics' question-text row (its id cell
  /// names the id column), which switched on Qualtrics' rules: "-99" was counted blank and the
  /// import exited 0, where the same row on line 4 stops it. A row 2 identical to the header is the
  /// header again, wherever it is.
  @Test func theHeaderAgainOnLineTwoStopsTheImportAsOnAnyLine() throws {
    let path = try Self.write("q.csv", Array("id,comment\nid,comment\n1,great\n2,-99\n".utf8))
    let result = try Fixture.run(path: path)
    #expect(result.records.isEmpty, "nothing before line 2 to keep: \(result.records.map(\.id))")
    let error = try #require(result.error, "the repeated header must stop the import (exit 65)")
    #expect(
      error.description.contains("q.csv:2: the header row again: the file holds concatenated exports"),
      "\(error.description)")
    #expect(!result.warnings.contains { $0.contains("question-text row") }, "\(result.warnings)")
  }

  /// Under `--keep-going` the line is in the reject list and the rest is a plain CSV: "-99" is an
  /// answer (no Qualtrics rule applies), and the counts add up (2 records + 1 rejected row).
  @Test func withKeepGoingTheLineTwoHeaderIsRejectedAndMinus99IsAnAnswer() throws {
    let path = try Self.write("q.csv", Array("id,comment\nid,comment\n1,great\n2,-99\n".utf8))
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["great", "-99"])
    #expect(result.summary.blank == 0, "a plain CSV's -99 is an answer, not Qualtrics' unanswered code")
    #expect(result.rejects.map(\.line) == [2])
    #expect(result.rejects.first?.reason.hasPrefix("the header row again") == true, "\(result.rejects)")
  }
}
