import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Responses where the Qualtrics reader does not look for them (QA review 31): a `<response>` in
/// lower case or a `<Response>` wrapped in another element under `<Responses>` vanished, and a
/// response or answer nested inside a field became one metadata value, all with exit 0 and nothing
/// said. They are still not imported (the format has no such records), but each is warned about.
@Suite struct QualtricsUnexpectedElementTests {
  static func run(_ xml: String) throws -> ImportResult {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("q.xml")
    try Data(xml.utf8).write(to: url)
    return try Fixture.run(path: url.path)
  }

  @Test func elementsThatAreNotResponsesAreSaid() throws {
    let result = try Self.run(
      "<?xml version=\"1.0\"?>\n<Responses>\n<Response><_recordId>R1</_recordId><Q1_TEXT>one</Q1_TEXT></Response>\n"
        + "<response><_recordId>R2</_recordId><Q1_TEXT>two</Q1_TEXT></response>\n"
        + "<Other><Response><_recordId>R3</_recordId><Q1_TEXT>three</Q1_TEXT></Response></Other>\n</Responses>\n")
    #expect(result.records.map(\.text) == ["one"])
    #expect(result.warnings.contains { $0.contains("1 <response> element(s) under <Responses>, the first at line 4") })
    #expect(result.warnings.contains { $0.contains("case-sensitive") })
    #expect(result.warnings.contains { $0.contains("1 <Other> element(s) under <Responses>, the first at line 5") })
  }

  @Test func anAnswerNestedInAFieldIsSaidButMarkupIsNot() throws {
    let nested = try Self.run(
      "<?xml version=\"1.0\"?>\n<Responses><Response><_recordId>R1</_recordId><Q1_TEXT>one</Q1_TEXT>"
        + "<Extra><Q2_TEXT>two</Q2_TEXT></Extra></Response></Responses>\n")
    #expect(nested.warnings.contains { $0.contains("holds <Q2_TEXT> inside its <Extra>") })
    let markup = try Self.run(
      "<?xml version=\"1.0\"?>\n<Responses><Response><_recordId>R1</_recordId>"
        + "<Q1_TEXT>very <b>good</b><br/>thanks</Q1_TEXT></Response></Responses>\n")
    #expect(markup.records.count == 1)
    #expect(markup.warnings.isEmpty, "\(markup.warnings)")
  }
}

/// QA review 31: the generic mapping reader called an empty id a missing one (the Qualtrics reader
/// had been fixed for the same wording in the twenty-seventh session).
@Test func aGenericRecordWithAnEmptyIDSaysSo() throws {
  let directory = try TestSupport.temporaryDirectory()
  let xml = directory.appendingPathComponent("g.xml")
  try Data(
    "<Data>\n<Resp><Id>  </Id><Comment>one</Comment></Resp>\n<Resp><Comment>two</Comment></Resp>\n</Data>\n".utf8
  ).write(to: xml)
  let map = directory.appendingPathComponent("map.json")
  try Data(#"{"record":"Resp","id":"Id","text":"Comment"}"#.utf8).write(to: map)
  let result = try Fixture.run(path: xml.path) {
    $0.mapPath = map.path
    $0.keepGoing = true
  }
  #expect(result.rejects.map(\.reason) == ["a <Resp> whose Id is empty", "a <Resp> without Id"])
}
