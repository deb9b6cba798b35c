import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// A lone CR (not followed by LF) ends a CSV line only in a file whose first line ends in one (a
/// classic Mac file, as the README says); in an LF or CRLF file it is a byte of its field. QA
/// review 38: `1,Bad service<CR>Also, rude staff` in an LF file ended the row at the CR, and
/// "Also" became a respondent of its own, with exit status 0.
@Suite struct CSVLoneCRTests {
  @Test func aLoneCRInAnLFFileStaysInItsField() throws {
    let rows = try CSVParserRunTests.records(Array("id,comment\n1,Bad service\rAlso, rude staff\n2,ok\n".utf8))
    #expect(rows.map(\.fields) == [["id", "comment"], ["1", "Bad service\rAlso", " rude staff"], ["2", "ok"]])
  }

  @Test func aLoneCRInACRLFFileStaysInItsField() throws {
    let rows = try CSVParserRunTests.records(Array("id,comment\r\n1,before\rafter\r\n2,ok\r\n".utf8))
    #expect(rows.map(\.fields) == [["id", "comment"], ["1", "before\rafter"], ["2", "ok"]])
    #expect(rows.allSatisfy { $0.problem == nil })
  }

  /// A file whose lines all end in CR is still read line by line.
  @Test func aClassicMacFileEndsLinesAtCR() throws {
    let rows = try CSVParserRunTests.records(Array("id,comment\r1,first\r2,\"two\rlines\"\r".utf8))
    #expect(rows.map(\.fields) == [["id", "comment"], ["1", "first"], ["2", "two\rlines"]])
  }

  /// Line numbers count the line ends of the file's kind: a lone CR inside a quoted field of an
  /// LF file is no line, so the problem on the next row is on line 3.
  @Test func lineNumbersCountOnlyTheFilesLineEnds() throws {
    let rows = try CSVParserRunTests.records(Array("id,comment\n1,\"a\rb\"\n2,\"c\"d\n".utf8))
    #expect(rows.count == 3)
    #expect(rows[1].fields == ["1", "a\rb"])
    #expect(rows[2].problem?.line == 3)
    #expect(rows[2].problem?.column == 6)
  }

  /// The whole import: two respondents, the CR kept in the first one's answer.
  @Test func theImportKeepsTheAnswerWhole() throws {
    let path = try Fixture.write("lone-cr.csv", "id,comment\n1,Bad service\rrude staff\n2,ok\n")
    let result = try Fixture.run(path: path)
    #expect(result.error == nil)
    #expect(result.records.map(\.text) == ["Bad service\rrude staff", "ok"])
    #expect(result.records.map(\.respondent) == ["1", "2"])
  }
}
