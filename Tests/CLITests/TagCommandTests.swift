import Foundation
import TestSupport
import Testing

@Suite struct TagCommandTests {
  @Test func plainLinesGetTagsWithEvidenceAndACoverageLine() throws {
    let input = "Waited 45 minutes on hold.\nnothing here\n"
    let result = try TestSupport.runVerbatim(["tag"], input: Data(input.utf8))
    #expect(result.status == 0)
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.count == 2)
    #expect(records[0]["id"] as? Int == 1)
    let tags = try #require(records[0]["tags"] as? [[String: Any]])
    #expect(tags.map { $0["code"] as? String } == ["service.wait_time"])
    let evidence = try #require(tags[0]["evidence"] as? [[String: Any]])
    // "Waited 45 minutes" = code points 0..<17; "on hold" = 18..<25.
    #expect(evidence.map { [$0["start"] as? Int, $0["end"] as? Int] } == [[0, 17], [18, 25]])
    #expect(evidence.allSatisfy { ($0["rule"] as? String)?.hasPrefix("service.wait_time#") == true })
    #expect((records[1]["tags"] as? [Any])?.isEmpty == true)
    #expect(result.stderrText.contains("coverage: 1 of 2 verbatims tagged (50.0%)"))
  }

  /// QA review 39: a null or empty text was counted as an untagged verbatim with no note; now the
  /// count is named (the record is still written, with "tags": []).
  @Test func emptyAndNullTextsAreNamed() throws {
    let input =
      "{\"id\":1,\"text\":null}\n{\"id\":2,\"text\":\"  \"}\n"
      + "{\"id\":3,\"text\":\"Waited 45 minutes on hold.\"}\n"
    let result = try TestSupport.runVerbatim(["tag", "--jsonl"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(try TestSupport.jsonLines(result.stdout).count == 3)
    #expect(result.stderrText.contains("2 text(s) were empty, null or only spaces"), "\(result.stderrText)")
    #expect(result.stderrText.contains("coverage: 1 of 3 verbatims tagged"))
  }

  /// QA review 39: 16 KB of "return " made a shipped rule's regular expression run past ICU's time
  /// limit, and the whole run stopped (exit 65) on that one record. The pattern now counts as no
  /// match there, every record is written, and a warning says how many texts it affected.
  @Test func aRegexTimeLimitLosesNoRecord() throws {
    let input = String(repeating: "return ", count: 2300) + "\nWaited 45 minutes on hold.\n"
    let result = try TestSupport.runVerbatim(["tag", "--no-sentiment"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.count == 2)
    #expect((records[1]["tags"] as? [[String: Any]])?.map { $0["code"] as? String } == ["service.wait_time"])
    #expect(result.stderrText.contains("warning: in 1 text(s) a rule's regular expression gave up"))
  }

  @Test func jsonlCarriesFieldsImpliesParentsAndReadsMetadata() throws {
    let directory = try TestSupport.temporaryDirectory()
    let book = directory.appendingPathComponent("book.yaml")
    try """
    id: cli
    version: 1.0.0
    tags:
      - {code: contact, label: Contact, rules: ['zzz']}
      - {code: contact.phone, label: Phone, rules: ['refund AND meta.channel = phone']}
    """.write(to: book, atomically: true, encoding: .utf8)
    let input = """
      {"id": "a", "text": "Refund please", "channel": "phone", "x": [1]}
      {"id": "b", "text": "Refund please", "meta": {"channel": "email"}}
      """
    let result = try TestSupport.runVerbatim(
      ["tag", "--taxonomy", book.path, "--jsonl", "--imply-parents"], input: Data(input.utf8))
    #expect(result.status == 0)
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.map { $0["id"] as? String } == ["a", "b"])
    #expect((records[0]["x"] as? [Int]) == [1])
    let tags = try #require(records[0]["tags"] as? [[String: Any]])
    #expect(tags.map { $0["code"] as? String } == ["contact", "contact.phone"])
    #expect(tags[0]["implied"] as? Bool == true && tags[1]["implied"] == nil)
    #expect((records[1]["tags"] as? [Any])?.isEmpty == true)
  }

  /// A flat line is tagged from its own bytes (`FlatJSONObject`); the same record with an escape in
  /// a carried member (`"\u0061"` for `"a"`) takes the general parser. Both must write the same line.
  @Test func flatLinesAndParsedLinesTagAlike() throws {
    let texts = [
      "Waited 45 minutes on hold and the app keeps crashing", "The refund was quick, staff were lovely",
      "caf\u{e9} delivery late again \u{1F621}", "",
    ]
    try FlatJSONLChecks.expectFlatAndParsedAlike(
      texts, commands: [["tag", "--jsonl"], ["tag", "--jsonl", "--threads", "1", "--no-sentiment"]])
  }

  @Test func outputIsDeterministic() throws {
    let input = Data("The app crashed and the refund is late.\nGreat staff, dirty store.\n".utf8)
    let first = try TestSupport.runVerbatim(["tag", "--imply-parents"], input: input)
    let second = try TestSupport.runVerbatim(["tag", "--imply-parents"], input: input)
    #expect(first.status == 0 && first.stdout == second.stdout)
  }

  @Test func oneAndTwoThreadsGiveTheSameOutputAndCoverage() throws {
    // 3,000 lines: several batches, so the two threads interleave chunks.
    let lines = (0..<3000).map { index in
      ["The app crashed again \(index)", "refund still missing", "lovely staff", "nothing to see"][index % 4]
    }
    let input = Data((lines.joined(separator: "\n") + "\n").utf8)
    let one = try TestSupport.runVerbatim(["tag", "--threads", "1"], input: input)
    let two = try TestSupport.runVerbatim(["tag", "--threads", "2"], input: input)
    #expect(one.status == 0 && two.status == 0)
    #expect(one.stdout == two.stdout)
    #expect(one.stderrText == two.stderrText)
    #expect(one.stderrText.contains("of 3000 verbatims tagged"), "\(one.stderrText)")
    #expect(try TestSupport.jsonLines(two.stdout).count == 3000)
  }

  @Test func minEvidenceDropsWeaklySupportedTags() throws {
    let input = Data("Refund.\nRefund, refund!\n".utf8)
    let result = try TestSupport.runVerbatim(["tag", "--min-evidence", "2"], input: input)
    let records = try TestSupport.jsonLines(result.stdout)
    #expect((records[0]["tags"] as? [Any])?.isEmpty == true)
    #expect(((records[1]["tags"] as? [[String: Any]])?.map { $0["code"] as? String }) == ["billing.refund"])
    #expect(try TestSupport.runVerbatim(["tag", "--min-evidence", "0"], input: input).status == 2)
  }

  @Test func badCodebooksAndInputsFailWithLocationsAndNoText() throws {
    let directory = try TestSupport.temporaryDirectory()
    let book = directory.appendingPathComponent("bad.yaml")
    try "id: b\nversion: 1\ntags:\n  - code: a\n    rules: ['refund AND']\n".write(
      to: book, atomically: true, encoding: .utf8)
    let bad = try TestSupport.runVerbatim(["tag", "--taxonomy", book.path], input: Data("x\n".utf8))
    #expect(bad.status == 65)
    #expect(bad.stderrText.contains("bad.yaml:5:24: rule syntax error: expected a term"))
    let missing = try TestSupport.runVerbatim(["tag", "--taxonomy", "/nonexistent.yaml"], input: Data())
    #expect(missing.status == 66)
    let secret = "my secret refund text"
    let broken = try TestSupport.runVerbatim(["tag", "--jsonl"], input: Data("{\"text\": \"\(secret)\"\n".utf8))
    #expect(broken.status == 65 && broken.stderrText.contains("-:1:") && !broken.stderrText.contains(secret))
  }
}

/// Per-tag (aspect) sentiment comes from the sentences that matched each tag.
@Suite struct TagAspectSentimentTests {
  @Test func eachTagGetsTheSentimentOfItsOwnSentences() throws {
    let result = try TestSupport.runVerbatim(
      ["tag"], input: Data("The app keeps crashing. But the delivery was quick and the driver lovely\n".utf8))
    #expect(result.status == 0)
    let object = try #require(try TestSupport.jsonLines(result.stdout).first)
    let tags = try #require(object["tags"] as? [[String: Any]])
    func label(_ code: String) -> String? {
      (tags.first { $0["code"] as? String == code }?["sentiment"] as? [String: Any])?["label"] as? String
    }
    #expect(label("digital.app") == "negative")
    #expect(label("delivery.speed") == "positive")
    let without = try TestSupport.runVerbatim(["tag", "--no-sentiment"], input: Data("The app keeps crashing\n".utf8))
    #expect(!without.stdoutText.contains("\"sentiment\""))
  }
}
