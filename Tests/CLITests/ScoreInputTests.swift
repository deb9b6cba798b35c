import Foundation
import TestSupport
import Testing

/// `verbatim score` input edge cases.
@Suite struct ScoreInputTests {
  /// Editors and Excel start UTF-8 files with a byte-order mark; it is not part of the first record.
  @Test func aByteOrderMarkBeforeTheFirstJSONLineIsSkipped() throws {
    let input = Data([0xEF, 0xBB, 0xBF] + Array("{\"id\":1,\"text\":\"good\"}\n{\"id\":2,\"text\":\"bad\"}\n".utf8))
    let result = try TestSupport.runVerbatim(["score", "--jsonl"], input: input)
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(result.stdout).map { $0["id"] as? Int } == [1, 2])
  }
}

/// `verbatim agree` warns when two coders share no label: exact comparison would read "Positive"
/// against "positive" as total disagreement.
@Suite struct AgreeLabelWarningTests {
  @Test func codersWithoutACommonLabelAreWarnedAbout() throws {
    let input = Data("item,coder,label\n1,a,Positive\n1,b,positive\n2,a,Negative\n2,b,negative\n".utf8)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", "-"], input: input)
    #expect(result.status == 0)
    #expect(result.stderrText.contains("share no label"))
    let same = Data("item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,x\n".utf8)
    #expect(!(try TestSupport.runVerbatim(["agree", "--ratings", "-"], input: same)).stderrText.contains("share"))
  }
}
