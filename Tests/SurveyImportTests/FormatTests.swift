import Foundation
import SurveyImport
import TestSupport
import Testing
import VerbatimCore

/// Each format on fixtures written by this project; expected values are read off the fixture
/// files by hand (they are a few lines each).
@Suite struct FormatTests {
  @Test func qualtricsTextColumnsBlanksAndRejects() throws {
    let result = try Fixture.run("qualtrics-basic.xml") {
      $0.keepGoing = true
      $0.keepBlank = true
    }
    #expect(result.error == nil)
    #expect(result.records.map(\.id) == ["R_1:Q1_TEXT", "R_2:Q1_TEXT", "R_2:Q2_TEXT", "R_4:Q1_TEXT"])
    // Issue 6, "lossless": a kept whitespace-only answer keeps its white space; -99 is a code, no text.
    #expect(result.records.map(\.text) == ["Slow & rude", "", "   ", "Great staff"])
    // R_2's Q1_TEXT is -99 (seen but unanswered): marked in meta, unlike the whitespace-only Q2_TEXT.
    #expect(
      result.records[1].meta == [
        JSONMember("finished", .string("False")), JSONMember("Q2", .string("4")),
        JSONMember("qualtrics_seen_unanswered", .string("-99")),
      ])
    #expect(result.records[2].meta == [JSONMember("finished", .string("False")), JSONMember("Q2", .string("4"))])
    // -99 (seen but unanswered) and whitespace-only are blank; the response without id is rejected.
    #expect(result.summary.blank == 2)
    #expect(result.summary.rejected == 1)
    #expect(result.summary.respondents == 4)
    // QA review 18: records count the same cells with and without --keep-blank; the blanks it writes
    // are counted among the blanks, so 3 identified respondents × 2 questions = 2 + 2 + 2 not shown.
    #expect(result.summary.records == 2 && result.summary.blankWritten == 2)
    #expect(result.summary.records + result.summary.blank + result.summary.notShown == 3 * 2)
    #expect(result.summary.description.contains("2 record(s), 2 blank (written too: --keep-blank)"))
    #expect(
      result.rejects == [
        ImportReject(
          file: Fixture.path("qualtrics-basic.xml"), line: 15, reason: "a <Response> without _recordId or ResponseID")
      ])
  }

  /// QA review 29: two different respondent ids in one <Response> reject it (the first was taken
  /// silently); the same id under two names is one id; an empty id is said to be empty.
  @Test func respondentIdsMustBeOneAndNonEmpty() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("ids.xml").path
    try """
    <?xml version="1.0" encoding="UTF-8"?>
    <Responses>
      <Response><_recordId>R_1</_recordId><_recordId>R_2</_recordId><Q1_TEXT>whose?</Q1_TEXT></Response>
      <Response><_recordId>R_3</_recordId><ResponseId>R_3</ResponseId><Q1_TEXT>mine</Q1_TEXT></Response>
      <Response><_recordId></_recordId><Q1_TEXT>no one's</Q1_TEXT></Response>
    </Responses>

    """.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.records.map(\.id) == ["R_3:Q1_TEXT"])
    #expect(
      result.rejects.map(\.reason) == [
        "a <Response> with two respondent ids, <_recordId> \"R_1\" and <_recordId> \"R_2\"",
        "a <Response> whose <_recordId> is empty",
      ])
    #expect(result.rejects.map(\.line) == [3, 5])
  }

  @Test func blanksAreCountedButNotEmittedByDefault() throws {
    let result = try Fixture.run("qualtrics-basic.xml") { $0.keepGoing = true }
    #expect(result.records.map(\.id) == ["R_1:Q1_TEXT", "R_4:Q1_TEXT"])
    #expect(result.summary.records + result.summary.blank == 4)
    // Review r20b: R_1 and R_4 lack Q2_TEXT (not shown to them): counted, so the three identified
    // respondents' 3 × 2 cells add up (they did not: "not shown" was always 0 for Qualtrics XML).
    #expect(result.summary.notShown == 2)
    #expect(result.summary.records + result.summary.blank + result.summary.notShown == 3 * 2)
  }

  @Test func questionFilter() throws {
    let result = try Fixture.run("qualtrics-basic.xml") {
      $0.keepGoing = true
      $0.keepBlank = true
      $0.questions = ["Q2_TEXT"]
    }
    #expect(result.records.map(\.id) == ["R_2:Q2_TEXT"])
  }

  @Test func entitiesAndNumericReferencesIncludingAstral() throws {
    let result = try Fixture.run("entities.xml")
    // &#233; = é, &#x1F600; and &#128512; = U+1F600 (astral), &amp;amp; = "&amp;" literally.
    #expect(result.records.map(\.text) == ["café <b> \u{1F600} &amp; \"ok\" \u{1F600}"])
  }

  @Test func limeSurveyCDATAEscapedBracketsMissingVersusEmpty() throws {
    let result = try Fixture.run("cdata-brackets.lsr")
    #expect(result.records.map(\.text) == ["a ]]> b"])
    // Row 1: column 4 empty element = blank; row 2: both columns absent = not shown.
    #expect(result.summary.blank == 1)
    #expect(result.summary.notShown == 2)
  }

  @Test func limeSurveyCRAndCRLFInCDATABecomeLF() throws {
    let result = try Fixture.run("crlf-cdata.lsr")
    #expect(result.records.map(\.text) == ["line one\nline two\nline three\nend"])
  }

  @Test func tripleSCharacterPositions() throws {
    let result = try Fixture.run("survey.sss")
    // Every line counts characters (13 = record length; é is 2 bytes). Line 4 counted bytes until
    // QA review 40 asked for one reading per file; it is now written in characters too.
    #expect(result.records.map(\.id) == ["1:Q2", "3:Q2", "4:Q2"])
    #expect(result.records.map(\.text) == ["Café", "Naïve élan", "Café"])
    #expect(result.records[0].questionText == "Comment")
    #expect(
      result.records[0].meta == [
        JSONMember("Q1", .object([JSONMember("code", .string("1")), JSONMember("label", .string("First"))])),
        JSONMember("Q3", .string("42")),
      ])
    #expect(result.summary.blank == 1)
  }

  @Test func genericXMLWithMapping() throws {
    let result = try Fixture.run("generic.xml") { $0.mapPath = Fixture.path("generic-map.json") }
    #expect(result.records.map(\.id) == ["p1:answers/comment", "p1:answers/other", "p2:answers/other"])
    #expect(result.records.map(\.text) == ["Good value", "n/a", "Too loud"])
    #expect(result.records[2].meta == [JSONMember("when", .string("2024-01-03"))])
    #expect(result.summary.notShown == 1)
  }

  @Test func csvWithBOMSemicolonsQuotedNewlines() throws {
    let result = try Fixture.run("responses.csv") { $0.keepGoing = true }
    #expect(result.records.map(\.id) == ["R_1:Q1_TEXT", "R_2:Q2_TEXT"])
    #expect(result.records[0].text == "Line one\nline two; with \"quotes\"")
    #expect(result.records[0].meta == [JSONMember("Q1", .string("5"))])
    #expect(result.summary.blank == 2)
    #expect(result.rejects.map(\.line) == [5])
  }

  @Test func qualtricsCSVWithThreeHeaderRows() throws {
    // Row 2 holds question texts, row 3 {"ImportId":…}: both are headers, not respondents.
    let result = try Fixture.run("qualtrics.csv")
    #expect(result.records.map(\.id) == ["R_a:Q2_TEXT"])
    #expect(result.records.first?.questionText == "Why?")
    #expect(result.records.first?.text == "Quick, friendly")
    #expect(result.summary.respondents == 2)
    #expect(result.summary.blank == 1)
  }

  @Test func tripleS30WithLatin1CSVDataAndMultilingualLabels() throws {
    // survey30.sss is ISO-8859-1 with French and English <text> labels (the first language is
    // used); survey30.csv is ISO-8859-1 CSV with CRLF, a header line (skip="1") and a spread
    // multiple variable "0103" = codes 01 and 03.
    let result = try Fixture.run("survey30.sss")
    #expect(result.error == nil)
    #expect(result.records.map(\.text) == ["Très bien, merci"])
    #expect(result.records.first?.questionText == "Commentaire")
    let q1 = JSONValue.object([JSONMember("code", .string("1")), JSONMember("label", .string("Première visite"))])
    let q2 = JSONValue.array([
      .object([JSONMember("code", .string("01")), JSONMember("label", .string("Épicerie"))]),
      .object([JSONMember("code", .string("03")), JSONMember("label", .string("Café"))]),
    ])
    #expect(result.records.first?.meta == [JSONMember("Q1", q1), JSONMember("Q2", q2), JSONMember("Q4", .string("1"))])
    #expect(result.summary.blank == 1)
  }

  @Test func tripleSWithoutItsDataFileCannotOpen() throws {
    let result = try Fixture.run("survey.sss") { $0.dataPath = Fixture.path("no-such.asc") }
    let error = try #require(result.error)
    #expect(error.exitStatus == .cannotOpen)
  }

  @Test func jsonl() throws {
    let result = try Fixture.run("responses.jsonl") {
      $0.keepGoing = true
      $0.keepBlank = true
    }
    #expect(result.records.map(\.id) == ["a1:text", "a2:text"])
    #expect(result.records[0].meta == [JSONMember("store", .string("Leeds"))])
    #expect(result.summary.rejected == 1)
  }

  @Test func recordJSONShape() {
    let record = SurveyRecord(
      respondent: "R_1", question: "Q1_TEXT", questionText: "Why?", text: "Fine",
      meta: [
        JSONMember("finished", .string("True"))
      ])
    var writer = JSONWriter()
    record.write(to: &writer)
    #expect(
      writer.string
        == #"{"id":"R_1:Q1_TEXT","respondent":"R_1","question":"Q1_TEXT","question_text":"Why?","text":"Fine","meta":{"finished":"True"}}"#
    )
  }
}
