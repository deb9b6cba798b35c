import Foundation
import TestSupport
import Testing

/// `score --manifest` and `tag --manifest`: every command that writes machine codes records the
/// versions and SHA-256 of what it read, used and wrote ("Runs record the versions and SHA-256 of
/// what they used"; `code` and `validate` did, `score` and `tag` did not). Digests are checked
/// against coreutils' `sha256sum`, an independent implementation of FIPS 180-4.
@Suite struct ScoreTagManifestTests {
  static let texts =
    "Love the new app\nWaited 40 minutes on hold and nobody called back\n\nThe parcel came on Tuesday\n"

  static func readManifest(_ path: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
  }

  @Test func scoreRecordsItsInputOutputLexiconsAndLabelCounts() throws {
    let folder = try TestSupport.temporaryDirectory()
    let input = folder.appendingPathComponent("texts.txt").path
    let scored = folder.appendingPathComponent("scored.jsonl").path
    let manifestPath = folder.appendingPathComponent("manifest.json").path
    try Self.texts.write(toFile: input, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["score", input, "-o", scored, "--manifest", manifestPath])
    #expect(result.status == 0, "\(result.stderrText)")
    let manifest = try Self.readManifest(manifestPath)
    let inputRecord = try #require((manifest["inputs"] as? [[String: Any]])?.first)
    let outputRecord = try #require((manifest["outputs"] as? [[String: Any]])?.first)
    if let digest = try CodeManifestTests.sha256sum(input) { #expect(inputRecord["sha256"] as? String == digest) }
    if let digest = try CodeManifestTests.sha256sum(scored) { #expect(outputRecord["sha256"] as? String == digest) }
    #expect(inputRecord["bytes"] as? Int == Self.texts.utf8.count)
    let resources = manifest["resources"] as? [[String: Any]] ?? []
    #expect(resources.contains { $0["role"] as? String == "lexicon (valence)" })
    #expect(!resources.contains { $0["role"] as? String == "taxonomy" })
    // The label counts are those of the output, and add up to the texts read.
    let lines = try TestSupport.jsonLines(Data(contentsOf: URL(fileURLWithPath: scored)))
    let counts = try #require(manifest["counts"] as? [String: Any])
    #expect(counts["texts"] as? Int == 4 && lines.count == 4)
    for label in ["positive", "neutral", "negative"] {
      let inOutput = lines.filter { ($0["sentiment"] as? [String: Any])?["label"] as? String == label }.count
      #expect(counts[label] as? Int == inOutput, "\(label)")
    }
    #expect(counts["nothing_to_score"] as? Int == 1)
    // QA review 32 (L2): the thresholds change the labels, so they are a setting.
    #expect((manifest["settings"] as? [String: Any])?["thresholds"] as? String == "-0.05,0.05")
  }

  @Test func tagRecordsTheCodebookFileAndCoverage() throws {
    let folder = try TestSupport.temporaryDirectory()
    let input = folder.appendingPathComponent("texts.txt").path
    let tagged = folder.appendingPathComponent("tagged.jsonl").path
    let manifestPath = folder.appendingPathComponent("manifest.json").path
    let codebook = TestSupport.packageRoot.appendingPathComponent("taxonomies/customer-feedback.yaml").path
    try Self.texts.write(toFile: input, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "tag", input, "--taxonomy", codebook, "-o", tagged, "--manifest", manifestPath,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let manifest = try Self.readManifest(manifestPath)
    let taxonomy = try #require(
      (manifest["resources"] as? [[String: Any]])?.first { $0["role"] as? String == "taxonomy" })
    if let digest = try CodeManifestTests.sha256sum(codebook) { #expect(taxonomy["sha256"] as? String == digest) }
    let lines = try TestSupport.jsonLines(Data(contentsOf: URL(fileURLWithPath: tagged)))
    let withTags = lines.filter { !(($0["tags"] as? [Any]) ?? []).isEmpty }
    let assigned = lines.reduce(0) { $0 + (($1["tags"] as? [Any])?.count ?? 0) }
    let counts = try #require(manifest["counts"] as? [String: Any])
    #expect(counts["verbatims"] as? Int == lines.count)
    #expect(counts["tagged"] as? Int == withTags.count && withTags.count > 0)
    #expect(counts["tags"] as? Int == assigned)
  }

  @Test(arguments: ["score", "tag"])
  func theManifestMayNotNameTheInputOrTheOutput(command: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    let input = folder.appendingPathComponent("texts.txt").path
    try Self.texts.write(toFile: input, atomically: true, encoding: .utf8)
    let overInput = try TestSupport.runVerbatim([command, input, "--manifest", input])
    #expect(overInput.status == 2)
    #expect(overInput.stderrText.contains("names the same file as the input \(input)"))
    #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.texts)
    // "-" is standard output elsewhere: refused rather than written as a file named "-".
    let dash = try TestSupport.runVerbatim([command, "texts.txt", "--manifest", "-"], directory: folder)
    #expect(dash.status == 2 && dash.stderrText.contains("--manifest -"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    // Compared as files, not strings: ./out.jsonl is out.jsonl.
    let overOutput = try TestSupport.runVerbatim(
      [command, "texts.txt", "-o", "out.jsonl", "--manifest", "./out.jsonl"], directory: folder)
    #expect(overOutput.status == 2, "\(overOutput.stderrText)")
  }
}
