import Foundation
import TestSupport
import Testing

/// Review r17c: messages for the mistakes a new user makes first.
@Suite struct MessageReviewR17cTests {
  static let ratings =
    "item,coder,label\n1,gold,negative\n1,m,negative\n2,gold,positive\n2,m,neutral\n3,gold,neutral\n3,m,neutral\n"

  @Test func anUnknownLabelListsTheLabels() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(Self.ratings, "codes.csv", in: folder)
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", csv, "--reference", "gold", "--min", "per_class.neg.recall=0.7",
    ])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("labels: negative, neutral, positive"), "\(result.stderrText)")
  }

  @Test func aComparisonSignInAThresholdIsExplained() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(Self.ratings, "codes.csv", in: folder)
    let result = try TestSupport.runVerbatim(["gate", "--ratings", csv, "--min", "cohen_kappa>=0.6"])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--min already means ≥"), "\(result.stderrText)")
  }

  @Test func validateRefusesStandardInputWithAReason() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(Self.ratings, "codes.csv", in: folder)
    let result = try TestSupport.runVerbatim([
      "validate", "-", "--human", csv, "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("not standard input"), "\(result.stderrText)")
  }

  @Test func anUnknownWeightSchemeIsAUsageError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(Self.ratings, "codes.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", csv, "--weights", "cubic"])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("expected linear, quadratic or a CSV file"), "\(result.stderrText)")
  }

  /// QA review 31 (L17): a weight matrix that does not fit the categories, or holds a weight
  /// outside [0, 1], is named in the message (it said "invalid weights: row 1, column 3: …").
  @Test func aBadWeightMatrixIsNamed() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(Self.ratings, "codes.csv", in: folder)
    let wide = try ReviewFixSupport.write("1,0\n0,1\n", "two.csv", in: folder)
    let range = try ReviewFixSupport.write("1,0,2\n0,1,0\n0,0,1\n", "range.csv", in: folder)
    for (matrix, problem) in [(wide, "the matrix must be 3 × 3"), (range, "row 1, column 3")] {
      let result = try TestSupport.runVerbatim([
        "agree", "--ratings", csv, "--weights", matrix, "--categories", "negative,neutral,positive",
      ])
      #expect(result.status != 0)
      #expect(result.stderrText.contains("invalid weights: \(matrix): \(problem)"), "\(result.stderrText)")
    }
  }

  @Test func aStratumTypoListsTheFields() throws {
    let folder = try TestSupport.temporaryDirectory()
    let answers = try ReviewFixSupport.write(
      "{\"id\":\"1\",\"text\":\"a\",\"meta\":{\"channel\":\"web\"}}\n{\"id\":\"2\",\"text\":\"b\",\"meta\":{\"channel\":\"app\"}}\n",
      "answers.jsonl", in: folder)
    let result = try TestSupport.runVerbatim([
      "sample", "--input", answers, "--size", "1", "--seed", "1", "--strata", "chanel",
    ])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("(fields of the first record: id, text, channel)"), "\(result.stderrText)")
  }

  @Test func aTagThresholdWithoutTagCodesSaysWhatToAdd() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(Self.ratings, "codes.csv", in: folder)
    let export = try ReviewFixSupport.write("id,comment\n1,fine\n", "export.csv", in: folder)
    let result = try TestSupport.runVerbatim([
      "validate", export, "--human", csv, "--min", "tags.f1.micro=0.5", "--out",
      folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("tag thresholds need human tag codes"), "\(result.stderrText)")
  }
}

/// QA review 40: `import` leaves a blank CSV cell out of "meta", so `sample --strata store` stopped
/// at the first record without a store. Such records are the stratum where the field is null, and
/// a note counts them. Here 2 of 4 records have no store: strata web/null, web/Leeds, phone/Hull,
/// phone/null, each of one record.
@Suite struct SampleMissingStratumFieldTests {
  @Test func aRecordWithoutTheFieldIsInTheNullStratum() throws {
    let folder = try TestSupport.temporaryDirectory()
    let answers = try ReviewFixSupport.write(
      "{\"id\":\"1\",\"text\":\"a\",\"meta\":{\"channel\":\"web\"}}\n"
        + "{\"id\":\"2\",\"text\":\"b\",\"meta\":{\"channel\":\"web\",\"store\":\"Leeds\"}}\n"
        + "{\"id\":\"3\",\"text\":\"c\",\"meta\":{\"channel\":\"phone\",\"store\":\"Hull\"}}\n"
        + "{\"id\":\"4\",\"text\":\"d\",\"meta\":{\"channel\":\"phone\"}}\n",
      "answers.jsonl", in: folder)
    let result = try TestSupport.runVerbatim([
      "sample", "--input", answers, "--size", "4", "--seed", "1", "--strata", "channel,store",
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stderrText.contains("2 record(s) have no \"store\" field"), "\(result.stderrText)")
    #expect(result.stderrText.contains("4 stratum/strata"), "\(result.stderrText)")
    let first = try #require(try TestSupport.jsonLines(result.stdout).first)
    let stratum = try #require(first["stratum"] as? [Any])
    #expect(stratum.count == 2 && stratum[0] as? String == "web" && stratum[1] is NSNull, "\(stratum)")
  }
}
