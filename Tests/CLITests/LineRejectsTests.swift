import Foundation
import TestSupport
import Testing

/// `score`, `tag` and `tokenize` on input with bad lines: without --keep-going the run stops at the
/// first (exit 65, file:line:column, the records written before it, the option that goes on);
/// with --keep-going, --rejects and --max-rejects (as `code -` has them) every line is either in
/// the output or in the rejects file with its reason, and standard error's counts add up.
@Suite struct LineRejectsTests {
  /// Six lines: 1 good, 2 blank, 3 malformed (an unterminated string whose opening quote is the
  /// 16th character), 4 good, 5 a text that is a number (the 5 is the 18th character), 6 good.
  static let input =
    #"{"id":1,"text":"great"}"# + "\n\n" + #"{"id":3,"text":"bad"# + "\n" + #"{"id":4,"text":"awful"}"# + "\n"
    + #"{"id":"x","text":5}"# + "\n" + #"{"id":6,"text":"fine"}"# + "\n"

  /// The reject records of lines 3 and 5 of `input` read from `file`.
  static func expectedRejects(file: String) -> [String] {
    [
      #"{"file":"\#(file)","line":3,"column":16,"reason":"malformed JSON: unterminated string"}"#,
      #"{"file":"\#(file)","line":5,"column":18,"id":"x","reason":"field \"text\" must be a string"}"#,
    ]
  }

  private func write(_ text: String, to name: String) throws -> URL {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file
  }

  /// The `"id"` values of the output lines, as written.
  private func ids(_ output: String) -> [Substring] {
    output.split(separator: "\n").map { line in
      let start = line.index(line.startIndex, offsetBy: 6)
      return line[start..<line[start...].firstIndex(of: ",")!]
    }
  }

