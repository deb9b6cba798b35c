import Foundation
import TestSupport
import Testing

/// QA review 36: lexicon files with a byte-order mark, misspelt tags, word-list columns, and what
/// `score --explain` names as an entry's source, end to end.
@Suite(.serialized) struct QAReview36Tests {
  private func folder(_ files: [String: Data]) throws -> URL {
    let folder = try TestSupport.temporaryDirectory()
    for (name, contents) in files {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try contents.write(to: url)
    }
    return folder
  }

  private func explain(_ result: TestSupport.ProcessResult) throws -> [[String: Any]] {
    let object = try #require(try TestSupport.jsonLines(result.stdout).first)
    return try #require(object["explain"] as? [[String: Any]])
  }

  /// QA review 36, F04: a pack and an intensifier file saved with a byte-order mark and a comment
  /// first load (exit 65 before), and the mark is in no explained term or modifier.
  @Test func filesWithAByteOrderMarkLoad() throws {
    let bom = Data([0xEF, 0xBB, 0xBF])
    let files = try folder([
      "pack.tsv": bom + Data("# domain-telecom.tsv: my pack\nsluggish\t-1.5\n".utf8),
      "int.tsv": bom + Data("# my intensifiers\nvery\t0.3\n".utf8),
    ])
    let result = try TestSupport.runVerbatim(
      [
        "score", "--explain", "--lexicon", files.appendingPathComponent("pack.tsv").path, "--intensifiers",
        files.appendingPathComponent("int.tsv").path,
      ], input: Data("the app is very sluggish\n".utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let item = try #require(try explain(result).first)
    #expect(item["term"] as? String == "sluggish")
    let rules = try #require(item["rules"] as? [[String: Any]])
    #expect(rules.first?["by"] as? String == "very")
  }

  /// QA review 36, F08 and F18: a misspelt tag and a negator with an inline comment exit 65 with
  /// the file and line.
  @Test func misspeltTagsAndInlineCommentsExit65() throws {
    let files = try folder([
      "tag.tsv": Data("ringback\t-1.0\t\tnegation=kep\n".utf8), "neg.txt": Data("never\nnot # the classic\n".utf8),
    ])
    let tag = files.appendingPathComponent("tag.tsv").path
    let tagged = try TestSupport.runVerbatim(["score", "--lexicon", tag], input: Data("never got a ringback\n".utf8))
    #expect(tagged.status == 65)
    #expect(tagged.stderrText.contains(tag + ":1: unknown tag \"negation=kep\": negation takes keep or only"))
    let negators = files.appendingPathComponent("neg.txt").path
    let listed = try TestSupport.runVerbatim(["score", "--negators", negators], input: Data("not wonderful\n".utf8))
    #expect(listed.status == 65)
    #expect(listed.stderrText.contains(negators + ":2: an inline comment is not read"))
  }

  /// QA review 36, F13: the explained source is the path as given ("a/pack.tsv:1", "b/pack.tsv:1";
  /// "./general-en.tsv:1" for a bare name), not the base name.
  @Test func explainNamesThePathAsGiven() throws {
    let files = try folder([
      "a/pack.tsv": Data("sluggish\t-1.0\n".utf8), "b/pack.tsv": Data("laggy\t-2.0\n".utf8),
      "general-en.tsv": Data("good\t1.0\n".utf8),
    ])
    let two = try TestSupport.runVerbatim(
      ["score", "--explain", "--lexicon", "a/pack.tsv", "--lexicon", "b/pack.tsv"],
      input: Data("sluggish and laggy\n".utf8), directory: files)
    #expect(try explain(two).map { $0["source"] as? String } == ["a/pack.tsv:1", "b/pack.tsv:1"])
    let copy = try TestSupport.runVerbatim(
      ["score", "--explain", "--lexicon", "general-en.tsv"], input: Data("good\n".utf8), directory: files)
    #expect(try explain(copy).first?["source"] as? String == "./general-en.tsv:1")
    let shipped = try TestSupport.runVerbatim(["score", "--explain"], input: Data("good\n".utf8))
    #expect((try explain(shipped).first?["source"] as? String)?.hasPrefix("general-en.tsv:") == true)
  }

  /// QA review 36, F14: `--profile vader` without `--emoji-lexicon` says that emoji score nothing.
  @Test func vaderProfileWithoutEmojiFileWarns() throws {
    let files = try folder(["vader.txt": Data("good\t1.9\t0.9\t[2, 2]\n".utf8)])
    let lexicon = files.appendingPathComponent("vader.txt").path
    let result = try TestSupport.runVerbatim(
      ["score", "--profile", "vader", "--lexicon", lexicon], input: Data("good 😀\n".utf8))
    #expect(result.status == 0)
    #expect(result.stderrText.contains(lexicon + ": warning: no --emoji-lexicon: emoji score nothing"))
  }

  /// QA review 36, F16: the JSON explanation of the return-intent rule gives its value.
  @Test func returnIntentGivesItsValueInJSON() throws {
    let result = try TestSupport.runVerbatim(["score", "--explain"], input: Data("would never stay here again\n".utf8))
    let rules = try #require(try explain(result).first?["rules"] as? [[String: Any]])
    #expect(rules.first?["rule"] as? String == "return intent")
    #expect(rules.first?["value"] as? Double == -2.6)
  }
}
