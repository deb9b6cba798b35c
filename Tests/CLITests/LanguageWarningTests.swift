import Foundation
import TestSupport
import Testing

/// QA review 16: French, German and Japanese answers were scored and tagged with the English
/// lexicons and codebook without a word. `score` and `code` now count them on standard error by
/// language (`LanguageHint`); the records are written as before.
@Suite struct LanguageWarningTests {
  static let input = """
    {"id":1,"text":"Die App ist super, kein Problem"}
    {"id":2,"text":"Le service client est nul, j'ai attendu une heure au téléphone."}
    {"id":3,"text":"配達が遅かったです。また買います。"}
    {"id":4,"text":"The parcel was late and the driver was rude"}

    """

  @Test func scoreAndCodeCountNonEnglishTexts() throws {
    for arguments in [["score", "--jsonl"], ["code", "-"]] {
      let result = try TestSupport.runVerbatim(arguments, input: Data(Self.input.utf8))
      #expect(result.status == 0, "\(arguments): \(result.stderrText)")
      #expect(result.stdoutText.split(separator: "\n").count == 4)
      #expect(
        result.stderrText.contains(
          "warning: 3 text(s) look like they are not in English (French 1, German 1, Japanese 1)"),
        "\(arguments): \(result.stderrText)")
    }
  }

  /// With `--lexicon -default` the lexicons are the user's own (a German one, say): no warning.
  @Test func noWarningWithoutTheShippedLexicons() throws {
    let folder = try TestSupport.temporaryDirectory()
    let lexicon = folder.appendingPathComponent("de.tsv")
    try "toll\t2.5\nschlecht\t-2.5\n".write(to: lexicon, atomically: true, encoding: .utf8)
    for command in ["score", "code"] {
      let arguments =
        (command == "score" ? ["score", "--jsonl"] : ["code", "-"]) + [
          "--lexicon", "-default", "--lexicon", lexicon.path,
        ]
      let result = try TestSupport.runVerbatim(arguments, input: Data(Self.input.utf8))
      #expect(result.status == 0, "\(result.stderrText)")
      #expect(!result.stderrText.contains("not in English"), "\(command): \(result.stderrText)")
    }
  }

  @Test func noWarningForEnglish() throws {
    let result = try TestSupport.runVerbatim(
      ["score"], input: Data("The parcel was late\nLovely staff, will come again\n".utf8))
    #expect(!result.stderrText.contains("not in English"), "\(result.stderrText)")
  }
}
