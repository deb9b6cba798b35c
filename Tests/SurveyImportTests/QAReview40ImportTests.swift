import Foundation
import SurveyImport
import TestSupport
import Testing
import VerbatimCore

/// QA review 40 (`verbatim import`): Triple-S data read one way for the whole file (fixed-width
/// positions, and the decoding under a declared single-byte encoding).
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

  // MARK: Finding 2: one decoding for a data file declared ISO-8859-1 or windows-1252.

  /// "NESCAFÉ® machine broken" in Latin-1: N E S C A F, C9 (É), AE (®), then 15 ASCII bytes = 23
  /// bytes. C9 AE is also a well-formed UTF-8 sequence, U+026E "ɮ".
  static let nescafe: [UInt8] = Array("NESCAF".utf8) + [0xC9, 0xAE] + Array(" machine broken".utf8)

  /// Fixed width, serial in position 1 and Q1 in 2–24: line 1 is "1" + the 23 bytes. Read as UTF-8
  /// it is 23 characters, one short, and 24 bytes: it was read in bytes and decoded as UTF-8
  /// ("NESCAFɮ"). Declared ISO-8859-1 or windows-1252 (É and ® are the same bytes in both), the
  /// whole file is decoded so: nothing in it shows it is UTF-8.
  @Test(arguments: ["ISO-8859-1", "windows-1252"])
  func aLatin1LineThatIsAlsoUTF8IsDecodedAsDeclared(declared: String) throws {
    let meta = TripleSEncodingTests.metadata(
      declaration: declared, attribute: nil, csv: false, variables: [("Q1", 2, 24)])
    let data = Array("1".utf8) + Self.nescafe + Array("\n2fine                   \n".utf8)
    let result = try TripleSEncodingTests.run(metadata: meta, data: data, csv: false)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["NESCAFÉ® machine broken", "fine"])
    #expect(result.rejects.isEmpty)
    #expect(
      result.warnings.contains {
        $0.contains("1 line(s) with bytes ≥ 0x80 are also valid UTF-8 (the first is line 1)")
      },
      "\(result.warnings)")
  }

  /// The same in CSV data, where each field was decoded on its own: "NESCAFɮ" too.
  @Test func aLatin1CSVFieldThatIsAlsoUTF8IsDecodedAsDeclared() throws {
    let meta = TripleSEncodingTests.metadata(
      declaration: "ISO-8859-1", attribute: nil, csv: true, variables: [("Q1", 2, 2)])
    let data = Array("ID,Q1\n1,".utf8) + Self.nescafe + Array("\n2,caf".utf8) + [0xE9, 0x0A]
    let result = try TripleSEncodingTests.run(metadata: meta, data: data, csv: true)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["NESCAFÉ® machine broken", "café"])
  }

  /// Declared ISO-8859-1, but UTF-8 ("é" C3 A9 on line 2, "è" C3 A8) except for one Latin-1 "é"
  /// (E9) at line 3, byte 6 ("2,caf" is 5 bytes): 2 UTF-8 sequences against 1 stray byte, so
  /// either decoding garbles part of the file. Refused, naming the stray byte (it was read line by
  /// line, exit 0).
  @Test func mostlyUTF8DataWithAStrayByteIsRefused() throws {
    let meta = TripleSEncodingTests.metadata(
      declaration: "ISO-8859-1", attribute: nil, csv: true, variables: [("Q1", 2, 2)])
    let data = Array("ID,Q1\n1,café crème\n2,caf".utf8) + [0xE9, 0x0A]
    let result = try TripleSEncodingTests.run(metadata: meta, data: data, csv: true) { $0.keepGoing = true }
    guard case .undecidedReading(let path, 3, 6, let message)? = result.error else {
      Issue.record("expected undecidedReading at 3:6, got \(String(describing: result.error))")
      return
    }
    #expect(path.hasSuffix("survey.csv"))
    #expect(message.contains("UTF-8 except for 1 byte(s)"), "\(message)")
    #expect(message.contains("2 well-formed UTF-8 sequence(s), the first at 2:6"), "\(message)")
    #expect(message.contains("data-file-encoding=\"UTF-8\""), "\(message)")
    #expect(result.records.isEmpty)
  }

  /// What shows a file declared single-byte is UTF-8: a byte-order mark; under windows-1252 a
  /// byte it leaves undefined ("Á" is C3 81, and 0x81 is none of its characters); in fixed width,
  /// a line that fills the record in UTF-8 characters ("1café ok" is 8 characters, 9 bytes).
  @Test func utf8IsTakenWhereTheFileShowsIt() throws {
    let csvMeta = TripleSEncodingTests.metadata(
      declaration: "ISO-8859-1", attribute: nil, csv: true, variables: [("Q1", 2, 2)])
    let bom = try TripleSEncodingTests.run(
      metadata: csvMeta, data: [0xEF, 0xBB, 0xBF] + Array("ID,Q1\n1,café\n".utf8), csv: true)
    #expect(bom.records.map(\.text) == ["café"])
    #expect(
      bom.warnings.contains { $0.contains("decoded as UTF-8, not as ISO-8859-1") && $0.contains("byte-order mark") })
    let windowsMeta = TripleSEncodingTests.metadata(
      declaration: "windows-1252", attribute: nil, csv: true, variables: [("Q1", 2, 2)])
    let undefined = try TripleSEncodingTests.run(
      metadata: windowsMeta, data: Array("ID,Q1\n1,ÁLVARO\n".utf8), csv: true)
    #expect(undefined.records.map(\.text) == ["ÁLVARO"])
    #expect(undefined.warnings.contains { $0.contains("line 2 holds a byte windows-1252 leaves undefined") })
    let fixedMeta = TripleSEncodingTests.metadata(
      declaration: "ISO-8859-1", attribute: nil, csv: false, variables: [("Q1", 2, 6), ("Q2", 7, 8)])
    let fixed = try TripleSEncodingTests.run(metadata: fixedMeta, data: Array("1café ok\n".utf8), csv: false)
    #expect(fixed.records.map(\.text) == ["café", "ok"])
  }

  // MARK: Finding 3: JSONL members kept in a record, in meta, or a reject.

  static func jsonl(_ lines: [String], _ configure: (inout ImportOptions) -> Void = { _ in }) throws -> ImportResult {
    try Fixture.run(path: try Fixture.write("r.jsonl", lines.joined(separator: "\n") + "\n"), configure)
  }

  /// The review's lines: a "question" with its text in "answer". Written as "text" they are R1:Q5
  /// and R1:Q6; with "answer" the first became R1:answer (the question dropped) and the second a
  /// duplicate of it (exit 65).
  @Test func aQuestionNamesTheQuestionWhateverTheTextMemberIsCalled() throws {
    for member in ["answer", "text", "comment", "Q5_TEXT"] {
      let result = try Self.jsonl([
        #"{"respondent":"R1","question":"Q5","\#(member)":"Too slow"}"#,
        #"{"respondent":"R1","question":"Q6","\#(member)":"Nice staff"}"#,
      ])
      #expect(result.error == nil, "\(member): \(String(describing: result.error))")
      #expect(result.records.map(\.id) == ["R1:Q5", "R1:Q6"], "\(member)")
      #expect(result.records.map(\.text) == ["Too slow", "Nice staff"], "\(member)")
      #expect(result.records.allSatisfy { $0.meta.isEmpty }, "\(member)")
    }
  }

  /// Two members named like an answer and no "text": which one answers the question is unknown,
  /// so the line is rejected (neither vanishes unsaid).
  @Test func aQuestionWithTwoAnswerLikeMembersIsRejected() throws {
    let result = try Self.jsonl([#"{"respondent":"R1","question":"Q5","answer":"a","comment":"b"}"#]) {
      $0.keepGoing = true
    }
    #expect(result.records.isEmpty)
    #expect(result.rejects.map(\.line) == [1])
    #expect(result.rejects.first?.reason.contains("2 members named like an answer (answer, comment)") == true)
  }

  /// "id" beside "respondent": the respondent is R9 and "id": "A" goes to meta with a note, as the
  /// CSV reader keeps an id column it did not take (it vanished).
  @Test func anIDBesideTheRespondentGoesToMeta() throws {
    let result = try Self.jsonl([#"{"id":"A","respondent":"R9","comment":"y"}"#])
    #expect(result.records.map(\.id) == ["R9:comment"])
    #expect(result.records.first?.meta == [JSONMember("id", .string("A"))])
    #expect(
      result.warnings.contains { $0.contains("member respondent is taken as the respondent id; id would qualify") })
    // In the long form too.
    let long = try Self.jsonl([#"{"id":"A","respondent":"R9","question":"Q1","text":"y"}"#])
    #expect(long.records.first?.meta == [JSONMember("id", .string("A"))])
  }

  /// With --question comment, "text" is no answer: it goes to meta (it was neither a record nor
  /// meta); so does a "question_text" on a line without "question".
  @Test func membersThatAreNoAnswerGoToMeta() throws {
    let result = try Self.jsonl([#"{"id":"A","comment":"y","text":"z"}"#]) { $0.questions = ["comment"] }
    #expect(result.records.map(\.id) == ["A:comment"])
    #expect(result.records.first?.meta == [JSONMember("text", .string("z"))])
    let wide = try Self.jsonl([#"{"respondent":"R1","question_text":"How?","comment":"x"}"#])
    #expect(wide.records.map(\.id) == ["R1:comment"])
    #expect(wide.records.first?.meta == [JSONMember("question_text", .string("How?"))])
  }

  /// `verbatim import` output read again: its "id" is the record id R1:Q5 (respondent + ":" +
  /// question), already the record's, so it is neither meta nor noted; its meta stays its meta.
  @Test func importOutputReadAgainKeepsItsShape() throws {
    let result = try Self.jsonl([
      #"{"id":"R1:Q5","respondent":"R1","question":"Q5","question_text":"Why?","text":"Slow","meta":{"k":"v"}}"#
    ])
    #expect(result.records.map(\.id) == ["R1:Q5"])
    #expect(result.records.first?.questionText == "Why?")
    #expect(result.records.first?.meta == [JSONMember("k", .string("v"))])
    #expect(!result.warnings.contains { $0.contains("would qualify") }, "\(result.warnings)")
  }

  // MARK: Finding 4: a repeated Qualtrics header block is rejected as a whole.

  /// A Qualtrics CSV (header, question-text row, ImportId row, two responses) appended to itself.
  static let qualtrics = """
    ResponseId,Q1,Q2_TEXT
    Response ID,How likely?,Why?
    {"ImportId":"_recordId"},{"ImportId":"QID1"},{"ImportId":"QID2_TEXT"}
    R_1,5,Too slow
    R_2,3,Fine

    """

  /// Lines 6–8 are the header block again: all three are rejected with the reason (rows 7 and 8
  /// were imported as respondents "Response ID" and {"ImportId":…}). Lines 9–10 repeat R_1 and
  /// R_2: their one answer each is rejected as a duplicate respondent. Counts: 4 respondents (the
  /// data rows), 4 answers = 2 records + 2 rejected answers, and 3 header rows rejected whole: 5.
  @Test func aRepeatedQualtricsHeaderBlockIsRejectedWhole() throws {
    let path = try Fixture.write("twice.csv", Self.qualtrics + Self.qualtrics)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["R_1:Q2_TEXT", "R_2:Q2_TEXT"])
    #expect(result.rejects.map(\.line) == [6, 7, 8, 9, 10])
    #expect(
      result.rejects[1].reason.hasPrefix("Qualtrics' question-text row again, after the header row again at line 6"))
    #expect(result.rejects[2].reason.hasPrefix("Qualtrics' ImportId row again, after the header row again at line 6"))
    #expect(result.rejects[0...2].allSatisfy { $0.respondent == nil })
    #expect(result.summary.respondents == 4)
    #expect(result.summary.records == 2 && result.summary.rejected == 5 && result.summary.rejectedAnswers == 2)
  }

  /// An export without the ImportId row (two header rows): its question-text row repeated is
  /// rejected too, and a data row right after a repeated header is still a respondent.
  @Test func aRepeatedQuestionTextRowAloneIsRejected() throws {
    let block = "ResponseId,Q2_TEXT\nResponse ID,Why?\nR_1,Too slow\n"
    let path = try Fixture.write("two.csv", block + block.replacingOccurrences(of: "R_1", with: "R_2"))
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.records.map(\.id) == ["R_1:Q2_TEXT", "R_2:Q2_TEXT"])
    #expect(result.rejects.map(\.line) == [4, 5])
    #expect(result.summary.respondents == 2)
  }
}

/// QA review 40: overlapping positions were accepted, so a serial at 1–4 and a text variable at
/// 3–12 gave a verbatim starting with the id's digits. The Triple-S standard gives each position
/// to one variable: the metadata is refused, naming both variables and their positions.
@Suite struct TripleSOverlapTests {
  @Test func overlappingPositionsAreRefused() throws {
    let meta = TripleSEncodingTests.metadata(
      declaration: "UTF-8", attribute: nil, csv: false, variables: [("A", 2, 5), ("B", 5, 9)])
    let refused = try TripleSEncodingTests.run(metadata: meta, data: Array("1abcdefgh\n".utf8), csv: false)
    let error = try #require(refused.error)
    #expect(refused.records.isEmpty)
    #expect("\(error)".contains("\"B\" (positions 5–9) overlaps \"A\" (positions 2–5"), "\(error)")
    let apart = TripleSEncodingTests.metadata(
      declaration: "UTF-8", attribute: nil, csv: false, variables: [("A", 2, 5), ("B", 6, 9)])
    let result = try TripleSEncodingTests.run(metadata: apart, data: Array("1abcdefgh\n".utf8), csv: false)
    #expect(result.records.map(\.text) == ["abcd", "efgh"])
  }
}

/// QA review 40: an XML file declaring windows-1252 whose answers hold one UTF-8 "é" (C3 A9) among
/// more stray windows-1252 bytes (93, 94, 96, E9) is read as declared, the "é" as "Ã©", without a
/// word. It now warns with the first sequence's position (line 2, column 39 here: the answer starts
/// after 38 bytes of markup on line 2).
@Suite struct MixedEncodingWarningTests {
  @Test func utf8SequencesInASingleByteFileAreNamed() throws {
    let directory = try TestSupport.temporaryDirectory()
    let file = directory.appendingPathComponent("w.xml")
    var bytes = Array("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n".utf8)
    bytes += Array("<survey><respondent id=\"1\"><answer>Ren".utf8) + [0xC3, 0xA9] + Array("e said ".utf8)
    bytes += [0x93] + Array("great".utf8) + [0x94, 0x20, 0x96] + Array(" caf".utf8) + [0xE9]
    bytes += Array("</answer></respondent></survey>\n".utf8)
    try Data(bytes).write(to: file)
    let map = directory.appendingPathComponent("m.json")
    try Data(#"{"record":"respondent","id":"@id","text":"answer"}"#.utf8).write(to: map)
    let result = try Fixture.run(path: file.path) { $0.mapPath = map.path }
    #expect(result.error == nil)
    #expect(result.records.map(\.text) == ["RenÃ©e said “great” – café"])
    #expect(
      result.warnings.contains { $0.contains("holds 1 UTF-8 sequence(s) (first at line 2, column 39)") },
      "\(result.warnings)")
  }
}
