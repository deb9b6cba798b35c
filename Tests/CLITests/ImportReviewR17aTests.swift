import Foundation
import TestSupport
import Testing

/// `verbatim import` on review r17a's findings: every record is in the output, counted as blank,
/// or rejected with its reason.
@Suite struct ImportReviewR17aTests {
  /// A line `""` in a one-column CSV is a respondent with an empty answer (counted blank). It was
  /// dropped uncounted. Since QA review 31 an empty line between rows of a one-column file is one
  /// too (RFC 4180: a record of one empty field), so rows numbered by position keep their numbers.
  @Test func aQuotedEmptyFieldIsARecordNotABlankLine() throws {
    let directory = try ImportReviewFixTests.write([("one.csv", Array("comment\r\nfirst\r\n\r\n\"\"\r\nlast\r\n".utf8))]
    )
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("one.csv").path])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try ImportReviewFixTests.texts(result.stdout) == ["first", "last"])
    #expect(result.stderrText.contains("4 respondent(s)"), "\(result.stderrText)")
    #expect(result.stderrText.contains("2 blank"), "\(result.stderrText)")
  }

  /// A JSONL "question" that is not a string is rejected with its reason; it was ignored and the
  /// answer filed under the question "text".
  @Test func aNumericQuestionIsRejected() throws {
    let lines = "{\"id\":1,\"question\":5,\"text\":\"hello\"}\n{\"id\":2,\"question\":\"q\",\"text\":\"fine\"}\n"
    let directory = try ImportReviewFixTests.write([("a.jsonl", Array(lines.utf8))])
    let path = directory.appendingPathComponent("a.jsonl").path
    let stopped = try TestSupport.runVerbatim(["import", path])
    #expect(stopped.status == 65)
    #expect(stopped.stderrText.contains("a.jsonl:1: the \"question\" member is not a string"), "\(stopped.stderrText)")
    let kept = try TestSupport.runVerbatim(["import", path, "--keep-going"])
    #expect(try ImportReviewFixTests.texts(kept.stdout) == ["fine"])
    #expect(kept.stderrText.contains("1 record(s), 0 blank, 0 not shown, 1 rejected"), "\(kept.stderrText)")
  }

  /// An element repeated in one Qualtrics response is numbered in `meta` as a repeated CSV column
  /// is (`region[2]`); the object held the name twice.
  @Test func aRepeatedElementIsNumberedInMeta() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Responses>
      <Response><_recordId>R_1</_recordId><region>North</region><region>South</region><Q1_TEXT>hello</Q1_TEXT></Response>
      </Responses>

      """
    let directory = try ImportReviewFixTests.write([("dup.xml", Array(xml.utf8))])
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("dup.xml").path])
    #expect(result.status == 0, "\(result.stderrText)")
    let line = try #require(String(data: result.stdout, encoding: .utf8))
    #expect(line.contains("\"meta\":{\"region\":\"North\",\"region[2]\":\"South\"}"), "\(line)")
  }

  /// One answer split into text nodes by comments is held to the 10,000,000-byte field limit that
  /// libxml2 applies to a single node; it was accepted whatever its size.
  @Test func anAnswerSplitByCommentsIsHeldToTheFieldLimit() throws {
    var xml = Array("<?xml version=\"1.0\"?>\n<Responses><Response><_recordId>R_1</_recordId><Q1_TEXT>".utf8)
    let piece = [UInt8](repeating: UInt8(ascii: "x"), count: 4_000_000)
    for _ in 0..<3 { xml += piece + Array("<!---->".utf8) }
    xml += Array("</Q1_TEXT></Response></Responses>\n".utf8)
    let directory = try ImportReviewFixTests.write([("split.xml", xml)])
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("split.xml").path])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("limit for one field"), "\(result.stderrText)")
    #expect(result.stdout.isEmpty)
  }

  /// Triple-S fixed width counted in bytes: a field boundary inside a UTF-8 character rejects the
  /// record with the variable's name (it gave "cafÃ" and "©xyz" with exit 0). Since QA review 40
  /// such a line is no evidence for bytes, and the file is read in characters.
  @Test func aFieldBoundaryInsideAUTF8CharacterIsRejected() throws {
    let sss = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sss version="2.0"><survey><name>t</name><record ident="V">
      <variable ident="1" type="character"><name>ID</name><label>id</label><position start="1" finish="2"/></variable>
      <variable ident="2" type="character"><name>A</name><label>a</label><position start="3" finish="6"/></variable>
      <variable ident="3" type="character"><name>B</name><label>b</label><position start="7" finish="10"/></variable>
      </record></survey></sss>

      """
    let data = Array("01caf".utf8) + [0xC3, 0xA9] + Array("xyz\n02abcdefgh\n".utf8)
    let directory = try ImportReviewFixTests.write([("s.sss", Array(sss.utf8)), ("s.asc", data)])
    let result = try TestSupport.runVerbatim([
      "import", directory.appendingPathComponent("s.sss").path, "--keep-going",
    ])
    #expect(try ImportReviewFixTests.texts(result.stdout) == ["02", "abcd", "efgh"])
    #expect(result.stderrText.contains("1 rejected"), "\(result.stderrText)")
    let stopped = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("s.sss").path])
    #expect(stopped.status == 65)
    // QA review 40: the file is read in characters (no line fits only in bytes), where line 1 (9
    // characters) is short; the reason still names the variable a byte reading would split.
    #expect(stopped.stderrText.contains("s.asc:1: the record is 9 characters (10 bytes) long"), "\(stopped.stderrText)")
    #expect(
      stopped.stderrText.contains("variable A (positions 3–6) would start or end inside a multi-byte UTF-8 character"),
      "\(stopped.stderrText)")
  }

  /// A generic-XML mapping reads attributes as written: a DTD entity in an attribute value is
  /// refused as in text (it forged the respondent id "INJECTED"), and an `<!ATTLIST>` default is
  /// not added to records that do not carry the attribute.
  @Test func aDTDChangesNoAttribute() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE Export [<!ENTITY e "INJECTED"><!ATTLIST Respondent lang CDATA "defaulted">]>
      <Export>
      <Respondent id="1"><Comment>one</Comment></Respondent>
      <Respondent id="2 &amp; &#x41;" lang="fr"><Comment>two</Comment></Respondent>
      <Respondent id="&e;"><Comment>three</Comment></Respondent>
      </Export>

      """
    let map = #"{"record": "Respondent", "id": "@id", "text": ["Comment"], "meta": ["@lang"]}"#
    let directory = try ImportReviewFixTests.write([("d.xml", Array(xml.utf8)), ("map.json", Array(map.utf8))])
    let result = try TestSupport.runVerbatim([
      "import", directory.appendingPathComponent("d.xml").path, "--map",
      directory.appendingPathComponent("map.json").path,
    ])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("d.xml:6:17: entity reference &e; refused"), "\(result.stderrText)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.map { $0["respondent"] as? String } == ["1", "2 & A"])
    #expect((records.first?["meta"] as? [String: Any])?.isEmpty == true)
    #expect((records.last?["meta"] as? [String: Any])?["@lang"] as? String == "fr")
  }

  /// XML declared ISO-8859-1 reads its bytes 0x80–0x9F as windows-1252, as CSV and Triple-S data
  /// are read (libxml2 gave C1 controls: the curly quotes and € vanished).
  @Test func xmlDeclaredLatin1ReadsWindows1252Punctuation() throws {
    let head = Array(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<Responses><Response><_recordId>R_1</_recordId><Q1_TEXT>".utf8)
    let body: [UInt8] = [0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x80, 0x20, 0xE9]
    let tail = Array("</Q1_TEXT></Response></Responses>\n".utf8)
    let directory = try ImportReviewFixTests.write([("l.xml", head + body + tail)])
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("l.xml").path])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try ImportReviewFixTests.texts(result.stdout) == ["\u{201C}q\u{201D} \u{2013} \u{20AC} \u{E9}"])
  }

  /// Review r18a: a pretty-printed XML id (`<_recordId>\n  R_1\n</_recordId>`) is the id without the
  /// layout around it, so it joins human codes and repeats are found.
  @Test func aPrettyPrintedXMLIdIsTrimmed() throws {
    let xml = """
      <?xml version="1.0"?>
      <Responses>
      <Response><_recordId>
        R_1
      </_recordId><Q1_TEXT>hello</Q1_TEXT></Response>
      </Responses>

      """
    let directory = try ImportReviewFixTests.write([("p.xml", Array(xml.utf8))])
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("p.xml").path])
    #expect(result.status == 0, "\(result.stderrText)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.first?["id"] as? String == "R_1:Q1_TEXT")
  }

  /// Review r18a: a Qualtrics CSV names a text-entry question after the question ("Q2"); its
  /// ImportId row says "QID2_TEXT". Such a column is an open-ended question (its answers went to
  /// metadata, uncounted, when another column ended in _TEXT).
  @Test func aQualtricsTextEntryColumnIsFoundByItsImportId() throws {
    let csv = """
      ResponseId,Q1,Q2,Q3_4_TEXT
      Response ID,How satisfied?,What could we improve?,Other - Text
      "{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2_TEXT""}","{""ImportId"":""QID3_4_TEXT""}"
      R_1,5,The checkout kept timing out,a podcast

      """
    let directory = try ImportReviewFixTests.write([("q.csv", Array(csv.utf8))])
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("q.csv").path])
    #expect(result.status == 0, "\(result.stderrText)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.map { $0["id"] as? String } == ["R_1:Q2", "R_1:Q3_4_TEXT"])
    #expect(records.first?["question_text"] as? String == "What could we improve?")
    #expect((records.first?["meta"] as? [String: Any])?["Q2"] == nil)
  }
}
