import Foundation
import TestSupport
import Testing

/// QA review 20 #7: generic XML writes a record at its end tag (its meta may follow its text), so
/// a nested record comes before the record around it; the help says so rather than "file order".
@Suite struct GenericRecordOrderTests {
  @Test func aNestedRecordIsWrittenBeforeItsContainerAsTheHelpSays() throws {
    let directory = try TestSupport.temporaryDirectory()
    let xml = directory.appendingPathComponent("g.xml")
    let map = directory.appendingPathComponent("g.json")
    try """
    <export>
      <item id="a1"><comment>first</comment></item>
      <item id="a2"><comment>outer</comment>
        <item id="a3"><comment>nested</comment></item>
        <channel>app</channel>
      </item>
    </export>
    """.write(to: xml, atomically: true, encoding: .utf8)
    try #"{"record": "item", "id": "@id", "text": "comment", "meta": ["channel"]}"#
      .write(to: map, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["import", xml.path, "--map", map.path])
    #expect(result.status == 0, "\(result.stderrText)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.map { $0["respondent"] as? String } == ["a1", "a3", "a2"])
    // a2's meta comes after the nested record: it is known only at a2's end tag.
    #expect((records.last?["meta"] as? [String: Any])?["channel"] as? String == "app")
    let help = try TestSupport.runVerbatim(["import", "--help"]).stdoutText
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains("in the order the records' end tags come"))
    #expect(help.contains("so before the record around it"))
  }
}
