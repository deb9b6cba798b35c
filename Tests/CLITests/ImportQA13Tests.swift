import Foundation
import TestSupport
import Testing

/// QA review 13: `import --keep-going` exited 0 when every piece was rejected, and a Triple-S
/// record shorter than the metadata (trailing blanks trimmed, or a cut record) was rejected
/// without saying how to tell or fix it.
@Suite struct ImportQA13Tests {
  @Test func keepGoingFailsWhenNothingWasImported() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = folder.appendingPathComponent("bad.csv").path
    try "id,comment\n1,a,b\n2,c,d\n".write(toFile: csv, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["import", csv, "--keep-going"])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("nothing was imported: 2 piece(s) were rejected"))
    // Blank answers are not written without --keep-blank: still nothing imported (review of this
    // session's diff).
    try "id,comment\n1,\n2,c,d\n".write(toFile: csv, atomically: true, encoding: .utf8)
    let blank = try TestSupport.runVerbatim(["import", csv, "--keep-going"])
    #expect(blank.status == 65)
    #expect(blank.stderrText.contains("1 piece(s) were rejected, and 1 blank answer(s) were not written"))
    // One good row is enough for success under --keep-going.
    try "id,comment\n1,a,b\n2,fine\n".write(toFile: csv, atomically: true, encoding: .utf8)
    let mixed = try TestSupport.runVerbatim(["import", csv, "--keep-going"])
    #expect(mixed.status == 0)
    #expect(mixed.stdoutText.contains("\"text\":\"fine\""))
  }

  @Test func aShortTripleSRecordSaysHowToPadIt() throws {
    let folder = try TestSupport.temporaryDirectory()
    let sss = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sss version="2.0"><survey><record ident="A">
      <variable ident="1" type="character" use="serial"><name>ID</name><label>ID</label><position start="1" finish="3"/></variable>
      <variable ident="2" type="character"><name>Q1</name><label>Comment</label><position start="4" finish="13"/></variable>
      </record></survey></sss>
      """
    try sss.write(to: folder.appendingPathComponent("s.sss"), atomically: true, encoding: .utf8)
    try "001good value\n002short\n".write(
      to: folder.appendingPathComponent("s.asc"), atomically: true, encoding: .utf8)
    let rejects = folder.appendingPathComponent("r.jsonl").path
    let result = try TestSupport.runVerbatim([
      "import", folder.appendingPathComponent("s.sss").path, "--keep-going", "--rejects", rejects,
    ])
    #expect(result.status == 0)
    let reasons = try String(contentsOfFile: rejects, encoding: .utf8)
    #expect(reasons.contains("the record is 8 characters long, too short: the metadata needs 13"))
    #expect(reasons.contains("pad every line to 13 columns"))
  }

  /// A Qualtrics CSV whose only comment box is a plain text-entry question: the header says "Q2",
  /// only the ImportId row says "QID2_TEXT". It was refused as having no open-ended column.
  @Test func aQualtricsTextEntryColumnAloneIsFound() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = folder.appendingPathComponent("q.csv").path
    try """
    ResponseId,Q1,Q2
    Response ID,How likely?,What could we improve?
    "{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2_TEXT""}"
    R_1,9,Faster checkout

    """.write(toFile: csv, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["import", csv])
    #expect(result.status == 0)
    #expect(result.stdoutText.contains("\"id\":\"R_1:Q2\""))
    #expect(result.stdoutText.contains("\"text\":\"Faster checkout\""))
  }

  /// A Qualtrics XML export that names a text-entry question's column after the question ("Q2",
  /// as the CSV header does) rather than "QID2_TEXT": with the .qsf saying Q2 is a text-entry
  /// question, its answers are records, not metadata. Question texts keep inline markup joined
  /// ("<b>improve</b>?" was "improve ?").
  @Test func aQualtricsXMLTextEntryColumnNamedAfterTheQuestion() throws {
    let folder = try TestSupport.temporaryDirectory()
    let xml = folder.appendingPathComponent("r.xml").path
    let qsf = folder.appendingPathComponent("s.qsf").path
    try """
    <?xml version="1.0"?>
    <Responses><Response><ResponseID>R_a</ResponseID><Q1>9</Q1><Q2>The app crashed</Q2></Response></Responses>
    """.write(toFile: xml, atomically: true, encoding: .utf8)
    try """
    {"SurveyElements":[
    {"Element":"SQ","Payload":{"QuestionID":"QID1","DataExportTag":"Q1","QuestionType":"MC","Selector":"SAVR","QuestionText":"Rating"}},
    {"Element":"SQ","Payload":{"QuestionID":"QID2","DataExportTag":"Q2","QuestionType":"TE","Selector":"SL","QuestionText":"What could we <b>improve</b>?<br>Be specific."}}
    ]}
    """.write(toFile: qsf, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["import", xml, "--qsf", qsf])
    #expect(result.status == 0)
    #expect(
      result.stdoutText
        == #"{"id":"R_a:Q2","respondent":"R_a","question":"Q2","question_text":"What could we improve? Be specific.","text":"The app crashed","meta":{"Q1":"9"}}"#
        + "\n")
  }

  /// Respondent ids (QA review 13): JSONL took only "respondent" and "id" where CSV also took
  /// "ResponseId"; a CSV whose id column had another name ("uuid", "ref") numbered its rows without
  /// a word. Now JSONL takes the CSV names, "uuid" is one of them, numbering is noted, and
  /// `--id-column` names any other column.
  @Test func respondentIdColumns() throws {
    let folder = try TestSupport.temporaryDirectory()
    let jsonl = folder.appendingPathComponent("a.jsonl").path
    try #"{"ResponseId":"R_1","text":"hello"}"#.write(toFile: jsonl, atomically: true, encoding: .utf8)
    let fromJSONL = try TestSupport.runVerbatim(["import", jsonl])
    #expect(fromJSONL.status == 0)
    #expect(
      fromJSONL.stdoutText == #"{"id":"R_1:text","respondent":"R_1","question":"text","text":"hello","meta":{}}"# + "\n"
    )

    let uuid = folder.appendingPathComponent("u.csv").path
    try "uuid,comment\nA1,hello\n".write(toFile: uuid, atomically: true, encoding: .utf8)
    #expect(try TestSupport.runVerbatim(["import", uuid]).stdoutText.contains(#""respondent":"A1""#))

    let ref = folder.appendingPathComponent("r.csv").path
    try "ref,comment\nA1,hello\n".write(toFile: ref, atomically: true, encoding: .utf8)
    let numbered = try TestSupport.runVerbatim(["import", ref])
    #expect(numbered.stdoutText.contains(#""respondent":"1""#))
    #expect(numbered.stderrText.contains("no respondent id column"), "\(numbered.stderrText)")
    let named = try TestSupport.runVerbatim(["import", ref, "--id-column", "ref"])
    #expect(
      named.stdoutText == #"{"id":"A1:comment","respondent":"A1","question":"comment","text":"hello","meta":{}}"# + "\n"
    )
    let missing = try TestSupport.runVerbatim(["import", ref, "--id-column", "nope"])
    #expect(missing.status == 2)
    #expect(missing.stderrText.contains("--id-column nope: no such column in the CSV header"))
  }

  /// LimeSurvey 3.x keeps question texts in the `<questions>` rows (one per language) and
  /// subquestions in a `<subquestions>` table; only 4.x/5.x's `<question_l10ns>` was read, so 3.x
  /// answers had no question text (QA review 13).
  @Test func limeSurvey3QuestionTexts() throws {
    let folder = try TestSupport.temporaryDirectory()
    let lsr = folder.appendingPathComponent("r.lsr").path
    let lss = folder.appendingPathComponent("s.lss").path
    try """
    <?xml version="1.0" encoding="UTF-8"?>
    <document><LimeSurveyDocType>Responses</LimeSurveyDocType><DBVersion>366</DBVersion><responses>
    <fields><fieldname>id</fieldname><fieldname>123456X1X2</fieldname><fieldname>123456X1X5SQ001</fieldname></fields>
    <rows><row><id>1</id><_123456X1X2>Late again</_123456X1X2><_123456X1X5SQ001>Staff</_123456X1X5SQ001></row></rows>
    </responses></document>
    """.write(toFile: lsr, atomically: true, encoding: .utf8)
    try """
    <?xml version="1.0" encoding="UTF-8"?>
    <document><LimeSurveyDocType>Survey</LimeSurveyDocType><DBVersion>366</DBVersion>
    <questions><rows>
    <row><qid>2</qid><parent_qid>0</parent_qid><sid>123456</sid><gid>1</gid><type>T</type><title>Q2</title><question><![CDATA[What could we <b>improve</b>?]]></question><language>en</language></row>
    <row><qid>2</qid><parent_qid>0</parent_qid><sid>123456</sid><gid>1</gid><type>T</type><title>Q2</title><question>Que pourrions-nous am\u{E9}liorer ?</question><language>fr</language></row>
    <row><qid>5</qid><parent_qid>0</parent_qid><sid>123456</sid><gid>1</gid><type>Q</type><title>Q5</title><question>Tell us</question><language>en</language></row>
    </rows></questions>
    <subquestions><rows>
    <row><qid>6</qid><parent_qid>5</parent_qid><sid>123456</sid><gid>1</gid><type>T</type><title>SQ001</title><question>Best thing</question><language>en</language></row>
    </rows></subquestions></document>
    """.write(toFile: lss, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["import", lsr, "--lss", lss])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText.contains(#""question_text":"What could we improve?","text":"Late again""#))
    #expect(result.stdoutText.contains(#""question_text":"Tell us: Best thing","text":"Staff""#))
  }

  /// A negative number reaches the option's own check (QA review 13: ArgumentParser took "-1" for
  /// an option and said "Missing value").
  @Test func negativeNumbersReachTheOptionsCheck() throws {
    let tagged = try TestSupport.runVerbatim(["tag", "--min-evidence", "-1", "-"], input: Data("late\n".utf8))
    #expect(tagged.status == 2)
    #expect(tagged.stderrText.contains("--min-evidence must be at least 1"), "\(tagged.stderrText)")
    let scored = try TestSupport.runVerbatim(["score", "--threads", "-2", "-"], input: Data("late\n".utf8))
    #expect(scored.status == 2)
    #expect(scored.stderrText.contains("--threads must be between 1 and"), "\(scored.stderrText)")
  }

  /// Two Triple-S variables with one name: a metadata error at the second's line, not a
  /// "duplicate id" in the data file for every respondent (QA review 13).
  @Test func twoTripleSVariablesWithOneNameAreAMetadataError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let sss = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sss version="2.0"><survey><record ident="A">
      <variable ident="1" type="character" use="serial"><name>ID</name><label>ID</label><position start="1" finish="3"/></variable>
      <variable ident="2" type="character"><name>Q1</name><label>Comment</label><position start="4" finish="8"/></variable>
      <variable ident="3" type="character"><name>Q1</name><label>Channel</label><position start="9" finish="11"/></variable>
      </record></survey></sss>
      """
    try sss.write(to: folder.appendingPathComponent("s.sss"), atomically: true, encoding: .utf8)
    try "001good web\n".write(to: folder.appendingPathComponent("s.asc"), atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["import", folder.appendingPathComponent("s.sss").path])
    #expect(result.status == 65)
    #expect(
      result.stderrText.contains(
        "s.sss:5: invalid Triple-S metadata: two variables are named \"Q1\" (the first at line 4)"),
      "\(result.stderrText)")
  }
}
