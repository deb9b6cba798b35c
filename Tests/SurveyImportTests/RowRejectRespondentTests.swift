import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// Review h42 #6: row-level rejects named no respondent where it could be read (a ragged CSV row
/// whose id is its first field, a numbered row of a CSV without an id column, a JSONL line with
/// invalid UTF-8 outside its id), as Triple-S row rejects do; and a DOS end-of-file byte ending a
/// Triple-S data file was rejected as a record.
@Suite struct RowRejectRespondentTests {
  private static func keepGoing(_ options: inout ImportOptions) { options.keepGoing = true }

  @Test func aRaggedRowNamesTheIdOfItsFirstField() throws {
    let path = try Fixture.write("ragged.csv", "id,region,comment\nR1,North,fine\nR2,South\nR3,East,rag,ged\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.rejects.map(\.line) == [3, 4])
    #expect(result.rejects.map(\.respondent) == ["R2", "R3"])
    // Not the first column: a stray delimiter before it may have shifted it, so none is named.
    let later = try Fixture.write("later.csv", "region,id,comment\nNorth,R1,fine\nSouth,R2\n")
    #expect(try Fixture.run(path: later, Self.keepGoing).rejects.map(\.respondent) == [nil])
  }

  /// QA review 44 U4: a ragged row's reject points at the column (in characters) where its first
  /// extra field begins, or where the line ends when a field is missing; a row with quotes (which
  /// may span lines) has none. Columns counted by hand on the lines below.
  @Test func aRaggedRowNamesTheColumnOfTheFieldCount() throws {
    let path = try Fixture.write(
      "ragged-columns.csv",
      "id,region,comment\nR1,North,fine\nR2,South\nR3,Éast,rag,ged\nR4,\"North\",a,b\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.rejects.map(\.line) == [3, 4, 5])
    // "R2,South" ends at column 9; in "R3,Éast,rag,ged" the fourth field starts at column 13 (É is
    // one character of two bytes); the quoted row has no column.
    #expect(result.rejects.map(\.column) == [9, 13, nil])
  }

  @Test func aNumberedRowIsNamedByItsNumber() throws {
    let path = try Fixture.write("numbered.csv", "region,comment\nNorth,fine\nSouth\nEast,\u{FFFD}ok\n")
    var bytes = Array(try String(contentsOfFile: path, encoding: .utf8).utf8)
    bytes.replaceSubrange(bytes.count - 6..<bytes.count - 3, with: [0xFF])
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.rejects.map(\.line) == [3, 4])
    #expect(result.rejects.map(\.respondent) == ["2", "3"])
  }

  @Test func aJSONLLineWithInvalidUTF8NamesItsReadableId() throws {
    var bytes = Array("{\"respondent\":\"R1\",\"comment\":\"fine\"}\n{\"respondent\":\"R2\",\"comment\":\"".utf8)
    bytes += [0xFF] + Array("\"}\n{\"respondent\":\"R".utf8) + [0xFE] + Array("\",\"comment\":\"x\"}\n".utf8)
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("bad.jsonl")
    try Data(bytes).write(to: url)
    let result = try Fixture.run(path: url.path, Self.keepGoing)
    #expect(result.rejects.map(\.line) == [2, 3])
    // Line 3's id itself holds the bad byte: none is named.
    #expect(result.rejects.map(\.respondent) == ["R2", nil])
    #expect(result.summary.respondents == 3)
  }

  @Test func aFinalDOSEndOfFileByteIsNoRecord() throws {
    let folder = try TestSupport.temporaryDirectory()
    for name in ["survey.sss", "survey.asc"] {
      try FileManager.default.copyItem(
        at: URL(fileURLWithPath: Fixture.path(name)), to: folder.appendingPathComponent(name))
    }
    let data = folder.appendingPathComponent("survey.asc")
    let plain = try Fixture.run(path: folder.appendingPathComponent("survey.sss").path)
    var bytes = try Data(contentsOf: data)
    bytes.append(0x1A)
    try bytes.write(to: data)
    let result = try Fixture.run(path: folder.appendingPathComponent("survey.sss").path)
    #expect(result.error == nil)
    #expect(result.rejects.isEmpty)
    #expect(result.summary == plain.summary)
    #expect(result.warnings.contains { $0.contains("line 5: a DOS end-of-file byte (0x1A) ends the file") })
    // Not at the end, it is rejected as what it is.
    bytes.append(contentsOf: Array("\n".utf8))
    bytes.append(try Data(contentsOf: URL(fileURLWithPath: Fixture.path("survey.asc"))).prefix(21))
    try bytes.write(to: data)
    let inside = try Fixture.run(path: folder.appendingPathComponent("survey.sss").path, Self.keepGoing)
    #expect(inside.rejects.first?.line == 5)
    #expect(inside.rejects.first?.reason.contains("before the end of the file") == true)
  }
}
