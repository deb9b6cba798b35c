import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// A namespace error (a prefix that is not declared, a namespace name that is not a valid URI, as
/// in SPSS Dimensions' "…/Arc 3/…") leaves the document well-formed XML 1.0, and libxml2 reads on.
/// QA review 38: it was reported as a fatal error after the whole file had been read ("4 record(s)
/// read before the error" for an error on line 2, a made-up "rest of the file" reject, and `-o`
/// removed a complete output). It is a warning now, and every record is imported.
@Suite struct XMLNamespaceErrorTests {
  static let responses =
    "<Response><_recordId>R_1</_recordId><QID1_TEXT>first</QID1_TEXT></Response>"
    + "<Response><_recordId>R_2</_recordId><QID1_TEXT>second</QID1_TEXT></Response></Responses>\n"

  @Test func aNamespaceNameThatIsNotAURIIsAWarning() throws {
    let path = try Fixture.write(
      "space.xml", "<Responses xmlns:m=\"http://example.com/model/Arc 3/2000\">\n" + Self.responses)
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["first", "second"])
    #expect(result.summary.rejected == 0)
    #expect(result.warnings.contains { $0.contains("1:") && $0.contains("not a valid URI") })
  }

  @Test func anUndeclaredPrefixIsAWarningAndTheNameIsReadAsWritten() throws {
    let path = try Fixture.write(
      "prefix.xml",
      "<Responses>\n<Response><_recordId>R_1</_recordId><x:QID7_TEXT>hello</x:QID7_TEXT></Response>"
        + "<Response><_recordId>R_2</_recordId><QID7_TEXT>bye</QID7_TEXT></Response></Responses>\n")
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["hello", "bye"])
    #expect(result.records.map(\.question) == ["x:QID7_TEXT", "QID7_TEXT"])
    #expect(result.warnings.contains { $0.contains("2:") && $0.contains("prefix x") })
  }
}
