import Foundation
import SurveyImport
import TestSupport
import Testing

/// QA review 20 #7: CSV and JSONL respondent ids are trimmed as XML and Triple-S ids are, so
/// "1", " 1" and "1 " are one respondent and an Excel-padded duplicate is caught; a note counts them.
@Suite struct PaddedRespondentIDTests {
  @Test func csvIdsAreTrimmedAndDuplicatesFound() throws {
    let path = try FlatFormatFindingsTests.write("wsid.csv", "id,comment\n1,a\n 1,b\n\"1\t\",c\n2 x ,d\n")
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.records.map(\.id) == ["1:comment", "2 x:comment"])
    #expect(result.rejects.map(\.line) == [3, 4])
    #expect(result.rejects.map(\.respondent) == ["1", "1"])
    // A CSV row is a respondent: the repeated one is rejected as such (QA review 31, L13).
    #expect(result.rejects.first?.reason.hasPrefix("duplicate respondent \"1\"") == true)
    #expect(
      result.warnings.contains {
        $0.hasSuffix(
          "note: 3 respondent id(s) had spaces, tabs or line ends around them, first at line 3; they were trimmed, as XML and Triple-S ids are (\" 1\" and \"1\" are one respondent)"
        )
      })
  }

  /// A blank id (" ") is rejected as empty, not counted among the ids trimmed and kept (review of
  /// the change: the note said 2 for one).
  @Test func aBlankIdIsNotCountedAsTrimmed() throws {
    let path = try FlatFormatFindingsTests.write("blank.csv", "id,text\n 1,a\n1,b\n\" \",c\n")
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.records.map(\.respondent) == ["1"])
    #expect(result.rejects.map(\.line) == [3, 4])
    #expect(result.warnings.contains { $0.contains("note: 1 respondent id(s) had spaces") }, "\(result.warnings)")
  }

  @Test func jsonlIdsAreTrimmedAndUnpaddedInputGetsNoNote() throws {
    let path = try FlatFormatFindingsTests.write(
      "ids.jsonl", "{\"id\":\" R_1 \",\"text\":\"a\"}\n{\"id\":\"R_1\",\"text\":\"b\"}\n{\"id\":7,\"text\":\"c\"}\n")
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.records.map(\.respondent) == ["R_1", "7"])
    #expect(result.rejects.map(\.line) == [2])
    #expect(result.warnings.contains { $0.contains("1 respondent id(s) had spaces") })
    let plain = try FlatFormatFindingsTests.write("plain.csv", "id,comment\n1,a\n2,b\n")
    #expect(try Fixture.run(path: plain).warnings.isEmpty)
  }
}
