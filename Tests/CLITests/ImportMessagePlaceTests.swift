import Foundation
import TestSupport
import Testing

/// Review h43 B5: import placed its messages three ways: `file:1: … (column 23)`, `quotes.csv:4:
/// line 4, column 6: …` (the line twice) and `file: line 2: …`, where every other command says
/// `file:line:column:`. Import now says `file:line:column:` (columns in characters) or
/// `file:line:`, and its reject list has the column as a member of its own.
@Suite struct ImportMessagePlaceTests {
  private func write(_ name: String, _ text: String) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func aCSVQuoteErrorIsPlacedOnce() throws {
    let path = try write("quotes.csv", "id,comment\n1,\"a\"\"b\"\n2,\"é\"y\n")
    let result = try TestSupport.runVerbatim(["import", path])
    #expect(result.status == 65)
    #expect(
      result.stderrText.contains("\(path):3:6: text after the closing quote of field 2"), "\(result.stderrText)")
    #expect(!result.stderrText.contains("line 3, column"))
  }

  @Test func aJSONSyntaxErrorIsPlacedAsScorePlacesIt() throws {
    let path = try write("syntax.jsonl", #"{"id":1,"text":"é",}"# + "\n")
    let imported = try TestSupport.runVerbatim(["import", path])
    let scored = try TestSupport.runVerbatim(["score", "--jsonl", path])
    #expect(imported.status == 65)
    #expect(
      imported.stderrText.contains("\(path):1:20: malformed JSON: expected a member name"), "\(imported.stderrText)")
    #expect(scored.stderrText.contains("\(path):1:20: malformed JSON: expected a member name"), "\(scored.stderrText)")
    #expect(!imported.stderrText.contains("(column"))
  }

  @Test func aRepeatedMemberIsPlacedAtItsColumn() throws {
    let path = try write("dup.jsonl", #"{"id":1,"text":"good","text":"x"}"# + "\n")
    let result = try TestSupport.runVerbatim(["import", path])
    #expect(result.stderrText.contains("\(path):1:23: the member \"text\" appears twice"), "\(result.stderrText)")
  }

  @Test func theRejectListHasTheColumn() throws {
    let path = try write("quotes.csv", "id,comment\n1,ok\n2,\"x\"y\n")
    let rejects = try TestSupport.temporaryDirectory().appendingPathComponent("r.jsonl")
    let result = try TestSupport.runVerbatim(["import", path, "--keep-going", "--rejects", rejects.path])
    #expect(result.status == 0)
    let line = try String(contentsOf: rejects, encoding: .utf8)
    #expect(line.hasPrefix(#"{"file":"\#(path)","line":3,"column":6,"respondent":"2","reason":"text after"#), "\(line)")
  }

  @Test func aMappingFileErrorIsPlacedLikeTheRest() throws {
    let xml = try write("feed.xml", "<feed><r id=\"1\"><a>x</a></r></feed>\n")
    let map = try write("map.json", "{\n  \"record\": \"r\",\n  \"id\" \"@id\"\n}\n")
    let result = try TestSupport.runVerbatim(["import", xml, "--map", map])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("\(map):3:8: mapping file is not valid JSON"), "\(result.stderrText)")
  }
}
