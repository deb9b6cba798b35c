import Foundation
import SurveyImport
import TestSupport
import Testing

/// QA review 23 #11–#15 and #18: messages that named the wrong cause, options ignored without a
/// word, and a stray NUL byte that refused a whole Triple-S data file.
@Suite struct ImportQA23Tests {
  private static func write(_ name: String, _ bytes: [UInt8], in directory: URL? = nil) throws -> String {
    try FlatFormatFindingsTests.write(name, Data(bytes), in: directory)
  }

  /// UTF-32 (libxml2 has no decoder for it): the message names UTF-32 and the conversion, with or
  /// without a byte-order mark, and never blames `--encoding`, which was not given.
  @Test func utf32IsNamedAsSuch() throws {
    let xml = "<?xml version=\"1.0\" encoding=\"UTF-32\"?><Responses></Responses>"
    var littleEndian: [UInt8] = []
    for scalar in xml.unicodeScalars {
      let value = scalar.value
      littleEndian += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
    for (name, bytes) in [("bom.xml", [0xFF, 0xFE, 0x00, 0x00] + littleEndian), ("nobom.xml", littleEndian)] {
      let result = try Fixture.run(path: try Self.write(name, bytes))
      let error = try #require(result.error, "\(name)")
      #expect(error.description.contains("UTF-32 text"), "\(error)")
      #expect(error.description.contains("iconv -f UTF-32 -t UTF-8"), "\(error)")
      #expect(error.exitStatus.rawValue == 65)
    }
  }

  /// `--encoding` on an XML export is a usage error whatever encoding it names (utf-16 turned the
  /// UTF-8 file into "plain text, not XML").
  @Test func encodingOnXMLIsAUsageError() throws {
    let path = try FlatFormatFindingsTests.write(
      "x.xml", "<Responses><Response><_recordId>R_1</_recordId><Q1_TEXT>ok</Q1_TEXT></Response></Responses>\n")
    for encoding in [SourceEncoding.utf16, .windows1252] {
      let result = try Fixture.run(path: path) { $0.encoding = encoding }
      let error = try #require(result.error)
      #expect(error.exitStatus == .usage, "\(encoding): \(error)")
      #expect(error.description.contains("an XML file declares its own encoding"), "\(error)")
    }
  }

  /// A companion file for another format is refused, not ignored.
  @Test func companionFilesOfAnotherFormatAreRefused() throws {
    let directory = try TestSupport.temporaryDirectory()
    let csv = try FlatFormatFindingsTests.write("e.csv", "id,comment\n1,fine\n", in: directory)
    let xml = try FlatFormatFindingsTests.write(
      "q.xml", "<Responses><Response><_recordId>R_1</_recordId><Q1_TEXT>ok</Q1_TEXT></Response></Responses>\n",
      in: directory)
    let companion = try FlatFormatFindingsTests.write("c.txt", "{}", in: directory)
    let cases: [(String, String, (inout ImportOptions) -> Void)] = [
      (csv, "--qsf", { $0.qsfPath = companion }),
      (xml, "--lss", { $0.lssPath = companion }),
      (xml, "--data", { $0.dataPath = companion }),
      (csv, "--map", { $0.mapPath = companion }),
    ]
    for (path, option, configure) in cases {
      let result = try Fixture.run(path: path, configure)
      let error = try #require(result.error, "\(option)")
      #expect(error.exitStatus == .usage, "\(option): \(error)")
      #expect(error.description.hasPrefix("\(option) applies to"), "\(error)")
      #expect(result.records.isEmpty)
    }
  }

  /// One NUL byte in an ASCII fixed-width data file is data, not a sign of UTF-16: the other
  /// records are imported (the file was refused as "UTF-16 data files are not supported").
  @Test func aStrayNulInTripleSDataIsNotUTF16() throws {
    let directory = try TestSupport.temporaryDirectory()
    let sss = try FlatFormatFindingsTests.write(
      "n.sss",
      FlatFormatFindingsTests.sssHead
        + "<variable ident=\"2\" type=\"character\"><name>OE</name><position start=\"2\" finish=\"5\"/></variable>\n</record></survey></sss>\n",
      in: directory)
    let data = try Self.write("n.asc", Array("1abcd\n2efgh\n3ij".utf8) + [0] + Array("l\n".utf8), in: directory)
    let result = try Fixture.run(path: sss) { $0.dataPath = data }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["abcd", "efgh", "ij\u{0}l"])
    // Real UTF-16 is still refused with the conversion.
    let utf16 = try Self.write(
      "u.asc", Array("1abcd\n2efgh\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), in: directory)
    let refused = try Fixture.run(path: sss) { $0.dataPath = utf16 }
    #expect(refused.error?.description.contains("UTF-16 data files are not supported") == true)
  }

  /// A file with an XML declaration and no element, and an empty ZIP archive, say what they are.
  @Test func emptyDocumentsSayWhatTheyAre() throws {
    let prolog = try Fixture.run(path: try FlatFormatFindingsTests.write("p.xml", "<?xml version=\"1.0\"?>\n"))
    #expect(prolog.error?.description.contains("no root element") == true, "\(String(describing: prolog.error))")
    let trailing = try Fixture.run(path: try FlatFormatFindingsTests.write("t.xml", "<Responses/>junk"))
    #expect(trailing.error?.description.contains("text after the end") == true, "\(String(describing: trailing.error))")
    let zip = try Fixture.run(
      path: try Self.write("e.lsa", [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)))
    #expect(zip.error?.description.contains("an empty ZIP archive") == true, "\(String(describing: zip.error))")
  }

  /// Triple-S metadata without a serial variable: the case numbers are the respondents, and a note
  /// says so (a CSV without an id column says so too).
  @Test func tripleSWithoutASerialSaysRespondentsAreNumbered() throws {
    let directory = try TestSupport.temporaryDirectory()
    let sss = try FlatFormatFindingsTests.write(
      "ns.sss",
      "<?xml version=\"1.0\"?><sss version=\"2.0\"><survey><record ident=\"A\">\n"
        + "<variable ident=\"1\" type=\"character\"><name>OE</name><position start=\"1\" finish=\"4\"/></variable>\n"
        + "</record></survey></sss>\n",
      in: directory)
    let data = try FlatFormatFindingsTests.write("ns.asc", "abcd\nefgh\n", in: directory)
    let result = try Fixture.run(path: sss) { $0.dataPath = data }
    #expect(result.records.map(\.respondent) == ["1", "2"])
    #expect(result.warnings.contains { $0.contains("no serial variable") })
    let serialSSS = try FlatFormatFindingsTests.write(
      "s.sss",
      "<?xml version=\"1.0\"?><sss version=\"2.0\"><survey><record ident=\"A\">\n"
        + "<variable ident=\"1\" type=\"character\" use=\"serial\"><name>ID</name><position start=\"1\" finish=\"1\"/></variable>\n"
        + "<variable ident=\"2\" type=\"character\"><name>OE</name><position start=\"2\" finish=\"5\"/></variable>\n"
        + "</record></survey></sss>\n",
      in: directory)
    let serialData = try FlatFormatFindingsTests.write("s.asc", "7abcd\n", in: directory)
    let withSerial = try Fixture.run(path: serialSSS) { $0.dataPath = serialData }
    #expect(withSerial.records.map(\.respondent) == ["7"])
    #expect(!withSerial.warnings.contains { $0.contains("no serial variable") })
  }

  /// Qualtrics' older CSV: the question-text row under the header is no response, and a note names
  /// its line so the row's absence from the counts is visible; a data row is never taken for it.
  @Test func qualtricsQuestionTextRowIsNamed() throws {
    let older = try FlatFormatFindingsTests.write("qh.csv", "ResponseId,Q1_TEXT\nResponse ID,Why?\nR_2,fine\n")
    let result = try Fixture.run(path: older)
    #expect(result.records.map(\.respondent) == ["R_2"])
    #expect(
      result.warnings.contains { $0.contains("line 2 read as Qualtrics' question-text row") }, "\(result.warnings)")
    let plain = try FlatFormatFindingsTests.write("qp.csv", "ResponseId,Q1_TEXT\nR_1,ok\nR_2,fine\n")
    let plainResult = try Fixture.run(path: plain)
    #expect(plainResult.records.map(\.respondent) == ["R_1", "R_2"])
    #expect(!plainResult.warnings.contains { $0.contains("question-text row") })
  }

  /// An open-ended column the `.qsf` does not describe (another survey's file) is still imported,
  /// and a note names it; the columns the `.qsf` describes get no such note.
  @Test func qualtricsColumnMissingFromTheQSFIsNamed() throws {
    let directory = try TestSupport.temporaryDirectory()
    let qsf = try FlatFormatFindingsTests.write(
      "s.qsf",
      #"{"SurveyElements": [{"Element": "SQ", "Payload": {"QuestionID": "QID2", "DataExportTag": "Q2", "#
        + #""QuestionText": "Why?", "QuestionType": "TE", "Selector": "ML"}}]}"#,
      in: directory)
    let xml = try FlatFormatFindingsTests.write(
      "r.xml",
      "<Responses><Response><_recordId>R_1</_recordId><QID2_TEXT>Slow</QID2_TEXT>"
        + "<QID99_TEXT>Other</QID99_TEXT></Response></Responses>\n",
      in: directory)
    let result = try Fixture.run(path: xml) { $0.qsfPath = qsf }
    #expect(result.records.map(\.text) == ["Slow", "Other"])
    #expect(result.records.map(\.questionText) == ["Why?", nil])
    let notes = result.warnings.filter { $0.contains("not in the .qsf") }
    #expect(notes.count == 1 && notes[0].contains("(QID99_TEXT)"), "\(result.warnings)")
  }
}
