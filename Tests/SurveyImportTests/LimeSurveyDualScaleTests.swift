import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Session 56 left this: a dual-scale array's columns reached `meta` as `123456X1X2SQ001-0`.
/// LimeSurvey names them `123456X1X2SQ001#0` (scale 0) and `…#1` (scale 1): so do its `<fields>`
/// list, its CSV export with SGQA headings and its R and SPSS syntax. Only the element names of
/// the `.lsr` spell `#` as `-`, because `buildXMLFromQuery` (application/helpers/export_helper.php,
/// LimeSurvey/LimeSurvey) does `str_replace('#', '-', $Key)` for XML's sake; the keys a user joins
/// on are LimeSurvey's.
@Suite struct LimeSurveyDualScaleTests {
  @Test func elementNamesAreReadBackAsLimeSurveyNamesTheColumns() {
    #expect(LimeSurveyReader.columnName(element: "_123456X1X2SQ001-0") == "123456X1X2SQ001#0")
    #expect(LimeSurveyReader.columnName(element: "_123456X1X2SQ001-1") == "123456X1X2SQ001#1")
    #expect(LimeSurveyReader.columnName(element: "Q62_S63-1") == "Q62_S63#1", "the Q form of LimeSurvey 7")
    #expect(LimeSurveyReader.columnName(element: "_123456X1X2other") == "123456X1X2other")
    // A "-" that is no scale separator stays: the name before it is no response column, or what
    // follows is no scale number.
    #expect(LimeSurveyReader.columnName(element: "start-date") == "start-date")
    #expect(LimeSurveyReader.columnName(element: "_123456X1X2SQ001-a") == "123456X1X2SQ001-a")
  }

  /// An SGQA export with its `.lss`: the dual-scale cells are closed answers in meta under
  /// LimeSurvey's names (those its `<fields>` list gives), and the free text beside them is read.
  @Test func dualScaleColumnsKeepTheirNamesInMeta() throws {
    let lsr = try Fixture.write(
      "dual.lsr",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document>
       <LimeSurveyDocType>Responses</LimeSurveyDocType>
       <DBVersion>366</DBVersion>
       <responses>
        <fields>
         <fieldname>id</fieldname><fieldname>123456X1X2SQ001#0</fieldname><fieldname>123456X1X2SQ001#1</fieldname>
         <fieldname>123456X1X3</fieldname>
        </fields>
        <rows>
         <row><id><![CDATA[7]]></id><_123456X1X2SQ001-0><![CDATA[A1]]></_123456X1X2SQ001-0>
         <_123456X1X2SQ001-1><![CDATA[B2]]></_123456X1X2SQ001-1><_123456X1X3><![CDATA[Good value]]></_123456X1X3></row>
        </rows>
       </responses>
      </document>

      """)
    let lss = try Fixture.write(
      "dual.lss",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Survey</LimeSurveyDocType>
      <questions><rows>
      <row><qid>2</qid><parent_qid>0</parent_qid><sid>123456</sid><gid>1</gid><type>1</type><title>Q1</title><question>Rate us</question><language>en</language></row>
      <row><qid>3</qid><parent_qid>0</parent_qid><sid>123456</sid><gid>1</gid><type>T</type><title>Q2</title><question>Why?</question><language>en</language></row>
      </rows></questions>
      <subquestions><rows>
      <row><qid>4</qid><parent_qid>2</parent_qid><sid>123456</sid><gid>1</gid><type>T</type><title>SQ001</title><question>Price</question><language>en</language></row>
      </rows></subquestions>
      </document>

      """)
    let result = try Fixture.run(path: lsr) { $0.lssPath = lss }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["7:123456X1X3"])
    let meta = try #require(result.records.first?.meta)
    #expect(meta.map(\.key) == ["123456X1X2SQ001#0", "123456X1X2SQ001#1"], "\(meta.map(\.key))")
    #expect(result.warnings.isEmpty, "the columns are the ones <fields> and the .lss name: \(result.warnings)")
  }
}