  @Test(arguments: [("score", "scored"), ("tag", "tagged"), ("tokenize", "tokenized"), ("redact", "redacted")])
  func keepGoingWritesEveryGoodRecordAndRejectsTheRest(command: String, verb: String) throws {
    let file = try write(Self.input, to: "bad.jsonl")
    let rejects = file.deletingLastPathComponent().appendingPathComponent("rejects.jsonl")
    let result = try TestSupport.runVerbatim(
      [command, "--jsonl", file.path, "--keep-going", "--rejects", rejects.path])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(ids(result.stdoutText) == ["1", "4", "6"])
    let rejected = try String(contentsOf: rejects, encoding: .utf8).split(separator: "\n").map(String.init)
    #expect(rejected == Self.expectedRejects(file: file.path))
    // 6 lines read = 3 written + 2 rejected + 1 blank; the summary is the last line.
    let last = result.stderrText.split(separator: "\n").last.map(String.init)
    #expect(
      last == "verbatim: read 6 line(s): 3 \(verb), 2 rejected (listed in \(rejects.path)), 1 blank skipped",
      "\(result.stderrText)")
  }

  @Test(arguments: ["score", "tag", "tokenize", "redact"])
  func withoutKeepGoingTheRunStopsAndSaysHowToGoOn(command: String) throws {
    let file = try write(Self.input, to: "bad.jsonl")
    let result = try TestSupport.runVerbatim([command, "--jsonl", file.path])
    #expect(result.status == 65)
    #expect(ids(result.stdoutText) == ["1"])
    // One record before line 3: line 2 is blank.
    #expect(
      result.stderrText
        == "verbatim: \(file.path):3:16: malformed JSON: unterminated string (1 record(s) written before it; "
        + "use --keep-going to skip and list it with --rejects)\n")
    let output = file.deletingLastPathComponent().appendingPathComponent("out.jsonl")
    let toFile = try TestSupport.runVerbatim([command, "--jsonl", file.path, "-o", output.path])
    #expect(toFile.status == 65)
    #expect(toFile.stderrText.contains("(1 record(s) read before it, \(output.path) not written; use --keep-going"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func codeOnStandardInputStopsWithTheSameMessage() throws {
    // `code -` stops at the same line, with the same count of records written before it (the
    // blank line 2 is none) and the same way on.
    let result = try TestSupport.runVerbatim(["code", "-"], input: Data(Self.input.utf8))
    #expect(result.status == 65)
    #expect(result.stdoutText.split(separator: "\n").count == 1)
    #expect(
      result.stderrText
        == "verbatim: -:3:16: malformed JSON: unterminated string (1 record(s) written before it; "
        + "use --keep-going to skip and list it with --rejects)\n")
  }

  @Test func maxRejectsFailsPastTheLimitAndKeepsTheRecords() throws {
    let file = try write(Self.input, to: "bad.jsonl")
    // 2 rejected of 5 records (3 written + 2 rejected; the blank line is not counted): 40 %.
    for (limit, status) in [("1", Int32(65)), ("2", 0), ("39%", 65), ("40%", 0)] {
      let result = try TestSupport.runVerbatim(["score", "--jsonl", file.path, "--max-rejects", limit])
      #expect(result.status == status, "\(limit): \(result.stderrText)")
      #expect(ids(result.stdoutText) == ["1", "4", "6"])
      if status == 65 {
        #expect(
          result.stderrText.contains(
            "\(file.path): 2 of 5 line(s) rejected, more than --max-rejects \(limit) allows (list them with "
              + "--rejects FILE); the records read were written"), "\(result.stderrText)")
      }
    }
    let tokens = try TestSupport.runVerbatim(["tokenize", "--jsonl", "--summary", file.path, "--max-rejects", "0"])
    #expect(tokens.status == 65)
    #expect(tokens.stdoutText.contains(#""texts":3"#))
    let usage = try TestSupport.runVerbatim(["tag", "--jsonl", file.path, "--max-rejects", "-1"])
    #expect(usage.status == 2)
    #expect(usage.stderrText.contains("a count of rejected lines (10) or a percentage of the records read (1%)"))
  }

  @Test(arguments: ["score", "tag", "tokenize"])
  func invalidUTF8InPlainTextIsRejectedUnderKeepGoing(command: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    let file = folder.appendingPathComponent("plain.txt")
    try (Data("good\nbad ".utf8) + Data([0xFF]) + Data(" here\nawful\n".utf8)).write(to: file)
    let rejects = folder.appendingPathComponent("rejects.jsonl")
    let result = try TestSupport.runVerbatim([command, file.path, "--keep-going", "--rejects", rejects.path])
    #expect(result.status == 0, "\(result.stderrText)")
    // Plain-text ids are line numbers.
    #expect(ids(result.stdoutText) == ["1", "3"])
    // "bad " is 4 bytes: the 0xFF is the 5th. A plain line has no "id" member to name.
    #expect(
      try String(contentsOf: rejects, encoding: .utf8)
        == #"{"file":"\#(file.path)","line":2,"reason":"invalid UTF-8 at byte 5 of the line (use --replace-invalid to substitute U+FFFD)"}"#
        + "\n")
    let stopped = try TestSupport.runVerbatim([command, file.path])
    #expect(stopped.status == 65)
    #expect(stopped.stderrText.contains("\(file.path):2: invalid UTF-8 at byte 5"))
    #expect(stopped.stderrText.contains("(1 record(s) written before it; use --keep-going"))
  }

  @Test func redactGoesOnPastInvalidUTF8InPlainText() throws {
    // `redact` writes plain texts back as text, one a line: the bad line is left out of the output
    // and listed, the others are redacted in order.
    let folder = try TestSupport.temporaryDirectory()
    let file = folder.appendingPathComponent("plain.txt")
    try (Data("mail a@b.com\nbad ".utf8) + Data([0xFF]) + Data("\nok\n".utf8)).write(to: file)
    let rejects = folder.appendingPathComponent("rejects.jsonl")
    let result = try TestSupport.runVerbatim(["redact", file.path, "--keep-going", "--rejects", rejects.path])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText == "mail [EMAIL]\nok\n")
    #expect(try String(contentsOf: rejects, encoding: .utf8).contains(#""line":2,"reason":"invalid UTF-8 at byte 5"#))
    #expect(
      result.stderrText.hasSuffix("verbatim: read 3 line(s): 2 redacted, 1 rejected (listed in \(rejects.path))\n"))
  }

  /// Bad lines spread over several batches and chunks (a batch is 4,096 lines): two threads write
  /// the same bytes as one, in input order, and list the rejects in line order.
  @Test(arguments: ["score", "tokenize"])
  func twoThreadsKeepTheOrder(command: String) throws {
    var text = ""
    var expectedIDs: [Substring] = []
    var badLines: [Int] = []
    for line in 1...9_000 {
      if line % 1_000 == 7 {
        text += #"{"id":\#(line),"text":"cut"# + "\n"
        badLines.append(line)
      } else {
        text += #"{"id":\#(line),"text":"good day number \#(line)"}"# + "\n"
        expectedIDs.append(Substring(String(line)))
      }
    }
    let file = try write(text, to: "many.jsonl")
    var outputs: [String] = []
    var rejectFiles: [String] = []
    for threads in ["1", "2"] {
      let rejects = file.deletingLastPathComponent().appendingPathComponent("rejects\(threads).jsonl")
      let result = try TestSupport.runVerbatim(
        [command, "--jsonl", file.path, "--keep-going", "--rejects", rejects.path, "--threads", threads])
      #expect(result.status == 0, "\(result.stderrText)")
      #expect(result.stderrText.contains("read 9000 line(s): 8991 \(command)d, 9 rejected"), "\(result.stderrText)")
      outputs.append(result.stdoutText)
      rejectFiles.append(try String(contentsOf: rejects, encoding: .utf8))
    }
    #expect(outputs[0] == outputs[1])
    #expect(rejectFiles[0] == rejectFiles[1])
    #expect(ids(outputs[1]) == expectedIDs)
    let lines = rejectFiles[1].split(separator: "\n").map { line in
      Int(line.split(separator: ",")[1].dropFirst(#""line":"#.count))!
    }
    #expect(lines == badLines)
  }

  @Test func rejectsMayNotNameTheInput() throws {
    let file = try write(Self.input, to: "bad.jsonl")
    let result = try TestSupport.runVerbatim(["tokenize", "--jsonl", file.path, "--keep-going", "--rejects", file.path])
    #expect(result.status == 2, "\(result.stderrText)")
    #expect(try String(contentsOf: file, encoding: .utf8) == Self.input)
  }
}
