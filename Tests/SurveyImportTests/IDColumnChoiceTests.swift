import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Two columns that both name a respondent id, "ID" and "id" (QA review 31): the CSV reader took
/// the first and the JSON Lines reader the exact "id", silently, so the same data imported two ways
/// gave swapped respondents. Both now take "id" and say which one they took.
@Suite struct IDColumnChoiceTests {
  @Test func csvAndJSONLinesTakeTheSameColumnAndSaySo() throws {
    let csv = try Fixture.run(path: try Fixture.write("ids.csv", "ID,id,comment\n1,2,Terrible\n2,1,Lovely\n"))
    let jsonl = try Fixture.run(
      path: try Fixture.write(
        "ids.jsonl", "{\"ID\":1,\"id\":2,\"text\":\"Terrible\"}\n{\"ID\":2,\"id\":1,\"text\":\"Lovely\"}\n"))
    #expect(csv.records.map(\.respondent) == ["2", "1"])
    #expect(jsonl.records.map(\.respondent) == ["2", "1"])
    #expect(csv.warnings.contains { $0.contains("column id is taken as the respondent id; ID would qualify too") })
    #expect(jsonl.warnings.contains { $0.contains("member id is taken as the respondent id; ID would qualify too") })
  }

  /// Review h42 #3: beside an "id", CSV took "ResponseId" and JSONL "id", and JSONL then rejected
  /// line 2 as a duplicate of "p1:comment". Both take the same one, by one order of preference:
  /// ResponseId, responseId (Qualtrics' API casing) and _recordId come before a bare id.
  @Test func responseIdIsPreferredToABareIdInEveryFormat() throws {
    for name in ["ResponseId", "responseId", "_recordId", "respondent"] {
      let csv = try Fixture.run(
        path: try Fixture.write("pref.csv", "\(name),id,comment\nR1,p1,hi\nR2,p1,ho\n"))
      let jsonl = try Fixture.run(
        path: try Fixture.write(
          "pref.jsonl",
          "{\"\(name)\":\"R1\",\"id\":\"p1\",\"comment\":\"hi\"}\n{\"\(name)\":\"R2\",\"id\":\"p1\",\"comment\":\"ho\"}\n"
        ))
      for result in [csv, jsonl] {
        #expect(result.records.map(\.respondent) == ["R1", "R2"], "\(name)")
        #expect(result.rejects.isEmpty, "\(name): \(result.rejects)")
        #expect(result.records.map { $0.meta.first { $0.key == "id" }?.value.stringValue } == ["p1", "p1"], "\(name)")
      }
    }
  }

  /// Two columns both named "id": the one not taken is named by its number (QA review 38: "column
  /// id is taken as the respondent id; id would qualify too").
  @Test func aRepeatedIDColumnIsNamedByNumber() throws {
    let csv = try Fixture.run(path: try Fixture.write("twice.csv", "id,id,comment\n1,9,fine\n"))
    #expect(csv.records.map(\.respondent) == ["1"])
    let note = "column id is taken as the respondent id; id (column 2) would qualify"
    #expect(csv.warnings.contains { $0.contains(note) }, "\(csv.warnings)")
  }

  @Test func oneIDColumnIsNotNoted() throws {
    let csv = try Fixture.run(path: try Fixture.write("one.csv", "id,comment\n1,fine\n"))
    #expect(!csv.warnings.contains { $0.contains("would qualify too") })
  }

  /// QA review 31: "id, comment" (a space after each comma, as people type) named " comment", which
  /// was no text column, and messages hid the space. Header names are read without surrounding spaces.
  @Test func headerNamesAreReadWithoutSurroundingSpaces() throws {
    let result = try Fixture.run(path: try Fixture.write("spaced.csv", "id, comment, region\n1, hello, North\n"))
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["1:comment"])
    #expect(result.records.first?.meta.map(\.key) == ["region"])
  }
}
