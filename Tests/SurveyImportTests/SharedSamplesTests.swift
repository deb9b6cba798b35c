import Foundation
import SurveyImport
import TestSupport
import Testing

/// The real public exports in ../shared/samples/xml import with the record counts of an
/// independent reading. Expected numbers were computed once with Python's xml.etree.ElementTree
/// and csv (not with this code), applying the documented rules:
///  - Qualtrics: per <Response>, children whose tag ends in _TEXT; text empty/whitespace or "-99"
///    is blank, else a record.
///  - LimeSurvey: text columns from the .lss question types (S/T/U without subquestion code, Q with
///    one, any …other/…comment); without .lss: SGQA columns without subquestion code plus
///    other/comment. Per <row>: element absent = not shown, empty = blank, else a record.
///  - Triple-S: character variables; fixed-width slices [start-1:finish] (sample-1, -4, ISO-8859-1)
///    or CSV fields (sample-2, UTF-8 with BOM, skip=1); whitespace-only = blank.
/// Skipped when ../shared is absent.
@Suite struct SharedSamplesTests {
  struct Expected: Sendable, CustomStringConvertible {
    var file: String
    var lss: String?
    var respondents: Int
    var records: Int
    var blank: Int
    var notShown: Int
    var description: String { file }
  }

  static let expected: [Expected] = [
    Expected(file: "qualtrics/qualtrics_v3_export_2responses.xml", respondents: 2, records: 4, blank: 0, notShown: 0),
    Expected(file: "qualtrics/qualtrics_v3_export_3responses.xml", respondents: 3, records: 10, blank: 14, notShown: 0),
    Expected(
      file: "limesurvey/texts_responses.lsr", lss: "limesurvey/texts_example.lss", respondents: 1, records: 8, blank: 1,
      notShown: 0),
    Expected(
      file: "limesurvey/array_responses.lsr", lss: "limesurvey/array_example.lss", respondents: 1, records: 0, blank: 0,
      notShown: 0),
    Expected(file: "limesurvey/mc_responses.lsr", respondents: 3, records: 8, blank: 13, notShown: 0),
    Expected(file: "limesurvey/conditions+token_responses.lsr", respondents: 6, records: 18, blank: 2, notShown: 4),
    // The .lsa (ZIP) was read with Python's zipfile, then as above with its own .lss.
    Expected(
      file: "limesurvey/survey_archive_124688.lsa", respondents: 3, records: 8, blank: 13, notShown: 0),
    Expected(file: "triple-s/sample-1.sss", respondents: 3, records: 2, blank: 1, notShown: 0),
    Expected(file: "triple-s/sample-2.sss", respondents: 1, records: 19, blank: 5, notShown: 0),
    Expected(file: "triple-s/sample-4.sss", respondents: 10, records: 0, blank: 0, notShown: 0),
  ]

  @Test(arguments: expected)
  func sampleImportsWithIndependentCounts(_ sample: Expected) throws {
    guard let shared = TestSupport.sharedDirectory else {
      print("skipped: ../shared is absent")
      return
    }
    let base = shared.appendingPathComponent("samples/xml")
    let result = try Fixture.run(path: base.appendingPathComponent(sample.file).path) { options in
      options.lssPath = sample.lss.map { base.appendingPathComponent($0).path }
    }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.summary.respondents == sample.respondents)
    #expect(result.records.count == sample.records)
    #expect(result.summary.blank == sample.blank)
    #expect(result.summary.notShown == sample.notShown)
    #expect(Set(result.records.map(\.id)).count == result.records.count)
  }

  @Test func qualtricsQuestionTextsFromQSF() throws {
    guard let shared = TestSupport.sharedDirectory else { return }
    let base = shared.appendingPathComponent("samples/xml/qualtrics")
    let result = try Fixture.run(path: base.appendingPathComponent("qualtrics_v3_export_2responses.xml").path) {
      $0.qsfPath = base.appendingPathComponent("qualtrics_v3_export_2responses.qsf").path
    }
    // In the .qsf, QID8 has QuestionText "Multi line text entry" (read with Python's json).
    let multi = try #require(result.records.first { $0.question == "QID8_TEXT" })
    #expect(multi.questionText == "Multi line text entry")
    #expect(result.records.last { $0.question == "QID8_TEXT" }?.text == "multiple\nlines\nof\ntext.")
    // QID9 is a text-entry form (TE/FORM): its fields QID9_1…3 are free text with the .qsf.
    #expect(
      result.records.filter { $0.question.hasPrefix("QID9_") }.map(\.text)
        == ["line one", "line two", "line three", "a", "b", "c"])
  }

  @Test func metadataOnlyFilesAreExplained() throws {
    guard let shared = TestSupport.sharedDirectory else { return }
    let base = shared.appendingPathComponent("samples/xml")
    for file in ["ddi/cps_00157.xml", "spss-dimensions-mdd/Example Data (A).mdd", "limesurvey/texts_example.lss"] {
      let error = try #require(try Fixture.run(path: base.appendingPathComponent(file).path).error)
      guard case .notASurveyExport = error else {
        Issue.record("\(file): \(error)")
        continue
      }
    }
  }
}
