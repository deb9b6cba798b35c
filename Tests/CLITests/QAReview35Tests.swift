import Foundation
import TestSupport
import Testing

/// QA review 35 (a blind review of CI gating, shards and JUnit): options that were accepted and
/// ignored, or that changed results without a word, are now usage errors or warnings.
@Suite struct QAReview35Tests {
  private func write(_ text: String, _ name: String, in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// Ratings of two coders and a reference on 40 items over three ordered categories, and two
  /// shards of them split by item.
  private func shards(in directory: URL, extra: [String] = []) throws -> [String] {
    var halves = ["item,coder,label\n", "item,coder,label\n"]
    for item in 0..<40 {
      let gold = item % 3 + 1
      for (coder, label) in [
        ("gold", gold), ("a", item % 5 == 0 ? (gold % 3) + 1 : gold), ("b", item % 4 == 0 ? 1 : gold),
      ] {
        halves[item % 2] += "\(item),\(coder),\(label)\n"
      }
    }
    var paths: [String] = []
    for (index, half) in halves.enumerated() {
      let ratings = try write(half, "half\(index).csv", in: directory)
      let result = try TestSupport.runVerbatim(
        ["agree", "--ratings", ratings.path, "--categories", "1,2,3", "--partial"] + extra)
      #expect(result.status == 0, "\(result.stderrText)")
      paths.append(try write(result.stdoutText, "shard\(index).json", in: directory).path)
    }
    return paths
  }

  /// F1: --predictions under --merge were ignored (a missing file too) and the gate passed without
  /// the model.
  @Test func predictionsAreRefusedWithMerge() throws {
    let directory = try TestSupport.temporaryDirectory()
    let paths = try shards(in: directory)
    let result = try TestSupport.runVerbatim(
      [
        "gate", "--merge", paths[0], "--merge", paths[1], "--predictions", "/does/not/exist.jsonl", "--reference",
        "gold",
        "--min", "accuracy=0.9",
      ])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("give --predictions to each --partial run"), "\(result.stderrText)")
  }

  /// F2: a --weights matrix given to --merge must be the one the shards were computed with.
  @Test func mergeWeightsMustBeTheShards() throws {
    let directory = try TestSupport.temporaryDirectory()
    let first = try write("1,0.5,0\n0.5,1,0.5\n0,0.5,1\n", "w1.csv", in: directory)
    let second = try write("1,0.8,0\n0.8,1,0.8\n0,0.8,1\n", "w2.csv", in: directory)
    let weighted = try shards(in: directory, extra: ["--weights", first.path])
    let same = try TestSupport.runVerbatim(
      [
        "agree", "--merge", weighted[0], "--merge", weighted[1], "--pair", "gold,a", "--weights", first.path,
        "--format", "json",
      ])
    #expect(same.status == 0, "\(same.stderrText)")
    #expect(same.stdoutText.contains("\"weighted_kappa_custom\""))
    let other = try TestSupport.runVerbatim(
      ["agree", "--merge", weighted[0], "--merge", weighted[1], "--pair", "gold,a", "--weights", second.path])
    #expect(other.status == 2)
    #expect(other.stderrText.contains("is not the matrix the shards were computed with"), "\(other.stderrText)")
    let plain = try shards(in: directory)
    let none = try TestSupport.runVerbatim(
      ["agree", "--merge", plain[0], "--merge", plain[1], "--pair", "gold,a", "--weights", first.path])
    #expect(none.status == 2)
    #expect(none.stderrText.contains("the shards were computed without a weight matrix"), "\(none.stderrText)")
  }

