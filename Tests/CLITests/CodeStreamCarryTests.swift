import Foundation
import TestSupport
import Testing

/// `code -` (JSON Lines on standard input), review h43: B11, carried members were rewritten (the
/// text moved after the others, a `null` text became `""`, where `score --jsonl` keeps both);
/// B12, its rejects named no column and no id; B10, a line over 16 MiB stopped the run under
/// --keep-going (where `import --keep-going` rejects it and goes on), with a message asking whether
/// the JSON Lines input was "one text per line".
@Suite struct CodeStreamCarryTests {
  private func code(_ arguments: [String], _ input: String) throws -> TestSupport.ProcessResult {
    try TestSupport.runVerbatim(["code", "-"] + arguments, input: Data(input.utf8))
  }

  /// The part of an output line before the members `code` writes.
  private func carried(_ line: Substring) -> Substring {
    line[..<(line.range(of: #","sentiment":"#)?.lowerBound ?? line.endIndex)]
  }

  @Test func carriedMembersKeepTheirOrderAndValues() throws {
    let input = """
      {"meta":{"b":2},"text":null,"id":2}
      {"text":"good","id":1,"wave":3}
      {"id":"r3","text":"fine \\u00e9","meta":{"a":[1,2]},"channel":"web"}

      """
    let coded = try code([], input)
    let scored = try TestSupport.runVerbatim(["score", "--jsonl", "-"], input: Data(input.utf8))
    #expect(coded.status == 0)
    let codedLines = coded.stdoutText.split(separator: "\n")
    let scoredLines = scored.stdoutText.split(separator: "\n")
    #expect(codedLines.map(carried) == scoredLines.map(carried))
    #expect(codedLines.first?.hasPrefix(#"{"meta":{"b":2},"text":null,"id":2,"sentiment":"#) == true)
    #expect(codedLines[1].hasPrefix(#"{"text":"good","id":1,"wave":3,"sentiment":"#))
  }

  @Test func underRedactTheTextIsRedactedWhereItStands() throws {
    let result = try code(
      ["--redact", "--no-tags"],
      #"{"text":"call me on 07700 900123","id":7,"note":null}"# + "\n" + #"{"text":null,"id":8}"#
        + "\n")
    #expect(result.status == 0)
    let lines = result.stdoutText.split(separator: "\n")
    #expect(lines.first?.hasPrefix(#"{"text":"call me on [PHONE]","id":7,"note":null,"sentiment":"#) == true)
    #expect(lines.last?.hasPrefix(#"{"text":null,"id":8,"sentiment":"#) == true)
  }

  /// `import | code -` writes what `code EXPORT` writes (the imported record's members in order).
  @Test func importPipedIntoCodeIsCodingTheExport() throws {
    let export = TestSupport.packageRoot.appendingPathComponent("corpora/demo/feedback-export.xml").path
    let imported = try TestSupport.runVerbatim(["import", export])
    let piped = try TestSupport.runVerbatim(["code", "-", "--redact"], input: imported.stdout)
    let direct = try TestSupport.runVerbatim(["code", export, "--redact"])
    #expect(piped.status == 0)
    #expect(direct.status == 0)
    #expect(piped.stdoutText == direct.stdoutText)
  }

  @Test func rejectsNameTheColumnAndTheIdWhereKnown() throws {
    let folder = try TestSupport.temporaryDirectory()
    let rejects = folder.appendingPathComponent("r.jsonl")
    var input = Data(#"{"id":"x","text":5}"#.utf8) + Data("\n".utf8)
    input += Data(#"{"id":3,"text":"ok""#.utf8) + Data("\n".utf8)
    input += Data(#"{"id":4,"text":"bad "#.utf8) + Data([0xFF]) + Data(#""}"#.utf8) + Data("\n".utf8)
    input += Data(#"{"id":5,"text":"fine"}"#.utf8) + Data("\n".utf8)
    let result = try TestSupport.runVerbatim(
      ["code", "-", "--keep-going", "--rejects", rejects.path], input: input)
    #expect(result.status == 0)
    #expect(result.stdoutText.split(separator: "\n").count == 1)
    let lines = try String(contentsOf: rejects, encoding: .utf8).split(separator: "\n")
    #expect(
      lines == [
        #"{"file":"-","line":1,"column":18,"id":"x","reason":"field \"text\" must be a string"}"#,
        #"{"file":"-","line":2,"column":20,"reason":"malformed JSON: unexpected end of input inside an object"}"#,
        #"{"file":"-","line":3,"id":4,"reason":"invalid UTF-8 at byte 21 of the line (use --replace-invalid to substitute U+FFFD)"}"#,
      ])
  }

  @Test func aLineOverTheLimitIsRejectedUnderKeepGoing() throws {
    let long = #"{"id":2,"text":""# + String(repeating: "a", count: (16 << 20) + 10) + #""}"#
    let input = #"{"id":1,"text":"ok"}"# + "\n" + long + "\n" + #"{"id":3,"text":"fine"}"# + "\n"
    let folder = try TestSupport.temporaryDirectory()
    let rejects = folder.appendingPathComponent("r.jsonl")
    let going = try code(["--keep-going", "--rejects", rejects.path, "--threads", "2"], input)
    #expect(going.status == 0, "\(going.stderrText)")
    let ids = going.stdoutText.split(separator: "\n").map { $0.prefix(7) }
    #expect(ids == [#"{"id":1"#, #"{"id":3"#])
    let rejected = try String(contentsOf: rejects, encoding: .utf8)
    #expect(
      rejected.hasPrefix(#"{"file":"-","line":2,"reason":"the line is 16777244 bytes long, more than the 16 MiB limit"#)
    )
    // Counts add up: 2 coded + 1 rejected = 3 lines.
    #expect(going.stderrText.contains("coded 2 verbatims"))
    #expect(going.stderrText.contains("1 line(s) rejected"))
    for threads in ["1", "2"] {
      let stopped = try code(["--threads", threads], input)
      #expect(stopped.status == 65)
      #expect(
        stopped.stderrText.contains(
          "-:2: the line is longer than 16 MiB, the most one JSON Lines record may have (is the file one JSON object per line"
        ),
        "\(stopped.stderrText)")
      #expect(!stopped.stderrText.contains("one text per line"))
    }
  }
}
