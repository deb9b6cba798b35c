import Foundation
import TestSupport
import Testing

/// QA review 35: CI gating, sharding and JUnit. What `validate` leaves in --out when it fails, the
/// companion inputs and `--min-items` in manifests, JUnit names that stay distinct, and the exit
/// statuses each command's help lists.
@Suite(.serialized) struct QAReview35ValidateTests {
  /// An export of two answers and human codes for both, in `folder`; `codes` is written as given.
  static func smallRun(in folder: URL, codes: String? = nil) throws -> (export: String, codes: String) {
    let export = folder.appendingPathComponent("export.csv")
    try "id,comment\nr1,great service\nr2,awful wait\n".write(to: export, atomically: true, encoding: .utf8)
    let human = folder.appendingPathComponent("codes.csv")
    try (codes ?? "item,coder,label\nr1:comment,gold,positive\nr2:comment,gold,negative\n").write(
      to: human, atomically: true, encoding: .utf8)
    return (export.path, human.path)
  }

  static func json(_ path: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
  }

  /// F3: a run that exits 2, 65 or 66 left the previous run's junit.xml ("0 failures"), manifest
  /// ("pass") and report in --out, which CI then published as green. The outputs go, junit.xml holds
  /// one <error> with the message (as `gate --junit` writes it), and files the run does not write stay.
  @Test func aFailedValidateLeavesNoStaleOutputsAndAJUnitError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (export, codes) = try Self.smallRun(in: folder)
    let out = folder.appendingPathComponent("out")
    let base = ["validate", export, "--no-tags", "--out", out.path, "--threads", "1"]
    let passing = try TestSupport.runVerbatim(base + ["--human", codes, "--min", "accuracy=0.5"])
    #expect(passing.status == 0, "\(passing.stderrText)")
    let junit = out.appendingPathComponent("junit.xml").path
    #expect(try String(contentsOfFile: junit, encoding: .utf8).contains("failures=\"0\" errors=\"0\""))
    let notes = out.appendingPathComponent("notes.txt").path
    try "mine".write(toFile: notes, atomically: true, encoding: .utf8)
    let bad = folder.appendingPathComponent("bad.csv").path
    try "item,coder,label\nr1:comment,gold,positive,extra\n".write(toFile: bad, atomically: true, encoding: .utf8)
    let cases: [(arguments: [String], status: Int32, message: String)] = [
      (["--human", bad], 65, "bad.csv:2"),
      (["--human", codes, "--min", "nosuch=0.3"], 2, "nosuch"),
      (["--human", codes, "--reference", "nobody"], 2, "nobody"),
      (["--human", folder.appendingPathComponent("missing.csv").path], 66, "missing.csv"),
      (["--human", codes, "--bootstrap", "7"], 2, "--bootstrap"),
    ]
    for (arguments, status, message) in cases {
      // Each failure follows a passing run, so there are outputs to leave behind.
      #expect(try TestSupport.runVerbatim(base + ["--human", codes]).status == 0)
      let failed = try TestSupport.runVerbatim(base + arguments)
      #expect(failed.status == status, "\(arguments): \(failed.stderrText)")
      for name in ["manifest.json", "report.html", "coded.jsonl", "agreement.json", "disagreements.csv"] {
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(arguments): \(name)")
      }
      let xml = try String(contentsOfFile: junit, encoding: .utf8)
      #expect(xml.contains("tests=\"1\" failures=\"0\" errors=\"1\""), "\(arguments): \(xml)")
      #expect(xml.contains("<error message=\"") && xml.contains(message), "\(arguments): \(xml)")
      #expect(try String(contentsOfFile: notes, encoding: .utf8) == "mine")
    }
  }

  /// F3: a failure leaves no folder that did not exist, never touches a file --out names, and never
  /// removes an input that bears an output's name.
  @Test func aFailedValidateTouchesNoFileItDoesNotOwn() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (export, codes) = try Self.smallRun(in: folder)
    let fresh = folder.appendingPathComponent("fresh")
    let missing = try TestSupport.runVerbatim([
      "validate", export, "--human", folder.appendingPathComponent("nope.csv").path, "--no-tags", "--out", fresh.path,
    ])
    #expect(missing.status == 66)
    // QA review 44 (B1): the folder is made for the error report, and holds nothing else.
    #expect(ValidateFailureReportTests.holdsOnlyTheErrorReport(fresh, message: "nope.csv"))
    // --out naming a file: a usage error (it was a read error, exit 74), the file left as it was.
    let file = folder.appendingPathComponent("a-file").path
    try "keep".write(toFile: file, atomically: true, encoding: .utf8)
    let onFile = try TestSupport.runVerbatim(["validate", export, "--human", codes, "--no-tags", "--out", file])
    #expect(onFile.status == 2, "\(onFile.stderrText)")
    #expect(onFile.stderrText.contains("names a file, not a folder"), "\(onFile.stderrText)")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep")
    // Human codes saved as out/coded.jsonl: refused (the run would overwrite them) and kept.
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let inside = out.appendingPathComponent("coded.jsonl").path
    try FileManager.default.copyItem(atPath: codes, toPath: inside)
    let clash = try TestSupport.runVerbatim(["validate", export, "--human", inside, "--no-tags", "--out", out.path])
    #expect(clash.status == 2, "\(clash.stderrText)")
    #expect(try String(contentsOfFile: inside, encoding: .utf8) == String(contentsOfFile: codes, encoding: .utf8))
    #expect(try String(contentsOf: out.appendingPathComponent("junit.xml"), encoding: .utf8).contains("errors=\"1\""))
  }

  /// F6: the generic XML mapping changes every coded record, yet manifests listed only the export.
  /// `validate` and `code --manifest` list it (and a Triple-S data file found beside its metadata)
  /// with its size and SHA-256.
  @Test func manifestsListTheCompanionInputs() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("gen.xml").path
    try """
    <?xml version="1.0" encoding="UTF-8"?>
    <feedback>
      <entry><rid>1</rid><comment>Great service</comment></entry>
      <entry><rid>2</rid><comment>Terrible wait</comment></entry>
    </feedback>

    """.write(toFile: export, atomically: true, encoding: .utf8)
    let map = folder.appendingPathComponent("map.json").path
    let mapping = #"{"record":"entry","id":"rid","text":"comment"}"#
    try mapping.write(toFile: map, atomically: true, encoding: .utf8)
    let codes = folder.appendingPathComponent("codes.csv").path
    try "item,coder,label\n1:comment,gold,positive\n2:comment,gold,negative\n".write(
      toFile: codes, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let validated = try TestSupport.runVerbatim([
      "validate", export, "--map", map, "--human", codes, "--no-tags", "--out", out.path,
    ])
    #expect(validated.status == 0, "\(validated.stderrText)")
    let manifestPath = folder.appendingPathComponent("code.manifest.json").path
    let coded = try TestSupport.runVerbatim([
      "code", export, "--map", map, "--no-tags", "-o", folder.appendingPathComponent("c.jsonl").path,
      "--manifest", manifestPath,
    ])
    #expect(coded.status == 0, "\(coded.stderrText)")
    for manifest in [try Self.json(out.appendingPathComponent("manifest.json").path), try Self.json(manifestPath)] {
      let inputs = manifest["inputs"] as? [[String: Any]] ?? []
      let record = try #require(inputs.first { $0["role"] as? String == "generic XML mapping" }, "\(inputs)")
      #expect(record["path"] as? String == map)
      #expect(record["bytes"] as? Int == mapping.utf8.count)
      if let digest = try CodeManifestTests.sha256sum(map) { #expect(record["sha256"] as? String == digest) }
    }

    // Triple-S: the data file the importer found beside the metadata.
    let fixtures = TestSupport.packageRoot.appendingPathComponent("Tests/SurveyImportTests/Fixtures")
    for name in ["survey.sss", "survey.asc"] {
      try FileManager.default.copyItem(
        at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let data = folder.appendingPathComponent("survey.asc").path
    let tripleS = folder.appendingPathComponent("triple-s.manifest.json").path
    let fromTripleS = try TestSupport.runVerbatim([
      "code", folder.appendingPathComponent("survey.sss").path, "--no-tags", "-o",
      folder.appendingPathComponent("s.jsonl").path, "--manifest", tripleS,
    ])
    #expect(fromTripleS.status == 0, "\(fromTripleS.stderrText)")
    let inputs = try Self.json(tripleS)["inputs"] as? [[String: Any]] ?? []
    #expect(inputs.compactMap { $0["role"] as? String } == ["export", "Triple-S data"], "\(inputs)")
    if let digest = try CodeManifestTests.sha256sum(data) { #expect(inputs.last?["sha256"] as? String == digest) }
  }

  /// F14: `--min-items` decides a ci-lower verdict, but only the raw command had it.
  @Test func theManifestRecordsMinItems() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (export, codes) = try Self.smallRun(in: folder)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", export, "--human", codes, "--no-tags", "--out", out.path, "--min-items", "500",
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let settings = try Self.json(out.appendingPathComponent("manifest.json").path)["settings"] as? [String: Any]
    #expect(settings?["min_items"] as? String == "500", "\(String(describing: settings))")
  }

  /// F9: coders "tab\there" and "tab here" were one JUnit name once parsed (a raw tab in an attribute
  /// is read as a space), "x\u{1}y" and "x\u{2}y" were both "x\u{FFFD}y".
  @Test func junitNamesOfDistinctCodersStayDistinct() throws {
    let folder = try TestSupport.temporaryDirectory()
    var csv = "item,coder,label\n"
    for item in 0..<4 {
      for coder in ["gold", "tab\there", "tab here", "x\u{1}y", "x\u{2}y"] {
        csv += "\(item),\(coder),\(item % 2 == 0 ? "a" : "b")\n"
      }
    }
    let ratings = folder.appendingPathComponent("collide.csv").path
    try csv.write(toFile: ratings, atomically: true, encoding: .utf8)
    let junit = folder.appendingPathComponent("gate.xml").path
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--reference", "gold", "--min", "accuracy=0.5", "--junit", junit,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    for name in ["tab&#9;here", "tab here", #"x\u0001y"#, #"x\u0002y"#] {
      #expect(xml.contains("name=\"classification.\(name).accuracy &gt;= 0.5\""), "\(name): \(xml)")
    }
    #expect(!xml.contains("\t") && !xml.contains("\u{FFFD}"))
  }

  /// F11: `gate` returns 66 and 74 too, and `agree --help` listed no status at all; the
  /// thirty-fourth session added the statuses to the help of every other command.
  @Test func helpListsEveryExitStatus() throws {
    let commands = [
      ["gate"], ["agree"], ["validate"], ["import"], ["tokenize"], ["score"], ["tag"], ["redact"], ["sample"],
      ["code"], ["taxonomy"],
    ]
    for command in commands {
      let help = try TestSupport.runVerbatim(command + ["--help"])
      #expect(help.status == 0)
      let text = help.stdoutText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(text.contains("Exit status: 0"), "\(command) --help has no exit status paragraph")
      for status in ["2 usage", "65", "66", "74"] {
        #expect(text.contains(status), "\(command) --help lacks \(status)")
      }
    }
    let missing = try TestSupport.runVerbatim(["gate", "--ratings", "/does/not/exist.csv", "--min", "cohen_kappa=0.5"])
    #expect(missing.status == 66)
  }
}
