import Foundation
import TestSupport
import Testing

/// QA review 44 (U4): errors about a field named a line but no column (a wrong field count, a
/// misspelt gold label, an unknown human tag), and `validate` named no closest code for an unknown
/// tag although `agree --taxonomy` does. Columns count characters from 1, as editors do.
@Suite struct FieldColumnMessageTests {
  @Test func aWrongFieldCountPointsWhereTheExtraOrMissingFieldBegins() throws {
    let folder = try TestSupport.temporaryDirectory()
    for (name, text, expected) in [
      // "1,b,y,extra": the fourth field starts at column 7.
      ("extra.csv", "item,coder,label\n1,a,x\n1,b,y,extra\n2,a,x\n2,b,x\n", "extra.csv:3:7: expected 3 fields"),
      // "1,b": the missing third field would start at column 4, where the line ends.
      ("few.csv", "item,coder,label\n1,a,x\n1,b\n2,a,x\n2,b,x\n", "few.csv:3:4: expected 3 fields"),
      // Characters, not bytes: "é" is one column.
      ("wide.csv", "item,coder,label\n1,a,x\n1,é,y,z\n", "wide.csv:3:7: expected 3 fields"),
    ] {
      let path = folder.appendingPathComponent(name).path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      let result = try TestSupport.runVerbatim(["agree", "--ratings", path])
      #expect(result.status == 65)
      #expect(result.stderrText.contains(expected), "\(name): \(result.stderrText)")
    }
  }

  @Test func aMisspeltLabelAndAnUnknownTagHaveTheirColumnAndTheClosestCode() throws {
    let folder = try TestSupport.temporaryDirectory()
    let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("corpora/demo/feedback-export.xml").path
    let item = "R_2Z4t0psDgkvvkYi:Q3_TEXT"
    let sentiment = folder.appendingPathComponent("s.csv")
    try "item,coder,label\n\(item),gold,postive\n".write(to: sentiment, atomically: true, encoding: .utf8)
    let typo = try TestSupport.runVerbatim([
      "validate", demo, "--human", sentiment.path, "--no-tags", "--out", folder.appendingPathComponent("o1").path,
    ])
    #expect(typo.status == 65)
    // The label starts after "R_2Z4t0psDgkvvkYi:Q3_TEXT,gold," (31 characters).
    #expect(typo.stderrText.contains("s.csv:2:32: human sentiment label \"postive\""), "\(typo.stderrText)")
    let tags = folder.appendingPathComponent("t.csv")
    try "item,coder,tag\n\(item),gold,billing.refnd\n".write(to: tags, atomically: true, encoding: .utf8)
    let unknown = try TestSupport.runVerbatim([
      "validate", demo, "--human", tags.path, "--out", folder.appendingPathComponent("o2").path,
    ])
    #expect(unknown.status == 65)
    #expect(
      unknown.stderrText.contains(
        "t.csv:2:32: human tag \"billing.refnd\" is not a code of the codebook; did you mean \"billing.refund\""),
      "\(unknown.stderrText)")
  }
}
