import Foundation
import TestSupport
import Testing

/// QA review 40: in `validate`, a label only a non-reference human used ("mixed", coder_b's) was a
/// category of the machine-and-gold table, which changes its q: Brennan–Prediger's p_e = 1/q moved
/// (0.8125 → 0.8333 in the review) and flipped a verdict. The machine-and-gold report must not
/// depend on another coder's labels: here it is compared with the demo's own codes, byte for byte.
@Suite struct ValidateThirdCoderLabelTests {
  @Test func anotherCodersLabelDoesNotChangeTheMachineAndGoldReport() throws {
    let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("corpora/demo")
    let codes = try String(contentsOf: demo.appendingPathComponent("codes-sentiment.csv"), encoding: .utf8)
    var changed = 0
    let mixed = codes.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      guard changed < 8, line.contains(",coder_b,") else { return String(line) }
      changed += 1
      let parts = line.split(separator: ",")
      return parts.dropLast().joined(separator: ",") + ",mixed"
    }.joined(separator: "\n")
    let folder = try TestSupport.temporaryDirectory()
    let mixedFile = folder.appendingPathComponent("mixed.csv")
    try mixed.write(to: mixedFile, atomically: true, encoding: .utf8)
    func agreement(_ human: URL, _ name: String) throws -> Data {
      let out = folder.appendingPathComponent(name)
      let result = try TestSupport.runVerbatim([
        "validate", demo.appendingPathComponent("feedback-export.xml").path, "--human", human.path, "--no-tags",
        "--out", out.path,
      ])
      #expect(result.status == 0, "\(result.stderrText)")
      return try Data(contentsOf: out.appendingPathComponent("agreement.json"))
    }
    #expect(changed == 8)
    let plain = try agreement(demo.appendingPathComponent("codes-sentiment.csv"), "plain")
    let withMixed = try agreement(mixedFile, "mixed")
    #expect(plain == withMixed)
  }
}

/// QA review 40: a human coder who skipped items went unmentioned beside the humans' ceiling. With
/// every other coder_b row of the demo's 420 removed, the two humans share 210 items.
@Suite struct ValidateSkippedItemsTests {
  @Test func theHumansSharedItemsAreSaid() throws {
    let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("corpora/demo")
    let codes = try String(contentsOf: demo.appendingPathComponent("codes-sentiment.csv"), encoding: .utf8)
    var coderB = 0
    let kept = codes.split(separator: "\n").filter { line in
      guard line.contains(",coder_b,") else { return true }
      coderB += 1
      return coderB % 2 == 0
    }
    let folder = try TestSupport.temporaryDirectory()
    let file = folder.appendingPathComponent("skip.csv")
    try (kept.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", demo.appendingPathComponent("feedback-export.xml").path, "--human", file.path, "--no-tags",
      "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(coderB == 420)
    #expect(result.stdoutText.contains("(210 of 420 items coded by both)"), "\(result.stdoutText)")
  }
}
