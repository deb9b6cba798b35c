import Foundation
import TestSupport
import Testing

/// A stateless streaming filter answers as lines come: when standard input is a pipe that pauses,
/// the lines read so far are processed and written without waiting for a batch (4,096 lines) or
/// the end of the input (`tail -f answers.jsonl | verbatim score -`).
@Suite struct StreamingOutputTests {
  /// Starts `verbatim` with a pipe on standard input and standard output going to a file.
  func start(_ arguments: [String]) throws -> (Process, Pipe, URL, FileHandle) {
    let process = Process()
    process.executableURL = TestSupport.productsDirectory.appendingPathComponent("verbatim")
    process.arguments = arguments
    let input = Pipe()
    let outputFile = try TestSupport.temporaryDirectory().appendingPathComponent("stdout")
    _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    let output = try FileHandle(forWritingTo: outputFile)
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    return (process, input, outputFile, output)
  }

  /// Writes one line, waits up to `timeout` seconds for its output, then sends a second line and
  /// ends the input. Returns whether the first output came before the input ended, and the output.
  func firstOutputBeforeEndOfInput(_ arguments: [String], first: String, second: String, timeout: Double = 20)
    throws -> (Bool, [String])
  {
    let (process, input, outputFile, output) = try start(arguments)
    input.fileHandleForWriting.write(Data((first + "\n").utf8))
    var answered = false
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let data = try? Data(contentsOf: outputFile), data.contains(0x0A) {
        answered = true
        break
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
    input.fileHandleForWriting.write(Data((second + "\n").utf8))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    try output.close()
    let lines = String(decoding: try Data(contentsOf: outputFile), as: UTF8.self).split(separator: "\n").map(
      String.init)
    return (answered, lines)
  }

  @Test(arguments: [["score", "-"], ["tag", "-"], ["tokenize", "-"], ["score", "--threads", "1", "-"]])
  func plainTextCommandsAnswerEachLineAsItComes(arguments: [String]) throws {
    let (answered, lines) = try firstOutputBeforeEndOfInput(
      arguments, first: "The agent was great", second: "Still waiting for my refund")
    #expect(answered, "no output for the first line while the input stayed open")
    #expect(lines.count == 2)
  }

  @Test func codeAnswersEachJSONLineAsItComes() throws {
    let (answered, lines) = try firstOutputBeforeEndOfInput(
      ["code", "-"], first: #"{"id":"a","text":"The agent was great"}"#,
      second: #"{"id":"b","text":"Still waiting for my refund"}"#)
    #expect(answered, "no output for the first record while the input stayed open")
    #expect(lines.count == 2)
    #expect(lines.first?.contains(#""id":"a""#) == true)
  }

  /// Review r11 finding 3: a stream that never pauses for 20 ms (a line every 10 ms) still gets its
  /// answers while it runs (within about 0.2 s), not when a batch of 4,096 lines fills.
  @Test func aTricklingStreamIsAnsweredWhileItRuns() throws {
    let (process, input, outputFile, output) = try start(["score", "-"])
    var answered = false
    var sent = 0
    let deadline = Date().addingTimeInterval(5)
    while !answered && Date() < deadline {
      input.fileHandleForWriting.write(Data("The agent was great\n".utf8))
      sent += 1
      Thread.sleep(forTimeInterval: 0.01)
      if let data = try? Data(contentsOf: outputFile), data.contains(0x0A) { answered = true }
    }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    try output.close()
    #expect(answered, "no output while a line came every 10 ms for 5 s")
    let lines = String(decoding: try Data(contentsOf: outputFile), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == sent)
  }
}