  /// F10: options that act at merge time changed nothing in a shard, so a `--partial --level
  /// ordinal` then a plain `--merge` reported nominal alpha. A shard records them, and a merge with
  /// other ones is refused; shards without them merge as before.
  @Test(arguments: [["--level", "ordinal"], ["--pair", "gold,a"], ["--reference", "gold", "--labels", "1,2"]])
  func mergeTimeOptionsAreRecordedAndChecked(_ extra: [String]) throws {
    let directory = try TestSupport.temporaryDirectory()
    let recorded = try shards(in: directory, extra: extra)
    let same = try TestSupport.runVerbatim(["agree", "--merge", recorded[0], "--merge", recorded[1]] + extra)
    #expect(same.status == 0, "\(same.stderrText)")
    let plain = try TestSupport.runVerbatim(["agree", "--merge", recorded[0], "--merge", recorded[1]])
    #expect(plain.status == 2)
    #expect(
      plain.stderrText.contains("was written with ") && plain.stderrText.contains("\(extra[0]) \(extra[1])"),
      "\(plain.stderrText)")
    #expect(plain.stderrText.contains("this merge has none of them"), "\(plain.stderrText)")
    let unrecorded = try shards(in: directory)
    let later = try TestSupport.runVerbatim(["agree", "--merge", unrecorded[0], "--merge", unrecorded[1]] + extra)
    #expect(later.status == 0, "\(later.stderrText)")
    // The merge with the recorded options reports what the single run with them does.
    #expect(same.stdoutText == later.stdoutText)
  }

  /// F7: "neg,,pos" declared an empty category, which changed every chance-corrected coefficient.
  @Test(arguments: ["neg,,pos", "neg,pos,", ",neg,pos"])
  func anEmptyCategoryIsRefused(_ categories: String) throws {
    let input = Data("item,coder,label\n1,a,neg\n1,b,pos\n2,a,pos\n2,b,pos\n".utf8)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", "-", "--categories", categories], input: input)
    #expect(result.status == 2)
    #expect(result.stderrText.contains("an empty category"), "\(result.stderrText)")
  }

  /// F12: a coder "b " beside "b" is warned about, as item ids and labels are.
  @Test func coderNamesThatDifferInSpacesAreWarnedAbout() throws {
    let input = Data("item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b ,y\n3,a,x\n3,b,y\n".utf8)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", "-"], input: input)
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(
      result.stderrText.contains(#"1 coder name(s) differ from another only in spaces around them ("b" and "b ")"#),
      "\(result.stderrText)")
  }

  /// F15: `--junit -` created a file named "-"; two options reading standard input are a usage error.
  @Test func standardInputAndOutputAreNotFiles() throws {
    let directory = try TestSupport.temporaryDirectory()
    let input = Data("item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,y\n".utf8)
    let junit = try TestSupport.runVerbatim(
      ["gate", "--ratings", "-", "--min", "cohen_kappa=0.1", "--junit", "-"], input: input, directory: directory)
    #expect(junit.status == 2)
    #expect(junit.stderrText.contains("--junit -: standard output holds the PASS/FAIL lines"), "\(junit.stderrText)")
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("-").path))
    let both = try TestSupport.runVerbatim(
      ["agree", "--ratings", "-", "--predictions", "-", "--reference", "a"], input: input)
    #expect(both.status == 2)
    #expect(both.stderrText.contains("both read standard input"), "\(both.stderrText)")
  }

  /// QA review 34 (F7): a coder whose name holds a comma could not be named by --pair "A,B"; two
  /// --pair values are two names as given. The pair's kappa is the one of the two-coder file.
  @Test func pairNamesWithACommaAreGivenTwice() throws {
    var csv = "item,coder,label\n"
    for item in 0..<12 {
      csv += "\(item),\"Smith, J\",\(item % 2 == 0 ? "x" : "y")\n"
      csv += "\(item),\"Doe, A\",\(item % 3 == 0 ? "x" : "y")\n"
      csv += "\(item),Lee,x\n"
    }
    let three = try TestSupport.runVerbatim(
      ["agree", "--ratings", "-", "--pair", "Smith, J", "--pair", "Doe, A", "--format", "json"], input: Data(csv.utf8))
    #expect(three.status == 0, "\(three.stderrText)")
    let two = try TestSupport.runVerbatim(
      ["agree", "--ratings", "-", "--format", "json"],
      input: Data(
        csv.split(separator: "\n").filter { !$0.hasSuffix(",x") || !$0.contains(",Lee,") }.joined(separator: "\n").utf8)
    )
    #expect(two.status == 0, "\(two.stderrText)")
    func kappa(_ data: Data) throws -> Double? {
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      return ((object?["coefficients"] as? [String: Any])?["cohen_kappa"] as? [String: Any])?["value"] as? Double
    }
    let value = try #require(try kappa(three.stdout))
    #expect(value == (try kappa(two.stdout)))
    let one = try TestSupport.runVerbatim(["agree", "--ratings", "-", "--pair", "Smith, J"], input: Data(csv.utf8))
    #expect(one.status == 2)
    #expect(one.stderrText.contains("give --pair twice"), "\(one.stderrText)")
  }
}
