import Foundation
import TestSupport
import Testing

/// Review h43, D1: standard input redirected from the file an output names was not caught.
/// `verbatim score - -o s.txt < s.txt` emptied s.txt and exited 0; `score < s.txt 1<> s.txt`
/// overwrote it as it was read, `>> s.txt` read its own output; `import -`, `code -`, `sample
/// --input -` and `agree --ratings -` read everything, then replaced the input with their output.
/// Every such run is now refused (exit 2) before anything is written, naming which file is the
/// input and which the output (B6).
@Suite struct StandardStreamCollisionTests {
  static let texts = "great service\nthe parcel never came\n"

  private func folderWithTexts() throws -> (folder: URL, texts: String) {
    let folder = try TestSupport.temporaryDirectory()
    let texts = folder.appendingPathComponent("s.txt").path
    try Self.texts.write(toFile: texts, atomically: true, encoding: .utf8)
    return (folder, texts)
  }

  @Test(arguments: ["tokenize", "score", "tag", "redact"])
  func anOutputThatIsStandardInputIsRefused(command: String) throws {
    let (_, texts) = try folderWithTexts()
    let result = try TestSupport.runVerbatim([command, "-", "-o", texts], standardInput: texts)
    #expect(result.status == 2, "\(result.stderrText)")
    #expect(
      result.stderrText.contains("-o \(texts) names the same file as standard input (\(texts)), which this run reads"),
      "\(result.stderrText)")
    #expect(try String(contentsOfFile: texts, encoding: .utf8) == Self.texts)
    #expect(result.stdout.isEmpty)
  }

  /// `< s.txt >> s.txt` and `< s.txt 1<> s.txt` keep the file as it was; `< s.txt > s.txt` (the
  /// shell empties it first) is still refused, never exit 0.
  @Test(arguments: ["tokenize", "score", "tag", "redact"])
  func standardOutputThatIsStandardInputIsRefused(command: String) throws {
    let (_, texts) = try folderWithTexts()
    for redirection in [TestSupport.OutputRedirection.append, .readWrite] {
      let result = try TestSupport.runVerbatim(
        [command], standardInput: texts, standardOutput: texts, redirection: redirection)
      #expect(result.status == 2, "\(redirection): \(result.stderrText)")
      #expect(
        result.stderrText.contains("standard output (\(texts)) names the same file as standard input (\(texts))"),
        "\(result.stderrText)")
      #expect(try String(contentsOfFile: texts, encoding: .utf8) == Self.texts, "\(redirection)")
    }
    let truncated = try TestSupport.runVerbatim([command], standardInput: texts, standardOutput: texts)
    #expect(truncated.status == 2, "\(truncated.stderrText)")
    #expect(truncated.stderrText.contains("a `> FILE` redirection empties FILE before verbatim starts"))
  }

  /// The commands that read all of standard input before writing replaced the input with their
  /// output.
  @Test func commandsThatReadAllOfStandardInputDoNotReplaceIt() throws {
    let folder = try TestSupport.temporaryDirectory()
    let records = folder.appendingPathComponent("answers.jsonl").path
    let jsonl = #"{"id":"r1","text":"great service"}"# + "\n" + #"{"id":"r2","text":"slow"}"# + "\n"
    try jsonl.write(toFile: records, atomically: true, encoding: .utf8)
    let ratings = folder.appendingPathComponent("ratings.csv").path
    let table = "item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,y\n"
    try table.write(toFile: ratings, atomically: true, encoding: .utf8)
    let runs: [(arguments: [String], file: String, contents: String)] = [
      (["import", "-", "-o", records], records, jsonl),
      (["code", "-", "--no-tags", "-o", records], records, jsonl),
      (["code", "-", "--no-tags", "--keep-going", "--rejects", records], records, jsonl),
      (["sample", "--input", "-", "--size", "1", "--seed", "1", "-o", records], records, jsonl),
      (["agree", "--ratings", "-", "-o", ratings], ratings, table),
    ]
    for run in runs {
      let result = try TestSupport.runVerbatim(run.arguments, standardInput: run.file)
      #expect(result.status == 2, "\(run.arguments): \(result.stderrText)")
      #expect(result.stderrText.contains("names the same file as standard input"), "\(result.stderrText)")
      #expect(try String(contentsOfFile: run.file, encoding: .utf8) == run.contents, "\(run.arguments)")
    }
    for arguments in [["import", "-"], ["code", "-", "--no-tags"]] {
      let result = try TestSupport.runVerbatim(
        arguments, standardInput: records, standardOutput: records, redirection: .append)
      #expect(result.status == 2, "\(arguments): \(result.stderrText)")
      #expect(try String(contentsOfFile: records, encoding: .utf8) == jsonl, "\(arguments)")
    }
  }

  /// A file on standard input is fine when no output is that file.
  @Test func standardInputFromAnotherFileIsFine() throws {
    let (folder, texts) = try folderWithTexts()
    let scored = folder.appendingPathComponent("scored.jsonl").path
    let viaOption = try TestSupport.runVerbatim(["score", "-", "-o", scored], standardInput: texts)
    #expect(viaOption.status == 0, "\(viaOption.stderrText)")
    let viaRedirection = try TestSupport.runVerbatim(["score"], standardInput: texts, standardOutput: scored)
    #expect(viaRedirection.status == 0, "\(viaRedirection.stderrText)")
    #expect(try String(contentsOfFile: scored, encoding: .utf8).split(separator: "\n").count == 2)
    // /dev/null on both sides is no file.
    let null = try TestSupport.runVerbatim(["score", "-", "-o", "/dev/null"], standardInput: "/dev/null")
    #expect(null.status == 0, "\(null.stderrText)")
  }

  /// B6: "s.txt names the same file as s.txt" said neither which was read nor which option wrote it.
  @Test func theMessageNamesTheInputAndTheOutputByOption() throws {
    let (folder, texts) = try folderWithTexts()
    let overInput = try TestSupport.runVerbatim(["score", texts, "-o", texts])
    #expect(overInput.status == 2)
    #expect(
      overInput.stderrText.contains(
        "-o \(texts) names the same file as the input \(texts), which this run reads; choose another file for -o"),
      "\(overInput.stderrText)")
    let codebook = folder.appendingPathComponent("cb.yaml").path
    let shipped = TestSupport.packageRoot.appendingPathComponent("taxonomies/customer-feedback.yaml").path
    try FileManager.default.copyItem(atPath: shipped, toPath: codebook)
    let overCodebook = try TestSupport.runVerbatim(["tag", texts, "--taxonomy", codebook, "--manifest", codebook])
    #expect(overCodebook.status == 2)
    #expect(
      overCodebook.stderrText.contains("--manifest \(codebook) names the same file as --taxonomy \(codebook)"),
      "\(overCodebook.stderrText)")
    let export = folder.appendingPathComponent("c.csv").path
    try "id,comment\n1,slow\n".write(toFile: export, atomically: true, encoding: .utf8)
    let shared = folder.appendingPathComponent("x.json").path
    let twoOutputs = try TestSupport.runVerbatim([
      "code", export, "--keep-going", "--rejects", shared, "--manifest", shared, "-o",
      folder.appendingPathComponent("y.jsonl").path,
    ])
    #expect(twoOutputs.status == 2)
    #expect(
      twoOutputs.stderrText.contains(
        "--manifest \(shared) names the same file as --rejects \(shared), another output of this run"),
      "\(twoOutputs.stderrText)")
  }
}
