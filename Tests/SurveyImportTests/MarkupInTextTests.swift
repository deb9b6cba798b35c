import Foundation
import SurveyImport
import TestSupport
import Testing

/// Markup inside an answer's text (a rich-text box's XHTML, a generic export's sub-elements).
/// Dropping the tags used to glue the pieces into one word: `<p>one</p><p>two</p>` was imported
/// as "onetwo". Block-level and unknown elements now separate their text with a line break;
/// HTML's inline elements (WHATWG "phrasing content": b, i, em, span, a …) do not, because they
/// can style part of a word.
@Suite struct MarkupInTextTests {
  static func generic(_ answer: String) throws -> [String] {
    let result = try GenericMappingTests.run(
      "<export><R id=\"1\"><C>\(answer)</C></R></export>", map: #"{"record":"R","id":"@id","text":["C"]}"#)
    #expect(result.error == nil, "\(String(describing: result.error))")
    return result.records.map(\.text)
  }

  static func qualtrics(_ answer: String) throws -> [String] {
    let directory = try TestSupport.temporaryDirectory()
    let path = directory.appendingPathComponent("responses.xml")
    let xml = "<Responses><Response><_recordId>R_1</_recordId><Q1_TEXT>\(answer)</Q1_TEXT></Response></Responses>"
    try Data(xml.utf8).write(to: path)
    let result = try Fixture.run(path: path.path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    return result.records.map(\.text)
  }

  @Test func paragraphsAndLineBreaksSeparateWords() throws {
    #expect(try Self.generic("<p>one</p><p>two</p>three<br/>four") == ["one\ntwo\nthree\nfour"])
    #expect(try Self.qualtrics("<div>Slow delivery</div><div>Rude driver</div>") == ["Slow delivery\nRude driver"])
    #expect(try Self.qualtrics("<ul><li>late</li><li>cold</li></ul>") == ["late\ncold"])
  }

  @Test func unknownSubElementsSeparateTheirText() throws {
    #expect(try Self.generic("<line>first</line><line>second</line>") == ["first\nsecond"])
  }

  @Test func inlineElementsKeepWordsWhole() throws {
    #expect(
      try Self.generic("un<b>believ</b>able and <EM>very</EM> <a href=\"x\">nice</a>") == ["unbelievable and very nice"]
    )
    #expect(try Self.qualtrics("<span>so</span><strong>slow</strong>") == ["soslow"])
    // <wbr/> marks a break opportunity inside a word.
    #expect(try Self.generic("super<wbr/>cali") == ["supercali"])
  }

  /// A line break already at the boundary is not doubled; spaces and tabs there become the line
  /// break (QA review 33: a space beside the tag stood for it, so "one two" read as one sentence);
  /// no break is added before the first piece or after the last.
  @Test func existingWhiteSpaceIsNotDoubled() throws {
    #expect(try Self.generic("<p>one</p>\n<p>two</p>") == ["one\ntwo"])
    #expect(try Self.generic("<p>one </p><p>two</p>") == ["one\ntwo"])
    #expect(try Self.generic("<p>one</p> \t <p>two</p>") == ["one\ntwo"])
    #expect(try Self.generic("<p>only</p>") == ["only"])
  }
}
