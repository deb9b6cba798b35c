import Foundation
import TestSupport
import Testing

/// `code -o FILE` replaces FILE only when the run succeeds, as `import -o` does (review r8b #9).
@Suite struct CodeOutputTests {
  /// A Qualtrics XML export whose second response is malformed (a bare "&"): fatal at line 4.
  private let brokenXML =
    "<?xml version=\"1.0\"?>\n<Responses>\n<Response><_recordId>R_1</_recordId><Q1_TEXT>ok</Q1_TEXT></Response>\n"
    + "<Response><_recordId>R_2</_recordId><Q1_TEXT>bad & amp</Q1_TEXT></Response>\n</Responses>\n"

  @Test func aFailedRunKeepsTheExistingOutput() throws {
    let folder = try TestSupport.temporaryDirectory()
    let inputs = [("e1.xml", brokenXML), ("c2.csv", "id,comment\n1,ok\n2,\"bad\"x\n")]
    for (name, text) in inputs {
      let export = folder.appendingPathComponent(name)
      try text.write(to: export, atomically: true, encoding: .utf8)
      let output = folder.appendingPathComponent("coded.jsonl")
      try "keep\n".write(to: output, atomically: true, encoding: .utf8)
      let result = try TestSupport.runVerbatim(["code", export.path, "-o", output.path, "--threads", "1"])
      #expect(result.status == 65, "\(name): \(result.stderrText)")
      #expect(try String(contentsOf: output, encoding: .utf8) == "keep\n", "\(name)")
      #expect(!FileManager.default.fileExists(atPath: output.path + ".partial"), "\(name)")
      let fresh = folder.appendingPathComponent("fresh-\(name).jsonl")
      _ = try TestSupport.runVerbatim(["code", export.path, "-o", fresh.path])
      #expect(!FileManager.default.fileExists(atPath: fresh.path), "\(name): a failed run leaves no file")
    }
  }

  /// On standard output the records read before a fatal import error are coded and written, as
  /// `import` writes them (they were lost with the batch being collected).
  @Test(arguments: ["1", "2"])
  func recordsBeforeAnImportErrorAreWritten(threads: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("e1.xml")
    try brokenXML.write(to: export, atomically: true, encoding: .utf8)
    let code = try TestSupport.runVerbatim(["code", export.path, "--threads", threads, "--no-tags"])
    let imported = try TestSupport.runVerbatim(["import", export.path])
    #expect(code.status == 65 && imported.status == 65, "\(code.stderrText)")
    let codedIDs = try TestSupport.jsonLines(code.stdout).map { $0["id"] as? String }
    let importedIDs = try TestSupport.jsonLines(imported.stdout).map { $0["id"] as? String }
    #expect(codedIDs == ["R_1:Q1_TEXT"] && codedIDs == importedIDs)
  }

  /// With --keep-going the records before the fatal error are kept, as `import -o --keep-going` keeps them.
  @Test func keepGoingKeepsWhatImportKeeps() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("e1.xml")
    try brokenXML.write(to: export, atomically: true, encoding: .utf8)
    let coded = folder.appendingPathComponent("coded.jsonl")
    let imported = folder.appendingPathComponent("imported.jsonl")
    for file in [coded, imported] { try "keep\n".write(to: file, atomically: true, encoding: .utf8) }
    let code = try TestSupport.runVerbatim(["code", export.path, "-o", coded.path, "--keep-going", "--no-tags"])
    let importRun = try TestSupport.runVerbatim(["import", export.path, "-o", imported.path, "--keep-going"])
    #expect(code.status == importRun.status && code.status == 65, "\(code.stderrText)")
    let codedIDs = try TestSupport.jsonLines(try Data(contentsOf: coded)).map { $0["id"] as? String }
    let importedIDs = try TestSupport.jsonLines(try Data(contentsOf: imported)).map { $0["id"] as? String }
    #expect(codedIDs == ["R_1:Q1_TEXT"])
    #expect(codedIDs == importedIDs)
    #expect(code.stderrText.contains("kept the records before it"))
  }

  /// A successful run replaces the file and leaves no partial file.
  @Test func aSuccessfulRunReplacesTheOutput() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("ok.csv")
    try "id,comment\n1,great\n".write(to: export, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("coded.jsonl")
    try "old\n".write(to: output, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["code", export.path, "-o", output.path, "--no-tags"])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(try Data(contentsOf: output)).map { $0["id"] as? String } == ["1:comment"])
    #expect(!FileManager.default.fileExists(atPath: output.path + ".partial"))
    let stream = try TestSupport.runVerbatim(
      ["code", "-", "-o", output.path, "--no-tags"], input: Data(#"{"id":7,"text":"fine"}"#.utf8 + [0x0A]))
    #expect(stream.status == 0)
    #expect(try TestSupport.jsonLines(try Data(contentsOf: output)).map { $0["id"] as? Int } == [7])
  }
}
