import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Session 56 (real exports): a LimeSurvey 2.x/3.x `.lss` repeats each question's row per
/// language (LimeSurvey's own test survey `limesurvey_survey_OldCodes.lss`, DBVersion 164: `en`
/// and `es` rows, the `es` ones with an empty `<question/>`, untranslated). The first row's text
/// was taken whatever it was: with the untranslated row first, every record had
/// `"question_text": ""`, and in a translated survey the text was whichever language came first,
/// not the survey's own.
@Suite struct LimeSurveyQuestionTextLanguageTests {
  static func run(questionRows: String, base: String = "en") throws -> ImportResult {
    let lss = try Fixture.write(
      "survey.lss",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Survey</LimeSurveyDocType><DBVersion>164</DBVersion>
      <languages><language>es</language><language>en</language></languages>
      <questions><rows>
      \(questionRows)
      </rows></questions>
      <surveys><rows><row><sid>967851</sid><language>\(base)</language><additional_languages>es </additional_languages></row></rows></surveys>
      </document>

      """)
    let lsr = try Fixture.write(
      "responses.lsr",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Responses</LimeSurveyDocType><DBVersion>164</DBVersion>
      <responses><fields><fieldname>id</fieldname><fieldname>967851X354X2843</fieldname></fields>
      <rows><row><id>1</id><_967851X354X2843>Nothing</_967851X354X2843></row></rows></responses></document>

      """)
    return try Fixture.run(path: lsr) { $0.lssPath = lss }
  }

  static func row(_ language: String, _ question: String?) -> String {
    let text = question.map { "<question><![CDATA[\($0)]]></question>" } ?? "<question/>"
    return
      "<row><qid>2843</qid><parent_qid>0</parent_qid><sid>967851</sid><gid>354</gid><type>T</type><title>OLD_CODE2</title>\(text)<language>\(language)</language></row>"
  }

  /// An untranslated (empty) row first: the text is the one that exists, not "".
  @Test func anEmptyTranslationDoesNotHideTheText() throws {
    let result = try Self.run(questionRows: Self.row("es", nil) + Self.row("en", "What else?"))
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.questionText) == ["What else?"])
  }

  /// Two translations: the survey's base language (`<surveys><row><language>`, which the `.lss`
  /// writes after the questions) is chosen, whichever row comes first.
  @Test func theBaseLanguageIsChosen() throws {
    let rows = Self.row("es", "¿Algo más?") + Self.row("en", "What else?")
    #expect(try Self.run(questionRows: rows).records.map(\.questionText) == ["What else?"])
    #expect(try Self.run(questionRows: rows, base: "es").records.map(\.questionText) == ["¿Algo más?"])
  }

  /// No text in any language: no `question_text` at all, rather than an empty one.
  @Test func noTextGivesNoQuestionText() throws {
    let result = try Self.run(questionRows: Self.row("es", nil) + Self.row("en", "  "))
    #expect(result.records.map(\.questionText) == [nil])
    #expect(result.summary.records == 1, "\(result.summary)")
  }
}
