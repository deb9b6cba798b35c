import Foundation
import TestSupport
import Testing

/// Review h43 end to end: the reviewer's files, read by `agree`, `gate` and `validate --human`,
/// are refused as bad data (65) at the line and column an editor shows, counted in characters.
@Suite struct AgreeErrorPositionTests {
  /// (file name, content, extra arguments, the position and message that must start the error).
  static let cases: [(String, String, [String], String)] = [
    ("e19.csv", "item,coder,label\n1,a,x\n1,日本é,\"x\"y\n", [], ":3:10: a closing quote must end the field"),
    ("e23.csv", "item,ä,b\n1,\"日本\"z,x\n", [], ":2:7: a closing quote must end the field"),
    ("e20.csv", "unit,rater,code\n1,alice,x\n", [], ":1:6: the header (unit,rater,code) looks like"),
    ("e21.csv", "ünïté,rater,code\n1,alice,x\n", [], ":1:7: the header (ünïté,rater,code) looks like"),
    ("e07.csv", "item,coder,label\n1,a,x\n1,é,\"x\n2,a,y\n2,b,y\n", [], ":3:5: unterminated quoted field"),
    ("d21.csv", "item,coder,label\n1,a,1\n1,日本,1.0\n", ["--categories", "1,2"], ":3:6: label \"1.0\" is not one"),
    ("e03.csv", "label,coder,item\nx,é,1\nx,b,1\nx,é,1\n", [], ":4:5: coder \"é\" rated item \"1\" again (first at "),
    (
      "e14.jsonl", "{\"item\":1,\"coder\":\"a\",\"label\":\"x\"}\n{\"coder\":\"é\",\"item\":1,\"label\":\"q\"}\n",
      ["--categories", "x"], ":2:31: label \"q\" is not one of the declared categories"
    ),
    (
      "e15.jsonl", "{\"item\":1,\"coder\":\"a\",\"label\":\"x\"}\n {\"item\":1,\"coder\":\"é\"}\n", [],
      ":2:2: no \"label\" field"
    ),
  ]

  @Test func agreeAndGateNameTheCharacterColumn() throws {
    let folder = try TestSupport.temporaryDirectory()
    for (name, content, extra, expected) in Self.cases {
      let path = try ReviewFixSupport.write(content, name, in: folder)
      for command in [["agree"], ["gate", "--min", "percent_agreement=0.5"]] {
        let result = try TestSupport.runVerbatim(command + ["--ratings", path] + extra)
        #expect(result.status == 65, "\(name): \(result.stderrText)")
        #expect(result.stderrText.contains("verbatim: \(path)\(expected)"), "\(name): \(result.stderrText)")
      }
    }
  }

  /// `validate --human` reads sentiment codes with the same reader: the same columns.
  @Test func validateNamesTheCharacterColumnOfHumanCodes() throws {
    let folder = try TestSupport.temporaryDirectory()
    let human = try ReviewFixSupport.write("item,coder,label\n1,a,x\n1,日本é,\"x\"y\n", "codes.csv", in: folder)
    let export = TestSupport.packageRoot.appendingPathComponent("corpora/demo/feedback-export.xml").path
    let result = try TestSupport.runVerbatim([
      "validate", export, "--human", human, "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 65, "\(result.stderrText)")
    #expect(result.stderrText.contains("\(human):3:10: a closing quote must end the field"), "\(result.stderrText)")
  }
}
