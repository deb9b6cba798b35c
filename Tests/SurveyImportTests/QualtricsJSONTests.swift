import Foundation
import SurveyImport
import TestSupport
import Testing
import VerbatimCore

/// Qualtrics' JSON response export (Data & Analysis → Export data → JSON; the response-export API's
/// `format: "json"` and `"ndjson"`). The shape is the one Qualtrics documents for a response
/// (`responseId`, `values`, `labels`, `displayedFields`, `displayedValues`) and public code reads
/// (`json.load(f)["responses"]`): text entries are strings under `QID<n>_TEXT`, a choice is a
/// number (`"QID3": 5`), a multiple choice an array of strings (`"QID2": ["2"]`), an unanswered
/// question is left out of `values`, and the members come in no fixed order. These inputs are
/// written for the tests in that shape; no third-party file is copied.
@Suite struct QualtricsJSONTests {
  /// Two responses. R_1 answered QID1_TEXT and was shown QID4_TEXT but left it empty (listed in
  /// displayedFields, absent from values); R_2 answered QID4_TEXT, and QID1_TEXT was not displayed
  /// to it. R_2's members come in another order (labels first, responseId last), as real files show.
  static let responses = [
    #"{"responseId":"R_1","values":{"startDate":"2021-03-25T17:16:56Z","status":0,"_recordId":"R_1","QID1_TEXT":"The wait was far too long","QID3":5,"QID2":["2"]},"labels":{"status":"IP Address","QID3":"Slightly uncomfortable","QID2":["Tuesday"]},"displayedFields":["QID3","QID1_TEXT","QID2","QID4_TEXT"],"displayedValues":{"QID3":[1,2,3,4,5,6,7]}}"#,
    #"{"labels":{"QID3":"Neutral"},"values":{"startDate":"2021-03-26T09:00:00Z","_recordId":"R_2","QID3":4,"QID4_TEXT":"Friendly staff"},"displayedFields":["QID3","QID4_TEXT"],"displayedValues":{},"responseId":"R_2"}"#,
  ]

  static func document(_ responses: [String] = responses) -> String {
    #"{"responses":["# + responses.joined(separator: ",") + "]}"
  }

