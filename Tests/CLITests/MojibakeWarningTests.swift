import Foundation
import TestSupport
import Testing

/// Answers garbled by a legacy encoding ("donâ€™t" for "don’t") are scored as the answers they
/// garble, and `score` and `code` say how many there were, so that the export can be fixed; the
/// records keep their text as read. HTML character references are read silently: they are how
/// web forms store text, not damage.
@Suite struct MojibakeWarningTests {
  static let input = """
    {"id":1,"text":"I donâ€™t like it"}
    {"id":2,"text":"The cafÃ© was lovely"}
    {"id":3,"text":"The fit wasn&#39;t good"}
    {"id":4,"text":"Plain text, nothing to repair"}

    """

  @Test func scoreAndCodeCountTextsWithMojibake() throws {
    for arguments in [["score", "--jsonl"], ["code", "-"]] {
      let result = try TestSupport.runVerbatim(arguments, input: Data(Self.input.utf8))
      #expect(result.status == 0, "\(arguments): \(result.stderrText)")
      let lines = result.stdoutText.split(separator: "\n")
      #expect(lines.count == 4)
      #expect(result.stderrText.contains("warning: 2 text(s) hold mojibake"), "\(arguments): \(result.stderrText)")
      // The texts are written as they were read, and scored as repaired.
      #expect(lines[0].contains(#""text":"I donâ€™t like it""#))
      #expect(lines[0].contains(#""label":"negative""#), "\(lines[0])")
      #expect(lines[2].contains(#""label":"negative""#), "\(lines[2])")
    }
  }

  @Test func noWarningWithoutMojibake() throws {
    let input = #"{"id":1,"text":"Café, crème brûlée and Fish &amp; chips"}"# + "\n"
    let result = try TestSupport.runVerbatim(["score", "--jsonl"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(!result.stderrText.contains("mojibake"), "\(result.stderrText)")
  }
}
