import Foundation
import SurveyImport
import TestSupport
import Testing
import VerbatimCore

/// The generic XML reader's `--map` (review r8b #5 and #6): overlapping text and meta paths, child
/// attributes, and a mapping file that says something the reader does not understand.
@Suite struct GenericMappingTests {
  /// Writes the document and the mapping side by side and imports.
  static func run(
    _ xml: String, map: String, _ configure: (inout ImportOptions) -> Void = { _ in }
  ) throws -> ImportResult {
    let directory = try TestSupport.temporaryDirectory()
    let document = directory.appendingPathComponent("export.xml")
    let mapping = directory.appendingPathComponent("mapping.json")
    try Data(xml.utf8).write(to: document)
    try Data(map.utf8).write(to: mapping)
    return try Fixture.run(path: document.path) {
      $0.mapPath = mapping.path
      configure(&$0)
    }
  }

  static func meta(_ record: SurveyRecord?) -> [String: String] {
    var result: [String: String] = [:]
    for member in record?.meta ?? [] { result[member.key] = member.value.stringValue }
    return result
  }

  // MARK: #5 — a text path inside a meta path

  /// The review's repro: `Answers/Other` (text) lies inside `Answers` (meta). The answer was
  /// counted "not shown" although it is in the file.
  @Test func textPathInsideMetaPathGivesItsRecord() throws {
    let result = try Self.run(
      "<export><R id=\"1\"><Answers><Other>typed text</Other><Score>5</Score></Answers><Comment>hello</Comment></R></export>",
      map: #"{"record":"R","id":"@id","text":["Answers/Other","Comment"],"meta":["Answers"]}"#)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["1:Answers/Other", "1:Comment"])
    #expect(result.records.map(\.text) == ["typed text", "hello"])
    #expect(result.summary.notShown == 0)
    // The rule: a meta value leaves out the text of text paths inside it (the answer is not
    // copied into metadata), so only the score is left.
    #expect(Self.meta(result.records.first) == ["Answers": "5"])
  }

  /// Accounting: every text path is a record, blank or not shown — here one of each, with a meta
  /// path around all of them.
  @Test func overlappingPathsStillAddUp() throws {
    let result = try Self.run(
      """
      <x>
        <R id="a"><Block><T1>one</T1><T2> </T2><Note>n</Note></Block></R>
        <R id="b"><Block><Note>m</Note></Block></R>
      </x>
      """,
      map: #"{"record":"R","id":"@id","text":["Block/T1","Block/T2"],"meta":["Block"]}"#)
    #expect(result.records.map(\.id) == ["a:Block/T1"])
    #expect(result.summary.records == 1)
    #expect(result.summary.blank == 1)
    #expect(result.summary.notShown == 2)  // b has neither T1 nor T2
    #expect(Self.meta(result.records.first) == ["Block": "n"])
  }

  /// A text path inside another text path: each piece of text belongs to the innermost text path,
  /// so no answer is imported twice; a meta path inside a text path keeps its value.
  @Test func nestedTextPathsDoNotRepeatText() throws {
    let result = try Self.run(
      "<x><R id=\"1\"><Outer>before <Inner>inside</Inner> after<Code>7</Code></Outer></R></x>",
      map: #"{"record":"R","id":"@id","text":["Outer","Outer/Inner"],"meta":["Outer/Code"]}"#)
    #expect(result.records.map(\.id) == ["1:Outer", "1:Outer/Inner"])
    // The spaces around <Inner> become the line break it stands for (QA review 33).
    #expect(result.records.map(\.text) == ["before\nafter7", "inside"])
    #expect(Self.meta(result.records.first) == ["Outer/Code": "7"])
  }

  /// A path listed as both text and meta is text only, and the import says so.
  @Test func pathBothTextAndMetaIsTextOnly() throws {
    let result = try Self.run(
      "<x><R id=\"1\"><C>hello</C></R></x>", map: #"{"record":"R","id":"@id","text":["C"],"meta":["C"]}"#)
    #expect(result.records.map(\.text) == ["hello"])
    #expect(result.records.first?.meta.isEmpty == true)
    #expect(result.summary.notShown == 0)
    #expect(result.warnings.contains { $0.contains("\"C\" is both a text and a meta path") })
  }

  /// An id attribute that is also listed as meta is one value, not two (which the reader would
  /// reject as an ambiguous id).
  @Test func idAttributeAlsoListedAsMetaIsOneValue() throws {
    let result = try Self.run(
      "<x><R id=\"1\"><C>hi</C></R></x>", map: #"{"record":"R","id":"@id","text":"C","meta":["@id"]}"#)
    #expect(result.rejects.isEmpty)
    #expect(Self.meta(result.records.first) == ["@id": "1"])
  }

  // MARK: #6 — attributes of child elements

  @Test func childAttributePathIsImported() throws {
    let result = try Self.run(
      """
      <export><R id="1"><Answer q="Q1" value="great stuff"/><Answer q="Q2" value="late"/><Other value=""/></R>
      <R id="2"><Answer q="Q1"/></R></export>
      """,
      map: #"{"record":"R","id":"@id","text":["Answer/@value","Other/@value"],"meta":["Answer/@q"]}"#)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["1:Answer/@value", "1:Answer/@value[2]"])
    #expect(result.records.map(\.text) == ["great stuff", "late"])
    // R 1: Other/@value is present and empty (blank). R 2: Answer has no value and there is no
    // Other (both not shown).
    #expect(result.summary.blank == 1)
    #expect(result.summary.notShown == 2)
    #expect(Self.meta(result.records.first) == ["Answer/@q": "Q1", "Answer/@q[2]": "Q2"])
  }

  @Test func idMayBeADescendantAttribute() throws {
    let result = try Self.run(
      "<x><R><Head rid=\"r-7\"/><C>fine</C></R></x>", map: #"{"record":"R","id":"Head/@rid","text":"C"}"#)
    #expect(result.records.map(\.id) == ["r-7:C"])
  }

  // MARK: #6 — the mapping file itself

  @Test(arguments: [
    (#"{"record":"R","id":"@id","text":"C","mata":["Date"]}"#, #"unknown key "mata""#),
    (#"{"record":"R","id":"@id","text":["C", 3]}"#, #""text" item 2 is not a string"#),
    (#"{"record":"R","id":"@id","text":"C","meta":{"a":"b"}}"#, #""meta" must be a path or a list"#),
    (#"{"record":"R","id":"@id","text":"Answer[@q='Q1']"}"#, #""[" cannot be part of"#),
    (#"{"record":"R","id":"@id","text":"//C"}"#, "an empty step"),
    (#"{"record":"R","id":"@id","text":"C/"}"#, "an empty step"),
    (#"{"record":"R","id":"@id","text":"@a/C"}"#, "an attribute (@…) can only be the last step"),
    (#"{"record":"R","id":"@id","text":"*"}"#, #""*" cannot be part of"#),
    (#"{"record":"R","id":"@id","text":"../C"}"#, #"".." steps are not supported"#),
    (#"{"record":"ns:R","id":"@id","text":"C"}"#, "without the namespace prefix"),
    (#"["R"]"#, "must hold a JSON object"),
  ])
  func invalidMappingIsRefusedAtLoad(map: String, message: String) throws {
    let result = try Self.run("<x><R id=\"1\"><C>hi</C></R></x>", map: map)
    #expect(result.records.isEmpty)
    guard case .unsupported(let path, let text)? = result.error else {
      Issue.record("expected a mapping error, got \(String(describing: result.error))")
      return
    }
    #expect(path.hasSuffix("mapping.json"))
    #expect(text.hasPrefix("invalid mapping: "), "\(text)")
    #expect(text.contains(message), "\(text)")
    #expect(result.error?.exitStatus == .dataError)
  }

  /// An attribute of the file written with its prefix is found (attributes are matched by their
  /// qualified name).
  @Test func prefixedAttributeIsFound() throws {
    let result = try Self.run(
      "<x><R id=\"1\"><C xml:lang=\"en\">hi</C></R></x>",
      map: #"{"record":"R","id":"@id","text":"C","meta":["C/@xml:lang"]}"#)
    #expect(Self.meta(result.records.first) == ["C/@xml:lang": "en"])
  }

  /// QA review 41: a key given twice (`"text":"answer"` … `"text":"nothing"`) was accepted, the
  /// first value winning, where every other JSON reader of the tool refuses a repeated name. It is
  /// refused at the second occurrence's line and column (exit 65), before any record is read.
  @Test func aRepeatedKeyIsRefusedWhereItRepeats() throws {
    let map = "{\"record\":\"R\",\"id\":\"@id\",\n \"text\":\"C\",\n \"text\":\"nothing\"}"
    let result = try Self.run("<x><R id=\"1\"><C>hi</C></R></x>", map: map)
    #expect(result.records.isEmpty)
    let error = try #require(result.error, "a repeated key must be refused")
    #expect(error.exitStatus == .dataError)
    #expect(
      error.description.hasSuffix(
        "mapping.json:3:2: invalid mapping: the member \"text\" appears twice (JSON leaves duplicate names "
          + "undefined): keep one of them"), "\(error.description)")
  }
}
