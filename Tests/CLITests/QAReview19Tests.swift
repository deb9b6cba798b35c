import Foundation
import TestSupport
import Testing

/// Findings of QA review 19 (a review of the CLI blind to the code), one test each.
@Suite(.serialized) struct QAReview19Tests {
  static let export = ValidateCommandTests.demo.appendingPathComponent("feedback-export.xml").path

  /// Finding 1: the disagreement list compared leaf codes only. The machine tags
  /// R_14QQARJr0ZMWwoJ:Q4_TEXT ("Everything basically. Delivery, prices, service.") with the
  /// top-level codes `delivery` and `price`, and R_2XcnbGvCDwBg4EF:Q3_TEXT ("It was alright") with
  /// `general`: the first was listed as "machine tags: (none)", the second (no reference tag) not at
  /// all, although level 1 counts both as errors.
  @Test func tagDisagreementsShowTopLevelCodesAndDifferencesAtEveryLevel() throws {
    let folder = try TestSupport.temporaryDirectory()
    let tags = folder.appendingPathComponent("tags.csv")
    try """
    item,coder,tag
    R_14QQARJr0ZMWwoJ:Q4_TEXT,gold,delivery.speed
    R_2XcnbGvCDwBg4EF:Q3_TEXT,gold,

    """.write(to: tags, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", Self.export, "--human", tags.path, "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let csv = try String(contentsOf: out.appendingPathComponent("disagreements.csv"), encoding: .utf8)
    let rows = csv.split(separator: "\r\n").map(String.init)
    let first = try #require(rows.first { $0.hasPrefix("R_14QQARJr0ZMWwoJ:Q4_TEXT,tags,") })
    #expect(first.hasPrefix("R_14QQARJr0ZMWwoJ:Q4_TEXT,tags,delivery.speed,delivery price,"), "\(first)")
    #expect(first.contains("delivery.speed (reference only): the machine gave only the broader delivery"), "\(first)")
    #expect(first.contains("price (machine only): "), "\(first)")
    let second = try #require(rows.first { $0.hasPrefix("R_2XcnbGvCDwBg4EF:Q3_TEXT,tags,") })
    #expect(second.hasPrefix("R_2XcnbGvCDwBg4EF:Q3_TEXT,tags,,general,"), "\(second)")
  }

  /// Finding 3: Cohen's kappa's interval `[0.378, 1.171]` read as a bug. It is the Wald interval
  /// (κ ± 1.96·se, FCE 1969 non-null SE), which SAS and statsmodels report uncut; the table now says
  /// so when a bound passes ±1. Six items, one disagreement: p_o = 5/6, p_e = 1/2, κ = 2/3.
  @Test func anIntervalPastOneIsExplained() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = folder.appendingPathComponent("k.csv")
    try "item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,y\n3,a,x\n3,b,x\n4,a,y\n4,b,x\n5,a,y\n5,b,y\n6,a,x\n6,b,x\n"
      .write(to: csv, atomically: true, encoding: .utf8)
    let json = try TestSupport.runVerbatim(["agree", "--ratings", csv.path, "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    let kappa = try #require((object["coefficients"] as? [String: Any])?["cohen_kappa"] as? [String: Any])
    #expect(abs((kappa["value"] as? Double ?? 0) - 2.0 / 3.0) < 1e-12)
    let interval = try #require(kappa["ci95"] as? [Double])
    #expect(interval[1] > 1)
    let text = try TestSupport.runVerbatim(["agree", "--ratings", csv.path])
    #expect(text.status == 0)
    #expect(text.stdoutText.contains("A 95% interval past ±1 is a two-coder (Cohen-family) Wald interval"))
    // Inside the range, no note.
    let agreeing = folder.appendingPathComponent("a.csv")
    let rows = (1...40).map { "\($0),a,\($0 % 2 == 0 ? "x" : "y")\n\($0),b,\($0 % 2 == 0 ? "x" : "y")\n" }
    try ("item,coder,label\n" + rows.joined()).write(to: agreeing, atomically: true, encoding: .utf8)
    #expect(!(try TestSupport.runVerbatim(["agree", "--ratings", agreeing.path]).stdoutText.contains("past ±1")))
  }

  /// Finding 8: human-coded ids the export does not have were called "rejected on import" in the
  /// report's coverage, though the import rejected nothing.
  @Test func itemsMissingFromTheExportAreNotCalledRejected() throws {
    let folder = try TestSupport.temporaryDirectory()
    let codes = folder.appendingPathComponent("codes.csv")
    try "item,coder,label\nR_2Z4t0psDgkvvkYi:Q3_TEXT,gold,negative\nR_nowhere:Q3_TEXT,gold,positive\n"
      .write(to: codes, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", Self.export, "--human", codes.path, "--keep-going", "--no-tags", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("human-coded items left out (the export has no such record)"))
    #expect(!html.contains("rejected on import"))
  }

  /// Finding 6: "Thanks Sarah for nothing" was positive (the lexicon's "thanks for nothing" with a
  /// name between), and `--redact` changed codes although the help says it does not: "Thanks
  /// [NAME] for nothing" read as a polite formula (neutral). The same texts now score the same with
  /// and without redaction, and the sarcastic thanks is negative either way.
  @Test func redactionLeavesTheCodesOfThanksWithANameUnchanged() throws {
    let lines = [
      "Thanks Sarah for nothing", "Thank you Tesco for nothing", "Nothing else, thanks Sarah",
      "Thanks Sarah, great job", "Thanks Sarah for losing my bag", "Thanks Sarah for sorting it so quickly",
    ]
    let input = Data(lines.enumerated().map { "{\"id\":\($0.offset),\"text\":\"\($0.element)\"}\n" }.joined().utf8)
    func compounds(_ extra: [String]) throws -> [Double] {
      let result = try TestSupport.runVerbatim(["code", "-", "--no-tags"] + extra, input: input)
      #expect(result.status == 0, "\(result.stderrText)")
      return try TestSupport.jsonLines(result.stdout).map {
        (($0["sentiment"] as? [String: Any])?["compound"] as? Double) ?? .nan
      }
    }
    let plain = try compounds([])
    let redacted = try compounds(["--redact"])
    #expect(plain == redacted)
    #expect(plain[0] < -0.05 && plain[1] < -0.05, "sarcastic thanks with a name: \(plain)")
    #expect(plain[2] == 0, "a polite formula with a name says nothing")
    #expect(plain[3] > 0.05 && plain[5] > 0.05 && plain[4] < -0.05)
  }

  /// Design remark: a human tag in another case got no hint, while the sentiment file had one.
  @Test func aHumanTagInAnotherCaseNamesTheCode() throws {
    let folder = try TestSupport.temporaryDirectory()
    let tags = folder.appendingPathComponent("tags.csv")
    try "item,coder,tag\nR_2Z4t0psDgkvvkYi:Q3_TEXT,gold,Price.Expensive\n".write(
      to: tags, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([
      "validate", Self.export, "--human", tags.path, "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 65)
    #expect(
      result.stderrText.contains(
        "tags.csv:2:32: human tag \"Price.Expensive\" is not a code of the codebook; did you mean "
          + "\"price.expensive\" (codes are case-sensitive)?"), "\(result.stderrText)")
  }

  /// Design remark: segments below the item floor showed "κ 0.000 [0.000, 0.000]" with no flag.
  /// Now segments.json and the report say the interval is a rough approximation there.
  @Test func smallSegmentsAreFlagged() throws {
    let folder = try TestSupport.temporaryDirectory()
    let demo = ValidateCommandTests.demo.appendingPathComponent("codes-sentiment.csv")
    let lines = try String(contentsOf: demo, encoding: .utf8).split(separator: "\n").map(String.init)
    // The header and the first 40 rows (a few items, each coded by up to three coders).
    let sample = folder.appendingPathComponent("codes.csv")
    try (lines.prefix(41).joined(separator: "\n") + "\n").write(to: sample, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", Self.export, "--human", sample.path, "--no-tags", "--segment", "channel", "--out", out.path,
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let json =
      try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("segments.json")))
      as? [String: Any]
    let segments = try #require(json?["segments"] as? [[String: Any]])
    #expect(!segments.isEmpty)
    for segment in segments {
      let kappa = segment["cohen_kappa"] as? [String: Any]
      #expect(
        kappa?["note"] as? String == "fewer than 30 items (--min-items): the interval is a rough approximation",
        "\(segment)")
    }
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("fewer than 30 items (--min-items): the interval is a rough approximation"))
  }
}
