import Foundation
import TestSupport
import Testing

/// `taxonomy diff --corpus` tags each record as `tag` does: rules with `meta.` conditions read the
/// JSONL record's fields, and rules with `QUESTION(…)` read the question named by `--question-field`
/// or `--question`. Before, both were always false in diff, so a release that adds such rules showed
/// no impact at all. The codebooks and answers are written for this test.
@Suite struct TaxonomyDiffRecordTests {
  private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  private func codebooks() throws -> (old: String, new: String, folder: URL) {
    let folder = try TestSupport.temporaryDirectory()
    let old = try write(
      """
      id: x
      version: 1.0.0
      tags:
        - {code: refund, label: Refund, description: d, rules: ['refund']}
      """, "old.yaml", in: folder)
    let new = try write(
      """
      id: x
      version: 1.1.0
      tags:
        - {code: refund, label: Refund, description: d, rules: ['refund']}
        - {code: phone, label: Phone, description: d, rules: ['meta.channel = phone AND (wait OR waited)']}
        - {code: again, label: Again, description: d, rules: ['QUESTION(again) AND (yes OR no)']}
      """, "new.yaml", in: folder)
    return (old, new, folder)
  }

  @Test func aCorpusImpactReadsMetadataAndTheQuestion() throws {
    let (old, new, folder) = try codebooks()
    let corpus = try write(
      #"{"id":"r1","text":"We waited an hour","channel":"phone","q":"Would you come again?"}"# + "\n"
        + #"{"id":"r2","text":"We waited an hour","meta":{"channel":"chat"},"q":"Would you come again?"}"# + "\n"
        + #"{"id":"r3","text":"No","q":"Would you come again?"}"# + "\n"
        + #"{"id":"r4","text":"No","q":"What did you buy?"}"# + "\n",
      "corpus.jsonl", in: folder)
    let result = try TestSupport.runVerbatim([
      "taxonomy", "diff", old, new, "--corpus", corpus, "--jsonl", "--question-field", "q",
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText.contains("impact: phone: +1 -0 (gained: ids r1)"), "\(result.stdoutText)")
    #expect(result.stdoutText.contains("impact: again: +1 -0 (gained: ids r3)"), "\(result.stdoutText)")
    #expect(result.stdoutText.contains("impact: 2 of 4 verbatims change tags"), "\(result.stdoutText)")
    // Without a question the QUESTION rule holds nowhere; the metadata rule still does.
    let unasked = try TestSupport.runVerbatim(["taxonomy", "diff", old, new, "--corpus", corpus, "--jsonl"])
    #expect(unasked.stdoutText.contains("impact: 1 of 4 verbatims change tags"), "\(unasked.stdoutText)")
    // One question for every line of a plain-text corpus.
    let plain = try write("No\nrefund please\n", "plain.txt", in: folder)
    let fixed = try TestSupport.runVerbatim([
      "taxonomy", "diff", old, new, "--corpus", plain, "--question", "Will you shop with us again?",
    ])
    #expect(fixed.stdoutText.contains("impact: again: +1 -0 (gained: ids 1)"), "\(fixed.stdoutText)")
  }

  @Test func theQuestionOptionsNeedACorpus() throws {
    let (old, new, _) = try codebooks()
    let result = try TestSupport.runVerbatim(["taxonomy", "diff", old, new, "--question", "Why?"])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("add --corpus"))
  }
}
