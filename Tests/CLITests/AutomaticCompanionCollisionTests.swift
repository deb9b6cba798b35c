import Foundation
import TestSupport
import Testing

/// Review h42, item 1: an output naming a companion file that the import finds by itself (the
/// `.lss` beside a LimeSurvey `.lsr`, the data file a Triple-S `<record href>` names) replaced it:
/// `-o`, `--manifest` and `--rejects` were checked only against the files options named. Every such
/// output is now refused with exit 2 before anything is opened for writing.
struct AutomaticCompanionCollisionTests {
  /// A folder holding the shared LimeSurvey sample's `.lsr` and its `.lss`, or nil without the
  /// shared samples.
  private func limeSurveyFolder() throws -> (folder: URL, lsr: String, lss: String)? {
    guard let shared = TestSupport.sharedDirectory else { return nil }
    let samples = shared.appendingPathComponent("samples/xml/limesurvey")
    let folder = try TestSupport.temporaryDirectory()
    for name in ["texts_responses.lsr", "texts_example.lss"] {
      let contents = try Data(contentsOf: samples.appendingPathComponent(name))
      try contents.write(to: folder.appendingPathComponent(name))
    }
    return (
      folder, folder.appendingPathComponent("texts_responses.lsr").path,
      folder.appendingPathComponent("texts_example.lss").path
    )
  }

  @Test func outputsNamingTheLSSFoundBesideTheExportAreRefused() throws {
    guard let (folder, lsr, lss) = try limeSurveyFolder() else { return }
    let original = try Data(contentsOf: URL(fileURLWithPath: lss))
    let human = folder.appendingPathComponent("human.csv").path
    try "item,coder,label\nx:Q1,gold,positive\n".write(toFile: human, atomically: true, encoding: .utf8)
    let runs: [[String]] = [
      ["import", lsr, "-o", lss],
      ["import", lsr, "--keep-going", "--rejects", lss],
      ["code", lsr, "--manifest", lss, "-o", folder.appendingPathComponent("coded.jsonl").path],
      ["code", lsr, "-o", lss],
      [
        "validate", lsr, "--human", human, "--keep-going", "--rejects", lss, "--out",
        folder.appendingPathComponent("run").path,
      ],
    ]
    for arguments in runs {
      let result = try TestSupport.runVerbatim(arguments)
      #expect(result.status == 2, "\(arguments): \(result.stderrText)")
      #expect(try Data(contentsOf: URL(fileURLWithPath: lss)) == original, "\(arguments)")
    }
    // Through a relative path from the export's folder, and from standard input (read beside ".").
    let relative = try TestSupport.runVerbatim(
      ["import", "texts_responses.lsr", "-o", "texts_example.lss"], directory: folder)
    #expect(relative.status == 2, "\(relative.stderrText)")
    #expect(
      relative.stderrText.contains(
        "-o texts_example.lss names the same file as the companion file ./texts_example.lss"),
      "\(relative.stderrText)")
    let piped = try TestSupport.runVerbatim(
      ["import", "-", "--rejects", "texts_example.lss"], input: try Data(contentsOf: URL(fileURLWithPath: lsr)),
      directory: folder)
    #expect(piped.status == 2, "\(piped.stderrText)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: lss)) == original)
    // Another output is fine, and the .lss is still found.
    let fine = try TestSupport.runVerbatim(["import", lsr, "-o", folder.appendingPathComponent("a.jsonl").path])
    #expect(fine.status == 0, "\(fine.stderrText)")
    #expect(fine.stderrText.contains("question types and texts from"), "\(fine.stderrText)")
  }

  /// The data file named by the metadata's `<record href>` (not one of the `survey.asc` … names).
  @Test func outputsNamingTheTripleSDataFileOfHrefAreRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let metadata = folder.appendingPathComponent("meta.sss").path
    let data = folder.appendingPathComponent("answers.bin").path
    try """
    <?xml version="1.0"?>
    <sss version="2.0"><survey><record ident="A" href="somewhere/answers.bin">
    <variable ident="1" type="character"><name>Q1</name><label>Comment</label><position start="1" finish="10"/></variable>
    </record></survey></sss>

    """.write(toFile: metadata, atomically: true, encoding: .utf8)
    try "slow      \nfine      \n".write(toFile: data, atomically: true, encoding: .utf8)
    for arguments in [["import", metadata, "-o", data], ["import", metadata, "--keep-going", "--rejects", data]] {
      let result = try TestSupport.runVerbatim(arguments)
      #expect(result.status == 2, "\(arguments): \(result.stderrText)")
      #expect(try String(contentsOfFile: data, encoding: .utf8) == "slow      \nfine      \n")
    }
    let fine = try TestSupport.runVerbatim(["import", metadata])
    #expect(fine.status == 0, "\(fine.stderrText)")
    #expect(try TestSupport.jsonLines(fine.stdout).count == 2)
  }
}
