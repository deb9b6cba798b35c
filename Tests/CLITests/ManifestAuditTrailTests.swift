import Foundation
import TestSupport
import Testing

/// What a run manifest must hold to reproduce a decision years later (QA review 41, an auditor's
/// review): the build of the executable and libraries, the working directory that relative paths
/// in the command are relative to, each lexicon's path, format and size, and the seed as given.
/// Build IDs are checked against binutils' `readelf -n`, sizes against the file system.
@Suite struct ManifestAuditTrailTests {
  /// The GNU build ID `readelf -n` prints for `path`, nil when readelf is not installed.
  static func readelfBuildID(_ path: String) throws -> String? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/readelf") else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
    process.arguments = ["-n", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    guard let line = text.split(separator: "\n").first(where: { $0.contains("Build ID:") }) else { return nil }
    return line.split(separator: " ").last.map(String.init)
  }

  @Test func theManifestNamesTheBuildTheDirectoryAndEachLexicon() throws {
    let folder = try TestSupport.temporaryDirectory()
    try "great\nslow refund\n".write(to: folder.appendingPathComponent("in.txt"), atomically: true, encoding: .utf8)
    let lexicon = "lovely\t3\n"
    try lexicon.write(to: folder.appendingPathComponent("af.tsv"), atomically: true, encoding: .utf8)
    // Relative paths, run in `folder`.
    let result = try TestSupport.runVerbatim(
      ["score", "in.txt", "--lexicon", "afinn:af.tsv", "--manifest", "m.json"], directory: folder)
    #expect(result.status == 0, "\(result.stderrText)")
    let manifest = try ScoreTagManifestTests.readManifest(folder.appendingPathComponent("m.json").path)
    let directory = try #require(manifest["working_directory"] as? String)
    #expect(
      URL(fileURLWithPath: directory).resolvingSymlinksInPath().standardizedFileURL.path
        == folder.resolvingSymlinksInPath().standardizedFileURL.path)
    let tool = try #require(manifest["tool"] as? [String: Any])
    let files = try #require(tool["files"] as? [[String: Any]])
    let executable = try #require(files.first)
    #expect(executable["role"] as? String == "executable")
    let path = try #require(executable["path"] as? String)
    #expect(
      URL(fileURLWithPath: path).resolvingSymlinksInPath()
        == TestSupport.productsDirectory.appendingPathComponent("verbatim").resolvingSymlinksInPath())
    let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
    #expect(executable["bytes"] as? Int == size)
    if let expected = try Self.readelfBuildID(path) { #expect(executable["build_id"] as? String == expected) }
    // ICU and libxml2 as loaded, each with its build.
    let libraries = files.filter { $0["role"] as? String == "library" }
    #expect(libraries.contains { ($0["path"] as? String)?.contains("libicuuc") == true })
    #expect(libraries.contains { ($0["path"] as? String)?.contains("libxml2") == true })
    for library in libraries {
      if let expected = try Self.readelfBuildID(library["path"] as? String ?? "") {
        #expect(library["build_id"] as? String == expected)
      }
    }
    // The lexicon given by path: as given, read as AFINN, its size; a shipped one has no path.
    let resources = try #require(manifest["resources"] as? [[String: Any]])
    let given = try #require(resources.first { $0["name"] as? String == "af.tsv" })
    #expect(given["path"] as? String == "af.tsv")
    #expect(given["format"] as? String == "afinn")
    #expect(given["bytes"] as? Int == lexicon.utf8.count)
    let shipped = try #require(resources.first { $0["name"] as? String == "negators.txt" })
    #expect(shipped["path"] is NSNull)
  }

  /// A seed of 2^63 or more was written as a negative number, which `--seed` then refused.
  @Test func aLargeSeedIsRecordedAsGiven() throws {
    let folder = try TestSupport.temporaryDirectory()
    let demo = TestSupport.packageRoot.appendingPathComponent("corpora/demo")
    let out = folder.appendingPathComponent("run").path
    let result = try TestSupport.runVerbatim([
      "validate", demo.appendingPathComponent("feedback-export.xml").path, "--human",
      demo.appendingPathComponent("codes-sentiment.csv").path, "--no-tags", "--min", "f1.macro=0.1", "--on",
      "ci-lower", "--bootstrap", "200", "--seed", "18446744073709551615", "--out", out,
    ])
    #expect(result.status == 0 || result.status == 1, "\(result.stderrText)")
    let text = try String(contentsOfFile: out + "/manifest.json", encoding: .utf8)
    #expect(text.contains("\"seed\":18446744073709551615"), "\(text)")
  }

  /// `validate` records the tag options and redaction patterns that change the codes, as `code`
  /// does (they were only in the raw command line).
  @Test func validateRecordsTheOptionsThatChangeTheCodes() throws {
    let folder = try TestSupport.temporaryDirectory()
    let demo = TestSupport.packageRoot.appendingPathComponent("corpora/demo")
    let out = folder.appendingPathComponent("run").path
    let result = try TestSupport.runVerbatim([
      "validate", demo.appendingPathComponent("feedback-export.xml").path, "--human",
      demo.appendingPathComponent("codes-sentiment.csv").path, "--imply-parents", "--min-evidence", "2", "--redact",
      "--pattern", "ORD=AA-9{6}", "--out", out,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let manifest = try ScoreTagManifestTests.readManifest(out + "/manifest.json")
    let settings = try #require(manifest["settings"] as? [String: Any])
    #expect(settings["tags"] as? String == "true")
    #expect(settings["imply_parents"] as? String == "true")
    #expect(settings["min_evidence"] as? String == "2")
    #expect(settings["patterns"] as? String == "ORD=AA-9{6}")
  }
}
