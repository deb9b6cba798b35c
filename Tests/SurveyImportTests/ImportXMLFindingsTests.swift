import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Hostile inputs written by the tests themselves (in a temporary directory), one per finding of
/// the import review: nothing may be dropped silently, counts must add up, errors must be clear.
@Suite struct ImportXMLFindingsTests {
  /// A fresh temporary directory for one test.
  static func directory() throws -> URL {
    try TestSupport.temporaryDirectory()
  }

  static func write(_ text: String, _ name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static func write(bytes: [UInt8], _ name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  static func qualtrics(_ responses: Int, from first: Int = 0) -> String {
    (first..<(first + responses)).map {
      "<Response><_recordId>R_\($0)</_recordId><QID1_TEXT>answer \($0)</QID1_TEXT></Response>\n"
    }.joined()
  }

  /// Review r16a: an id of spaces is no id, in the XML formats as in CSV and JSONL (a second one
  /// was rejected as a "duplicate" of an unrelated respondent).
  @Test func aWhitespaceOnlyIdIsRejectedInEveryXMLFormat() throws {
    let dir = try Self.directory()
    let qualtrics = try Self.write(
      "<Responses><Response><_recordId>  </_recordId><QID1_TEXT>a</QID1_TEXT></Response>"
        + "<Response><_recordId> </_recordId><QID1_TEXT>b</QID1_TEXT></Response></Responses>\n", "blank-id.xml",
      in: dir)
    let lime = try Self.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Responses</LimeSurveyDocType><DBVersion>443</DBVersion>
      <responses><fields><fieldname>id</fieldname><fieldname>1X1X1</fieldname></fields>
      <rows><row><id><![CDATA[  ]]></id><_1X1X1><![CDATA[a]]></_1X1X1></row></rows>
      </responses></document>
      """, "blank-id.lsr", in: dir)
    for path in [qualtrics, lime] {
      let result = try Fixture.run(path: path) { $0.keepGoing = true }
      #expect(result.records.isEmpty, "\(path)")
      // QA review 29: Qualtrics says the id element is there but empty.
      #expect(
        !result.rejects.isEmpty
          && result.rejects.allSatisfy { $0.reason.contains("without") || $0.reason.contains("is empty") }, "\(path)")
    }
  }

  // MARK: #1 LimeSurvey columns not in <fields>

  @Test func limeSurveyColumnNotListedInFieldsIsImportedWithAWarning() throws {
    let dir = try Self.directory()
    let path = try Self.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Responses</LimeSurveyDocType><DBVersion>443</DBVersion>
      <responses><fields><fieldname>id</fieldname><fieldname>1X1X1</fieldname></fields>
      <rows><row><id><![CDATA[1]]></id><_1X1X1><![CDATA[listed]]></_1X1X1><_1X1X2><![CDATA[UNLISTED ANSWER]]></_1X1X2></row></rows>
      </responses></document>
      """, "unlisted.lsr", in: dir)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil)
    #expect(result.records.map(\.id) == ["1:1X1X1", "1:1X1X2"])
    #expect(result.records.map(\.text) == ["listed", "UNLISTED ANSWER"])
    #expect(result.warnings.contains { $0.contains("1X1X2") && $0.contains("not listed in <fields>") })
    #expect(result.summary.records == 2 && result.summary.rejected == 0)
  }

