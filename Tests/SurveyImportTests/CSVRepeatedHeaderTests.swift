import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// A CSV header that names a column twice (review r8b #12): the second column was rejected on
/// every row as a duplicate answer of the respondent. Now the n-th occurrence is `name[n]` (XPath's
/// 1-based position, as the generic XML reader names a repeated path) and every cell is imported.
@Suite struct CSVRepeatedHeaderTests {
  @Test func repeatedTextColumnIsASecondQuestion() throws {
    let path = try Fixture.write("c8.csv", "id,comment,score,comment\n1,first,5,second\n2,third,4,\n")
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.rejects.isEmpty)
    #expect(result.records.map(\.id) == ["1:comment", "1:comment[2]", "2:comment"])
    #expect(result.records.map(\.text) == ["first", "second", "third"])
    #expect(result.summary.blank == 1)
    #expect(result.summary.questions == 2)
    // Said once, naming the columns, not once per row.
    let notes = result.warnings.filter { $0.contains("names column \"comment\" 2 times (columns 2, 4)") }
    #expect(notes.count == 1, "\(result.warnings)")
  }

  @Test func repeatedMetaColumnKeepsBothValues() throws {
    let path = try Fixture.write("m.csv", "id,comment,region,region,region\n1,ok,north,west,east\n")
    let result = try Fixture.run(path: path)
    #expect(result.records.count == 1)
    let keys = result.records.first?.meta.map(\.key) ?? []
    #expect(keys == ["region", "region[2]", "region[3]"])
    #expect(result.records.first?.meta.map(\.value) == [.string("north"), .string("west"), .string("east")])
  }

  /// A generated name never collides with a column that already has it.
  @Test func generatedNameSkipsAnExistingColumnName() {
    let names = ["id", "comment", "comment[2]", "comment"]
    var notes: [String] = []
    let renamed = CSVSurveyReader.numberingRepeats(names) { notes.append($0) }
    #expect(renamed == ["id", "comment", "comment[2]", "comment[3]"])
    // QA review 31 (L11): the note names the column as it is imported (it said "the n-th is
    // imported as comment[n]", that is comment[2], a name column 3 holds).
    #expect(notes.count == 1)
    #expect(notes.first?.hasSuffix("column 4 as comment[3]") == true, "\(notes)")
  }

  @Test func questionOptionSelectsTheRepeatedColumn() throws {
    let path = try Fixture.write("q.csv", "id,note,note\n1,a,b\n")
    let result = try Fixture.run(path: path) { $0.questions = ["note[2]"] }
    #expect(result.records.map(\.id) == ["1:note[2]"])
    #expect(result.records.first?.meta.map(\.key) == ["note"])
  }
}
