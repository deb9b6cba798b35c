import Foundation
import SurveyImport
import TestSupport
import Testing

@testable import SurveyImport

/// QA review 20 #5a: a refused entity reference names its column, as other XML errors do.
@Suite struct EntityColumnTests {
  static let doctype = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE Responses [
      <!ENTITY xxe SYSTEM "file:///etc/passwd">
      <!ENTITY a "aaaaaaaaaa">
    ]>

    """

  @Test func aReferenceInTextIsPlacedAtItsAmpersand() throws {
    let path = try FlatFormatFindingsTests.write(
      "q.xml",
      Self.doctype + """
        <Responses>
          <Response>
            <_recordId>R_1</_recordId>
            <Q1_TEXT>Entity: &xxe; and &a; &amp;</Q1_TEXT>
          </Response>
        </Responses>
        """)
    let error = try #require(try Fixture.run(path: path).error)
    guard case .unsafeEntity(_, let line, let column, let name, _, _) = error else {
      Issue.record("expected unsafeEntity, got \(error)")
      return
    }
    #expect((line, column, name) == (9, 22, "xxe"))
    #expect(error.description.hasPrefix("\(path):9:22: entity reference &xxe; refused"))
  }

  @Test func columnsCountCharactersAndAttributeReferencesHaveOne() throws {
    let path = try FlatFormatFindingsTests.write(
      "g.xml",
      Self.doctype + "<rows>\r\n<row id=\"é&a;\"><c>x</c></row>\r\n</rows>\n")
    let map = try FlatFormatFindingsTests.write("g.json", #"{"record": "row", "id": "@id", "text": ["c"]}"#)
    let error = try #require(try Fixture.run(path: path) { $0.mapPath = map }.error)
    #expect(error.description.hasPrefix("\(path):7:11: entity reference &a; refused"))
    // Read from the file: CR LF and CR end lines; a line without the reference gives 0.
    let file = try FlatFormatFindingsTests.write("l.txt", "a\r\nb\rcé &x; &x;\n")
    #expect(XMLStream.column(ofReference: "x", line: 3, path: file, singleByte: false) == 4)
    #expect(XMLStream.column(ofReference: "x", line: 3, path: file, singleByte: true) == 5)
    #expect(XMLStream.column(ofReference: "x", line: 2, path: file, singleByte: false) == 0)
  }
}
