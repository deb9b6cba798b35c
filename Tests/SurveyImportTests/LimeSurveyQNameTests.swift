import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Session 56 (real exports): LimeSurvey's current development line names response columns by
/// question id (`Q53`, `Q54_Cother`, `Q55_Ccomment`, `Q58_S60` …, its `createFieldMap`) instead of
/// SGQA (`237198X7X54other`). Such an export imported 0 records with exit status 0, with or without
/// its `.lss`: every answer was lost without a word.
@Suite struct LimeSurveyQNameTests {
  /// A response export in the Q form, shaped as LimeSurvey writes it (`buildXMLFromQuery`: names
  /// that start with a letter are not prefixed with `_`; `#` becomes `-` in element names).
  static func export() throws -> String {
    try Fixture.write(
      "q-names.lsr",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document>
       <LimeSurveyDocType>Responses</LimeSurveyDocType>
       <DBVersion>700</DBVersion>
       <languages><language>en</language></languages>
       <responses>
        <fields>
         <fieldname>id</fieldname><fieldname>submitdate</fieldname><fieldname>Q53</fieldname>
         <fieldname>Q54</fieldname><fieldname>Q54_Cother</fieldname><fieldname>Q55</fieldname>
         <fieldname>Q55_Ccomment</fieldname><fieldname>Q57</fieldname><fieldname>Q58_S60</fieldname>
         <fieldname>Q58_S61</fieldname><fieldname>Q62_S63#0</fieldname>
        </fields>
        <rows>
         <row>
          <id><![CDATA[1]]></id><submitdate><![CDATA[2026-01-01 00:00:00]]></submitdate>
          <Q53><![CDATA[AO01]]></Q53><Q54><![CDATA[-oth-]]></Q54>
          <Q54_Cother><![CDATA[by bike]]></Q54_Cother><Q55><![CDATA[AO03]]></Q55>
          <Q55_Ccomment><![CDATA[too far]]></Q55_Ccomment><Q57><![CDATA[Staff were kind.]]></Q57>
          <Q58_S60><![CDATA[parking]]></Q58_S60><Q58_S61/><Q62_S63-0><![CDATA[A2]]></Q62_S63-0>
         </row>
        </rows>
       </responses>
      </document>

      """)
  }

  /// The survey structure: L with other (54), O (55), T (57), Q with two subquestions (58), and a
  /// dual-scale array (62).
  static func structure(sid: String = "237198", qidOffset: Int = 0) throws -> String {
    func q(_ qid: Int, _ parent: Int, _ type: String, _ title: String) -> String {
      let parentID = parent == 0 ? 0 : parent + qidOffset
      return
        "<row><qid>\(qid + qidOffset)</qid><parent_qid>\(parentID)</parent_qid><sid>\(sid)</sid><type>\(type)</type><title>\(title)</title></row>"
    }
    func t(_ qid: Int, _ text: String) -> String {
      "<row><qid>\(qid + qidOffset)</qid><question><![CDATA[\(text)]]></question><language>en</language></row>"
    }
    return try Fixture.write(
      "survey.lss",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Survey</LimeSurveyDocType>
      <questions><rows>\(q(53, 0, "L", "G01Q01"))\(q(54, 0, "L", "G01Q02"))\(q(55, 0, "O", "G01Q03"))\
      \(q(57, 0, "T", "G01Q05"))\(q(58, 0, "Q", "G01Q06"))\(q(62, 0, "1", "G01Q07"))</rows></questions>
      <subquestions><rows>\(q(60, 58, "T", "SQ001"))\(q(61, 58, "T", "SQ002"))\(q(63, 62, "T", "SQ001"))</rows></subquestions>
      <question_l10ns><rows>\(t(54, "How do you come?"))\(t(55, "Which shop?"))\(t(57, "Anything else?"))\
      \(t(58, "What was missing?"))\(t(60, "Outside"))\(t(61, "Inside"))</rows></question_l10ns>
      </document>

      """)
  }

