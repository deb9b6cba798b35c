import Foundation
import Testing

@testable import SurveyImport

/// Review h42 #8: CSV error columns counted bytes where XML and JSON Lines count characters, so
/// one export gave columns in two units. CSV columns now count characters (UTF-8 lead bytes), as
/// the others do and as editors show.
@Suite struct CSVColumnUnitTests {
  @Test func columnsCountCharactersNotBytes() throws {
    let path = try Fixture.write("columns.csv", "id,comment\n1,\"café\" x\n2,\"日本\"語\n")
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    // The space after "café" is character 9 (byte 10); "語" after "日本" is character 7 (byte 11).
    #expect(result.rejects.map(\.line) == [2, 3])
    #expect(result.rejects.map(\.column) == [9, 7])
    #expect(result.rejects[0].reason.hasPrefix("text after the closing quote"), "\(result.rejects)")
    #expect(result.rejects[0].place == path + ":2:9")
  }

  @Test func anUnclosedQuoteIsPlacedInCharacters() throws {
    let path = try Fixture.write("open.csv", "id,comment\né,\"never closed\n")
    let result = try Fixture.run(path: path)
    guard case .malformed(_, let line, let column, _, _)? = result.error else {
      Issue.record("expected a malformed-input error, got \(String(describing: result.error))")
      return
    }
    #expect(line == 2 && column == 3)
  }
}
