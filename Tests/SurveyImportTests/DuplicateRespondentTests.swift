import Foundation
import SurveyImport
import TestSupport
import Testing

/// QA review 23 #10: a respondent id that heads a second record. In a format whose records are
/// respondents (a Qualtrics `<Response>`, a LimeSurvey `<row>`, a CSV row) the second record comes
/// from a duplicated or concatenated export: its answers are rejected, even those to questions the
/// first record did not answer (they were merged into one respondent without a word). In JSONL the
/// answers are kept with a note, and a long-form line (one answer with its question) continues its
/// respondent without one.
@Suite struct DuplicateRespondentTests {
  private static let qualtrics = """
    <Responses>
    <Response><_recordId>R_7</_recordId><Q1_TEXT>first response</Q1_TEXT></Response>
    <Response><_recordId>R_8</_recordId><Q1_TEXT>another respondent</Q1_TEXT></Response>
    <Response><_recordId>R_7</_recordId><Q2_TEXT>second response</Q2_TEXT><Q3_TEXT>and more</Q3_TEXT></Response>
    </Responses>

    """

  @Test func aSecondResponseWithTheSameIdIsRejected() throws {
    let path = try FlatFormatFindingsTests.write("dup.xml", Self.qualtrics)
    let result = try Fixture.run(path: path, FlatFormatFindingsTests.keepGoing)
    #expect(result.error == nil)
    #expect(result.records.map(\.id) == ["R_7:Q1_TEXT", "R_8:Q1_TEXT"])
    // Both answers of the third <Response> (line 4) are rejected, naming where R_7 first appeared.
    #expect(result.rejects.map(\.line) == [4, 4])
    #expect(result.rejects.map(\.question) == ["Q2_TEXT", "Q3_TEXT"])
    for reject in result.rejects {
      #expect(reject.reason.hasPrefix("duplicate respondent \"R_7\""), "\(reject.reason)")
      #expect(reject.reason.contains("first seen at line 2"), "\(reject.reason)")
    }
    // Counts add up: every answer cell is a record, blank, not shown or rejected.
    let summary = result.summary
    #expect(summary.records + summary.blank + summary.notShown + summary.rejectedAnswers == 3 * 3)
    let strict = try Fixture.run(path: path)
    #expect(strict.error != nil)
  }

  /// A CSV row has every column, so a row repeating a respondent is rejected whole, a column that
  /// row alone fills included. QA review 31 (L13): the reason was "duplicate id "7:feedback":
  /// respondent 7 already answered feedback", untrue when the first row's feedback was blank; it is
  /// now the duplicate respondent, as for XML.
  @Test func aCSVRowRepeatingARespondentIsRejected() throws {
    let path = try FlatFormatFindingsTests.write(
      "dup.csv", "id,comment,feedback\n7,first row,\n8,other,\n7,,second\n")
    let result = try Fixture.run(path: path, FlatFormatFindingsTests.keepGoing)
    #expect(result.records.map(\.id) == ["7:comment", "8:comment"])
    #expect(result.rejects.map(\.line) == [4, 4])
    #expect(result.rejects.map(\.question) == ["comment", "feedback"])
    for reject in result.rejects {
      #expect(reject.reason.hasPrefix("duplicate respondent \"7\""), "\(reject.reason)")
      #expect(reject.reason.contains("first seen at line 2"), "\(reject.reason)")
      #expect(!reject.reason.contains("already answered"), "\(reject.reason)")
    }
  }

  @Test func jsonlKeepsAContinuedRespondentWithANote() throws {
    let wide = try FlatFormatFindingsTests.write(
      "wide.jsonl", "{\"id\":\"A\",\"comment\":\"one\"}\n{\"id\":\"A\",\"feedback\":\"two\"}\n")
    let result = try Fixture.run(path: wide)
    #expect(result.records.map(\.id) == ["A:comment", "A:feedback"])
    #expect(
      result.warnings.contains {
        $0.contains("1 record(s) had the respondent id of an earlier record, first A at line 2")
      })
    // The long form that `import` writes: one answer a line, so a respondent spans lines.
    let long = try FlatFormatFindingsTests.write(
      "long.jsonl",
      "{\"respondent\":\"A\",\"question\":\"q1\",\"text\":\"one\"}\n{\"respondent\":\"A\",\"question\":\"q2\",\"text\":\"two\"}\n"
    )
    let longResult = try Fixture.run(path: long)
    #expect(longResult.records.map(\.id) == ["A:q1", "A:q2"])
    #expect(!longResult.warnings.contains { $0.contains("earlier record") })
  }

  /// QA review 37: blank lines hold no record and were skipped without a word, where the other
  /// commands say how many they skipped.
  @Test func jsonlBlankLinesAreCounted() throws {
    let path = try FlatFormatFindingsTests.write(
      "blank.jsonl", "{\"id\":\"A\",\"text\":\"one\"}\n\n \t\n{\"id\":\"B\",\"text\":\"two\"}\n")
    let result = try Fixture.run(path: path)
    #expect(result.records.map(\.id) == ["A:text", "B:text"])
    #expect(result.warnings.contains { $0.contains("skipped 2 blank line(s)") }, "\(result.warnings)")
  }
}