  /// With the `.lss`: the other and comment columns, the long free text and the multiple-short-text
  /// subquestions are answers (the subquestion's text found by its qid, as the Q form names it);
  /// list codes and the dual-scale column stay in meta; the empty subquestion is blank. One
  /// respondent, 4 records + 1 blank = the 5 free-text columns.
  @Test func qNamedColumnsAreImportedWithTheLSS() throws {
    let lss = try Self.structure()
    let result = try Fixture.run(path: try Self.export()) { $0.lssPath = lss }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["1:Q54_Cother", "1:Q55_Ccomment", "1:Q57", "1:Q58_S60"])
    #expect(result.records.map(\.text) == ["by bike", "too far", "Staff were kind.", "parking"])
    #expect(
      result.records.map(\.questionText) == [
        "How do you come?", "Which shop?", "Anything else?", "What was missing?: Outside",
      ], "the subquestion text is looked up by the qid in Q58_S60, not by a title")
    let meta = try #require(result.records.first?.meta)
    #expect(
      meta.map(\.key) == ["submitdate", "Q53", "Q54", "Q55", "Q62_S63#0"],
      "list codes and the dual-scale column are closed answers, in meta, the latter named as <fields> names it")
    #expect(result.summary.records == 4 && result.summary.blank == 1, "\(result.summary)")
  }

  /// Without an `.lss` the fallback of SGQA applies to Q names too (question columns without a
  /// subquestion and every other/comment column are text, subquestion columns metadata), with the
  /// warning: the answers are no longer all dropped.
  @Test func withoutTheLSSTheFallbackReadsQNames() throws {
    let result = try Fixture.run(path: try Self.export())
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(
      result.records.map(\.question) == ["Q53", "Q54", "Q54_Cother", "Q55", "Q55_Ccomment", "Q57"],
      "as for SGQA columns without a subquestion code")
    #expect(result.warnings.contains { $0.contains("no .lss found") }, "\(result.warnings)")
  }

  /// Without `--lss`, the `.lss` beside the export that lists every one of its questions is used
  /// (the Q form names no survey id to match, as SGQA's does); one that lacks some is not.
  @Test func theLSSBesideThatListsTheQuestionsIsFound() throws {
    let lss = try Self.structure()
    let directory = URL(fileURLWithPath: lss).deletingLastPathComponent()
    let other = try Self.structure(sid: "999999", qidOffset: 1000)
    try FileManager.default.copyItem(atPath: other, toPath: directory.appendingPathComponent("another.lss").path)
    let export = directory.appendingPathComponent("q-names.lsr").path
    try FileManager.default.copyItem(atPath: try Self.export(), toPath: export)
    let result = try Fixture.run(path: export)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.question) == ["Q54_Cother", "Q55_Ccomment", "Q57", "Q58_S60"])
    #expect(
      result.warnings.contains { $0.contains("survey.lss (survey 237198: it lists every question of the export)") },
      "\(result.warnings)")
  }

  /// An `.lss` that lists none of the export's questions would turn every answer into metadata (0
  /// records, exit 0): refused, as an `.lss` of another survey is for SGQA exports.
  @Test func anLSSWithoutTheExportsQuestionsIsRefused() throws {
    let lss = try Self.structure(sid: "999999", qidOffset: 1000)
    let result = try Fixture.run(path: try Self.export()) { $0.lssPath = lss }
    let error = try #require(result.error, "another survey's .lss must not give an empty import")
    #expect(error.exitStatus == .dataError)
    #expect(error.description.contains("lists none of the export's questions (Q53, Q54, Q55 …)"), "\(error)")
    #expect(result.records.isEmpty)
  }

  /// The parser: every suffix of `createFieldMap`, and `Q` names of other kinds left alone.
  @Test func qNamesAreParsedAsLimeSurveyWritesThem() {
    let cases: [(String, String, String, String?)] = [
      ("Q12", "12", "", nil), ("Q12_Cother", "12", "other", nil), ("Q12_Ccomment", "12", "comment", nil),
      ("Q12_Cothercomment", "12", "othercomment", nil), ("Q12_S34", "12", "_S34", "34"),
      ("Q12_S34_Ccomment", "12", "_S34comment", "34"), ("Q12_S34_S35", "12", "_S34_S35", "34"),
      ("Q12_S34#1", "12", "_S34#1", "34"), ("Q12_R56", "12", "_R56", nil),
    ]
    for (name, question, rest, sub) in cases {
      let parsed = SGQA(name)
      #expect(parsed?.question == question && parsed?.rest == rest && parsed?.subquestion == sub, "\(name)")
      #expect(parsed?.survey == nil, "the Q form carries no survey id: \(name)")
    }
    for name in ["Q", "QUOTA", "Q12_", "Q12_X3", "Q12_S", "Q12_S34-0", "Q12time", "q12"] {
      #expect(SGQA(name) == nil, "\(name) is not a LimeSurvey question column")
    }
    #expect(SGQA("237198X7X54other")?.survey == "237198", "SGQA is read as before")
  }
}