  @Test func limeSurveyWithoutFieldsImportsTheTextColumnsOfEachRow() throws {
    let dir = try Self.directory()
    let path = try Self.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Responses</LimeSurveyDocType>
      <responses><rows>
      <row><id>1</id><_5X1X1>first</_5X1X1><_5X1X2SQ001>A1</_5X1X2SQ001></row>
      <row><id>2</id><_5X1X3>second</_5X1X3></row>
      </rows></responses></document>
      """, "nofields.lsr", in: dir)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil)
    #expect(result.records.map(\.id) == ["1:5X1X1", "2:5X1X3"])
    // The subquestion column is a closed answer (no .lss): metadata, not lost.
    #expect(result.records[0].meta == [JSONMember("5X1X2SQ001", .string("A1"))])
    #expect(result.warnings.contains { $0.contains("no <fields> list") })
  }

  @Test func limeSurveyColumnTheLSSDoesNotKnowIsKeptInMetaWithAWarning() throws {
    let dir = try Self.directory()
    let lss = try Self.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Survey</LimeSurveyDocType>
      <questions><rows><row><qid>1</qid><parent_qid>0</parent_qid><sid>11</sid><type>T</type><title>Q1</title></row></rows></questions>
      </document>
      """, "s.lss", in: dir)
    let lsr = try Self.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Responses</LimeSurveyDocType>
      <responses><fields><fieldname>id</fieldname><fieldname>11X1X1</fieldname><fieldname>11X1X9</fieldname></fields>
      <rows><row><id>7</id><_11X1X1>known</_11X1X1><_11X1X9>unknown to the lss</_11X1X9></row></rows></responses></document>
      """, "r.lsr", in: dir)
    let result = try Fixture.run(path: lsr) { $0.lssPath = lss }
    #expect(result.error == nil)
    #expect(result.records.map(\.id) == ["7:11X1X1"])
    #expect(result.records[0].meta == [JSONMember("11X1X9", .string("unknown to the lss"))])
    #expect(result.warnings.contains { $0.contains("11X1X9") && $0.contains(".lss does not list") })
  }

  /// Review r18a: an --lss of another survey made every answer metadata (0 records, exit 0).
  @Test func anLSSOfAnotherSurveyIsRefused() throws {
    let dir = try Self.directory()
    let lss = try Self.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Survey</LimeSurveyDocType>
      <questions><rows><row><qid>1</qid><parent_qid>0</parent_qid><sid>22</sid><type>T</type><title>Q1</title></row></rows></questions>
      </document>
      """, "other.lss", in: dir)
    let lsr = try Self.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Responses</LimeSurveyDocType>
      <responses><fields><fieldname>id</fieldname><fieldname>11X1X1</fieldname></fields>
      <rows><row><id>7</id><_11X1X1>an answer</_11X1X1></row></rows></responses></document>
      """, "r.lsr", in: dir)
    let result = try Fixture.run(path: lsr) { $0.lssPath = lss }
    #expect(result.records.isEmpty)
    guard case .unsupported(_, let message)? = result.error else {
      Issue.record("expected an unsupported-input error, got \(String(describing: result.error))")
      return
    }
    #expect(message.contains("describes survey 22, but the export's columns belong to survey 11"), "\(message)")
  }

  // MARK: #2 generic --map

  @Test func genericRepeatedTextPathAndNestedRecordsAreAllImported() throws {
    let dir = try Self.directory()
    let map = try Self.write(
      #"{"record": "respondent", "id": "@key", "text": ["answers/comment"]}"#, "map.json", in: dir)
    let xml = try Self.write(
      """
      <?xml version="1.0"?>
      <export>
       <respondent key="1"><answers><comment>first</comment><comment>second</comment></answers></respondent>
       <respondent key="2"><answers><comment>outer</comment></answers>
         <respondent key="3"><answers><comment>inner</comment></answers></respondent></respondent>
      </export>
      """, "b4.xml", in: dir)
    let result = try Fixture.run(path: xml) { $0.mapPath = map }
    #expect(result.error == nil)
    #expect(
      result.records.map(\.id) == [
        "1:answers/comment", "1:answers/comment[2]", "3:answers/comment", "2:answers/comment",
      ])
    #expect(result.records.map(\.text) == ["first", "second", "inner", "outer"])
    #expect(result.summary.respondents == 3)
  }

  @Test func genericRecordWithTwoIdsIsRejectedAndUnknownRecordElementFails() throws {
    let dir = try Self.directory()
    let map = try Self.write(#"{"record": "r", "id": "id", "text": "t"}"#, "map.json", in: dir)
    let xml = try Self.write(
      "<x><r><id>1</id><id>2</id><t>a</t></r><r><id>3</id><t>b</t></r></x>", "two.xml", in: dir)
    let result = try Fixture.run(path: xml) {
      $0.mapPath = map
      $0.keepGoing = true
    }
    #expect(result.records.map(\.id) == ["3:t"])
    #expect(result.rejects.count == 1)
    #expect(result.rejects.first?.reason.contains("2 values for its id path") == true)
    let other = try Self.write(#"{"record": "nosuch", "id": "id", "text": "t"}"#, "other.json", in: dir)
    let error = try #require(try Fixture.run(path: xml) { $0.mapPath = other }.error)
    #expect(error.description.contains("no <nosuch> element"))
    #expect(error.exitStatus.rawValue == 65)
  }

  // MARK: #3 records before a fatal error

  @Test func missingRootEndTagKeepsEveryCompleteRecord() throws {
    let dir = try Self.directory()
    let path = try Self.write("<?xml version=\"1.0\"?>\n<Responses>\n" + Self.qualtrics(2000), "noend.xml", in: dir)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil)
    #expect(result.records.count == 2000)
    #expect(result.records.last?.id == "R_1999:QID1_TEXT")
    #expect(result.summary.error != nil)
    #expect(result.rejects.count == 1)
    #expect(result.summary.records + result.summary.rejected == 2001)
    // QA review 31 (L2): the unread rest is a reject but no respondent (QA review 18 had counted it
    // as one: a truncated file with one response read as "2 respondent(s)"). The summary says so.
    #expect(result.summary.respondents == 2000)
    #expect(result.summary.unreadRest)
    #expect(
      result.summary.description.hasSuffix(
        "0 rejected; the rest of the file was not read (a reject of its own: 1 in all)"),
      "\(result.summary.description)")
  }

  @Test func trailingJunkAfterACompleteDocumentKeepsItsRecords() throws {
    let dir = try Self.directory()
    let path = try Self.write(
      "<?xml version=\"1.0\"?>\n<Responses>\n" + Self.qualtrics(2) + "</Responses>\nstray text\n", "junk.xml", in: dir)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.records.map(\.text) == ["answer 0", "answer 1"])
    let error = try #require(result.summary.error)
    #expect(error.description.contains("junk.xml:6:"))
    #expect(error.description.contains("after the end of the document's root element"))
    // Without --keep-going the error is thrown, still after the two records.
    let strict = try Fixture.run(path: path)
    #expect(strict.records.count == 2)
    #expect(strict.error?.exitStatus.rawValue == 65)
  }

  @Test func truncatedRecordIsNamedAndTheOnesBeforeItAreKept() throws {
    let dir = try Self.directory()
    let path = try Self.write(
      "<?xml version=\"1.0\"?>\n<Responses>\n" + Self.qualtrics(300)
        + "<Response><_recordId>R_cut</_recordId><QID1_TEXT>half an ans", "cut.xml", in: dir)
    let result = try Fixture.run(path: path)
    #expect(result.records.count == 300)
    let error = try #require(result.error)
    #expect(error.description.contains("the unfinished record that starts at line 303"))
    #expect(!error.description.contains("half an ans"))
  }

  // MARK: #4 refused entity under --keep-going

  @Test func refusedEntityUnderKeepGoingEndsLikeOtherFatalErrors() throws {
    let dir = try Self.directory()
    let path = try Self.write(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE Responses [ <!ENTITY co \"ACME\"> ]>\n<Responses>\n" + Self.qualtrics(1500)
        + "<Response><_recordId>R_x</_recordId><QID1_TEXT>I like &co;</QID1_TEXT></Response>\n</Responses>\n",
      "entity.xml", in: dir)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil)
    #expect(result.records.count == 1500)
    guard case .unsafeEntity(_, let line, _, let name, _, _)? = result.summary.error else {
      Issue.record("expected an unsafeEntity error in the summary, got \(String(describing: result.summary.error))")
      return
    }
    #expect(name == "co" && line == 1504)
    #expect(result.rejects.count == 1)
    #expect(result.rejects.first?.reason.contains("&co;") == true)
  }

  // MARK: #5, #12 archives

  /// A stored (uncompressed) ZIP, optionally in ZIP64 form.
  static func zip(_ members: [(String, [UInt8])], zip64: Bool = false, declaredSize: ((Int) -> Int)? = nil) -> [UInt8] {
    func le(_ value: Int, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8((value >> (8 * $0)) & 0xFF) } }
    var out: [UInt8] = []
    var central: [UInt8] = []
    for (name, data) in members {
      let offset = out.count
      let crc = Int(CRC32.checksum(data))
      let size = declaredSize?(data.count) ?? data.count
      let nameBytes = Array(name.utf8)
      out +=
        le(0x0403_4B50, 4) + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(crc, 4) + le(data.count, 4)
        + le(size, 4) + le(nameBytes.count, 2) + le(0, 2) + nameBytes + data
      let extra = zip64 ? le(1, 2) + le(24, 2) + le(size, 8) + le(data.count, 8) + le(offset, 8) : []
      central +=
        le(0x0201_4B50, 4) + le(45, 2) + le(45, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(crc, 4)
        + le(zip64 ? 0xFFFF_FFFF : data.count, 4) + le(zip64 ? 0xFFFF_FFFF : size, 4) + le(nameBytes.count, 2)
        + le(extra.count, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(zip64 ? 0xFFFF_FFFF : offset, 4)
        + nameBytes + extra
    }
    let directoryOffset = out.count
    out += central
    if zip64 {
      let record = out.count
      out +=
        le(0x0606_4B50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4) + le(members.count, 8)
        + le(members.count, 8) + le(central.count, 8) + le(directoryOffset, 8)
      out += le(0x0706_4B50, 4) + le(0, 4) + le(record, 8) + le(1, 4)
      out +=
        le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(0xFFFF, 2) + le(0xFFFF, 2) + le(0xFFFF_FFFF, 4)
        + le(0xFFFF_FFFF, 4) + le(0, 2)
    } else {
      out +=
        le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(members.count, 2) + le(members.count, 2)
        + le(central.count, 4) + le(directoryOffset, 4) + le(0, 2)
    }
    return out
  }

  static let smallLSR = Array(
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <document><LimeSurveyDocType>Responses</LimeSurveyDocType>
    <responses><fields><fieldname>id</fieldname><fieldname>9X1X1</fieldname></fields>
    <rows><row><id>1</id><_9X1X1>zipped answer</_9X1X1></row></rows></responses></document>
    """.utf8)

  @Test func zip64ArchiveIsReadAndMembersAreNamed() throws {
    let dir = try Self.directory()
    let path = try Self.write(
      bytes: Self.zip([("survey_9_responses.lsr", Self.smallLSR)], zip64: true), "z64.lsa", in: dir)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["zipped answer"])
  }

  @Test func memberLargerThanItsDeclaredSizeIsRefused() throws {
    let dir = try Self.directory()
    let path = try Self.write(
      bytes: Self.zip([("survey_9_responses.lsr", Self.smallLSR)], declaredSize: { _ in 100 }), "bomb.lsa", in: dir)
    let error = try #require(try Fixture.run(path: path).error)
    #expect(error.description.contains("inflates to more than its declared 100 bytes"))
    #expect(error.exitStatus.rawValue == 65)
  }

  @Test func archiveWithTwoResponseFilesIsRefused() throws {
    let dir = try Self.directory()
    let path = try Self.write(
      bytes: Self.zip([("a_responses.lsr", Self.smallLSR), ("b_responses.lsr", Self.smallLSR)]), "two.lsa", in: dir)
    let error = try #require(try Fixture.run(path: path).error)
    #expect(error.description.contains("2 response files (a_responses.lsr, b_responses.lsr)"))
  }

  @Test func streamingInflateMatchesWholeBufferInflate() throws {
    // zlib.compressobj(9, DEFLATED, -15) of b"hello hello hello hello", read 3 bytes at a time.
    let compressed: [UInt8] = [203, 72, 205, 201, 201, 87, 200, 64, 39, 1]
    var given = false
    let stream = InflateStream { () throws(Inflater.Failure) -> [UInt8] in
      if given { return [] }
      given = true
      return compressed
    }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 3)
    while true {
      let count = try chunk.withUnsafeMutableBufferPointer { try stream.read(into: $0) }
      if count == 0 { break }
      output += chunk[0..<count]
    }
    #expect(String(decoding: output, as: UTF8.self) == "hello hello hello hello")
  }

  // MARK: #14 Qualtrics text-entry forms

  @Test func qualtricsFormFieldsAreTextWithTheQSF() throws {
    let dir = try Self.directory()
    let qsf = try Self.write(
      #"""
      {"SurveyElements": [{"Element": "SQ", "Payload": {"QuestionID": "QID9", "DataExportTag": "Q9",
        "QuestionText": "Contact", "QuestionType": "TE", "Selector": "FORM",
        "Choices": {"1": {"Display": "Name"}, "2": {"Display": "Role"}}}}]}
      """#, "s.qsf", in: dir)
    let xml = try Self.write(
      "<Responses><Response><_recordId>R_1</_recordId><QID9_1>Ann</QID9_1><QID9_2>buyer</QID9_2><QID3>1</QID3></Response></Responses>",
      "form.xml", in: dir)
    let result = try Fixture.run(path: xml) {
      $0.qsfPath = qsf
      $0.questions = ["QID9_1"]
    }
    #expect(result.error == nil)
    #expect(result.records.map(\.text) == ["Ann"])
    #expect(result.records.first?.questionText == "Contact: Name")
    #expect(result.records.first?.meta == [JSONMember("QID3", .string("1"))])
    let withoutQSF = try Fixture.run(path: xml)
    #expect(withoutQSF.records.isEmpty)
  }

  // MARK: #16 UTF-8 declared as another single-byte encoding

  @Test(arguments: ["windows-1250", "ISO-8859-2", "KOI8-R", "MacRoman"])
  func utf8DeclaredSingleByteIsRefused(encoding: String) throws {
    let dir = try Self.directory()
    let path = try Self.write(
      "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<Responses><Response><_recordId>R_1</_recordId><QID1_TEXT>café naïve</QID1_TEXT></Response></Responses>\n",
      "enc.xml", in: dir)
    let error = try #require(try Fixture.run(path: path).error)
    guard case .encodingMismatch(_, let line, _, let declared, let actual) = error else {
      Issue.record("expected encodingMismatch, got \(error)")
      return
    }
    #expect(line == 2 && declared == encoding && actual == "UTF-8")
  }

  /// QA review 31: a UTF-8 export declared ISO-8859-1 with one answer holding a stray Latin-1 byte
  /// used to pass the check (it needed every non-ASCII byte in a UTF-8 sequence) and five of six
  /// answers came out as mojibake ("TrÃ¨s"). Five well-formed sequences against one stray byte is
  /// a UTF-8 file: refused, with the stray byte's line and column.
  @Test func utf8WithAStrayByteDeclaredSingleByteIsRefused() throws {
    let dir = try Self.directory()
    var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<Responses>\n".utf8)
    for (n, text) in ["Très bien", "Größe", "¡Qué!", "naïve"].enumerated() {
      bytes += Array("<Response><_recordId>R\(n)</_recordId><QID1_TEXT>\(text)</QID1_TEXT></Response>\n".utf8)
    }
    bytes += Array("<Response><_recordId>R9</_recordId><QID1_TEXT>caf".utf8) + [0xE9]
    bytes += Array("</QID1_TEXT></Response>\n</Responses>\n".utf8)
    let path = try Self.write(bytes: bytes, "mostly-utf8.xml", in: dir)
    let error = try #require(try Fixture.run(path: path).error)
    guard case .strayBytesInUTF8(_, let encoding, let given, let evidence) = error else {
      Issue.record("expected strayBytesInUTF8, got \(error)")
      return
    }
    #expect(encoding == "ISO-8859-1" && !given)
    // "è", "ö", "ß", "¡", "é", "ï": six two-byte sequences; the stray 0xE9 is on line 7 after
    // "<Response><_recordId>R9</_recordId><QID1_TEXT>caf" (49 bytes); the first sequence, "è", at 3:49.
    #expect(evidence.sequences == 6 && evidence.strayBytes == 1)
    #expect(evidence.firstSequence == FilePosition(line: 3, column: 49))
    #expect(evidence.firstStray == FilePosition(line: 7, column: 50))
    #expect(error.description.contains("1 stray byte(s)"))
  }

  /// QA review 31: an ISO-8859-1 export converted with `iconv -t UTF-16` (byte-order mark added,
  /// declaration unchanged) got libxml2's "Char 0x0 out of allowed range"; the mismatch is named.
  @Test func utf16DeclaredSingleByteIsRefused() throws {
    let dir = try Self.directory()
    let text =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<Responses><Response><_recordId>R_1</_recordId>"
      + "<QID1_TEXT>café</QID1_TEXT></Response></Responses>\n"
    let path = try Self.write(
      bytes: [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "u16.xml", in: dir)
    let error = try #require(try Fixture.run(path: path).error)
    guard case .encodingMismatch(_, let line, _, let declared, let actual) = error else {
      Issue.record("expected encodingMismatch, got \(error)")
      return
    }
    #expect(line == 1 && declared == "ISO-8859-1" && actual.hasPrefix("UTF-16"))
  }

  @Test func genuineWindows1250IsImported() throws {
    let dir = try Self.directory()
    // "łódź" in windows-1250: B3 F3 64 9F.
    let bytes =
      Array(
        "<?xml version=\"1.0\" encoding=\"windows-1250\"?>\n<Responses><Response><_recordId>R_1</_recordId><QID1_TEXT>"
          .utf8)
      + [0xB3, 0xF3, 0x64, 0x9F] + Array("</QID1_TEXT></Response></Responses>\n".utf8)
    let path = try Self.write(bytes: bytes, "cp1250.xml", in: dir)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil)
    #expect(result.records.map(\.text) == ["łódź"])
  }

  // MARK: #17 breadth limits

  @Test func tooManyAttributesFailFast() throws {
    let dir = try Self.directory()
    let attributes = (0..<(XMLLimits.attributesPerElement + 5)).map { "a\($0)=\"v\"" }.joined(separator: " ")
    let path = try Self.write(
      "<?xml version=\"1.0\"?>\n<Responses>\n" + Self.qualtrics(3)
        + "<Response \(attributes)><_recordId>R_1</_recordId></Response></Responses>\n",
      "attrs.xml", in: dir)
    let clock = ContinuousClock()
    var result = ImportResult()
    let elapsed = try clock.measure { result = try Fixture.run(path: path) }
    let error = try #require(result.error)
    #expect(error.description.contains("more than \(XMLLimits.attributesPerElement) attributes"))
    #expect(error.description.contains("attrs.xml:6:"))
    #expect(result.records.count == 3)
    #expect(elapsed < .seconds(10))
  }

  @Test func quotesInTextCommentsCDATAAndDTDDoNotCountAsAttributes() throws {
    let dir = try Self.directory()
    let quotes = String(repeating: "\"'", count: XMLLimits.attributesPerElement)
    let path = try Self.write(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE Responses [ <!-- a \"quote' --> <!ATTLIST Response x CDATA \"'>\"> ]>\n"
        + "<Responses><!-- \(quotes) --><?pi \(quotes)?><Response x='>\"'><_recordId>R_1</_recordId>"
        + "<QID1_TEXT>\(quotes)<![CDATA[\(quotes) < ]]></QID1_TEXT></Response></Responses>\n",
      "quotes.xml", in: dir)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.first?.text.count == 4 * XMLLimits.attributesPerElement + 3)
  }

  @Test func tooManyFieldsInOneRecordFail() throws {
    let dir = try Self.directory()
    let fields = String(repeating: "<c/>", count: XMLLimits.fieldsPerRecord + 1)
    let path = try Self.write(
      "<Responses><Response><_recordId>R_1</_recordId>\(fields)</Response></Responses>", "wide.xml", in: dir)
    let error = try #require(try Fixture.run(path: path).error)
    #expect(error.description.contains("more than \(XMLLimits.fieldsPerRecord) fields"))
  }

  // MARK: #11 wrong --format, unknown --question

  @Test func forcedWrongFormatFailsWithTheRootElement() throws {
    let dir = try Self.directory()
    let qualtrics = try Self.write("<Responses>" + Self.qualtrics(1) + "</Responses>", "q.xml", in: dir)
    let asLime = try #require(try Fixture.run(path: qualtrics) { $0.format = .limesurvey }.error)
    #expect(asLime.description.contains("<Responses> is not a LimeSurvey response export"))
    #expect(asLime.exitStatus.rawValue == 65)
    let lime = try Self.write(String(decoding: Self.smallLSR, as: UTF8.self), "l.lsr", in: dir)
    let asQualtrics = try #require(try Fixture.run(path: lime) { $0.format = .qualtrics }.error)
    #expect(asQualtrics.description.contains("<document> is not a Qualtrics response export"))
  }

  @Test func unknownQuestionIsAUsageError() throws {
    let dir = try Self.directory()
    let qualtrics = try Self.write("<Responses>" + Self.qualtrics(1) + "</Responses>", "q.xml", in: dir)
    let typo = try #require(try Fixture.run(path: qualtrics) { $0.questions = ["QID1_TEXTT"] }.error)
    #expect(typo.description.contains("--question QID1_TEXTT: no such column"))
    #expect(typo.exitStatus.rawValue == 2)
    let lime = try Self.write(String(decoding: Self.smallLSR, as: UTF8.self), "l.lsr", in: dir)
    let limeTypo = try #require(try Fixture.run(path: lime) { $0.questions = ["9X1X2"] }.error)
    #expect(limeTypo.exitStatus.rawValue == 2)
    #expect(try Fixture.run(path: lime) { $0.questions = ["9X1X1"] }.records.count == 1)
    let map = try Self.write(#"{"record": "Response", "id": "_recordId", "text": "QID1_TEXT"}"#, "m.json", in: dir)
    let mapTypo = try #require(
      try Fixture.run(path: qualtrics) {
        $0.mapPath = map
        $0.questions = ["QID2_TEXT"]
      }.error)
    #expect(mapTypo.exitStatus.rawValue == 2)
  }

  // MARK: #18 companion directories

  @Test func directoryAsCompanionFileCannotBeOpened() throws {
    let dir = try Self.directory()
    let qualtrics = try Self.write("<Responses>" + Self.qualtrics(1) + "</Responses>", "q.xml", in: dir)
    let lime = try Self.write(String(decoding: Self.smallLSR, as: UTF8.self), "l.lsr", in: dir)
    let errors = [
      try Fixture.run(path: qualtrics) { $0.qsfPath = dir.path }.error,
      try Fixture.run(path: qualtrics) { $0.mapPath = dir.path }.error,
      try Fixture.run(path: lime) { $0.lssPath = dir.path }.error,
    ]
    for error in errors {
      #expect(error?.exitStatus.rawValue == 66, "\(String(describing: error))")
      #expect(error?.description.contains("is a directory") == true)
    }
  }
}

extension ImportXMLFindingsTests {
  /// A text-entry box that the `.qsf` validates as an e-mail address (Qualtrics'
  /// `Validation.Settings.Type` "ContentType", `ContentType` "ValidEmail") is contact data, not an
  /// open-ended answer: it stays in `meta` with a note, unless `--question` names it. A box
  /// validated as letters only (`ValidTextOnly`) is still an answer.
  @Test func qualtricsValidatedContactBoxesAreNotAnswers() throws {
    let dir = try Self.directory()
    let qsf = try Self.write(
      #"""
      {"SurveyElements": [
        {"Element": "SQ", "Payload": {"QuestionID": "QID2", "DataExportTag": "Q2", "QuestionText": "Why?",
          "QuestionType": "TE", "Selector": "ML", "Validation": {"Settings": {"Type": "None"}}}},
        {"Element": "SQ", "Payload": {"QuestionID": "QID5", "DataExportTag": "Q5", "QuestionText": "Your e-mail",
          "QuestionType": "TE", "Selector": "SL",
          "Validation": {"Settings": {"Type": "ContentType", "ContentType": "ValidEmail"}}}},
        {"Element": "SQ", "Payload": {"QuestionID": "QID6", "DataExportTag": "Q6", "QuestionText": "In words",
          "QuestionType": "TE", "Selector": "SL",
          "Validation": {"Settings": {"Type": "ContentType", "ContentType": "ValidTextOnly"}}}}]}
      """#, "s.qsf", in: dir)
    let xml = try Self.write(
      "<Responses><Response><_recordId>R_1</_recordId><QID2_TEXT>Slow refund</QID2_TEXT>"
        + "<QID5_TEXT>ann@example.com</QID5_TEXT><QID6_TEXT>fine</QID6_TEXT></Response></Responses>",
      "contact.xml", in: dir)
    let result = try Fixture.run(path: xml) { $0.qsfPath = qsf }
    #expect(result.error == nil)
    #expect(result.records.map(\.question) == ["QID2_TEXT", "QID6_TEXT"])
    #expect(result.records.first?.meta == [JSONMember("QID5_TEXT", .string("ann@example.com"))])
    #expect(result.warnings.contains { $0.contains("QID5_TEXT is a text-entry box validated as an e-mail address") })
    // Named with --question, the box is imported.
    let named = try Fixture.run(path: xml) {
      $0.qsfPath = qsf
      $0.questions = ["QID5_TEXT"]
    }
    #expect(named.error == nil)
    #expect(named.records.map(\.text) == ["ann@example.com"])
    // Without the .qsf, nothing tells the box apart: every _TEXT column is an answer.
    #expect(try Fixture.run(path: xml).records.count == 3)
  }
}
