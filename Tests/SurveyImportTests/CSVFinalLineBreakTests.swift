import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// QA review 41: a CSV file that ends without a line break after an unquoted last field was
/// imported without a word; an export cut short ends exactly so, mid-answer ("the agent was very
/// unhelp"). Many complete exports lack the final line break too, so the row is still imported,
/// with a note naming the file and the last line.
@Suite struct CSVFinalLineBreakTests {
  static func importing(_ name: String, _ contents: String) throws -> ImportResult {
    try Fixture.run(path: try Fixture.write(name, contents))
  }

  static func endNotes(_ result: ImportResult) -> [String] {
    result.warnings.filter { $0.contains("does not end with a line break") }
  }

  @Test func anUnquotedLastFieldWithoutALineBreakIsImportedWithANote() throws {
    let result = try Self.importing("cut.csv", "id,comment\n1,hi\n2,the agent was very unhelp")
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["hi", "the agent was very unhelp"], "the row is kept as it stands")
    let notes = Self.endNotes(result)
    #expect(notes.count == 1, "one note, at the end: \(result.warnings)")
    #expect(
      notes.first?.contains("cut.csv: note: line 3, the last,") == true,
      "the note names the file and the last line: \(notes)")
    #expect(notes.first?.contains("check that the file is complete") == true, "\(notes)")
  }

  /// The line is the file's last, also when the last row spans lines inside a quoted field.
  @Test func theNoteNamesTheLastLineOfAMultiLineRow() throws {
    let result = try Self.importing("multi.csv", "id,comment,channel\n1,\"two\nlines\",web")
    #expect(result.records.map(\.text) == ["two\nlines"])
    #expect(Self.endNotes(result).first?.contains("line 3, the last,") == true, "\(result.warnings)")
  }

  /// A final line break, or a quoted last field (its closing quote shows where it ends), gives no
  /// note: the note must not cry wolf on every export.
  @Test func aFinalLineBreakOrAClosedQuoteGivesNoNote() throws {
    for (name, contents) in [
      ("lf.csv", "id,comment\n1,hi\n"), ("crlf.csv", "id,comment\r\n1,hi\r\n"), ("quoted.csv", "id,comment\n1,\"hi\""),
    ] {
      let result = try Self.importing(name, contents)
      #expect(result.error == nil, "\(name)")
      #expect(result.records.map(\.text) == ["hi"], "\(name)")
      #expect(Self.endNotes(result).isEmpty, "\(name): \(result.warnings)")
    }
  }
}
