import Foundation
import TestSupport
import Testing

/// Review h43 D8: `score --lexicon -default` with no other lexicon labelled every text neutral,
/// exit 0, without a word, and an empty `--lexicon` file was taken silently. A run whose lexicons
/// hold no valence entry is now refused as a usage error (exit 2); an empty file beside others is
/// a warning.
struct EmptyLexiconTests {
  private let folder: URL

  init() throws {
    folder = try ScoreFixtures.folder(["empty.txt": "", "comments.tsv": "# nothing yet\n\n", "mine.tsv": "good\t2.0\n"])
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  @Test(arguments: ["score", "tag", "code"])
  func theShippedLexiconsLeftOutAloneIsAUsageError(command: String) throws {
    let result = try TestSupport.runVerbatim([command, "--lexicon", "-default", "-"], input: Data("good\n".utf8))
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderrText.contains("no valence lexicon: --lexicon -default leaves out the shipped lexicons"))
    #expect(result.stderrText.contains("every text would score 0 (neutral)"))
  }

  @Test func onlyEmptyFilesAreAUsageErrorNamingThem() throws {
    let result = try TestSupport.runVerbatim(
      ["score", "--lexicon", "-default", "--lexicon", path("empty.txt"), "--lexicon", path("comments.tsv")],
      input: Data("good\n".utf8))
    #expect(result.status == 2)
    #expect(result.stderrText.contains("empty.txt, \(path("comments.tsv")) hold none"))
    #expect(result.stderrText.contains("check the path, or drop -default"))
  }

  @Test func anEmptyVaderLexiconIsAUsageError() throws {
    let result = try TestSupport.runVerbatim(
      ["score", "--profile", "vader", "--lexicon", path("empty.txt")], input: Data("good\n".utf8))
    #expect(result.status == 2)
    #expect(result.stderrText.contains("holds none"))
  }

  @Test func anEmptyFileBesideOthersIsAWarning() throws {
    for arguments in [
      ["--lexicon", path("empty.txt")],
      ["--lexicon", "-default", "--lexicon", path("mine.tsv"), "--lexicon", path("empty.txt")],
    ] {
      let result = try TestSupport.runVerbatim(["score"] + arguments, input: Data("good\n".utf8))
      #expect(result.status == 0)
      #expect(result.stdoutText.contains(#""label":"positive""#))
      #expect(
        result.stderrText.contains(
          "empty.txt: warning: the lexicon holds no entries (empty, or only comments and blank lines)"))
    }
  }

  @Test func theHelpSaysSo() throws {
    let result = try TestSupport.runVerbatim(["score", "--help"])
    #expect(result.stdoutText.replacingOccurrences(of: "\n", with: " ").contains("the run is refused (exit 2)"))
  }
}
