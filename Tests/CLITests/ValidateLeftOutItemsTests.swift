import Foundation
import TestSupport
import Testing

/// QA review 44 (L1): human-coded items the export does not yield were only counted under
/// `validate --keep-going`, and the warning named three; the --rejects file was empty. Each is now
/// a line of --rejects (file, line, column of the item in the human codes, id, reason), the
/// import's rejects first, and the manifest counts the items compared, so
/// compared + left out = human-coded items.
@Suite struct ValidateLeftOutItemsTests {
  @Test func everyLeftOutItemIsARejectWithItsPlace() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (export, human) = try ValidateRejectedRecordsTests.write(folder)
    var codes = try String(contentsOfFile: human, encoding: .utf8)
    // Lines 34…38 of the human codes (line 1 is the header, 2…33 the 32 items).
    for index in 1...5 { codes += "ghost\(index):text,gold,positive\n" }
    try codes.write(toFile: human, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let rejects = folder.appendingPathComponent("rejects.jsonl")
    let result = try TestSupport.runVerbatim([
      "validate", export, "--format", "jsonl", "--human", human, "--no-tags", "--keep-going",
      "--rejects", rejects.path, "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let lines = try String(contentsOf: rejects, encoding: .utf8).split(separator: "\n").map(String.init)
    // 1 malformed export line + p5:text (in that rejected record) + 5 ghosts.
    #expect(lines.count == 7, "\(lines)")
    #expect(lines.first?.contains("unterminated") == true || lines.first?.contains("answers.jsonl") == true)
    for index in 1...5 {
      let line = lines.first { $0.contains("\"id\":\"ghost\(index):text\"") }
      #expect(line?.contains("\"file\":\"\(human)\",\"line\":\(33 + index),\"column\":1") == true, "\(lines)")
      #expect(line?.contains("left out of the comparison (--keep-going)") == true)
    }
    #expect(lines.contains { $0.contains("\"id\":\"p5:text\"") && $0.contains("\"line\":6") }, "\(lines)")
    let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
    #expect(manifest.contains("\"human_coded_items\":37"), "\(manifest)")
    #expect(manifest.contains("\"human_coded_items_left_out\":6,\"human_coded_items_compared\":31"), "\(manifest)")
    #expect(result.stdoutText.contains("--rejects lists every one"), "\(result.stdoutText)")
  }

  @Test func withoutRejectsTheWarningSaysHowToListThem() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (export, human) = try ValidateRejectedRecordsTests.write(folder)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", export, "--format", "jsonl", "--human", human, "--no-tags", "--keep-going", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText.contains("give --rejects FILE to list every one"), "\(result.stdoutText)")
  }
}
