import Foundation
import TestSupport
import Testing

/// `verbatim code`: one streaming pass, order kept, offsets on the redacted text.
@Suite struct CodeCommandTests {
  @Test func stdinFilterKeepsOrderAndCarriesFieldsThrough() throws {
    var input = ""
    for index in 0..<300 {
      input += #"{"id":"r\#(index)","text":"Waited \#(index) minutes on hold, awful","shard":\#(index % 3)}"# + "\n"
    }
    let result = try TestSupport.runVerbatim(["code", "-", "--threads", "2"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let objects = try TestSupport.jsonLines(result.stdout)
    #expect(objects.count == 300)
    #expect(objects.enumerated().allSatisfy { $1["id"] as? String == "r\($0)" && $1["shard"] as? Int == $0 % 3 })
    let first = objects[0]
    #expect((first["sentiment"] as? [String: Any])?["label"] as? String == "negative")
    let tags = try #require(first["tags"] as? [[String: Any]])
    #expect(tags.contains { $0["code"] as? String == "service.wait_time" })
  }

  /// A flat line is coded from its own bytes (`FlatJSONObject`); the same record with an escape in
  /// a carried member (`"\u0061"` for `"a"`) takes the general parser. Both must write the same line.
  /// QA review 39: a text on which a rule's regular expression runs past ICU's time limit stopped
  /// the whole run (exit 65). The rule now counts as no match there, and the summary says so.
  @Test func aRegexTimeLimitLosesNoRecord() throws {
    let text = String(repeating: "return ", count: 2300)
    let input = "{\"id\":1,\"text\":\"\(text)\"}\n{\"id\":2,\"text\":\"Waited 45 minutes on hold.\"}\n"
    let result = try TestSupport.runVerbatim(["code", "-"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try TestSupport.jsonLines(result.stdout).count == 2)
    #expect(result.stderrText.contains("in 1 text(s) a rule's regular expression gave up"), "\(result.stderrText)")
  }

  @Test func flatLinesAndParsedLinesCodeAlike() throws {
    let texts = [
      "Waited 40 minutes on hold and nobody called back",
      "Great service, but the app keeps crashing",
      "caf\u{e9} was sooo good \u{1F600}", "",
    ]
    try FlatJSONLChecks.expectFlatAndParsedAlike(
      texts, commands: [["code", "-"], ["code", "-", "--explain", "--threads", "1"]])
  }

  @Test func evidenceOffsetsReferToTheRedactedText() throws {
    let input = #"{"id":1,"text":"Email me at jane.doe@example.com, I waited 3 hours on hold"}"# + "\n"
    let result = try TestSupport.runVerbatim(["code", "-", "--redact"], input: Data(input.utf8))
    #expect(result.status == 0)
    let object = try #require(try TestSupport.jsonLines(result.stdout).first)
    let text = try #require(object["text"] as? String)
    #expect(text == "Email me at [EMAIL], I waited 3 hours on hold")
    #expect((object["redactions"] as? [String: Int])?["EMAIL"] == 1)
    let scalars = Array(text.unicodeScalars)
    for tag in object["tags"] as? [[String: Any]] ?? [] {
      for evidence in tag["evidence"] as? [[String: Any]] ?? [] {
        let start = try #require(evidence["start"] as? Int)
        let end = try #require(evidence["end"] as? Int)
        #expect(end <= scalars.count)
        let slice = String(String.UnicodeScalarView(scalars[start..<end]))
        #expect(slice.contains("wait") || slice.contains("hold") || slice.contains("hour"), "\(slice)")
      }
    }
  }

  @Test func exportIsCodedRecordForRecord() throws {
    let export = TestSupport.packageRoot.appendingPathComponent("corpora/demo/feedback-export.xml").path
    let imported = try TestSupport.runVerbatim(["import", export])
    let coded = try TestSupport.runVerbatim(["code", export, "--no-tags"])
    #expect(imported.status == 0 && coded.status == 0)
    let importedIDs = try TestSupport.jsonLines(imported.stdout).map { $0["id"] as? String }
    let codedObjects = try TestSupport.jsonLines(coded.stdout)
    #expect(codedObjects.map { $0["id"] as? String } == importedIDs)
    #expect(codedObjects.allSatisfy { $0["sentiment"] != nil && $0["tags"] == nil })
  }

  @Test func malformedStdinLineExits65() throws {
    let result = try TestSupport.runVerbatim(["code", "-"], input: Data("{\"text\":\"ok\"}\n{oops\n".utf8))
    #expect(result.status == 65)
    #expect(result.stderrText.contains("-:2:"))
  }

  /// Review r16a: the filter reads stdin as `code FILE` reads the file. A repeated "text" member is
  /// refused (it coded the first and dropped the second; Python's json reads the last), and a blank
  /// line is no record (it stopped the run with exit 65).
  @Test func stdinFilterTreatsRepeatedMembersAndBlankLinesAsTheFileReaderDoes() throws {
    let repeated = try TestSupport.runVerbatim(
      ["code", "-", "--no-tags"], input: Data(#"{"id":"b","text":"x","text":"second"}"#.utf8 + [0x0A]))
    #expect(repeated.status == 65)
    #expect(repeated.stderrText.contains("\"text\" appears twice"), "\(repeated.stderrText)")
    // QA review 32 (L1): in a nested object too, where `meta.` rules read it.
    for command in [["code", "-", "--no-tags"], ["score", "--jsonl"]] {
      let nested = try TestSupport.runVerbatim(
        command, input: Data(#"{"id":"c","text":"x","meta":{"channel":"chat","channel":"phone"}}"#.utf8 + [0x0A]))
      #expect(nested.status == 65, "\(command)")
      #expect(nested.stderrText.contains("\"channel\" appears twice in \"meta\""), "\(nested.stderrText)")
    }
    let blank = try TestSupport.runVerbatim(
      ["code", "-", "--no-tags"], input: Data("{\"id\":1,\"text\":\"a\"}\n\n  \n{\"id\":2,\"text\":\"b\"}\n".utf8))
    #expect(blank.status == 0, "\(blank.stderrText)")
    #expect(try TestSupport.jsonLines(blank.stdout).map { $0["id"] as? Int } == [1, 2])
    // QA review 14: the skipped lines are counted, so the summary adds up to the input.
    #expect(blank.stderrText.contains("coded 2 verbatims"), "\(blank.stderrText)")
    #expect(blank.stderrText.contains("2 blank line(s) skipped"), "\(blank.stderrText)")
  }

  /// QA review 14: `--id-column` (and the other export options) were accepted and ignored by the
  /// stream, whose ids then joined no human code; they are refused. `--replace-invalid` works
  /// on the stream (its reject reason advised it) and is refused for an export.
  @Test func stdinFilterRefusesExportOptionsAndRepairsInvalidUTF8() throws {
    let line = Data(#"{"respondent":"r1","text":"late"}"#.utf8 + [0x0A])
    let idColumn = try TestSupport.runVerbatim(["code", "-", "--id-column", "respondent"], input: line)
    #expect(idColumn.status == 2)
    #expect(idColumn.stderrText.contains("--id-column: only for an export file"), "\(idColumn.stderrText)")
    let invalid = Data(#"{"id":1,"text":"caf"#.utf8 + [0xE9] + Data(#"","x":1}"#.utf8) + [0x0A])
    let rejected = try TestSupport.runVerbatim(["code", "-", "--no-tags"], input: invalid)
    #expect(rejected.status == 65)
    #expect(rejected.stderrText.contains("use --replace-invalid"), "\(rejected.stderrText)")
    let repaired = try TestSupport.runVerbatim(["code", "-", "--no-tags", "--replace-invalid"], input: invalid)
    #expect(repaired.status == 0, "\(repaired.stderrText)")
    #expect(try TestSupport.jsonLines(repaired.stdout).first?["text"] as? String == "caf\u{FFFD}")
    #expect(repaired.stderrText.contains("replaced 1 invalid UTF-8 sequence(s)"), "\(repaired.stderrText)")
    let export = try TestSupport.runVerbatim(["code", "export.csv", "--replace-invalid"])
    #expect(export.status == 2)
  }
}

/// `verbatim sample --redact`: coders never see personal data.
@Suite struct SampleRedactionTests {
  @Test func sampledTextIsRedactedAndCounted() throws {
    let input = [
      #"{"id":"a","text":"Mail me at jo@example.com","channel":"web"}"#,
      #"{"id":"b","text":"Hi Sarah, card 4111 1111 1111 1111 was charged twice","channel":"web"}"#,
    ].joined(separator: "\n")
    let result = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "2", "--seed", "1", "--redact"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let objects = try TestSupport.jsonLines(result.stdout)
    #expect(objects.count == 2)
    #expect(objects[0]["text"] as? String == "Mail me at [EMAIL]")
    #expect(objects[1]["text"] as? String == "Hi [NAME], card [CARD] was charged twice")
    #expect((objects[1]["redactions"] as? [String: Int]) == ["CARD": 1, "NAME": 1])
    #expect(!result.stdoutText.contains("4111") && !result.stderrText.contains("4111"))
  }
}
