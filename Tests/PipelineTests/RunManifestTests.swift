import Foundation
import Pipeline
import TestSupport
import Testing
import VerbatimCore

@Suite struct RunManifestTests {
  @Test func filesAreHashedWithSHA256() throws {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("abc.txt")
    try Data("abc".utf8).write(to: file)
    let record = try RunManifest.FileRecord.hashing(role: "input", path: file.path)
    // FIPS 180-4 example: SHA-256("abc").
    #expect(record.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(record.bytes == 3)
  }

  @Test func manifestIsValidJSONWithOneMemberPerLineAndTimesLast() throws {
    var manifest = RunManifest(command: ["verbatim", "validate", "x.xml"], started: "2026-11-30T00:00:00Z")
    manifest.thresholds = [("cohen_kappa", 0.7, false), ("tags.hamming_loss", 0.1, true)]
    manifest.redactions = [("EMAIL", 2)]
    manifest.finished = "2026-11-30T00:00:05Z"
    let text = manifest.json()
    let value = try JSONParser.parse(text)
    #expect(value["tool"]?["name"] == .string("verbatim"))
    #expect(value["redactions"]?["EMAIL"] == .number("2"))
    // QA review 16: a maximum was written as {"metric": "tags.hamming_loss (maximum)", "min": 0.1}.
    guard case .array(let thresholds)? = value["thresholds"], thresholds.count == 2 else {
      Issue.record("thresholds: \(String(describing: value["thresholds"]))")
      return
    }
    #expect(thresholds[0]["min"] == .number("0.7"))
    #expect(thresholds[1]["metric"] == .string("tags.hamming_loss"))
    #expect(thresholds[1]["max"] == .number("0.1"))
    #expect(thresholds[1]["min"] == nil)
    let lines = text.split(separator: "\n")
    // "{", 12 members (tool, command, working_directory, inputs, resources, thresholds, settings,
    // counts, redactions, outputs, started, finished; no gate, seed or verdict were set), "}".
    #expect(lines.count == 14)
    #expect(lines[lines.count - 3].contains("\"started\"") && lines[lines.count - 2].contains("\"finished\""))
  }

  @Test func timesAreISO8601UTC() {
    let now = RunManifest.now()
    #expect(now.count == 20 && now.hasSuffix("Z") && now.dropFirst(10).hasPrefix("T"))
  }
}
