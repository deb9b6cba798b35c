import Foundation
import TestSupport
import Testing

/// Review r22: inputs that were read wrongly without a word (one record instead of three, zero
/// bytes taken for text) or that took minutes and gigabytes.
@Suite struct InputFormsR22Tests {
  /// A file with classic Mac line ends (a lone CR) was one record; its first line ends in CR, so CR
  /// ends every line, as Python's universal newlines read it.
  @Test func crOnlyLineEndsSplitRecords() throws {
    let result = try TestSupport.runVerbatim(["score"], input: Data("Great service\rAwful staff\rOK\r".utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let lines = result.stdoutText.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.first?.hasPrefix("{\"id\":1,\"sentiment\":{\"label\":\"positive\"") == true)
    #expect(lines.dropFirst().first?.hasPrefix("{\"id\":2,\"sentiment\":{\"label\":\"negative\"") == true)
  }

  /// UTF-16 input, with or without a byte-order mark, is named as such with the command that
  /// converts it, not "invalid UTF-8 … use --replace-invalid" (which would turn it into U+FFFD).
  @Test func utf16InputIsNamedWithTheFix() throws {
    let text = "Great service\nAwful\n"
    var withMark = Data([0xFF, 0xFE])
    withMark.append(text.data(using: .utf16LittleEndian)!)
    let cases: [(Data, String)] = [
      (withMark, "the input is UTF-16, not UTF-8 (it starts with a little-endian UTF-16 byte-order mark)"),
      (text.data(using: .utf16BigEndian)!, "the input is UTF-16BE, not UTF-8"),
      (text.data(using: .utf16LittleEndian)!, "iconv -f UTF-16LE -t UTF-8"),
    ]
    for (input, message) in cases {
      for command in [["score"], ["tokenize", "--replace-invalid"], ["score", "--jsonl"]] {
        let result = try TestSupport.runVerbatim(command, input: input)
        #expect(result.status == 65, "\(command)")
        #expect(result.stdoutText.isEmpty, "\(command)")
        #expect(
          result.stderrText.contains("-:1: " + message) || result.stderrText.contains(message), "\(result.stderrText)")
      }
    }
    // One stray zero byte in UTF-8 text is text (U+0000), not UTF-16; nor are zeros on both sides
    // of the bytes (binary data).
    let stray = try TestSupport.runVerbatim(["tokenize"], input: Data("ab\u{0}cdefgh\n".utf8))
    #expect(stray.status == 0, "\(stray.stderrText)")
    let zeros = try TestSupport.runVerbatim(["score"], input: Data(repeating: 0, count: 64))
    #expect(!zeros.stderrText.contains("UTF-16"), "\(zeros.stderrText)")
  }

  /// Nine levels of nine aliases (YAML's "billion laughs") made `taxonomy lint` run for minutes
  /// in gigabytes; past what a codebook of the file's size can hold, it is an error at the alias.
  /// Modest reuse of an anchor still loads.
  @Test func aliasBombsAreRefusedAndModestAliasesLoad() throws {
    let folder = try TestSupport.temporaryDirectory()
    var lines = [
      "id: bomb", "version: 1.0.0", "tags:", "  - code: a", "    label: A", "    rules: ['x']", "    children:",
      "      - &t0 {code: a.b, label: B, rules: ['y']}",
    ]
    for level in 1...7 {
      let aliases = Array(repeating: "*t\(level - 1)", count: 9).joined(separator: ", ")
      lines.append("      - &t\(level) {code: a.c\(level), label: C, rules: ['y'], children: [\(aliases)]}")
    }
    let bomb = folder.appendingPathComponent("bomb.yaml").path
    try (lines.joined(separator: "\n") + "\n").write(toFile: bomb, atomically: true, encoding: .utf8)
    let refused = try TestSupport.runVerbatim(["taxonomy", "lint", bomb])
    #expect(refused.status == 65)
    #expect(refused.stdoutText.contains("YAML syntax error: the YAML's aliases (*name) expand to more than"))

    let modest = folder.appendingPathComponent("modest.yaml").path
    try """
    id: modest
    version: 1.0.0
    tags:
      - code: late
        label: Late
        rules: &late ['late OR delayed']
        examples: {match: [It came late.], no_match: [It came early.]}
      - code: slow
        label: Slow
        rules: *late
        examples: {match: [Delayed again.], no_match: [Right on time.]}

    """.write(toFile: modest, atomically: true, encoding: .utf8)
    let loaded = try TestSupport.runVerbatim(["taxonomy", "test", modest])
    #expect(loaded.status == 0, "\(loaded.stdoutText)\(loaded.stderrText)")
  }
}

extension InputFormsR22Tests {
  /// A label column of free text (every label distinct) made `agree` build q × q tables: 12,000
  /// labels took 92 s and 10 GB. Past 5,000 labels it is a data error that says what to check.
  @Test func tooManyDistinctLabelsAreRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = folder.appendingPathComponent("text-as-label.csv").path
    var rows = "item,coder,label\n"
    for item in 0..<2_501 { rows += "\(item),a,answer \(item) a\n\(item),b,answer \(item) b\n" }
    try rows.write(toFile: ratings, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("5002 distinct labels, more than the 5000 agreement is computed over"))
  }
}

extension InputFormsR22Tests {
  /// A folder as `validate`'s export or human codes is "cannot open" (66), as in the other commands;
  /// it was a read error (74).
  @Test func aFolderGivenToValidateCannotBeOpened() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codes = folder.appendingPathComponent("codes.csv").path
    try "item,coder,label\n".write(toFile: codes, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out").path
    for (export, human) in [(folder.path, codes), (codes, folder.path)] {
      let result = try TestSupport.runVerbatim(["validate", export, "--human", human, "--out", out])
      #expect(result.status == 66)
      #expect(result.stderrText.contains("cannot open: it is a directory, not a file"), "\(result.stderrText)")
    }
  }
}

extension InputFormsR22Tests {
  /// `taxonomy diff --examples -1` was accepted (and read as 0); it is a usage error.
  @Test func negativeExampleCountIsAUsageError() throws {
    let codebook = try TestSupport.temporaryDirectory().appendingPathComponent("c.yaml").path
    try "id: c\nversion: 1.0.0\ntags:\n  - code: late\n    label: Late\n    rules: ['late']\n"
      .write(toFile: codebook, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["taxonomy", "diff", codebook, codebook, "--examples=-1"])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--examples must be 0 or more"))
  }
}
