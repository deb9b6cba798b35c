import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// The JSON Lines reader keeps what a line's member names decide (the id member, the answer
/// fields, the members that are not metadata) for the next lines with the same names. These
/// imports change the names from line to line, and reject lines part way, so that a decision kept
/// too long, or taken from a rejected line, shows as a wrong record, field or metadata.
@Suite struct JSONLLineNamesTests {
  static func importLines(_ lines: [String], keepGoing: Bool = true) throws -> ImportResult {
    let path = try Fixture.write("lines.jsonl", lines.joined(separator: "\n") + "\n")
    return try Fixture.run(path: path) { $0.keepGoing = keepGoing }
  }

  /// A line rejected for its id has not settled the answer fields of its names: the next line with
  /// the same names still finds "comment" (else it would be rejected for having no text member).
  @Test func aLineRejectedForItsIDDecidesNoFields() throws {
    let result = try Self.importLines([#"{"id":null,"comment":"a"}"#, #"{"id":2,"comment":"b"}"#])
    #expect(result.records.map(\.id) == ["2:comment"])
    #expect(result.rejects.count == 1)
    #expect(result.rejects.first?.reason.contains("null") == true, "\(result.rejects)")
  }

  /// Names that alternate: each line's own answer field, the other one not shown, and only
  /// "region" as metadata (the answer field first met on line 2 is never metadata later).
  @Test func alternatingNamesKeepEachLinesFieldsAndMetadata() throws {
    let result = try Self.importLines([
      #"{"id":1,"text":"a","region":"N"}"#, #"{"id":2,"feedback":"b","region":"S"}"#,
      #"{"id":3,"text":"c","region":"E"}"#, #"{"id":4,"feedback":"d","region":"W"}"#,
      #"{"id":5,"text":"e","feedback":"f","region":"X"}"#,
    ])
    #expect(result.rejects.isEmpty, "\(result.rejects)")
    #expect(result.records.map(\.id) == ["1:text", "2:feedback", "3:text", "4:feedback", "5:text", "5:feedback"])
    #expect(result.records.map { $0.meta.map(\.key) } == Array(repeating: ["region"], count: 6))
    #expect(result.records.compactMap { $0.meta.first?.value.stringValue } == ["N", "S", "E", "W", "X", "X"])
    // Line 1 lacks feedback (counted when line 2 names it), lines 2 and 4 lack text, line 3 feedback.
    #expect(result.summary.notShown == 4)
  }

  /// The same names in another order: the id, question and text are found where they are.
  @Test func theSameNamesInAnotherOrderAreFoundAgain() throws {
    let result = try Self.importLines([
      #"{"id":"a","question":"q1","text":"one"}"#, #"{"text":"two","question":"q2","id":"b"}"#,
      #"{"question":"q3","id":"c","text":"three"}"#,
    ])
    #expect(result.records.map(\.id) == ["a:q1", "b:q2", "c:q3"])
    #expect(result.records.map(\.text) == ["one", "two", "three"])
  }

  /// A conflict between "meta" and a top-level member is found on every line with those names, not
  /// only the first.
  @Test func aMetaConflictIsFoundOnALaterLineWithTheSameNames() throws {
    let result = try Self.importLines([
      #"{"id":1,"text":"a","meta":{"store":"A"},"store":"A"}"#,
      #"{"id":2,"text":"b","meta":{"store":"A"},"store":"B"}"#,
    ])
    #expect(result.records.map(\.id) == ["1:text"])
    #expect(result.rejects.map(\.line) == [2])
    #expect(result.rejects.first?.reason.contains("\"store\" is both a member of \"meta\"") == true)
  }

  /// "ID" beside "id" is noted on the first line that has both, after lines without it.
  @Test func anIDVariantIsNotedOnTheLineThatBringsIt() throws {
    let result = try Self.importLines([
      #"{"id":1,"text":"a"}"#, #"{"id":2,"text":"b"}"#, #"{"id":3,"ID":9,"text":"c"}"#,
    ])
    #expect(result.records.map(\.respondent) == ["1", "2", "3"])
    #expect(
      result.warnings.contains { $0.contains("line 3: member id is taken as the respondent id; ID would qualify too") })
  }

  /// `isBlank`'s ASCII shortcut agrees with the Unicode property it stands for, on every ASCII
  /// scalar (PropList.txt: White_Space in ASCII is U+0009–U+000D and U+0020).
  @Test func asciiBlanksAreTheWhiteSpaceProperty() {
    for value in UInt32(0)..<0x80 {
      let scalar = Unicode.Scalar(value)!
      #expect(ImportContext.isBlank(String(scalar)) == scalar.properties.isWhitespace, "U+\(value)")
    }
    #expect(!ImportContext.isBlank(" a "))
    #expect(ImportContext.isBlank(" \t\u{3000}\n"))
  }
}
