import Foundation
import TestSupport
import Testing

/// `meta.…` rule conditions in `verbatim code`: the same metadata whichever way the records arrive
/// (review r8b, findings 2 and 7).
@Suite struct CodeMetadataTests {
  private func codes(_ result: TestSupport.ProcessResult) throws -> [[String]] {
    try TestSupport.jsonLines(result.stdout).map {
      ($0["tags"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }
  }

  private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// `import | code -` reads `meta.channel` from the record's "meta" object, as `code FILE` and
  /// `tag --jsonl` do (`tag --help`: "from the record's "meta" object, else from its top-level fields").
  @Test func standardInputReadsTheMetaObject() throws {
    let folder = try TestSupport.temporaryDirectory()
    let taxonomy = try write(
      """
      id: mt
      version: 1.0.0
      language: en
      description: d
      tags:
        - {code: delivery, label: D, description: d, rules: ['parcel AND meta.channel = app']}
      """, "mt.yaml", in: folder)
    let export = try write(
      #"{"respondent":"a","question":"Q1","text":"parcel lost","meta":{"channel":"app"}}"# + "\n"
        + #"{"respondent":"b","question":"Q1","text":"parcel lost","meta":{"channel":"web"}}"# + "\n", "m.jsonl",
      in: folder)
    let direct = try TestSupport.runVerbatim(["code", export, "--taxonomy", taxonomy, "--threads", "1"])
    let imported = try TestSupport.runVerbatim(["import", export])
    let piped = try TestSupport.runVerbatim(
      ["code", "-", "--taxonomy", taxonomy, "--threads", "1"], input: imported.stdout)
    #expect(direct.status == 0 && imported.status == 0 && piped.status == 0, "\(piped.stderrText)")
    #expect(try codes(direct) == [["delivery"], []])
    #expect(try codes(piped) == [["delivery"], []])
    // Top-level fields still answer when there is no "meta" object.
    let flat = #"{"id":1,"text":"parcel lost","channel":"app"}"# + "\n"
    let plain = try TestSupport.runVerbatim(["code", "-", "--taxonomy", taxonomy], input: Data(flat.utf8))
    #expect(try codes(plain) == [["delivery"]])
  }

  /// Triple-S coded variables are imported as {"code","label"}: `meta.Q1 = 1` and `= Bad` match
  /// respondent 1, and `!= 2` does not match respondent 2 (the reviewer's repro, taxonomies/README.md).
  @Test func tripleSCodedVariablesMatchCodeOrLabel() throws {
    let folder = try TestSupport.temporaryDirectory()
    let metadata = try write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <sss version="2.0"><survey><record ident="R">
      <variable ident="1" type="single"><name>Q1</name><label>Sat</label><position start="1"/><values><value code="1">Bad</value><value code="2">Good</value></values></variable>
      <variable ident="2" type="character"><name>Q2</name><label>Why</label><position start="2" finish="6"/></variable>
      </record></survey></sss>
      """, "ts.sss", in: folder)
    _ = try write("1bad  \n2bad  \n", "ts.asc", in: folder)
    let taxonomy = try write(
      """
      id: tq
      version: 1.0.0
      language: en
      description: d
      tags:
        - {code: eq,  label: E, description: d, rules: ['bad AND meta.Q1 = 1']}
        - {code: lab, label: L, description: d, rules: ['bad AND meta.Q1 = Bad']}
        - {code: ne,  label: N, description: d, rules: ['bad AND meta.Q1 != 2']}
        - {code: in,  label: I, description: d, rules: ['bad AND meta.Q1 IN (Good, 3)']}
      """, "tq.yaml", in: folder)
    let result = try TestSupport.runVerbatim(["code", metadata, "--taxonomy", taxonomy, "--threads", "1"])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try codes(result) == [["eq", "lab", "ne"], ["in"]])
    let imported = try TestSupport.runVerbatim(["import", metadata])
    let piped = try TestSupport.runVerbatim(["code", "-", "--taxonomy", taxonomy], input: imported.stdout)
    #expect(try codes(piped) == [["eq", "lab", "ne"], ["in"]])
    // `tag --jsonl` reads the same coded answers (it skipped object values).
    let tagged = try TestSupport.runVerbatim(["tag", "--jsonl", "--taxonomy", taxonomy], input: imported.stdout)
    #expect(try codes(tagged) == [["eq", "lab", "ne"], ["in"]])
  }

  /// Review r19a: `meta.id` and `meta.respondent` read the record's identifiers when `code` reads an
  /// export, as they do when the same records arrive as JSON Lines from `verbatim import`.
  @Test func exportIdentifiersAnswerMetaConditions() throws {
    let folder = try TestSupport.temporaryDirectory()
    let taxonomy = try write(
      """
      id: mid
      version: 1
      description: d
      tags:
        - {code: id, label: id, description: d, rules: ['meta.id = "1:comment" AND hold']}
        - {code: resp, label: resp, description: d, rules: ['meta.respondent = 1 AND hold']}
        - {code: q, label: q, description: d, rules: ['meta.question = comment AND hold']}
        - {code: seg, label: seg, description: d, rules: ['meta.seg = gold AND hold']}
      """, "mid.yaml", in: folder)
    let export = try write("id,seg,comment\n1,gold,hold\n3,silver,hold\n", "ex.csv", in: folder)
    let direct = try TestSupport.runVerbatim(["code", export, "--taxonomy", taxonomy, "--threads", "1"])
    let imported = try TestSupport.runVerbatim(["import", export])
    let piped = try TestSupport.runVerbatim(
      ["code", "-", "--taxonomy", taxonomy, "--threads", "1"], input: imported.stdout)
    #expect(direct.status == 0 && imported.status == 0 && piped.status == 0, "\(direct.stderrText)")
    #expect(try codes(direct) == [["id", "resp", "q", "seg"], ["q"]])
    #expect(try codes(piped) == (try codes(direct)))
  }
}
