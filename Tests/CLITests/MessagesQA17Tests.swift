import Foundation
import TestSupport
import Testing

/// QA review 17: help and messages that said something untrue.
@Suite struct MessagesQA17Tests {
  /// A negator has no value, so a repeated one changes nothing (the warning spoke of a later value).
  @Test func aRepeatedNegatorChangesNothing() throws {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("negators.txt")
    try "not\nnever\nnot\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["score", "--negators", file.path], input: Data("not good\n".utf8))
    #expect(result.status == 0)
    #expect(
      result.stderrText.contains("duplicate negator \"not\" (first on line 1); the repeat on line 3 changes nothing"),
      "\(result.stderrText)")
  }

  /// Every multi-line example in the help continues with a backslash, so it can be pasted. (The
  /// forty-ninth session's documentation review: `import --help`'s last example ran past 80 columns
  /// and was wrapped, leaving "answers.jsonl" on a line of its own; every command is checked now.)
  @Test func helpExamplesCanBePasted() throws {
    let commands = [
      [], ["tokenize"], ["import"], ["score"], ["tag"], ["taxonomy"], ["taxonomy", "lint"], ["taxonomy", "test"],
      ["taxonomy", "diff"], ["redact"], ["agree"], ["gate"], ["sample"], ["code"], ["validate"],
    ]
    for command in commands {
      let help = try TestSupport.runVerbatim(command + ["--help"]).stdoutText
      guard let start = help.range(of: "Example") else { continue }
      var previous = ""
      for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
        if line.isEmpty { break }
        let continues = previous.hasSuffix("\\")
        #expect(
          line.hasPrefix("  verbatim") || line.hasPrefix("  echo") || line.hasPrefix("  cat") || line.hasPrefix("  #")
            || continues, "\(command): \(line)")
        previous = String(line)
      }
    }
  }
}

extension MessagesQA17Tests {
  /// A UTF-16 lexicon or codebook (with or without a byte-order mark) is named as UTF-16 with the
  /// iconv command, as text input is (it was called "not valid UTF-8 … Latin-1").
  @Test func utf16LexiconsAndCodebooksAreNamed() throws {
    let directory = try TestSupport.temporaryDirectory()
    func utf16(_ text: String, bom: Bool) -> Data {
      var bytes: [UInt8] = bom ? [0xFF, 0xFE] : []
      for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
      return Data(bytes)
    }
    for bom in [true, false] {
      let lexicon = directory.appendingPathComponent("lex-\(bom).tsv")
      try utf16("lumpy\t-1.8\n", bom: bom).write(to: lexicon)
      let scored = try TestSupport.runVerbatim(["score", "--lexicon", lexicon.path], input: Data("lumpy\n".utf8))
      #expect(scored.status == 65)
      #expect(scored.stderrText.contains("is UTF-16"), "\(scored.stderrText)")
      #expect(scored.stderrText.contains("iconv -f UTF-16"), "\(scored.stderrText)")
      let codebook = directory.appendingPathComponent("book-\(bom).yaml")
      try utf16("id: x\nversion: 1.0.0\ntags: []\n", bom: bom).write(to: codebook)
      let linted = try TestSupport.runVerbatim(["taxonomy", "lint", codebook.path])
      #expect(linted.status == 65)
      #expect(
        linted.stdoutText.contains("is UTF-16") || linted.stderrText.contains("is UTF-16"), "\(linted.stdoutText)")
    }
  }
}

extension MessagesQA17Tests {
  /// `code --no-tags` says tagging was off, not "0 tagged (0 tags)", which read as "nothing matched".
  @Test func noTagsSaysTaggingWasOff() throws {
    let input = Data("{\"id\": 1, \"text\": \"Waited 40 minutes on hold\"}\n".utf8)
    let off = try TestSupport.runVerbatim(["code", "-", "--no-tags"], input: input)
    #expect(off.status == 0)
    #expect(off.stderrText.contains("tagging off (--no-tags)") && !off.stderrText.contains("0 tagged"))
    let on = try TestSupport.runVerbatim(["code", "-"], input: input)
    #expect(on.stderrText.contains("1 tagged ("), "\(on.stderrText)")
  }
}

extension MessagesQA17Tests {
  /// `validate` prints its verdict lines as `gate` does: PASS or FAIL (it printed "pass").
  @Test func validatePrintsPassLikeGate() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("e.csv")
    try "id,comment\nr1,awful\nr2,lovely\n".write(to: export, atomically: true, encoding: .utf8)
    let human = folder.appendingPathComponent("h.csv")
    try "item,coder,label\nr1:comment,gold,negative\nr2:comment,gold,positive\n".write(
      to: human, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", export.path, "--human", human.path, "--no-tags", "--min", "accuracy=0.5", "--out",
      folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let output = result.stdoutText + result.stderrText
    #expect(output.contains("PASS classification.machine.accuracy ≥ 0.5"), "\(output)")
    #expect(!output.contains("pass "), "\(output)")
  }
}
