import Foundation
import TestSupport
import Testing

/// QA review 40 (`verbatim import`), finding 5: a `--max-rejects` percentage weighed a rejected
/// CSV row as one piece against the answers of the rows kept.
@Suite struct QAReview40MaxRejectsTests {
  /// 100 respondents with 10 text columns each; rows 20, 40, 60, 80 and 100 have no id and are
  /// rejected whole.
  static func wideCSV() throws -> String {
    var lines = ["id," + (1...10).map { "c\($0)_text" }.joined(separator: ",")]
    for row in 1...100 {
      let id = row % 20 == 0 ? "" : "R\(row)"
      lines.append(([id] + (1...10).map { "answer \(row) \($0)" }).joined(separator: ","))
    }
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("wide.csv")
    try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  /// Kept: 95 rows × 10 = 950 records. Rejected: 5 rows holding 5 × 10 = 50 answers, so 50 of
  /// 1,000 answers, 5 %: over 1 % (it was 5 of 955 pieces, 0.52 %, and passed), within 5 %.
  @Test func aRejectedRowWeighsTheAnswersItHeld() throws {
    let path = try Self.wideCSV()
    let over = try TestSupport.runVerbatim(["import", path, "--max-rejects", "1%"])
    #expect(over.status == 65, "\(over.stderrText)")
    #expect(
      over.stderrText.contains(
        "50 of 1000 answer(s) rejected (50 in 5 whole row(s) or response(s)), more than --max-rejects 1% allows"),
      "\(over.stderrText)")
    #expect(try TestSupport.jsonLines(over.stdout).count == 950)
    let within = try TestSupport.runVerbatim(["import", path, "--max-rejects", "5%"])
    #expect(within.status == 0, "\(within.stderrText)")
    // A count still counts rejected pieces: 5 rows, over 4, of 955 pieces (950 records + 5 rows).
    let counted = try TestSupport.runVerbatim(["import", path, "--max-rejects", "4"])
    #expect(counted.status == 65)
    #expect(counted.stderrText.contains("5 of 955 piece(s) rejected, more than --max-rejects 4 allows"))
    // `code` reads the export the same way.
    let coded = try TestSupport.runVerbatim(["code", path, "--no-tags", "--max-rejects", "1%"])
    #expect(coded.status == 65 && coded.stderrText.contains("50 of 1000 answer(s) rejected"), "\(coded.stderrText)")
  }
}

/// QA review 40: a generic mapping named repeated answer elements by position only, so respondent
/// 2's only answer (to Q2) was filed under the same question id as respondent 1's answer to Q1.
/// `"question": "@q"` names each answer's question by its attribute; an answer without it keeps
/// its positional name.
@Suite struct GenericMappingQuestionTests {
  @Test func theQuestionAttributeNamesEachAnswer() throws {
    let directory = try TestSupport.temporaryDirectory()
    let export = directory.appendingPathComponent("g.xml")
    try Data(
      """
      <survey>
        <respondent id="1"><answer q="Q1">Good</answer><answer q="Q2">Bad</answer></respondent>
        <respondent id="2"><answer q="Q2">Only Q2</answer></respondent>
        <respondent id="3"><answer>No attribute</answer></respondent>
      </survey>

      """.utf8
    ).write(to: export)
    let map = directory.appendingPathComponent("m.json")
    try Data(#"{"record":"respondent","id":"@id","text":"answer","question":"@q"}"#.utf8).write(to: map)
    let result = try TestSupport.runVerbatim(["import", export.path, "--map", map.path])
    #expect(result.status == 0, "\(result.stderrText)")
    let ids = try TestSupport.jsonLines(result.stdout).compactMap { $0["id"] as? String }
    #expect(ids == ["1:Q1", "1:Q2", "2:Q2", "3:answer"])
    let filtered = try TestSupport.runVerbatim(["import", export.path, "--map", map.path, "--question", "Q2"])
    #expect(try TestSupport.jsonLines(filtered.stdout).compactMap { $0["id"] as? String } == ["1:Q2", "2:Q2"])
    let bad = directory.appendingPathComponent("bad.json")
    try Data(#"{"record":"respondent","id":"@id","text":"answer","question":"q"}"#.utf8).write(to: bad)
    let refused = try TestSupport.runVerbatim(["import", export.path, "--map", bad.path])
    #expect(refused.status != 0 && refused.stderrText.contains("\"@name\""), "\(refused.stderrText)")
  }
}

/// QA review 40: in Qualtrics' legacy CSV (row 1 V1, V2 …; row 2 ResponseID, ResponseSet, Name …)
/// the metadata kept the V names, so `--redact` did not see that "V3" held a name. The V columns
/// are now named by row 2.
@Suite struct LegacyQualtricsMetaTests {
  @Test func legacyColumnsAreNamedByRowTwoAndRedacted() throws {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("legacy.csv")
    try Data(
      ("V1,V2,V3,V4,Q3_TEXT\nResponseID,ResponseSet,Name,EmailAddress,Other comments\n"
        + "R_1,Default,\"Smith, John\",john@x.com,Nothing else\n").utf8
    ).write(to: file)
    let imported = try TestSupport.runVerbatim(["import", file.path])
    #expect(imported.status == 0, "\(imported.stderrText)")
    let record = try #require(try TestSupport.jsonLines(imported.stdout).first)
    let meta = try #require(record["meta"] as? [String: Any])
    #expect(meta["Name"] as? String == "Smith, John")
    #expect(meta["V3"] == nil)
    let coded = try TestSupport.runVerbatim(["code", file.path, "--redact", "--no-tags"])
    #expect(coded.status == 0, "\(coded.stderrText)")
    let redacted = try #require(try TestSupport.jsonLines(coded.stdout).first?["meta"] as? [String: Any])
    #expect(redacted["Name"] as? String == "[REDACTED]")
    #expect(redacted["EmailAddress"] as? String == "[REDACTED]")
    #expect(redacted["ResponseSet"] as? String == "Default")
  }
}

/// QA review 40: a Qualtrics export in Spanish has a question-text row whose id cell is "ID de
/// respuesta", not the header's "ResponseId": it was imported as a respondent. Its StartDate and
/// EndDate cells hold words without a digit, which no response does.
@Suite struct TranslatedQualtricsHeaderTests {
  @Test func aTranslatedQuestionTextRowIsNoRespondent() throws {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("es.csv")
    try Data(
      ("StartDate,EndDate,ResponseId,Q1\nFecha de inicio,Fecha de finalización,ID de respuesta,Cuéntenos más\n"
        + "2024-01-01 10:00:00,2024-01-01 10:05:00,R_1,Muy bien\n").utf8
    ).write(to: file)
    let result = try TestSupport.runVerbatim(["import", file.path, "--question", "Q1"])
    #expect(result.status == 0, "\(result.stderrText)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.compactMap { $0["respondent"] as? String } == ["R_1"])
    #expect(records.first?["question_text"] as? String == "Cuéntenos más")
  }
}
