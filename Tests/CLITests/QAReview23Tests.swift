import Foundation
import TestSupport
import Testing

/// QA review 23: a failed write of standard output is exit 74 in every command (the taxonomy tools
/// trapped; `validate` exited 1, the gate's "failed"), and a word that names no subcommand is a
/// usage error even with `--help`.
@Suite struct QAReview23Tests {
  /// Runs verbatim with standard output on /dev/full (every write fails with ENOSPC).
  private func runIntoFullDevice(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = TestSupport.productsDirectory.appendingPathComponent("verbatim")
    process.arguments = arguments
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let errors = Pipe()
    process.standardOutput = full
    process.standardError = errors
    try process.run()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDiskIsAnIOErrorInEveryCommand() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("export.csv")
    try "id,comment\nr1,great service\nr2,slow delivery\n".write(to: export, atomically: true, encoding: .utf8)
    let codes = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\nr1:comment,gold,positive\nr2:comment,gold,negative\n".write(
      to: codes, atomically: true, encoding: .utf8)
    let commands: [[String]] = [
      ["taxonomy", "lint"],
      ["taxonomy", "test"],
      ["validate", export.path, "--human", codes.path, "--no-tags", "--out", folder.appendingPathComponent("v").path],
      ["score", export.path],
    ]
    for arguments in commands {
      let result = try runIntoFullDevice(arguments)
      #expect(result.status == 74, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("standard output: cannot write"), "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("Fatal error"), "\(arguments): \(result.stderr)")
    }
  }

  @Test func aWordThatNamesNoSubcommandIsAUsageError() throws {
    let cases: [([String], String)] = [
      (["nosuch", "--help"], "nosuch"), (["help", "nosuch"], "nosuch"), (["report", "--help"], "report"),
      (["taxonomy", "nosuch", "--help"], "nosuch"),
    ]
    for (arguments, word) in cases {
      let result = try TestSupport.runVerbatim(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderrText.contains("unknown subcommand '\(word)'"), "\(arguments): \(result.stderrText)")
      #expect(result.stdout.isEmpty, "\(arguments)")
    }
    // Real subcommands and their help are unchanged.
    for arguments in [["help", "score"], ["taxonomy", "lint", "--help"], ["score", "--help"]] {
      let result = try TestSupport.runVerbatim(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderrText)")
      #expect(!result.stdout.isEmpty, "\(arguments)")
    }
  }

  /// `--text-field` without `--jsonl` was ignored; it is a usage error in every command that reads
  /// plain or JSON Lines texts.
  @Test func textFieldNeedsJSONLines() throws {
    for command in ["score", "tag", "redact", "tokenize"] {
      let result = try TestSupport.runVerbatim([command, "--text-field", "comment", "-"], input: Data("hello\n".utf8))
      #expect(result.status == 2, "\(command): \(result.stderrText)")
      #expect(result.stderrText.contains("--text-field names a field of JSON Lines input"), "\(command)")
      let jsonl = try TestSupport.runVerbatim(
        [command, "--jsonl", "--text-field", "comment", "-"], input: Data("{\"comment\":\"hello\"}\n".utf8))
      #expect(jsonl.status == 0, "\(command): \(jsonl.stderrText)")
    }
  }

  static let codebook = TestSupport.packageRoot.appendingPathComponent("taxonomies/customer-feedback.yaml").path

  /// QA review 32 (L6): an empty field name, or a field the command writes itself (its output
  /// would replace the text it read), is a usage error, not bad data on every line.
  @Test func textFieldIsANameTheCommandDoesNotWrite() throws {
    for (command, own) in [
      (["score", "--jsonl"], "sentiment"), (["tag", "--jsonl", "--taxonomy", Self.codebook], "tags"),
      (["tokenize", "--jsonl"], "tokens"),
      (["redact", "--jsonl"], "redactions"), (["code", "-"], "tags"),
    ] {
      for field in ["", own] {
        let result = try TestSupport.runVerbatim(
          command + ["--text-field", field] + (command[0] == "code" ? [] : ["-"]),
          input: Data("{\"text\":\"x\"}\n".utf8))
        #expect(result.status == 2, "\(command) \(field): \(result.stderrText)")
        #expect(result.stderrText.contains("--text-field"), "\(command): \(result.stderrText)")
      }
    }
  }
}