  @Test func theDocumentIsDetectedAndItsTextEntriesAreAnswers() throws {
    let path = try Fixture.write("export.json", Self.document())
    let result = try Fixture.run(path: path) { $0.keepBlank = true }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.summary.format == .qualtricsJSON, "detected from the content, not the name")
    #expect(
      result.records.map { "\($0.id)=\($0.text)" } == [
        "R_1:QID1_TEXT=The wait was far too long", "R_1:QID4_TEXT=", "R_2:QID4_TEXT=Friendly staff",
      ], "a displayed field absent from values was shown and left empty: a blank, written under --keep-blank")
    // 2 respondents × 2 open-ended fields = 1 record + 1 … : R_1 answered one and left one blank,
    // R_2 answered one and was not shown the other.
    #expect(result.summary.respondents == 2)
    #expect(
      result.summary.records == 2 && result.summary.blank == 1 && result.summary.notShown == 1, "\(result.summary)")
    #expect(result.summary.rejected == 0)
  }

  /// Closed answers go to meta as they are (a number stays a number, a multiple choice's array an
  /// array), with the choice texts under "labels"; the record id is the respondent, not repeated,
  /// and displayedFields/displayedValues are structure, not data.
  @Test func closedAnswersAndLabelsGoToMeta() throws {
    let path = try Fixture.write("export.json", Self.document())
    let result = try Fixture.run(path: path)
    let meta = try #require(result.records.first?.meta)
    #expect(meta.map(\.key) == ["startDate", "status", "QID3", "QID2", "labels"], "\(meta.map(\.key))")
    #expect(meta.first { $0.key == "QID3" }?.value == .number("5"))
    #expect(meta.first { $0.key == "QID2" }?.value == .array([.string("2")]))
    #expect(meta.first { $0.key == "labels" }?.value["QID3"] == .string("Slightly uncomfortable"))
  }

  /// The NDJSON export (one response per line) is read the same way.
  @Test func ndjsonIsReadTheSameWay() throws {
    let path = try Fixture.write("export.ndjson", Self.responses.joined(separator: "\n") + "\n")
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.summary.format == .qualtricsJSON)
    #expect(result.records.map(\.id) == ["R_1:QID1_TEXT", "R_2:QID4_TEXT"])
    #expect(result.summary.blank == 1 && result.summary.notShown == 1, "\(result.summary)")
  }

  /// NDJSON is one response per line: a line cut short (an unclosed object) is rejected at its end
  /// and does not take the next line with it.
  @Test func aBrokenNDJSONLineEndsAtItsLineFeed() throws {
    let text = #"{"responseId":"R_0","values":{"QID1_TEXT":"cut"# + "\n" + Self.responses.joined(separator: "\n") + "\n"
    let path = try Fixture.write("export.ndjson", text)
    let result = try Fixture.run(path: path) {
      $0.format = .qualtricsJSON
      $0.keepGoing = true
    }
    #expect(result.records.map(\.id) == ["R_1:QID1_TEXT", "R_2:QID4_TEXT"])
    #expect(result.rejects.map(\.line) == [1], "\(result.rejects)")
    #expect(result.summary.respondents == 3 && result.summary.rejected == 1, "\(result.summary)")
  }

  /// A pretty-printed document (as `jq .` or an API client saves it) is detected too, and so is a
  /// forced --format qualtrics-json; --format jsonl still refuses a document spread over lines.
  @Test func prettyPrintedAndForced() throws {
    let pretty = "{\n  \"responses\": [\n    " + Self.responses.joined(separator: ",\n    ") + "\n  ]\n}\n"
    let path = try Fixture.write("pretty.json", pretty)
    let auto = try Fixture.run(path: path)
    #expect(auto.error == nil && auto.records.count == 2, "\(String(describing: auto.error))")
    let forced = try Fixture.run(path: path) { $0.format = .qualtricsJSON }
    #expect(forced.error == nil && forced.records.count == 2, "\(String(describing: forced.error))")
    // Forced on JSON of another shape, each object is a response without "values": said so.
    let other = try Fixture.write("other.json", #"{"items":[{"id":1}]}"#)
    let notQualtrics = try Fixture.run(path: other) { $0.format = .qualtricsJSON }
    #expect(
      notQualtrics.error?.description.contains("a response without a \"values\" object") == true,
      "\(String(describing: notQualtrics.error))")
  }

  /// With the .qsf, a text-entry question exported under its own name (QID5) is an answer with its
  /// question text, as in the XML export; without it QID5 is a closed answer in meta.
  @Test func theQSFNamesTextEntryQuestions() throws {
    let qsf = try Fixture.write(
      "survey.qsf",
      #"{"SurveyEntry":{"SurveyID":"SV_1"},"SurveyElements":[{"Element":"SQ","Payload":{"QuestionID":"QID5","DataExportTag":"Q5","QuestionType":"TE","Selector":"ML","QuestionText":"What should we <b>improve</b>?"}},{"Element":"SQ","Payload":{"QuestionID":"QID1","DataExportTag":"Q1","QuestionType":"TE","Selector":"SL","QuestionText":"Why?"}}]}"#
    )
    let path = try Fixture.write(
      "export.json",
      Self.document([
        #"{"responseId":"R_9","values":{"QID5":"More parking","QID1_TEXT":"Slow"},"displayedFields":["QID5","QID1_TEXT"]}"#
      ]))
    let result = try Fixture.run(path: path) { $0.qsfPath = qsf }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["R_9:QID5", "R_9:QID1_TEXT"])
    #expect(result.records.map(\.questionText) == ["What should we improve?", "Why?"])
    let without = try Fixture.run(path: path)
    #expect(without.records.map(\.id) == ["R_9:QID1_TEXT"])
  }

  /// -99 (seen but unanswered, as a number or a string), null, "" and white space are blank, -99
  /// marked in the meta of a kept blank as the XML reader marks it.
  @Test func blanksAsTheXMLExportTreatsThem() throws {
    let path = try Fixture.write(
      "export.json",
      Self.document([
        #"{"responseId":"R_1","values":{"QID1_TEXT":-99,"QID2_TEXT":"-99","QID3_TEXT":null,"QID4_TEXT":"  ","QID5_TEXT":"ok"}}"#
      ]))
    let result = try Fixture.run(path: path) { $0.keepBlank = true }
    #expect(result.summary.blank == 4 && result.summary.records == 1, "\(result.summary)")
    let seen = result.records.filter { $0.meta.contains { $0.key == "qualtrics_seen_unanswered" } }.map(\.question)
    #expect(seen == ["QID1_TEXT", "QID2_TEXT"])
    #expect(result.records.prefix(3).allSatisfy { $0.text.isEmpty }, "-99 and null are written as empty text")
  }

  /// A response with malformed JSON is rejected at its line and column (in the file, not in the
  /// response) and the next one is read; a response whose id was seen is rejected as a duplicate.
  @Test func rejectsCarryTheLineAndColumn() throws {
    let text =
      "{\"responses\": [\n" + Self.responses[0]
      + ",\n  {\"responseId\": \"R_3\", \"values\": {\"QID1_TEXT\": \"x\",}},\n"
      + Self.responses[0] + ",\n" + Self.responses[1] + "\n]}\n"
    let path = try Fixture.write("export.json", text)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["R_1:QID1_TEXT", "R_2:QID4_TEXT"])
    let malformed = try #require(result.rejects.first)
    // Line 3 is `  {"responseId": "R_3", "values": {"QID1_TEXT": "x",}},`: the parser stops at
    // the "}" after the comma, character 53.
    #expect(malformed.line == 3 && malformed.column == 53, "\(malformed)")
    #expect(malformed.reason.contains("malformed JSON"), "\(malformed.reason)")
    #expect(
      result.rejects.dropFirst().first?.reason.contains("duplicate respondent \"R_1\"") == true, "\(result.rejects)")
    #expect(result.summary.respondents == 4 && result.summary.rejected == 3, "\(result.summary)")
  }

  /// A break in the structure around the responses (a missing comma) is a fatal error at its place;
  /// under --keep-going the responses before it are kept and the rest is one reject.
  @Test func aBrokenStructureStopsAtItsPlace() throws {
    let text = "{\"responses\": [\n" + Self.responses[0] + "\n" + Self.responses[1] + "]}"
    let path = try Fixture.write("export.json", text)
    let strict = try Fixture.run(path: path)
    guard case .malformed(_, let line, let column, let message, _)? = strict.error else {
      Issue.record("expected a malformed-input error, got \(String(describing: strict.error))")
      return
    }
    #expect(line == 3 && column == 1 && message.contains("expected ','"), "\(line):\(column) \(message)")
    let kept = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(kept.records.map(\.id) == ["R_1:QID1_TEXT"])
    #expect(kept.rejects.last?.reason.contains("the rest of the file was not read") == true)
  }

  /// A truncated download ends inside a response: said, with the place where that response starts.
  @Test func aTruncatedFileIsSaid() throws {
    let text = "{\"responses\":[" + Self.responses[0] + "," + Self.responses[1].prefix(60)
    let path = try Fixture.write("export.json", String(text))
    let result = try Fixture.run(path: path)
    #expect(result.error?.description.contains("truncated") == true, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["R_1:QID1_TEXT"], "the response before the break was read")
  }

  /// responseId and values._recordId must name the same respondent; a response with neither is
  /// rejected as the XML reader rejects a <Response> without _recordId.
  @Test func respondentIDs() throws {
    let path = try Fixture.write(
      "export.json",
      Self.document([
        #"{"responseId":"R_1","values":{"_recordId":"R_X","QID1_TEXT":"a"}}"#,
        #"{"values":{"QID1_TEXT":"b"}}"#,
        #"{"values":{"_recordId":"R_5","QID1_TEXT":"c"}}"#,
      ]))
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.records.map(\.id) == ["R_5:QID1_TEXT"], "_recordId alone is the id")
    #expect(result.rejects.map(\.reason).first?.contains("two respondent ids") == true, "\(result.rejects)")
    #expect(result.rejects.map(\.reason).last?.contains("without responseId or _recordId") == true)
  }

  /// --qsf applies to the JSON export as to the XML one; --lss and --id-column do not.
  @Test func companionOptions() throws {
    let path = try Fixture.write("export.json", Self.document())
    let lss = try Fixture.run(path: path) { $0.lssPath = "/nonexistent.lss" }
    #expect(lss.error?.description.contains("--lss applies to") == true, "\(String(describing: lss.error))")
    let id = try Fixture.run(path: path) { $0.idColumn = "ResponseId" }
    #expect(id.error?.description.contains("--id-column") == true, "\(String(describing: id.error))")
  }

  /// The file is streamed: a response over the 16 MiB record limit is rejected (and read through,
  /// not kept), and the responses after it are read.
  @Test func anOversizedResponseIsRejectedAndTheNextRead() throws {
    let big = #"{"responseId":"R_big","values":{"QID1_TEXT":""# + String(repeating: "a", count: 17 << 20) + #""}}"#
    let path = try Fixture.write("export.json", Self.document([big, Self.responses[1]]))
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.records.map(\.id) == ["R_2:QID4_TEXT"])
    #expect(result.rejects.first?.reason.contains("limit for one record") == true, "\(result.rejects)")
  }
}
