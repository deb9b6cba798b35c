import Foundation
import SurveyImport
import TestSupport
import Testing
import VerbatimCore

/// The review findings on CSV, JSONL and Triple-S import (FINDINGS.md #6–#10, #13, #15, #18):
/// each input is built here, a few lines long, so the expected outcome can be read off it.
@Suite struct FlatFormatFindingsTests {
  /// Writes `contents` to `name` in a new temporary directory and returns its path.
  static func write(_ name: String, _ contents: String, in directory: URL? = nil) throws -> String {
    try write(name, Data(contents.utf8), in: directory)
  }

  static func write(_ name: String, _ contents: Data, in directory: URL? = nil) throws -> String {
    let directory = try directory ?? TestSupport.temporaryDirectory()
    let url = directory.appendingPathComponent(name)
    try contents.write(to: url)
    return url.path
  }

  static func keepGoing(_ options: inout ImportOptions) { options.keepGoing = true }

  // MARK: #6 — bounded fields and records

  @Test func lineReaderReportsAnOverLongLineWithoutKeepingIt() throws {
    let path = try Self.write(
      "lines.txt", "short\n" + String(repeating: "x", count: 100) + "\nafter\nlast-no-newline-xyz-12")
    let reader = try LineReader(path: path, chunkSize: 16)
    var lines: [String] = []
    var tooLong: [(Int, Int)] = []
    try reader.forEachLine(maximumLength: 20) { line, length in
      tooLong.append((line, length))
      return true
    } _: { bytes, line in
      lines.append("\(line):" + String(decoding: bytes, as: UTF8.self))
      return true
    }
    #expect(lines == ["1:short", "3:after"])
    #expect(tooLong.map(\.0) == [2, 4])
    #expect(tooLong.map(\.1) == [100, 22])
  }

  @Test func csvFieldOverTheXMLTextLimitIsRejectedWithItsLine() throws {
    let big = String(repeating: "a", count: ImportLimits.maximumFieldBytes + 1)
    let path = try Self.write("big.csv", "id,comment\n1,fine\n2,\"\n\(big)\"\n3,also fine\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.map(\.id) == ["1:comment", "3:comment"])
    #expect(result.records.last?.text == "also fine")
    #expect(result.rejects.count == 1)
    #expect(result.rejects.first?.file == path)
    #expect(result.rejects.first?.line == 3)
    // The field starts on line 3, column 3 (its opening quote), and spans two lines.
    #expect(result.rejects.first?.column == 3)
    #expect(result.rejects.first?.reason.hasPrefix("field 2 is larger") == true)
    #expect(result.rejects.first?.reason.contains("10,000,000-byte limit") == true)
    // Without --keep-going the import stops there with file and line.
    let strict = try Fixture.run(path: path)
    #expect(
      strict.error == .rejected(path: path, line: 3, column: 3, reason: result.rejects[0].reason, recordsBefore: 1))
    #expect(strict.error?.description.hasPrefix(path + ":3:3: field 2 is larger") == true)
  }

