import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Empty lines in a CSV (QA review 31). RFC 4180 §2 reads every line as a record; in a one-column
/// file an empty line is therefore a record of one empty field: an empty answer, which keeps the
/// numbering of the rows after it (the import had dropped it uncounted, so a file without an id
/// column numbered every later respondent one too low and `validate` joined human codes to the
/// wrong answers). In a file with more columns an empty line holds no record: skipped and counted.
@Suite struct CSVEmptyLineTests {
  @Test func anEmptyLineInAOneColumnFileIsAnEmptyAnswer() throws {
    let path = try Fixture.write("one.csv", "comment\nhello\n\nworld\n")
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["1:comment", "3:comment"])
    #expect(result.records.map(\.text) == ["hello", "world"])
    #expect(result.summary.blank == 1)
    #expect(result.summary.respondents == 3)
  }

  @Test func trailingEmptyLinesOfAOneColumnFileAreSaidNotCounted() throws {
    let path = try Fixture.write("tail.csv", "comment\nhello\nworld\n\n\n")
    let result = try Fixture.run(path: path)
    #expect(result.records.map(\.id) == ["1:comment", "2:comment"])
    #expect(result.summary.blank == 0)
    #expect(
      result.warnings.contains { $0.contains("2 empty line(s) at the end of the file skipped, first at line 4") },
      "\(result.warnings)")
  }

  @Test func emptyLinesInAWiderFileAreCountedAndSaid() throws {
    let path = try Fixture.write("wide.csv", "id,comment\n1,hi\n\n2,yo\n   \n3,x\n")
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["1:comment", "2:comment", "3:comment"])
    #expect(result.rejects.isEmpty)
    #expect(
      result.warnings.contains { $0.contains("2 empty line(s) skipped (no record in them), first at line 3") },
      "\(result.warnings)")
  }
}
