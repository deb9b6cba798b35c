import Foundation
import TestSupport
import Testing

/// Review r21b (hostile inputs): each case crashed, hung or grew memory without bound before.
@Suite struct HostileInputR21bTests {
  /// Eight digit groups overflowed an 8-bit mask in the phone scanner: every redaction path
  /// trapped (signal 4).
  @Test func eightDigitGroupsDoNotCrashRedaction() throws {
    let text = "Call me on 4111 4111 4111 4111 4111 4111 4111 4111 thanks\n"
    let result = try TestSupport.runVerbatim(["redact"], input: Data(text.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText.hasPrefix("Call me on"))
  }

  /// A line longer than 16 MiB is an error naming its line, reported as soon as the limit is
  /// passed (a source without newlines never ends), not memory that grows with the input.
  @Test func anOverlongLineIsAnErrorWithItsLineNumber() throws {
    var input = Data("good\n".utf8)
    input.append(Data(repeating: UInt8(ascii: "a"), count: (16 << 20) + 10))
    input.append(Data("\nbad\n".utf8))
    for command in [["score"], ["tokenize"], ["tag"]] {
      let result = try TestSupport.runVerbatim(command, input: input)
      #expect(result.status == 65, "\(command)")
      #expect(result.stderrText.contains("-:2: the line is longer than 16 MiB"), "\(command): \(result.stderrText)")
    }
  }

  @Test func threadsAreBounded() throws {
    let result = try TestSupport.runVerbatim(["tokenize", "--threads", "100000"], input: Data("x\n".utf8))
    #expect(result.status == 2)
    #expect(result.stderrText.contains("between 1 and 256"))
    #expect(try TestSupport.runVerbatim(["tokenize", "--threads", "256"], input: Data("x\n".utf8)).status == 0)
  }

  /// A rule whose regular expression backtracks without end ("(a+)+$" on "aaa…a!") stops at ICU's
  /// time limit; it hung for minutes. Since QA review 39 the rule counts as no match for that text
  /// and the run goes on (a hostile text made a shipped rule stop whole runs), with a warning that
  /// names the pattern; `taxonomy lint` refuses such a pattern before a run.
  @Test func aCatastrophicRegexStopsAtTheTimeLimitAndIsNamed() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codebook = folder.appendingPathComponent("redos.yaml")
    try """
    id: x
    version: 1.0.0
    tags:
      - code: a
        label: A
        description: d
        rules: ['/(a+)+$/']
        examples: {match: ['aaa'], no_match: ['b']}
    """.write(to: codebook, atomically: true, encoding: .utf8)
    let input = Data((String(repeating: "a", count: 40) + "!\n").utf8)
    let start = Date()
    let result = try TestSupport.runVerbatim(["tag", "--taxonomy", codebook.path], input: input)
    #expect(Date().timeIntervalSince(start) < 30)
    #expect(result.status == 0)
    #expect(try TestSupport.jsonLines(result.stdout).count == 1)
    #expect(result.stderrText.contains("gave up at ICU's time limit"), "\(result.stderrText)")
    #expect(result.stderrText.contains("/(a+)+$/"), "\(result.stderrText)")
  }
}

extension HostileInputR21bTests {
  /// A shard whose counts no real shard could hold ("items": 1e19 trapped converting to Int; an
  /// agreement sum above the item count gave a percent agreement of 2.5e307) is refused, exit 65.
  @Test func impossibleShardCountsAreRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = folder.appendingPathComponent("s.csv")
    try "item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,x\n".write(to: csv, atomically: true, encoding: .utf8)
    let json = folder.appendingPathComponent("s.json").path
    let partial = try TestSupport.runVerbatim([
      "agree", "--ratings", csv.path, "--categories", "x,y", "--partial", "-o", json,
    ])
    #expect(partial.status == 0)
    let text = try String(contentsOfFile: json, encoding: .utf8)
    for (from, to) in [("\"statistics\":{\"items\":2.0,", "\"statistics\":{\"items\":1e19,")]
    where text.contains(from) {
      let bad = folder.appendingPathComponent("bad.json").path
      try text.replacingOccurrences(of: from, with: to).write(toFile: bad, atomically: true, encoding: .utf8)
      let merged = try TestSupport.runVerbatim(["agree", "--merge", bad, "--categories", "x,y"])
      #expect(merged.status == 65, "\(merged.stderrText)")
      #expect(merged.stderrText.contains("\"items\" must be a whole number"))
      return
    }
    Issue.record("the partial's \"items\" field was not found: \(text.prefix(300))")
  }
}

