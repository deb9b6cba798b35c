import Foundation
import TestSupport
import Testing

/// `agree` and `gate` with `--code-level`: taxonomy codes compared at a level of their hierarchy
/// (QA review 39: the `tag` output, parents included, could only be scored at the deepest level).
@Suite struct AgreeCodeLevelTests {
  /// Human codes at level 2 and tag output with a parent-only tag. Hand-worked at level 1: gold
  /// {billing}, {delivery}; model {billing}, {delivery}: every decision agrees (micro F1 1). As
  /// given, the model's "billing" is a false positive and "billing.refund" a miss, and
  /// "delivery.damage" against "delivery.speed" one of each: tp 0, fp 2, fn 2, F1 0.
  @Test func predictionsAreRolledUpWithTheHumanCodes() throws {
    let directory = try TestSupport.temporaryDirectory()
    let ratings = directory.appendingPathComponent("codes.csv")
    try Data("item,coder,label\n1,gold,billing.refund\n2,gold,delivery.speed\n".utf8).write(to: ratings)
    let predictions = directory.appendingPathComponent("tags.jsonl")
    try Data(
      """
      {"id":"1","tags":[{"code":"billing"}]}
      {"id":"2","tags":[{"code":"delivery.damage"}]}

      """.utf8
    ).write(to: predictions)
    let common = [
      "--ratings", ratings.path, "--multilabel", "--predictions", predictions.path, "--prediction-field", "tags",
      "--reference", "gold", "--format", "json",
    ]
    let asGiven = try TestSupport.runVerbatim(["agree"] + common)
    #expect(asGiven.status == 0, "\(asGiven.stderrText)")
    let rolled = try TestSupport.runVerbatim(["agree"] + common + ["--code-level", "1"])
    #expect(rolled.status == 0, "\(rolled.stderrText)")
    func microF1(_ stdout: Data) throws -> Double? {
      let json = try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any])
      let classification = try #require(json["classification"] as? [String: Any])
      let model = try #require(classification["model"] as? [String: Any])
      return (model["f1"] as? [String: Any])?["micro"] as? Double
    }
    #expect(try microF1(asGiven.stdout) == 0)
    #expect(try microF1(rolled.stdout) == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: rolled.stdout) as? [String: Any])
    #expect(json["code_level"] as? Int == 1)
    #expect(json["categories"] as? [String] == ["billing", "delivery"])
    // gate takes the same option.
    let gate = try TestSupport.runVerbatim(
      ["gate"] + common.filter { $0 != "--format" && $0 != "json" } + [
        "--code-level", "1", "--min", "f1.micro=0.99", "--on", "point",
      ])
    #expect(gate.status == 0, "\(gate.stdoutText)\(gate.stderrText)")
  }

  /// A codebook's explicit parent wins over the dotted prefix. (A label the codebook does not hold
  /// is an error since QA review 41: `TaxonomyUnknownCodeTests`.)
  @Test func theCodebooksParentsAreFollowed() throws {
    let directory = try TestSupport.temporaryDirectory()
    let codebook = directory.appendingPathComponent("book.yaml")
    try Data(
      """
      id: test-book
      version: 1.0.0
      tags:
        - code: money
          label: Money
          description: Anything about paying.
          rules: ['price']
        - code: billing.refund
          label: Refund
          parent: money
          description: Refunds.
          rules: ['refund']
        - code: delivery
          label: Delivery
          description: Delivery.
          rules: ['parcel']
        - code: delivery.speed
          label: Speed
          description: Slow delivery.
          rules: ['late']

      """.utf8
    ).write(to: codebook)
    let ratings = directory.appendingPathComponent("codes.csv")
    try Data("item,coder,label\n1,a,billing.refund\n1,b,money\n2,a,delivery.speed\n2,b,delivery\n".utf8).write(
      to: ratings)
    let result = try TestSupport.runVerbatim([
      "agree", "--ratings", ratings.path, "--code-level", "1", "--taxonomy", codebook.path, "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    #expect(json["categories"] as? [String] == ["delivery", "money"])
    let coefficients = try #require(json["coefficients"] as? [String: Any])
    #expect((coefficients["percent_agreement"] as? [String: Any])?["value"] as? Double == 1)
  }

  @Test func badUsesAreRefused() throws {
    let directory = try TestSupport.temporaryDirectory()
    let ratings = directory.appendingPathComponent("codes.csv")
    try Data("item,coder,label\n1,a,x.y\n1,b,x\n".utf8).write(to: ratings)
    let zero = try TestSupport.runVerbatim(["agree", "--ratings", ratings.path, "--code-level", "0"])
    #expect(zero.status == 2, "\(zero.stderrText)")
    let alone = try TestSupport.runVerbatim(["agree", "--ratings", ratings.path, "--taxonomy", "book.yaml"])
    #expect(alone.status == 2 && alone.stderrText.contains("--code-level"), "\(alone.stderrText)")
    let missing = try TestSupport.runVerbatim([
      "agree", "--ratings", ratings.path, "--code-level", "1", "--taxonomy",
      directory.appendingPathComponent("no.yaml").path,
    ])
    #expect(missing.status == 66, "\(missing.stderrText)")
    let undeclared = try TestSupport.runVerbatim([
      "agree", "--ratings", ratings.path, "--code-level", "1", "--categories", "y",
    ])
    #expect(
      undeclared.status == 65 && undeclared.stderrText.contains("label \"x\" is not among the declared categories"),
      "\(undeclared.stderrText)"
    )
  }
}

