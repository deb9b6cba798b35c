import Foundation
import TestSupport
import Testing

/// Outputs never destroy inputs, rejects always have a home, and usage errors say so (review r6,
/// findings 9, 11, 17, 18).
@Suite(.serialized) struct OutputSafetyTests {
  /// `-o` naming the input (or a hard link to it) is refused with exit 2 and the input is intact:
  /// opening the output truncates it before a byte of the input is read.
  @Test func anOutputThatIsTheInputIsRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let input = folder.appendingPathComponent("in.txt")
    let text = "hello world\nsecond line\n"
    try text.write(to: input, atomically: true, encoding: .utf8)
    let link = folder.appendingPathComponent("link.txt")
    try FileManager.default.linkItem(at: input, to: link)
    for command in ["tokenize", "score", "redact", "tag"] {
      for output in [input.path, link.path, folder.path + "/./in.txt"] {
        let result = try TestSupport.runVerbatim([command, input.path, "-o", output])
        #expect(result.status == 2, "\(command) -o \(output): \(result.stderrText)")
        #expect(result.stderrText.contains("names the same file as"))
        #expect(try String(contentsOf: input, encoding: .utf8) == text)
      }
    }
    let csv = folder.appendingPathComponent("export.csv")
    try "id,comment\nr1,great\n".write(to: csv, atomically: true, encoding: .utf8)
    for arguments in [["code", csv.path, "-o", csv.path], ["code", csv.path, "--rejects", csv.path]] {
      let result = try TestSupport.runVerbatim(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(try String(contentsOf: csv, encoding: .utf8) == "id,comment\nr1,great\n")
    }
    let ordinary = try TestSupport.runVerbatim(["tokenize", input.path, "-o", folder.appendingPathComponent("o").path])
    #expect(ordinary.status == 0)
    // Devices are not truncated: /dev/null may be both input and output.
    #expect(try TestSupport.runVerbatim(["score", "/dev/null", "-o", "/dev/null"]).status == 0)
    // An output and a rejects file that do not exist yet but are the same path: refused, nothing left.
    let both = folder.appendingPathComponent("both.jsonl").path
    for command in ["import", "code"] {
      let result = try TestSupport.runVerbatim([command, csv.path, "-o", both, "--rejects", both, "--keep-going"])
      #expect(result.status == 2, "\(command): \(result.stderrText)")
      #expect(!FileManager.default.fileExists(atPath: both + ".partial"), "\(command)")
    }
  }

