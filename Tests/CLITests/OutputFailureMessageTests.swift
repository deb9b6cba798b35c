import Foundation
import TestSupport
import Testing

/// Review h43: a write that fails says so, with the system's reason, and is exit 74. B2: writes
/// were reported as "read failed" ("nodir/m.json: cannot write: nodir/m.json: read failed: No such
/// file or directory"). B7: `gate --junit` said "cannot create the file" with no reason, and
/// `validate --out nodir/deeper/v` exited 66 (cannot open an input).
@Suite struct OutputFailureMessageTests {
  @Test func aManifestInAMissingFolderIsAWriteError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let texts = folder.appendingPathComponent("s.txt").path
    try "great\n".write(toFile: texts, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["score", texts, "--manifest", "nodir/m.json"], directory: folder)
    #expect(result.status == 74, "\(result.stderrText)")
    #expect(
      result.stderrText.contains("--manifest nodir/m.json: cannot write: the folder nodir does not exist"),
      "\(result.stderrText)")
    #expect(!result.stderrText.contains("read failed"), "\(result.stderrText)")
  }

  /// validate's files fail as writes too ("coded.jsonl.partial: read failed: write failed").
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aValidateOutputThatCannotBeWrittenSaysWrite() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("e.csv").path
    try "id,comment\nr1,great service\nr2,slow delivery\n".write(toFile: export, atomically: true, encoding: .utf8)
    let codes = folder.appendingPathComponent("h.csv").path
    try "item,coder,label\nr1:comment,gold,positive\nr2:comment,gold,negative\n".write(
      toFile: codes, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("v")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let coded = out.appendingPathComponent("coded.jsonl").path
    try FileManager.default.createSymbolicLink(atPath: coded, withDestinationPath: "/dev/full")
    let result = try TestSupport.runVerbatim(["validate", export, "--human", codes, "--no-tags", "--out", out.path])
    #expect(result.status == 74, "\(result.stderrText)")
    #expect(result.stderrText.contains("\(coded): cannot write: No space left on device"), "\(result.stderrText)")
    #expect(!result.stderrText.contains("read failed"), "\(result.stderrText)")
  }

  @Test func gateSaysWhyItsJUnitCannotBeWritten() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = folder.appendingPathComponent("r.csv").path
    try "item,a,b\n1,x,x\n2,y,y\n3,x,y\n".write(toFile: ratings, atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("adir"), withIntermediateDirectories: true)
    let cases = [
      ("nodir/x.xml", "nodir/x.xml: cannot write: the folder nodir does not exist"),
      ("adir", "adir: cannot write: it is a folder; name a file"),
    ]
    for (junit, message) in cases {
      let result = try TestSupport.runVerbatim(
        ["gate", "--ratings", ratings, "--min", "percent_agreement=0.1", "--junit", junit], directory: folder)
      #expect(result.status == 74, "\(junit): \(result.stderrText)")
      #expect(result.stderrText.contains(message), "\(result.stderrText)")
    }
  }

  /// An output folder that cannot be made is an I/O error (74), as the README's statuses say; 66
  /// is for an input that cannot be opened.
  @Test func anOutputFolderThatCannotBeMadeIsAnIOError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("e.csv").path
    try "id,comment\nr1,great\n".write(toFile: export, atomically: true, encoding: .utf8)
    let codes = folder.appendingPathComponent("h.csv").path
    try "item,coder,label\nr1:comment,gold,positive\n".write(toFile: codes, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(
      ["validate", export, "--human", codes, "--no-tags", "--out", "nodir/deeper/v"], directory: folder)
    #expect(result.status == 74, "\(result.stderrText)")
    #expect(
      result.stderrText.contains(
        "nodir/deeper/v: cannot create the output folder: No such file or directory (the folder nodir/deeper does not exist)"
      ), "\(result.stderrText)")
  }
}