/// QA review 40: label spelling variants are warned about in multi-label mode too, and ids that
/// differ in Unicode normalisation are named as such (they were said to differ in spaces).
@Suite struct AgreeVariantWarningTests {
  @Test func multiLabelCaseVariantsAreNamed() throws {
    let csv = try TestSupport.temporaryDirectory().appendingPathComponent("tags.csv")
    try Data("item,coder,label\n1,gold,delivery.late\n1,m,Delivery.Late\n2,gold,food\n2,m,food\n".utf8).write(to: csv)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", csv.path, "--multilabel", "--reference", "gold"])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(
      result.stderrText.contains("\"Delivery.Late\", \"delivery.late\" differ only in case"), "\(result.stderrText)")
  }

  @Test func normalisationVariantsOfIdsAreNamed() throws {
    let csv = try TestSupport.temporaryDirectory().appendingPathComponent("codes.csv")
    try Data("item,coder,label\ncaf\u{E9}-1,a,x\ncafe\u{301}-1,b,x\n2,a,y\n2,b,y\n".utf8).write(to: csv)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", csv.path])
    #expect(result.stderrText.contains("Unicode normalisation"), "\(result.stderrText)")
  }
}

/// QA review 40: `gate --predictions` failed nothing when the predictions covered 1 of 60 rated
/// items. Here they cover 1 of 3 (coverage 1/3), below the default floor of 1.
@Suite struct GatePredictionCoverageTests {
  @Test func predictionsThatMissRatedItemsFailTheGate() throws {
    let directory = try TestSupport.temporaryDirectory()
    let ratings = directory.appendingPathComponent("codes.csv")
    try Data("item,coder,label\n1,gold,a\n2,gold,b\n3,gold,a\n".utf8).write(to: ratings)
    let predictions = directory.appendingPathComponent("tags.jsonl")
    try Data("{\"id\":\"1\",\"tags\":[{\"code\":\"a\"}]}\n".utf8).write(to: predictions)
    let junit = directory.appendingPathComponent("gate.xml")
    let common = [
      "gate", "--ratings", ratings.path, "--multilabel", "--reference", "gold", "--predictions", predictions.path,
      "--prediction-field", "tags", "--min", "f1.micro=0.9",
    ]
    let strict = try TestSupport.runVerbatim(common + ["--junit", junit.path])
    #expect(strict.status == 1, "\(strict.stdoutText)\(strict.stderrText)")
    #expect(strict.stdoutText.contains("FAIL predictions.model.coverage = 0.3333 < minimum 1"), "\(strict.stdoutText)")
    let xml = try String(contentsOf: junit, encoding: .utf8)
    #expect(xml.contains("failures=\"1\"") && xml.contains("predictions.model.coverage"), "\(xml)")
    let lowered = try TestSupport.runVerbatim(common + ["--min-coverage", "0.3"])
    #expect(lowered.status == 0, "\(lowered.stdoutText)\(lowered.stderrText)")
    let off = try TestSupport.runVerbatim(common + ["--min-coverage", "0"])
    #expect(off.status == 0 && !off.stdoutText.contains("coverage"), "\(off.stdoutText)")
    let bad = try TestSupport.runVerbatim(common + ["--min-coverage", "2"])
    #expect(bad.status == 2, "\(bad.stderrText)")
  }
}
