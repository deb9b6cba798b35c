import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// Where and how hostile XML is reported (review r8b #11): positions are 1-based and in the file
/// (not in an entity's replacement text), and the wording says what was refused.
@Suite struct XMLErrorPositionTests {
  static func malformed(_ result: ImportResult) -> (line: Int, column: Int, message: String)? {
    guard case .malformed(_, let line, let column, let message, _)? = result.error else { return nil }
    return (line, column, message)
  }

  static func write(_ name: String, _ data: Data) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  /// Review r16a: libxml2 stores a node's line in 16 bits, so every reject past line 65,535 said
  /// 65535. With XML_PARSE_BIG_LINES it is the real line, give or take the few lines the reader
  /// parses ahead (the <Response> without an id starts on line 80,002 here).
  @Test func rejectsPastLine65535HaveTheirRealLine() throws {
    var text = "<Responses>\n"
    for index in 0..<20_000 {
      text += "<Response>\n<_recordId>R_\(index)</_recordId>\n<QID1_TEXT>t</QID1_TEXT>\n</Response>\n"
    }
    text += "<Response>\n<QID1_TEXT>no id</QID1_TEXT>\n</Response>\n</Responses>\n"
    let path = try Self.write("big-lines.xml", Data(text.utf8))
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    let line = try #require(result.rejects.first?.line)
    #expect((80_002...80_006).contains(line), "line \(line)")
  }

  /// billion-laughs.xml references `&lol9;` on line 18 (`    <Q1_TEXT>&lol9;</Q1_TEXT>`, columns
  /// 14–19). libxml2 raised the error at 1:7 of the entity's replacement text; the report now
  /// names the reference's line in the file and a column at the reference's end.
  @Test func entityBombIsReportedAtItsReference() throws {
    let result = try Fixture.run("billion-laughs.xml")
    let error = try #require(Self.malformed(result), "\(String(describing: result.error))")
    #expect(error.line == 18)
    #expect((14...20).contains(error.column), "column \(error.column)")
    #expect(error.message.hasPrefix("entity expansion refused: the DTD's entities nest and multiply their text"))
    #expect(error.message.contains("amplification limit"))
  }

  /// The attribute-count limit is reported inside the offending start tag with a 1-based column
  /// (it was column 0): the tag starts at column 1 of line 2 here.
  @Test func tooManyAttributesHaveAOneBasedColumnInTheTag() throws {
    let attributes = (0..<(XMLLimits.attributesPerElement + 5)).map { " a\($0)=\"1\"" }.joined()
    let text =
      "<?xml version=\"1.0\"?>\n<Responses><Response\(attributes)><_recordId>R</_recordId></Response></Responses>\n"
    let result = try Fixture.run(path: try Self.write("attrs.xml", Data(text.utf8)))
    let error = try #require(Self.malformed(result), "\(String(describing: result.error))")
    #expect(error.line == 2)
    let tagStart = 12  // "<Responses>" is columns 1–11
    let tagEnd = "<Responses><Response".count + attributes.count + 1  // its ">"
    #expect(error.column > tagStart && error.column <= tagEnd, "column \(error.column)")
    #expect(error.message.contains("more than \(XMLLimits.attributesPerElement) attributes"))
  }

  /// An attribute value over libxml2's 10,000,000-byte limit is called an attribute value, not a
  /// text node; a text node over it is still a text node.
  @Test func hugeAttributeIsNotCalledATextNode() throws {
    var data = Data("<Responses>\n<Response id=\"".utf8)
    data.append(Data(repeating: UInt8(ascii: "a"), count: 10_500_000))
    data.append(Data("\"><_recordId>R</_recordId></Response></Responses>\n".utf8))
    let result = try Fixture.run(path: try Self.write("attr.xml", data))
    let error = try #require(Self.malformed(result), "\(String(describing: result.error))")
    #expect(error.line == 2)
    #expect(error.column >= 1)
    #expect(error.message.contains("attribute value larger than libxml2's safe limit"), "\(error.message)")
    #expect(!error.message.contains("text node"))

    var text = Data("<Responses>\n<Response><_recordId>R</_recordId><Q1_TEXT>".utf8)
    text.append(Data(repeating: UInt8(ascii: "a"), count: 10_500_000))
    text.append(Data("</Q1_TEXT></Response></Responses>\n".utf8))
    let textResult = try Fixture.run(path: try Self.write("text.xml", text))
    let textError = try #require(Self.malformed(textResult), "\(String(describing: textResult.error))")
    #expect(textError.message.contains("a text node larger than"), "\(textError.message)")
  }
}
