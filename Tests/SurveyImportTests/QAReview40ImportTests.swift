import Foundation
import SurveyImport
import TestSupport
import Testing

/// QA review 40 (`verbatim import`): Triple-S fixed-width positions read one way for the whole file.
@Suite struct QAReview40ImportTests {
  /// UTF-8 data: serial ID in positions 1–4, Q3 in 5–14, Q5 in 15–24 (a record of 24 positions).
  static let sss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <sss version="2.0"><survey><record ident="R" data-file-encoding="UTF-8">
    <variable ident="1" type="character" use="serial"><name>ID</name><label>id</label><position start="1" finish="4"/></variable>
    <variable ident="2" type="character"><name>Q3</name><label>q3</label><position start="5" finish="14"/></variable>
    <variable ident="3" type="character"><name>Q5</name><label>q5</label><position start="15" finish="24"/></variable>
    </record></survey></sss>

    """

  /// The review's line (A): a writer counting characters, trailing blanks trimmed: "0001",
  /// "ça été top" (10 characters, 13 bytes), "merci b" (7 of Q5's 10) = 21 characters, 24 bytes.
  static let trimmedInCharacters = "0001ça été topmerci b"
  /// The review's line (B): a writer counting bytes, padding to 40 bytes: "0001", Q3 "ça été"
  /// (9 bytes) + 1 blank, Q5 "merci" + 5 blanks, then 16 blanks = 40 bytes, 37 characters.
  static let paddedInBytes = "0001ça été merci     " + String(repeating: " ", count: 16)

  static func run(_ lines: [String], _ configure: (inout ImportOptions) -> Void = { _ in }) throws -> ImportResult {
    let data = Array(lines.map { $0 + "\n" }.joined().utf8)
    return try TripleSEncodingTests.run(metadata: sss, data: data, csv: false, configure)
  }

  @Test func theReviewLinesHaveTheLengthsTheReviewGives() {
    #expect(Self.trimmedInCharacters.unicodeScalars.count == 21 && Self.trimmedInCharacters.utf8.count == 24)
    #expect(Self.paddedInBytes.unicodeScalars.count == 37 && Self.paddedInBytes.utf8.count == 40)
  }

  /// Alone, each review line fits both readings (A: 24 bytes, or 21 characters trimmed; B: both
  /// readings fit with different fields), and no other line decides: the import is refused naming
  /// the line and the option, where it read (A) in bytes and (B) in characters with exit 0.
  @Test(arguments: [trimmedInCharacters, paddedInBytes])
  func anAmbiguousLineWithNothingToDecideIsRefused(line: String) throws {
    let result = try Self.run([line]) { $0.keepGoing = true }
    #expect(result.records.isEmpty, "\(result.records.map(\.text))")
    guard case .undecidedReading(let path, let lineNumber, _, let message)? = result.error else {
      Issue.record("expected undecidedReading, got \(String(describing: result.error))")
      return
    }
    #expect(path.hasSuffix("survey.asc") && lineNumber == 1)
    #expect(message.contains("give --positions characters"), "\(message)")
    #expect(message.contains("or --positions bytes"), "\(message)")
    #expect(result.error?.exitStatus == .dataError)
    #expect(result.error?.description.contains("survey.asc:1: ") == true)
  }

  /// Line 2 decides characters: "0002" + "ça été top" + "merci bien" is 24 characters and 27 bytes,
  /// its last 3 bytes "ien" being data past position 24 in bytes. So line 1 (A), 21 characters, is
  /// short and rejected (it was read in bytes: Q3 "ça été", Q5 "topmerci b").
  @Test func aLineThatFitsOnlyInCharactersDecidesTheFile() throws {
    let result = try Self.run([Self.trimmedInCharacters, "0002ça été topmerci bien"]) { $0.keepGoing = true }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["0002:Q3", "0002:Q5"])
    #expect(result.records.map(\.text) == ["ça été top", "merci bien"])
    #expect(result.rejects.map(\.respondent) == ["0001"])
    #expect(result.rejects.first?.reason.contains("21 characters (24 bytes) long, too short") == true)
    #expect(result.rejects.first?.reason.contains("give --positions bytes") == true)
    // Two respondents: one written (two records), one rejected whole.
    #expect(result.summary.respondents == 2 && result.summary.records == 2 && result.summary.rejected == 1)
    #expect(result.warnings.contains { $0.contains("counted in characters in the whole file (line 2 fits") })
  }

  /// Line 2 decides bytes: "0002" + "ça été " (10 bytes) + "merci" + 5 blanks = 24 bytes but 21
  /// characters, ending in a blank (a character-counting writer would pad to 24 characters or trim
  /// the blanks). So line 1 (B) is read in bytes too: Q3 "ça été", Q5 "merci" (it gave "ça été mer"
  /// and "ci").
  @Test func aPaddedLineShortInCharactersDecidesBytes() throws {
    let result = try Self.run([Self.paddedInBytes, "0002ça été merci     "])
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["0001:Q3", "0001:Q5", "0002:Q3", "0002:Q5"])
    #expect(result.records.map(\.text) == ["ça été", "merci", "ça été", "merci"])
    #expect(result.warnings.contains { $0.contains("counted in bytes in the whole file (line 2 fits") })
  }

  /// A writer counting characters and padding: "0001" + "ça été    " + "merci     " is exactly 24
  /// characters; its 27 bytes fit too (3 blanks past position 24) but with other fields (Q5 in
  /// bytes 15–24 is "   merci  "). A writer counting bytes would have stopped at byte 24, so the
  /// line decides characters, and no option is needed.
  @Test func aLineFillingTheRecordExactlyInCharactersDecidesCharacters() throws {
    let result = try Self.run(["0001ça été    merci     "])
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["ça été", "merci"])
  }

  /// Lines deciding both ways: refused, naming the later one and the earlier one.
  @Test func linesThatDecideBothWaysAreRefused() throws {
    let result = try Self.run(["0002ça été topmerci bien", "0003ça été merci     "]) { $0.keepGoing = true }
    guard case .undecidedReading(_, 2, _, let message)? = result.error else {
      Issue.record("expected undecidedReading at line 2, got \(String(describing: result.error))")
      return
    }
    #expect(message.contains("only counted in bytes, and line 1 only counted in characters"), "\(message)")
    #expect(result.records.isEmpty)
  }

  /// --positions settles it: (B) in bytes gives the writer's fields, and (A) in characters is a
  /// short line, rejected.
  @Test func thePositionsOptionChoosesTheReading() throws {
    let bytes = try Self.run([Self.paddedInBytes]) { $0.positions = .bytes }
    #expect(bytes.error == nil, "\(String(describing: bytes.error))")
    #expect(bytes.records.map(\.text) == ["ça été", "merci"])
    let characters = try Self.run([Self.trimmedInCharacters]) {
      $0.positions = .characters
      $0.keepGoing = true
    }
    #expect(characters.records.isEmpty)
    #expect(characters.rejects.map(\.line) == [1])
  }
}