  /// QA review 29: `-o LINK` writes where the link points and leaves the link a link. Renaming the
  /// staged file onto the link replaced it (as root, `-o /dev/stdout` replaced the system's link).
  @Test func anOutputThroughASymbolicLinkKeepsTheLink() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = folder.appendingPathComponent("export.csv")
    try "id,comment\nr1,great\n".write(to: csv, atomically: true, encoding: .utf8)
    let ratings = folder.appendingPathComponent("ratings.csv")
    try "item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,y\n".write(to: ratings, atomically: true, encoding: .utf8)
    for (name, arguments) in [
      ("import", ["import", csv.path]), ("code", ["code", csv.path, "--no-tags"]),
      ("agree", ["agree", "--ratings", ratings.path]),
    ] {
      let target = folder.appendingPathComponent("\(name)-target.out")
      try "old\n".write(to: target, atomically: true, encoding: .utf8)
      let link = folder.appendingPathComponent("\(name)-link.out")
      try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
      let result = try TestSupport.runVerbatim(arguments + ["-o", link.path])
      #expect(result.status == 0, "\(name): \(result.stderrText)")
      let kind = try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType
      #expect(kind == .typeSymbolicLink, "\(name): the link was replaced")
      let written = try String(contentsOf: target, encoding: .utf8)
      #expect(written != "old\n" && !written.isEmpty, "\(name): the target was not written")
      #expect(!FileManager.default.fileExists(atPath: link.path + ".partial"))
    }
  }

  /// `validate --out DIR` with the export at DIR/coded.jsonl is refused before anything is written.
  @Test func validateRefusesToWriteOverItsExport() throws {
    let folder = try TestSupport.temporaryDirectory()
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let export = out.appendingPathComponent("coded.jsonl")
    let exportText = #"{"id":"r1","text":"late again"}"# + "\n"
    try exportText.write(to: export, atomically: true, encoding: .utf8)
    let codes = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\nr1,gold,negative\n".write(to: codes, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", export.path, "--human", codes.path, "--no-tags", "--out", out.path,
    ])
    #expect(result.status == 2, "\(result.stderrText)")
    #expect(try String(contentsOf: export, encoding: .utf8) == exportText)
  }

  /// `validate --keep-going --rejects FILE` writes every rejected piece there (as `code` does), and
  /// the counts add up: records coded + rejects = rows read.
  @Test func validateWritesItsRejects() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("dup.csv")
    try "id,channel,comment\nr1,web,late\nr1,web,again\nr2,app,good\n".write(
      to: export, atomically: true, encoding: .utf8)
    let codes = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\nr1:comment,gold,negative\nr2:comment,gold,positive\n".write(
      to: codes, atomically: true, encoding: .utf8)
    let rejects = folder.appendingPathComponent("rejects.jsonl")
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", export.path, "--human", codes.path, "--no-tags", "--keep-going", "--rejects", rejects.path,
      "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let rejected = try TestSupport.jsonLines(Data(contentsOf: rejects))
    #expect(rejected.count == 1)
    #expect(rejected.first?["line"] as? Int == 3)
    #expect((rejected.first?["reason"] as? String)?.contains("duplicate respondent") == true)
    let coded = try TestSupport.jsonLines(Data(contentsOf: out.appendingPathComponent("coded.jsonl")))
    #expect(coded.count == 2)
  }

  /// A failed run leaves neither an output folder (export not found) nor a half coded.jsonl.
  @Test func aFailedValidateLeavesNoHalfOutput() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codes = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\nr1:comment,gold,negative\n".write(to: codes, atomically: true, encoding: .utf8)
    let missing = folder.appendingPathComponent("o1")
    let notFound = try TestSupport.runVerbatim([
      "validate", folder.appendingPathComponent("nope.csv").path, "--human", codes.path, "--out", missing.path,
    ])
    #expect(notFound.status == 66)
    #expect(ValidateFailureReportTests.holdsOnlyTheErrorReport(missing, message: "nope.csv"))
    let export = folder.appendingPathComponent("dup.csv")
    try "id,comment\nr1,late\nr1,again\n".write(to: export, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("o2")
    let failed = try TestSupport.runVerbatim([
      "validate", export.path, "--human", codes.path, "--no-tags", "--out", out.path,
    ])
    #expect(failed.status == 65)
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("coded.jsonl").path))
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("coded.jsonl.partial").path))
    // Review r16a: nothing but the error report in the folder the run made (QA review 44 B1).
    #expect(ValidateFailureReportTests.holdsOnlyTheErrorReport(out))
  }

  /// A repeated tag row is reported as such, without pointing at an option `validate` lacks.
  @Test func aRepeatedTagRowIsNamedAsSuch() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("ex.csv")
    try "id,comment\nr1,late\n".write(to: export, atomically: true, encoding: .utf8)
    let tags = folder.appendingPathComponent("tags.csv")
    try "item,coder,tag\nr1:comment,gold,delivery.speed\nr1:comment,gold,delivery.speed\n".write(
      to: tags, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", export.path, "--human", tags.path, "--out", folder.appendingPathComponent("o").path,
    ])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("the label \"delivery.speed\" again"))
    #expect(!result.stderrText.contains("--multilabel"))
  }

  @Test func threadsMustBePositive() throws {
    for command in ["tokenize", "score"] {
      let result = try TestSupport.runVerbatim([command, "--threads", "0"], input: Data("hi\n".utf8))
      #expect(result.status == 2, "\(command)")
      #expect(result.stderrText.contains("--threads must be between 1 and 256"))
    }
  }
}
