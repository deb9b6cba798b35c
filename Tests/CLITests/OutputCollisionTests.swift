import Foundation
import TestSupport
import Testing

/// QA review 41: two ways a run could destroy what it reads or writes, both now refused (exit 2)
/// before anything is written.
struct OutputCollisionTests {
  /// Runs `verbatim arguments` with standard output appended to `file`; returns the exit status and
  /// standard error.
  private func run(_ arguments: [String], stdoutAppendingTo file: URL) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = TestSupport.productsDirectory.appendingPathComponent("verbatim")
    process.arguments = arguments
    let output = try FileHandle(forWritingTo: file)
    try output.seekToEnd()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try output.close()
    return (process.terminationStatus, String(decoding: message, as: UTF8.self))
  }

  /// `verbatim tokenize a.txt >> a.txt` read its own output and grew until the disk filled.
  @Test func standardOutputThatIsTheInputIsRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let input = folder.appendingPathComponent("a.txt")
    try "late again\nfine\n".write(to: input, atomically: true, encoding: .utf8)
    for command in [["tokenize"], ["score"], ["redact"]] {
      let (status, message) = try run(command + [input.path], stdoutAppendingTo: input)
      #expect(status == 2, "\(command): \(message)")
      #expect(
        message.contains(
          "standard output (\(input.path)) names the same file as the input \(input.path), which this run reads"),
        "\(message)")
      #expect(try String(contentsOf: input, encoding: .utf8) == "late again\nfine\n")
    }
    // Another file as standard output is fine.
    let other = folder.appendingPathComponent("b.txt")
    try Data().write(to: other)
    #expect(try run(["score", input.path], stdoutAppendingTo: other).0 == 0)
  }

  /// `code --rejects x.json --manifest x.json`: the manifest overwrote the rejects list, the only
  /// record of the rejected rows, and still listed it with a SHA-256 that no longer matched.
  @Test func aManifestNamingTheRejectsFileIsRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("c.csv").path
    try "id,comment\n1,slow\n2,ok\n".write(toFile: export, atomically: true, encoding: .utf8)
    let shared = folder.appendingPathComponent("x.json").path
    let result = try TestSupport.runVerbatim([
      "code", export, "--keep-going", "--rejects", shared, "--manifest", shared, "-o",
      folder.appendingPathComponent("y.jsonl").path,
    ])
    #expect(result.status == 2, "\(result.stderrText)")
    #expect(
      result.stderrText.contains("--manifest \(shared) names the same file as --rejects \(shared)"),
      "\(result.stderrText)")
    #expect(!FileManager.default.fileExists(atPath: shared))
  }

  /// Review 42: `gate --junit c.csv` on ratings c.csv printed "PASS …" before refusing (exit 2),
  /// and `taxonomy test cb.yaml --junit cb.yaml` printed "644 passed": a CI log showed a verdict
  /// and a failed step. Both are refused before anything is printed.
  @Test func aJUnitFileThatIsAnInputIsRefusedBeforeTheVerdict() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = folder.appendingPathComponent("c.csv").path
    let table = "item,a,b\n1,x,x\n2,y,y\n3,x,y\n4,y,y\n"
    try table.write(toFile: ratings, atomically: true, encoding: .utf8)
    let gate = try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--min", "percent_agreement=0.1", "--junit", ratings,
    ])
    #expect(gate.status == 2, "\(gate.stderrText)")
    #expect(gate.stdoutText.isEmpty, "\(gate.stdoutText)")
    #expect(try String(contentsOfFile: ratings, encoding: .utf8) == table)
    let codebook = folder.appendingPathComponent("cb.yaml").path
    let yaml =
      "id: t\nversion: 1.0.0\ntags:\n  - code: a\n    label: A\n    rules:\n      - late\n"
      + "    examples:\n      match:\n        - It came late.\n"
    try yaml.write(toFile: codebook, atomically: true, encoding: .utf8)
    let test = try TestSupport.runVerbatim(["taxonomy", "test", codebook, "--junit", codebook])
    #expect(test.status == 2, "\(test.stderrText)")
    #expect(test.stdoutText.isEmpty, "\(test.stdoutText)")
    #expect(try String(contentsOfFile: codebook, encoding: .utf8) == yaml)
  }
}
