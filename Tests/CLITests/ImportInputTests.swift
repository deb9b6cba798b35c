import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `verbatim import` on inputs that can be read only once (FINDINGS.md #13): standard input,
/// a pipe named by path (as process substitution gives), a FIFO.
@Suite struct ImportInputTests {
  static let jsonl = Data("{\"id\":\"1\",\"text\":\"hello\"}\n{\"id\":\"2\",\"text\":\"world\"}\n".utf8)

  @Test func dashReadsStandardInput() throws {
    let result = try TestSupport.runVerbatim(["import", "-"], input: Self.jsonl)
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(result.stdout).compactMap { $0["id"] as? String } == ["1:text", "2:text"])
    #expect(result.stderrText.contains("jsonl: 2 respondent(s), 1 question(s), 2 record(s)"))
  }

  @Test func xmlAndCSVFromStandardInputAndErrorsNameDash() throws {
    let xml = "<Responses><Response><_recordId>R_1</_recordId><Q1_TEXT>fine</Q1_TEXT></Response></Responses>\n"
    let fromXML = try TestSupport.runVerbatim(["import", "-"], input: Data(xml.utf8))
    #expect(fromXML.status == 0, "\(fromXML.stderrText)")
    #expect(fromXML.stdoutText.contains("\"id\":\"R_1:Q1_TEXT\""))
    let bad = try TestSupport.runVerbatim(["import", "-"], input: Data("id,comment\n,first\n".utf8))
    #expect(bad.status == 65)
    #expect(bad.stderrText.contains("-:2: empty respondent id"), "\(bad.stderrText)")
    let empty = try TestSupport.runVerbatim(["import", "-"], input: Data())
    #expect(empty.status == 65)
    #expect(empty.stderrText.contains("-: not a survey export: the file is empty"), "\(empty.stderrText)")
  }

  @Test func pipeNamedByPathIsReadOnce() throws {
    // /dev/stdin is a pipe here, like the /dev/fd/63 of `verbatim import <(cat file)`.
    let result = try TestSupport.runVerbatim(["import", "/dev/stdin"], input: Self.jsonl)
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(result.stdout).count == 2)
  }

  @Test func fifoDoesNotHang() throws {
    let directory = try TestSupport.temporaryDirectory()
    let fifo = directory.appendingPathComponent("input.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let data = Self.jsonl
    let writer = Thread {
      let fd = open(fifo, O_WRONLY)
      guard fd >= 0 else { return }
      _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      close(fd)
    }
    writer.start()
    let result = try TestSupport.runVerbatim(["import", fifo])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(result.stdout).count == 2)
  }
}

extension ImportInputTests {
  /// QA review 41: standard input that ends without a line break after an unquoted field (a cut
  /// export) was imported with exit 0 and no word. It is still imported (exit 0), with a note on
  /// stderr naming the input and its last line.
  @Test func aCSVWithoutAFinalLineBreakIsNoted() throws {
    let result = try TestSupport.runVerbatim(
      ["import", "-"], input: Data("id,comment\n1,hi\n2,the agent was very unhelp".utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(result.stdout).count == 2, "both rows are imported")
    #expect(
      result.stderrText.contains("-: note: line 3, the last, does not end with a line break"), "\(result.stderrText)")
  }
}