extension HostileInputR21bTests {
  /// An output that names a file the run reads (a codebook, a lexicon, the ratings) is refused with
  /// exit 2 and the file is left as it was; `--junit` overwrote the codebook, `-o` the lexicon.
  @Test func anOutputNamingAnOptionFileIsRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codebook = folder.appendingPathComponent("cb.yaml").path
    let shipped = TestSupport.packageRoot.appendingPathComponent("taxonomies/customer-feedback.yaml")
    try FileManager.default.copyItem(atPath: shipped.path, toPath: codebook)
    let original = try Data(contentsOf: URL(fileURLWithPath: codebook))
    let lexicon = folder.appendingPathComponent("mine.tsv").path
    try "good\t2.0\n".write(toFile: lexicon, atomically: true, encoding: .utf8)
    let ratings = folder.appendingPathComponent("r.csv").path
    try "item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,y\n".write(toFile: ratings, atomically: true, encoding: .utf8)
    let runs: [[String]] = [
      ["taxonomy", "test", codebook, "--junit", codebook],
      ["tag", "--taxonomy", codebook, "-o", codebook],
      ["score", "--lexicon", "verbatim:" + lexicon, "-o", lexicon],
      ["gate", "--ratings", ratings, "--min", "cohen_kappa=0", "--junit", ratings],
    ]
    for arguments in runs {
      let result = try TestSupport.runVerbatim(arguments, input: Data("late\n".utf8))
      #expect(result.status == 2, "\(arguments): \(result.stderrText)")
      #expect(result.stderrText.contains("names the same file"), "\(arguments)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: codebook)) == original)
    #expect(try String(contentsOfFile: lexicon, encoding: .utf8) == "good\t2.0\n")
    #expect(try String(contentsOfFile: ratings, encoding: .utf8).hasPrefix("item,coder,label"))
  }
}

extension HostileInputR21bTests {
  /// A device as the export is refused before it is copied: `import /dev/zero` spooled gigabytes
  /// to the temporary folder until the timeout.
  @Test func aDeviceIsRefusedAsAnExport() throws {
    let result = try TestSupport.runVerbatim(["import", "/dev/zero"])
    #expect(result.status == 66)
    #expect(result.stderrText.contains("/dev/zero: cannot open: it is a device"))
  }
}

extension HostileInputR21bTests {
  /// YAML nested 10,000 brackets deep overflowed the composer's stack (signal 11); it is a syntax
  /// error at the bracket past the limit.
  @Test func deeplyNestedYAMLIsRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("deep.yaml").path
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    try "id: x\nversion: 1.0.0\ntags: \(deep)\n".write(toFile: path, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim(["taxonomy", "lint", path])
    #expect(result.status == 65)
    #expect(
      result.stdoutText.contains("deep.yaml:3:107: error: YAML syntax error: brackets nest deeper than 100 levels"))
  }
}

extension HostileInputR21bTests {
  /// `--bootstrap 1000000000` ran for ever with memory growing; past 100,000 resamples it is a
  /// usage error. So is a count too small to place a 95% percentile interval (QA review 13:
  /// `--bootstrap 2` passed a gate on an "interval" that did not hold its own estimate); Efron &
  /// Tibshirani (1993, §19.3) recommend 1,000 or more.
  @Test(arguments: ["1000000000", "2", "199"])
  func bootstrapResamplesAreBounded(count: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = folder.appendingPathComponent("r.csv").path
    try "item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,y\n".write(toFile: ratings, atomically: true, encoding: .utf8)
    for command in [["agree"], ["gate", "--min", "cohen_kappa=0"]] {
      let result = try TestSupport.runVerbatim(command + ["--ratings", ratings, "--bootstrap", count])
      #expect(result.status == 2, "\(command)")
      #expect(
        result.stderrText.contains("--bootstrap must be 0 (no bootstrap) or between 200 and 100000 resamples"),
        "\(command)")
    }
  }
}
