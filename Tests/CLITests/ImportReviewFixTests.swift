import Foundation
import TestSupport
import Testing

/// `verbatim import` end to end on the review r8b findings (#4, #5, #6, #8, #12): exit status,
/// standard output and the summary line on standard error.
@Suite struct ImportReviewFixTests {
  static func write(_ files: [(String, [UInt8])]) throws -> URL {
    let directory = try TestSupport.temporaryDirectory()
    for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
    return directory
  }

  static func texts(_ stdout: Data) throws -> [String] {
    try TestSupport.jsonLines(stdout).compactMap { $0["text"] as? String }
  }

  /// #4: windows-1252 data declared by the metadata (exit 0, the typographic characters).
  @Test func tripleSWindows1252Data() throws {
    let sss = """
      <?xml version="1.0" encoding="windows-1252"?>
      <sss version="2.0"><survey><record ident="R" format="csv" skip="1" data-file-encoding="windows-1252">
      <variable ident="1" type="quantity" use="serial"><name>ID</name><label>id</label><position start="1"/></variable>
      <variable ident="2" type="character"><name>Q1</name><label>Why</label><position start="2"/></variable>
      </record></survey></sss>

      """
    let data = Array("ID,Q1\n1,It".utf8) + [0x92, 0x73, 0x20, 0x93] + Array("great".utf8) + [0x94, 0x20, 0x80, 0x0A]
    let directory = try Self.write([("w.sss", Array(sss.utf8)), ("w.csv", data)])
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("w.sss").path])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try Self.texts(result.stdout) == ["It’s “great” €"])
  }

  /// #4: a declared encoding the reader cannot decode is exit 65 with the data file and line.
  @Test func tripleSUndecodableEncodingExits65() throws {
    let sss = """
      <sss version="2.0"><survey><record ident="R" data-file-encoding="Shift_JIS">
      <variable ident="1" type="character"><name>Q1</name><label>Why</label><position start="1" finish="4"/></variable>
      </record></survey></sss>

      """
    let directory = try Self.write([("j.sss", Array(sss.utf8)), ("j.asc", [0x82, 0xA0, 0x82, 0xA2, 0x0A])])
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("j.sss").path])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("j.asc:1: the data is not UTF-8"), "\(result.stderrText)")
    #expect(result.stderrText.contains("Shift_JIS"))
  }

  /// #5 and #6: overlapping paths and a child attribute give their records; nothing "not shown".
  @Test func mappingWithOverlapAndChildAttribute() throws {
    let xml = """
      <export><R id="1"><Answers><Other>typed text</Other><Score>5</Score></Answers>
      <Answer q="Q1" value="great stuff"/></R></export>

      """
    let map = #"{"record":"R","id":"@id","text":["Answers/Other","Answer/@value"],"meta":["Answers"]}"#
    let directory = try Self.write([("g.xml", Array(xml.utf8)), ("g.json", Array(map.utf8))])
    let result = try TestSupport.runVerbatim([
      "import", directory.appendingPathComponent("g.xml").path, "--map",
      directory.appendingPathComponent("g.json").path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try Self.texts(result.stdout) == ["typed text", "great stuff"])
    #expect(result.stderrText.contains("2 record(s), 0 blank, 0 not shown, 0 rejected"), "\(result.stderrText)")
  }

  /// #6: a mapping key that is not one of record/id/text/meta is an error naming it (exit 65).
  @Test func mappingWithUnknownKeyExits65() throws {
    let map = #"{"record":"R","id":"@id","text":"C","mata":["Date"]}"#
    let directory = try Self.write([
      ("g.xml", Array("<x><R id=\"1\"><C>a</C></R></x>".utf8)), ("m.json", Array(map.utf8)),
    ])
    let result = try TestSupport.runVerbatim([
      "import", directory.appendingPathComponent("g.xml").path, "--map",
      directory.appendingPathComponent("m.json").path,
    ])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("m.json: invalid mapping: unknown key \"mata\""), "\(result.stderrText)")
    #expect(result.stdout.isEmpty)
  }

  /// A mapping file with a JSON error names its line and column (code points), as JSON Lines
  /// errors do; it gave the byte offset in the file. Line 2 is `  "id": "é" x`: the "x" is its
  /// 13th character (14th byte).
  @Test func malformedMappingNamesLineAndColumn() throws {
    let map = "{\"record\": \"R\",\n  \"id\": \"\u{E9}\" x\n}"
    let directory = try Self.write([
      ("g.xml", Array("<x><R id=\"1\"><C>a</C></R></x>".utf8)), ("m.json", Array(map.utf8)),
    ])
    let result = try TestSupport.runVerbatim([
      "import", directory.appendingPathComponent("g.xml").path, "--map",
      directory.appendingPathComponent("m.json").path,
    ])
    #expect(result.status != 0)
    #expect(result.stderrText.contains("m.json:2:13: mapping file is not valid JSON"), "\(result.stderrText)")
    #expect(result.stdout.isEmpty)
  }

  /// #8: NBSP and ideographic-space answers are blank.
  @Test func unicodeWhiteSpaceAnswersAreBlank() throws {
    let directory = try Self.write([("nb.csv", Array("id,comment\n1,\u{A0}\n2,\u{3000}\n".utf8))])
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("nb.csv").path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderrText.contains("0 record(s), 2 blank"), "\(result.stderrText)")
  }

  /// #12: a repeated header column is comment[2], not a duplicate-id error on every row.
  @Test func repeatedCSVHeaderColumn() throws {
    let directory = try Self.write([("c8.csv", Array("id,comment,score,comment\n1,first,5,second\n".utf8))])
    let result = try TestSupport.runVerbatim(["import", directory.appendingPathComponent("c8.csv").path])
    #expect(result.status == 0, "\(result.stderrText)")
    let questions = try TestSupport.jsonLines(result.stdout).compactMap { $0["question"] as? String }
    #expect(questions == ["comment", "comment[2]"])
  }
}
