import Foundation
import TestSupport
import Testing

/// QA review 44 (N2): `agree --format json` recorded no tool version and no input digest, so a CI
/// artifact could not be traced to its data, and validate's manifest named the --rejects file only
/// in the command. `agree` JSON has a "provenance" member shaped as manifest.json's "tool" and
/// "inputs"; the manifest lists the rejects file among the outputs with its SHA-256.
@Suite struct ProvenanceTests {
  @Test func agreeJSONNamesTheToolAndTheInputsDigests() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try GateZeroDivisionTests.constantModel(in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings, "--reference", "ref", "--format", "json"])
    #expect(result.status == 0, "\(result.stderrText)")
    let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    let provenance = try #require(json["provenance"] as? [String: Any])
    let tool = try #require(provenance["tool"] as? [String: Any])
    #expect(tool["name"] as? String == "verbatim")
    #expect((tool["version"] as? String)?.isEmpty == false)
    let inputs = try #require(provenance["inputs"] as? [[String: Any]])
    #expect(inputs.count == 1)
    #expect(inputs.first?["role"] as? String == "ratings" && inputs.first?["path"] as? String == ratings)
    if let digest = try CodeManifestTests.sha256sum(ratings) { #expect(inputs.first?["sha256"] as? String == digest) }
    // The statistics are where they were.
    #expect(json["coefficients"] != nil && json["classification"] != nil)
  }

  @Test func validatesManifestHashesTheRejectsFile() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (export, human) = try ValidateRejectedRecordsTests.write(folder)
    let out = folder.appendingPathComponent("out")
    let rejects = folder.appendingPathComponent("rejects.jsonl")
    let result = try TestSupport.runVerbatim([
      "validate", export, "--format", "jsonl", "--human", human, "--no-tags", "--keep-going", "--rejects",
      rejects.path, "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let manifest = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("manifest.json")))
        as? [String: Any])
    let outputs = try #require(manifest["outputs"] as? [[String: Any]])
    let record = try #require(outputs.first { $0["role"] as? String == "rejects" })
    #expect(record["path"] as? String == rejects.path)
    if let digest = try CodeManifestTests.sha256sum(rejects.path) { #expect(record["sha256"] as? String == digest) }
  }
}
