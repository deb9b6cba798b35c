import Foundation
import TestSupport
import Testing

/// `code --manifest`: the run records the versions and SHA-256 of what it used and wrote (QA
/// review 19: only `validate` did). Digests are checked against coreutils' `sha256sum`, an
/// independent implementation of FIPS 180-4.
@Suite struct CodeManifestTests {
  static let export = ValidateCommandTests.demo.appendingPathComponent("feedback-export.xml").path

  /// `sha256sum`'s digest of `path`, or nil where coreutils is missing.
  static func sha256sum(_ path: String) throws -> String? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
  }

  @Test func theManifestRecordsInputsResourcesOutputsAndCounts() throws {
    let folder = try TestSupport.temporaryDirectory()
    let coded = folder.appendingPathComponent("coded.jsonl").path
    let manifestPath = folder.appendingPathComponent("manifest.json").path
    let result = try TestSupport.runVerbatim(["code", Self.export, "--redact", "-o", coded, "--manifest", manifestPath])
    #expect(result.status == 0, "\(result.stderrText)")
    let manifest = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: manifestPath))) as? [String: Any])
    let tool = manifest["tool"] as? [String: Any]
    #expect(tool?["name"] as? String == "verbatim" && tool?["icu"] != nil && tool?["libxml2"] != nil)
    let input = try #require((manifest["inputs"] as? [[String: Any]])?.first)
    let output = try #require((manifest["outputs"] as? [[String: Any]])?.first)
    if let digest = try Self.sha256sum(Self.export) { #expect(input["sha256"] as? String == digest) }
    if let digest = try Self.sha256sum(coded) { #expect(output["sha256"] as? String == digest) }
    let roles = (manifest["resources"] as? [[String: Any]])?.compactMap { $0["role"] as? String } ?? []
    #expect(roles.contains("lexicon (valence)") && roles.contains("taxonomy"))
    let counts = manifest["counts"] as? [String: Any]
    let lines = try String(contentsOfFile: coded, encoding: .utf8).split(separator: "\n").count
    #expect(counts?["verbatims"] as? Int == lines)
    #expect((manifest["redactions"] as? [String: Any])?["EMAIL"] != nil)
    // QA review 37: the identifying values withheld, counted in the summary line, are in the
    // manifest too (as validate's has them).
    let summary = try #require(result.stderrText.firstMatch(of: /redacted metadata: (\d+) identifying value/))
    #expect((manifest["redactions"] as? [String: Any])?["metadata.withheld"] as? Int == Int(summary.1))
    // QA review 29: the options that change the codes are settings, not only part of the command.
    let settings = manifest["settings"] as? [String: Any]
    #expect(settings?["profile"] as? String == "default" && settings?["thresholds"] as? String == "-0.05,0.05")
    #expect(settings?["min_evidence"] as? String == "1" && settings?["most_specific"] as? String == "true")
  }

  /// QA review 29: an export's rejected pieces are counted in the manifest (it said 0) and the
  /// rejects file is listed among the outputs with its digest.
  @Test func theManifestCountsAndListsAnExportsRejects() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = folder.appendingPathComponent("export.csv").path
    try "id,comment\nr1,great\nr2,too,many,fields\nr3,late again\n".write(
      toFile: csv, atomically: true, encoding: .utf8)
    let rejects = folder.appendingPathComponent("rejects.jsonl").path
    let manifestPath = folder.appendingPathComponent("manifest.json").path
    let result = try TestSupport.runVerbatim([
      "code", csv, "--keep-going", "--rejects", rejects, "--no-tags", "-o", folder.appendingPathComponent("c").path,
      "--manifest", manifestPath,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let manifest = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: manifestPath))) as? [String: Any])
    let rejectLines = try String(contentsOfFile: rejects, encoding: .utf8).split(separator: "\n").count
    #expect(rejectLines == 1)
    #expect((manifest["counts"] as? [String: Any])?["rejected"] as? Int == rejectLines)
    let outputs = manifest["outputs"] as? [[String: Any]] ?? []
    #expect(outputs.compactMap { $0["role"] as? String } == ["coded", "rejects"])
    if let digest = try Self.sha256sum(rejects) { #expect(outputs.last?["sha256"] as? String == digest) }
  }

  /// QA review 31 (L15): output written to standard output was missing from the manifest, though
  /// `--help` promises the output's size and SHA-256. It is hashed as it is written: `code`, `score`
  /// and `tag` record it with path "-"; the digest is checked against `sha256sum` of what the test
  /// read from the pipe.
  @Test func outputToStandardOutputIsRecordedWithItsDigest() throws {
    let folder = try TestSupport.temporaryDirectory()
    let taxonomy = TestSupport.packageRoot.appendingPathComponent("taxonomies/customer-feedback.yaml").path
    let input = Data("{\"id\":1,\"text\":\"Waited 40 minutes on hold\"}\n{\"id\":2,\"text\":\"Great staff\"}\n".utf8)
    for (command, role) in [
      (["code", "-"], "coded"), (["score", "--jsonl"], "scored"),
      (["tag", "--jsonl", "--taxonomy", taxonomy], "tagged"),
    ] {
      let manifestPath = folder.appendingPathComponent("\(role).json").path
      let result = try TestSupport.runVerbatim(command + ["--manifest", manifestPath], input: input)
      #expect(result.status == 0, "\(command): \(result.stderrText)")
      let manifest = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: manifestPath))) as? [String: Any])
      let output = try #require((manifest["outputs"] as? [[String: Any]])?.first, "\(command)")
      #expect(output["role"] as? String == role && output["path"] as? String == "-")
      #expect(output["bytes"] as? Int == result.stdout.count, "\(command)")
      let copy = folder.appendingPathComponent("\(role).out").path
      try result.stdout.write(to: URL(fileURLWithPath: copy))
      if let digest = try Self.sha256sum(copy) { #expect(output["sha256"] as? String == digest, "\(command)") }
    }
  }

  @Test func theManifestMayNotOverwriteAnInput() throws {
    let result = try TestSupport.runVerbatim(["code", Self.export, "--manifest", Self.export])
    #expect(result.status == 2)
    #expect(
      result.stderrText.contains(
        "--manifest \(Self.export) names the same file as the input \(Self.export), which this run reads"))
  }
}