  @Test func jsonlLineOverTheRecordLimitIsRejectedWithItsLine() throws {
    let big = String(repeating: "b", count: ImportLimits.maximumRecordBytes + 10)
    let path = try Self.write(
      "big.jsonl", "{\"id\":\"1\",\"text\":\"\(big)\"}\n{\"id\":\"2\",\"text\":\"ok\"}\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.map(\.id) == ["2:text"])
    #expect(result.rejects.map(\.line) == [1])
    #expect(result.rejects.first?.reason.contains("16 MiB limit") == true)
    #expect(result.summary.respondents == 2)
  }

  /// QA review 39: a CSV row of millions of empty fields took gigabytes (16 million commas, 3 GB);
  /// a row of more than 100,000 fields is rejected, as an XML record of more child elements is.
  @Test func csvRowOverTheFieldLimitIsRejectedWithItsLine() throws {
    let wide = "2" + String(repeating: ",", count: ImportLimits.maximumFields)
    let path = try Self.write("wide.csv", "id,comment\n1,hi\n\(wide)\n3,ok\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.map(\.text) == ["hi", "ok"])
    #expect(result.rejects.map(\.line) == [3])
    #expect(result.rejects.first?.reason.contains("more than 100000 fields") == true)
  }

  /// The same limit for a JSONL line's members.
  @Test func jsonlLineOverTheFieldLimitIsRejectedWithItsLine() throws {
    var wide = "{\"id\":\"2\""
    for index in 0..<ImportLimits.maximumFields { wide += ",\"f\(index)\":1" }
    wide += ",\"text\":\"x\"}"
    let path = try Self.write("wide.jsonl", "{\"id\":\"1\",\"text\":\"hi\"}\n\(wide)\n{\"id\":\"3\",\"text\":\"ok\"}\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.map(\.text) == ["hi", "ok"])
    #expect(result.rejects.map(\.line) == [2])
    #expect(result.rejects.first?.reason.contains("more than 100000 fields") == true)
  }

  // MARK: #7 — Triple-S positions

  static let sssHead = """
    <?xml version="1.0" encoding="UTF-8"?>
    <sss version="2.0"><survey><title>t</title>
    <record ident="A">
    <variable ident="1" type="single"><name>Q1</name><position start="1"/></variable>

    """

  @Test(arguments: [
    ("<position start=\"5\" finish=\"2\"/>", "finish 2 is before start 5"),
    ("", "no <position"),
    ("<position start=\"abc\" finish=\"5\"/>", "start=\"abc\"> is not a whole number"),
    ("<position start=\"2\" finish=\"x\"/>", "finish=\"x\"> is not a whole number"),
    ("<position start=\"0\" finish=\"3\"/>", "start=\"0\"> is not a whole number of at least 1"),
  ])
  func invalidPositionIsAMetadataErrorNamingTheVariable(position: String, problem: String) throws {
    let directory = try TestSupport.temporaryDirectory()
    let sss = try Self.write(
      "s.sss",
      Self.sssHead
        + "<variable ident=\"2\" type=\"character\"><name>OE</name>\(position)</variable>\n</record></survey></sss>\n",
      in: directory)
    _ = try Self.write("s.asc", "1abcd\n", in: directory)
    let result = try Fixture.run(path: sss)
    let error = try #require(result.error)
    #expect(error.exitStatus == .dataError)
    #expect(error.description.contains("invalid Triple-S metadata: variable \"OE\" (ident 2)"), "\(error)")
    #expect(error.description.contains(problem), "\(error)")
    #expect(error.description.hasPrefix(sss + ":5: invalid Triple-S metadata"), "\(error)")
    #expect(result.records.isEmpty)
  }

  // MARK: #8 — Triple-S data rows

  static let csvSSS = """
    <?xml version="1.0" encoding="UTF-8"?>
    <sss version="2.0"><survey><title>t</title>
    <record ident="A" format="csv" skip="1">
    <variable ident="1" type="quantity"><name>RESPID</name><position start="1"/></variable>
    <variable ident="2" type="character"><name>OE1</name><label>Why?</label><position start="2"/></variable>
    </record></survey></sss>

    """

  @Test func tripleSCSVRowWithTooManyFieldsIsRejectedNamingTheDataFile() throws {
    let directory = try TestSupport.temporaryDirectory()
    let sss = try Self.write("b8.sss", Self.csvSSS, in: directory)
    let data = try Self.write("b8.csv", "RESPID,OE1\n1,ok\n2,\"first\",\"SECOND\"\n3\n", in: directory)
    let result = try Fixture.run(path: sss) {
      $0.dataPath = data
      $0.keepGoing = true
    }
    #expect(result.records.map(\.text) == ["ok"])
    #expect(result.rejects.map(\.file) == [data, data])
    #expect(result.rejects.map(\.line) == [3, 4])
    #expect(result.rejects.first?.reason == "the record has 3 field(s), the metadata describes 2")
    let strict = try Fixture.run(path: sss) { $0.dataPath = data }
    #expect(strict.error?.description.hasPrefix(data + ":3: ") == true, "\(String(describing: strict.error))")
  }

  /// QA review 31 (L16): a code that the variable's <values> do not list, and an answer longer than
  /// its <size>, are imported as they are and said once per variable, with the count and first line.
  @Test func tripleSValuesOutsideTheMetadataAreKeptAndWarned() throws {
    let directory = try TestSupport.temporaryDirectory()
    let sss = try Self.write(
      "v.sss",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <sss version="2.0"><survey><title>t</title>
      <record ident="A" format="csv" skip="1">
      <variable ident="1" type="single"><name>R</name><position start="1"/>
      <values><value code="1">Yes</value><value code="2">No</value></values></variable>
      <variable ident="2" type="character"><name>OE</name><position start="2"/><size>5</size></variable>
      </record></survey></sss>

      """, in: directory)
    let data = try Self.write("v.csv", "R,OE\n1,short\n7,much too long\n9,ok\n", in: directory)
    let result = try Fixture.run(path: sss) { $0.dataPath = data }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["short", "much too long", "ok"])
    #expect(result.records[1].meta.first?.value == .string("7"))
    let codes = result.warnings.filter { $0.contains("variable R: 2 value(s) not among the codes") }
    #expect(codes.count == 1 && codes[0].contains("first \"7\" at line 3"), "\(result.warnings)")
    let sizes = result.warnings.filter { $0.contains("variable OE: 1 answer(s) longer than its <size>") }
    #expect(sizes.count == 1 && sizes[0].contains("line 3"), "\(result.warnings)")
  }

  /// fw.sss: the single-choice Q1 in position 1 and a character variable, OE, in positions 2–5.
  static func writeFixedWidthSurvey(in directory: URL) throws -> String {
    try write(
      "fw.sss",
      sssHead
        + "<variable ident=\"2\" type=\"character\"><name>OE</name><position start=\"2\" finish=\"5\"/></variable>\n</record></survey></sss>\n",
      in: directory)
  }

  @Test func tripleSFixedWidthLineWithTrailingDataIsRejectedButPaddingIsNot() throws {
    let directory = try TestSupport.temporaryDirectory()
    let sss = try Self.writeFixedWidthSurvey(in: directory)
    let data = try Self.write("fw.asc", "1abcd\n2efgh   \n3ijklEXTRA\n4mn\n", in: directory)
    let result = try Fixture.run(path: sss) {
      $0.dataPath = data
      $0.keepGoing = true
    }
    #expect(result.records.map(\.text) == ["abcd", "efgh"])
    #expect(result.rejects.map(\.line) == [3, 4])
    #expect(result.rejects.map(\.file) == [data, data])
    #expect(result.rejects.first?.reason.contains("data after column 5") == true)
    #expect(result.summary.respondents == 4)
  }

  /// QA review 29: a CSV column without a name is noted (it went to meta under "" without a word),
  /// and --question may not name the id column (it was imported as answer text).
  @Test func unnamedColumnsAreNotedAndTheIdIsNoQuestion() throws {
    let directory = try TestSupport.temporaryDirectory()
    let csv = try Self.write("odd.csv", "id,,comment\nr1,x,fine\n", in: directory)
    let result = try Fixture.run(path: csv)
    #expect(result.records.map(\.text) == ["fine"])
    #expect(
      result.warnings.contains { $0.contains("column(s) 2 of the CSV header have no name") }, "\(result.warnings)")
    let asQuestion = try Fixture.run(path: csv) { $0.questions = ["id"] }
    guard case .usage(let message)? = asQuestion.error else {
      Issue.record("expected a usage error, got \(String(describing: asQuestion.error))")
      return
    }
    #expect(message.contains("--question id names the respondent id column"))
  }

  /// QA review 29: empty lines in Triple-S data hold no respondent; they are counted in a note
  /// (they were skipped without a word).
  @Test func tripleSEmptyDataLinesAreCounted() throws {
    let directory = try TestSupport.temporaryDirectory()
    let sss = try Self.writeFixedWidthSurvey(in: directory)
    let data = try Self.write("fw.asc", "1abcd\n\n2efgh\n\n", in: directory)
    let result = try Fixture.run(path: sss) { $0.dataPath = data }
    #expect(result.records.map(\.text) == ["abcd", "efgh"])
    #expect(result.warnings.contains { $0.contains("\(data): 2 empty line(s) skipped") }, "\(result.warnings)")
  }

  @Test func tripleSSaysWhetherPositionsCountCharactersOrBytes() throws {
    let result = try Fixture.run("survey.sss")
    let note = try #require(result.warnings.first { $0.contains("fixed-width positions") })
    // One reading for the file (QA review 40): line 1, "1Café      42", is 13 characters (the record
    // length) and 14 bytes with "2" past position 13, so it fits only in characters; lines 1, 3 and
    // 4 hold "é" or "ï", line 2 is ASCII.
    #expect(note.contains("counted in characters in the whole file (line 1 fits the record only so)"), "\(note)")
    #expect(note.contains("3 record(s) with multi-byte characters read so"), "\(note)")
    #expect(note.contains("1 record(s) hold single-byte characters only"), "\(note)")
  }

  @Test func tripleSUTF16CSVDataIsRefusedWithHowToConvert() throws {
    let directory = try TestSupport.temporaryDirectory()
    let sss = try Self.write("u.sss", Self.csvSSS, in: directory)
    var bytes = Data([0xFF, 0xFE])
    bytes.append("RESPID,OE1\r\n1,ok\r\n".data(using: .utf16LittleEndian)!)
    let data = try Self.write("u.csv", bytes, in: directory)
    let result = try Fixture.run(path: sss) { $0.dataPath = data }
    let error = try #require(result.error)
    #expect(error.description.contains("UTF-16 data files are not supported"), "\(error)")
    #expect(error.description.contains("iconv"), "\(error)")
    #expect(error.description.hasPrefix(data), "\(error)")
  }

  /// A UTF-16 byte-order mark is unambiguous: a CSV or JSONL export saved as "Unicode text" is
  /// read without --encoding, little- or big-endian (review r6).
  @Test func utf16ExportsWithAByteOrderMarkNeedNoEncodingOption() throws {
    let text = "id,comment\r\nr1,Très bien 👍\r\nr2,late again\r\n"
    var little = Data([0xFF, 0xFE])
    little.append(text.data(using: .utf16LittleEndian)!)
    var big = Data([0xFE, 0xFF])
    big.append(text.data(using: .utf16BigEndian)!)
    var jsonl = Data([0xFF, 0xFE])
    jsonl.append(#"{"id":"r1","text":"Très bien 👍"}"#.data(using: .utf16LittleEndian)!)
    for (name, bytes) in [("le.csv", little), ("be.csv", big)] {
      let result = try Fixture.run(path: try Self.write(name, bytes))
      #expect(result.error == nil, "\(name): \(String(describing: result.error))")
      #expect(result.records.map(\.text) == ["Très bien 👍", "late again"], "\(name)")
    }
    let json = try Fixture.run(path: try Self.write("u.jsonl", jsonl))
    #expect(json.records.map(\.text) == ["Très bien 👍"], "\(String(describing: json.error))")
  }

  @Test func directoryAsTripleSDataCannotBeOpened() throws {
    let directory = try TestSupport.temporaryDirectory()
    let sss = try Self.write("d.sss", Self.csvSSS, in: directory)
    let fixed = try Self.write("f.sss", Self.sssHead + "</record></survey></sss>\n", in: directory)
    for metadata in [sss, fixed] {
      let result = try Fixture.run(path: metadata) { $0.dataPath = directory.path }
      #expect(result.error?.exitStatus == .cannotOpen, "\(String(describing: result.error))")
    }
  }

  // MARK: #15 — use="serial"

  @Test func tripleSSerialVariableIsTheRespondentId() throws {
    let directory = try TestSupport.temporaryDirectory()
    let sss = try Self.write(
      "serial.sss", Self.csvSSS.replacingOccurrences(of: "type=\"quantity\"", with: "type=\"quantity\" use=\"serial\""),
      in: directory)
    let data = try Self.write("serial.csv", "RESPID,OE1\n1001,hello\n,orphan\n1002,world\n", in: directory)
    let result = try Fixture.run(path: sss) {
      $0.dataPath = data
      $0.keepGoing = true
    }
    #expect(result.records.map(\.id) == ["1001:OE1", "1002:OE1"])
    #expect(result.records.first?.meta == [])
    #expect(result.rejects.map(\.line) == [3])
    #expect(result.rejects.first?.reason == "empty respondent id (serial variable RESPID)")
  }

  // MARK: #9 — ids

  @Test func csvEmptyIdIsRejectedAndOnlyAFileWithoutIdColumnIsNumbered() throws {
    let path = try Self.write("ids.csv", "id,comment\n,first\n1,second\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.map(\.id) == ["1:comment"])
    #expect(result.rejects.map(\.reason) == ["empty respondent id (column id)"])
    let numbered = try Fixture.run(path: try Self.write("noid.csv", "comment\nfirst\nsecond\n"))
    #expect(numbered.records.map(\.id) == ["1:comment", "2:comment"])
  }

  /// QA review 16: Excel leaves rows of bare delimiters (`,,,,`) where cells were cleared. They were
  /// rejected as "empty respondent id", which without --keep-going stopped the whole import. They
  /// hold no respondent and no answer: skipped, and counted in a note. A row with only an id or
  /// only an answer is still a row (rejected or imported as before).
  @Test func csvRowsOfBareDelimitersAreSkippedAndCounted() throws {
    let path = try Self.write(
      "excel.csv", "id,score,comment\r\n1,5,good\r\n,,\r\n2,1,slow\r\n,,\r\n , ,\r\n")
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["1:comment", "2:comment"])
    #expect(result.summary.respondents == 2)
    #expect(result.summary.rejected == 0)
    #expect(
      result.warnings.contains { $0.contains("note: 3 row(s) with no value in any column") && $0.contains("line 3") })
    // Without an id column rows are numbered; a skipped row keeps its number, so the rows after it
    // keep theirs (the code review: "bad" became respondent 2).
    let numbered = try Fixture.run(path: try Self.write("noid.csv", "comment,age\ngood,3\n,\nbad,4\n"))
    #expect(numbered.records.map(\.id) == ["1:comment", "3:comment"])
    let partial = try Fixture.run(
      path: try Self.write("partial.csv", "id,score,comment\n1,5,good\n,,late\n"), Self.keepGoing)
    #expect(partial.rejects.map(\.reason) == ["empty respondent id (column id)"])
  }

  /// QA review 16: "7 rejected" mixed whole rows (a short row) and single answers (a repeated
  /// respondent's answers). The summary now says which, and still adds up.
  @Test func theSummarySaysWhatWasRejected() throws {
    let path = try Self.write("mixed.csv", "id,comment,other_text\n1,good,fine\n1,again,again\n2,short\n3,ok,ok\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.summary.rejected == 3 && result.summary.rejectedAnswers == 2)
    #expect(result.summary.description.hasSuffix("3 rejected (1 whole row(s) or response(s), 2 answer(s))"))
    var rows = ImportSummary()
    rows.rejected = 2
    #expect(rows.description.hasSuffix("2 rejected row(s) or response(s)"))
    #expect(ImportSummary().description.hasSuffix("0 rejected"))
  }

  @Test func jsonlMissingNullAndEmptyIdsAreRejected() throws {
    let path = try Self.write(
      "ids.jsonl",
      "{\"id\":\"2\",\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"id\":null,\"text\":\"c\"}\n{\"id\":\"\",\"text\":\"d\"}\n"
        + "{\"id\":[1],\"text\":\"e\"}\n{\"respondent\":7,\"text\":\"f\"}\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.map(\.id) == ["2:text", "7:text"])
    #expect(result.rejects.map(\.line) == [2, 3, 4, 5])
    #expect(result.rejects[1].reason.contains("is null"))
    #expect(result.rejects[2].reason.contains("is empty"))
    #expect(result.rejects[3].reason.contains("not a string or a number"))
    #expect(result.summary.respondents == result.summary.records + result.summary.rejected)
  }

  /// Review h59c: a long-form line whose "question" is empty or blank named no question, and its
  /// record id came out as "R1:"; it is a reject with its line and reason, and the counts add up.
  @Test func jsonlEmptyQuestionIsRejected() throws {
    let path = try Self.write(
      "empty-question.jsonl",
      "{\"respondent\":\"R1\",\"question\":\"Q1\",\"text\":\"a\"}\n"
        + "{\"respondent\":\"R2\",\"question\":\"\",\"text\":\"b\"}\n"
        + "{\"respondent\":\"R3\",\"question\":\"  \",\"text\":\"c\"}\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.map(\.id) == ["R1:Q1"])
    #expect(result.rejects.map(\.line) == [2, 3])
    #expect(result.rejects.allSatisfy { $0.reason.contains("\"question\" member is empty") })
  }

  /// Review r20b: `null` is how JSON writes "not answered": a blank answer, counted as blank and
  /// written with --keep-blank (it was rejected, and with --keep-going the question then counted as
  /// never found, exit 2). The counts add up: two respondents × two questions = records + blank.
  @Test func jsonlNullAnswersAreBlank() throws {
    let path = try Self.write(
      "nulls.jsonl",
      "{\"respondent\":1,\"feedback\":\"a\",\"comment\":null}\n{\"respondent\":2,\"feedback\":\"b\",\"comment\":null}\n"
        + "{\"respondent\":3,\"question\":\"Q1\",\"text\":null}\n")
    let result = try Fixture.run(path: path) { $0.questions = ["feedback", "comment"] }
    #expect(result.error == nil)
    #expect(result.rejects.isEmpty)
    #expect(result.records.map(\.id) == ["1:feedback", "2:feedback"])
    #expect(result.summary.blank == 2)
    let all = try Fixture.run(path: path) {
      $0.questions = ["feedback", "comment"]
      $0.keepBlank = true
    }
    #expect(all.records.map(\.id) == ["1:feedback", "1:comment", "2:feedback", "2:comment"], "\(all.rejects)")
    #expect(all.records.last?.text == "")
    let single = try Fixture.run(
      path: try Self.write("q1null.jsonl", "{\"respondent\":3,\"question\":\"Q1\",\"text\":null}\n")
    ) {
      $0.keepBlank = true
    }
    #expect(single.records.map(\.id) == ["3:Q1"], "\(single.rejects)")
    #expect(single.summary.blank == 1)
  }

  @Test func jsonlMetaObjectIsTheRecordsMetadataNotANestedMember() throws {
    // A line written by `verbatim import` (its metadata in "meta") re-imports with the same
    // metadata, not as meta.meta (review r8b); other top-level members join it; a top-level member
    // that repeats one of "meta" with the same value is one field, with another value the line is
    // rejected (no value is dropped silently).
    let path = try Self.write(
      "meta.jsonl",
      "{\"id\":\"a\",\"text\":\"t\",\"meta\":{\"channel\":\"app\"},\"store\":\"x\"}\n"
        + "{\"id\":\"b\",\"question\":\"Q1\",\"text\":\"t\",\"meta\":{\"channel\":\"app\"},\"channel\":\"app\"}\n"
        + "{\"id\":\"c\",\"text\":\"t\",\"meta\":{\"channel\":\"app\"},\"channel\":\"web\"}\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.map(\.id) == ["a:text", "b:Q1"])
    #expect(result.records.first?.meta == [JSONMember("channel", .string("app")), JSONMember("store", .string("x"))])
    #expect(result.records.last?.meta == [JSONMember("channel", .string("app"))])
    #expect(result.rejects.map(\.line) == [3])
    #expect(result.rejects.first?.reason.contains("\"channel\" is both a member of \"meta\"") == true)
  }

  @Test func duplicateRecordIdsAreRejectedNamingTheFirstInEveryFormat() throws {
    let csv = try Self.write("dup.csv", "id,comment\n1,first\n2,other\n1,again\n")
    let jsonl = try Self.write("dup.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"1\",\"text\":\"b\"}\n")
    let xml = try Self.write(
      "dup.xml",
      "<Responses>\n<Response><_recordId>R_1</_recordId><QID1_TEXT>a</QID1_TEXT></Response>\n"
        + "<Response><_recordId>R_1</_recordId><QID1_TEXT>b</QID1_TEXT></Response>\n</Responses>\n")
    // Where a record is a respondent (a CSV row, a Qualtrics response) the reason is the repeated
    // respondent, whose whole record is rejected (QA review 31, L13); in JSONL, the repeated id.
    for (path, kept, line, first, reason) in [
      (csv, 2, 4, 2, "duplicate respondent"), (jsonl, 1, 2, 1, "duplicate id"), (xml, 1, 3, 2, "duplicate respondent"),
    ] {
      let result = try Fixture.run(path: path, Self.keepGoing)
      #expect(result.records.count == kept, "\(path)")
      #expect(Set(result.records.map(\.id)).count == result.records.count)
      #expect(result.rejects.map(\.line) == [line], "\(path)")
      #expect(result.rejects.first?.reason.contains(reason) == true, "\(result.rejects)")
      #expect(result.rejects.first?.reason.contains("first seen at line \(first)") == true, "\(result.rejects)")
      let strict = try Fixture.run(path: path)
      #expect(strict.error?.exitStatus == .dataError)
    }
  }

  @Test func longFormatJSONLInterleavingIsNotADuplicateButARepeatIs() throws {
    // Respondent 1 answers 70 distinct questions (beyond the 64 kept as bits), interleaved
    // with respondent 2; then repeats question 70 and question 3.
    var lines: [String] = []
    for question in 1...70 {
      lines.append("{\"respondent\":\"1\",\"question\":\"q\(question)\",\"text\":\"x\"}")
      lines.append("{\"respondent\":\"2\",\"question\":\"q\(question)\",\"text\":\"y\"}")
    }
    lines.append("{\"respondent\":\"1\",\"question\":\"q70\",\"text\":\"again\"}")
    lines.append("{\"respondent\":\"1\",\"question\":\"q3\",\"text\":\"again\"}")
    let path = try Self.write("long.jsonl", lines.joined(separator: "\n") + "\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.count == 140)
    #expect(result.rejects.map(\.line) == [141, 142])
    #expect(result.rejects.map(\.question) == ["q70", "q3"])
  }

  // MARK: #10 — counted once

  @Test func jsonlLineWithoutTextIsCountedOnceAsRejected() throws {
    let path = try Self.write("notext.jsonl", "{\"id\":\"1\"}\n{\"id\":\"2\",\"text\":\"x\"}\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.summary.records == 1)
    #expect(result.summary.rejected == 1)
    #expect(result.summary.notShown == 0)
    // With two questions, a line that has one of them counts the other as not shown.
    let two = try Fixture.run(path: path) {
      $0.questions = ["text", "extra"]
      $0.keepGoing = true
    }
    #expect(two.summary.notShown == 1)
    #expect(two.summary.rejected == 1)
  }

  // MARK: #11 — wrong --format, unknown --question

  @Test func forcedFormatThatDoesNotFitTheContentFails() throws {
    let csv = try Self.write("a.csv", "id,comment\n1,hello\n")
    let jsonl = try Self.write("a.jsonl", "{\"id\":\"1\",\"text\":\"hello\"}\n")
    let directory = try TestSupport.temporaryDirectory()
    let sss = try Self.write("a.sss", Self.csvSSS, in: directory)
    _ = try Self.write("a.csv", "RESPID,OE1\n1,ok\n", in: directory)
    let cases: [(String, SurveyFormat, String)] = [
      (csv, .jsonl, "--format jsonl was given, but the file starts with plain or delimited text"),
      (jsonl, .csv, "--format csv was given, but the file starts with a JSON object"),
      (csv, .qualtrics, "--format qualtrics was given"),
      (sss, .qualtrics, "the root element <sss> is not a Qualtrics response export"),
      (sss, .limesurvey, "the root element <sss> is not a LimeSurvey response export"),
      (sss, .csv, "--format csv was given, but the file starts with XML markup"),
    ]
    for (path, format, message) in cases {
      let result = try Fixture.run(path: path) {
        $0.format = format
        $0.keepGoing = true
      }
      let error = try #require(result.error, "\(path) as \(format)")
      #expect(error.exitStatus == .dataError)
      #expect(error.description.contains(message), "\(error)")
      #expect(result.records.isEmpty)
    }
  }

  @Test func unknownQuestionIsAUsageErrorForJSONLAndTripleS() throws {
    let jsonl = try Self.write("q.jsonl", "{\"id\":\"1\",\"text\":\"hello\"}\n")
    let result = try Fixture.run(path: jsonl) { $0.questions = ["text", "nosuch"] }
    #expect(result.error?.exitStatus == .usage)
    #expect(result.error?.description.contains("--question nosuch") == true)
    let directory = try TestSupport.temporaryDirectory()
    let sss = try Self.write("q.sss", Self.csvSSS, in: directory)
    _ = try Self.write("q.csv", "RESPID,OE1\n1,ok\n", in: directory)
    for (question, message) in [("nosuch", "no variable of that name"), ("RESPID", "a quantity variable, not")] {
      let tripleS = try Fixture.run(path: sss) { $0.questions = [question] }
      #expect(tripleS.error?.exitStatus == .usage)
      #expect(tripleS.error?.description.contains(message) == true, "\(String(describing: tripleS.error))")
    }
  }

  // MARK: #18 — minor

  @Test func csvTextAfterAClosingQuoteIsRejectedWithLineAndColumn() throws {
    let path = try Self.write("quote.csv", "id,comment\n1,\"x\"y\n2,\"ok \"\"quoted\"\"\"\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.map(\.text) == ["ok \"quoted\""])
    #expect(result.rejects.map(\.line) == [2])
    #expect(result.rejects.first?.column == 6)
    #expect(result.rejects.first?.reason.hasPrefix("text after the closing quote") == true)
  }

  // QA review 18: a stray quote on line 3 swallows lines 3–7 into one row, closed by the quote of
  // line 7's `"quoted"`. The reject names line 3, where the quote opened, and the lines it swallowed.
  @Test func csvStrayQuoteIsRejectedWhereItOpens() throws {
    let path = try Self.write(
      "stray.csv", "id,comment\n1,ok\n2,\"Screen is 5 inches\n3,fine\n4,good\n5,nice\n6,\"quoted\" answer\n7,last\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.map(\.text) == ["ok", "last"])
    #expect(result.rejects.map(\.line) == [3])
    let reason = try #require(result.rejects.first?.reason)
    #expect(result.rejects.first?.column == 3)
    #expect(reason.hasPrefix("field 2 opens a quote here that runs to line 7"), "\(reason)")
    #expect(reason.contains("lines 3–7 are read as this one row"), "\(reason)")
    #expect(result.summary.respondents == result.summary.records + result.summary.rejected)
  }

  @Test func csvUnterminatedQuoteReportsTheColumnOfTheOpeningQuote() throws {
    let path = try Self.write("open.csv", "id,comment\n1,fine\n2,\"never closed\n3,more\n")
    let result = try Fixture.run(path: path)
    guard case .malformed(_, let line, let column, _, _)? = result.error else {
      Issue.record("expected malformed, got \(String(describing: result.error))")
      return
    }
    #expect(line == 3)
    #expect(column == 3)
    // Review r16a: the data row before it is kept (the reader looks one row ahead for Qualtrics'
    // ImportId row, and lost that row when the look-ahead failed).
    #expect(result.records.map(\.text) == ["fine"])
  }

  @Test func jsonlDuplicateMemberNamesAreRejected() throws {
    let path = try Self.write("dupkey.jsonl", "{\"id\":\"1\",\"text\":\"a\",\"id\":\"2\"}\n")
    let result = try Fixture.run(path: path, Self.keepGoing)
    #expect(result.records.isEmpty)
    #expect(result.rejects.first?.reason.contains("\"id\" appears twice") == true)
  }
}

/// QA review 15: JSONL takes its text members by the names CSV takes its text columns by ("text",
/// "comment", "feedback", "answer", "…_text", any case); a "feedback" member was a reject ("no text
/// member") where the same CSV column was an answer. QA review 18: from every line, not only the
/// first that has one (a JSONL writer leaves out what a respondent did not answer).
@Suite struct JSONLTextMemberTests {
  @Test func textMembersAreFoundByName() throws {
    let path = try FlatFormatFindingsTests.write(
      "n.jsonl",
      #"{"id": "a1", "Feedback": "great", "score": 5}"# + "\n" + #"{"id": "a2", "score": 3}"# + "\n"
        + #"{"id": "a3", "Feedback": "slow", "Q2_TEXT": "more staff"}"# + "\n")
    let result = try Fixture.run(path: path) {
      $0.format = .jsonl
      $0.keepGoing = true
    }
    #expect(result.error == nil, "\(String(describing: result.error))")
    // "Q2_TEXT", first seen on line 3, is a question too, not shown to a1; a line with no answer
    // member at all is rejected. The counts add up: 2 respondents × 2 questions = 3 records + 1 not
    // shown, and the third respondent is the reject.
    #expect(result.records.map(\.id) == ["a1:Feedback", "a3:Feedback", "a3:Q2_TEXT"])
    #expect(result.records.first?.meta == [JSONMember("score", .number("5"))])
    #expect(result.records.last?.meta == [])
    #expect(result.rejects.map(\.reason) == ["no Feedback member"])
    #expect(result.summary.notShown == 1)
    #expect(result.summary.respondents == 3 && result.summary.rejected == 1)
  }

  // QA review 18: a question that only later lines answer (what_to_improve_text) was moved into the
  // first lines' metadata, and a line holding only it was rejected; the CSV of the same data gave
  // four records.
  @Test func aQuestionFirstSeenOnALaterLineIsAQuestion() throws {
    let path = try FlatFormatFindingsTests.write(
      "later.jsonl",
      #"{"response_id":"r1","nps":9,"liked_text":"Friendly staff"}"# + "\n"
        + #"{"response_id":"r2","nps":3,"liked_text":"Nothing","improve_text":"Shorter queues"}"# + "\n"
        + #"{"response_id":"r3","nps":5,"improve_text":"Cheaper delivery"}"# + "\n")
    let result = try Fixture.run(path: path) { $0.format = .jsonl }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["r1:liked_text", "r2:liked_text", "r2:improve_text", "r3:improve_text"])
    #expect(result.records[1].meta == [JSONMember("nps", .number("3"))])
    #expect(result.rejects.isEmpty)
    #expect(result.summary.notShown == 2)  // r1 improve_text, r3 liked_text
  }
}
