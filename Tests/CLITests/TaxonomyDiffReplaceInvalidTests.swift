import Foundation
import TestSupport
import Testing

@Suite struct TaxonomyDiffReplaceInvalidTests {
  /// `taxonomy diff --corpus` said "use --replace-invalid" for an invalid line (review h43 B1), an
  /// option diff did not have; it has it now, as the other text commands do.
  @Test func diffTakesTheReplaceInvalidItsHintNames() throws {
    let codebook = TestSupport.packageRoot.appendingPathComponent("taxonomies/customer-feedback.yaml").path
    let corpus = try TestSupport.temporaryDirectory().appendingPathComponent("c.txt")
    try Data(Array("refund never came ".utf8) + [0xFF, 0x0A]).write(to: corpus)
    let refused = try TestSupport.runVerbatim(["taxonomy", "diff", codebook, codebook, "--corpus", corpus.path])
    #expect(refused.status == 65)
    #expect(refused.stderrText.contains("use --replace-invalid"))
    let replaced = try TestSupport.runVerbatim([
      "taxonomy", "diff", codebook, codebook, "--corpus", corpus.path, "--replace-invalid",
    ])
    #expect(replaced.status == 0, "\(replaced.stderrText)")
    #expect(replaced.stdoutText.contains("impact: 0 of 1 verbatims change tags"), "\(replaced.stdoutText)")
    #expect(replaced.stderrText.contains("replaced 1 invalid UTF-8 sequence(s)"))
  }
}
