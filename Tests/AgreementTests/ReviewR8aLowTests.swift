import Agreement
import Testing
import VerbatimCore

/// Review r8a, low-severity findings 11–16 (each test names its issue).
@Suite struct ReviewR8aLowTests {
  // Issue 11: coders "3", "1", "2" (in order of appearance); "1" and "2" always say x, so their pair has
  // p_e = 1 and Cohen's κ is 0/0 (Cohen 1960). The reason must name them, not their positions 2 and 3.
  @Test func lightKappaReasonNamesTheCoders() throws {
    let table = try Fixtures.table([["x", "x", "x"], ["y", "x", "x"], ["y", "x", "x"]], coders: ["3", "1", "2"])
    let reason = try #require(try AgreementReport(table: table).coefficients[.lightKappa]?.value.reason)
    #expect(reason.contains("coders \"1\" and \"2\""), "\(reason)")
  }

  // Issue 12: the same shard merged twice is refused; two shards with the same sums but different items
  // (one agreeing item each) still merge.
  @Test func theSameShardTwiceIsRefused() throws {
    let first = try AgreementPartial(table: RatingTable(ratings: [("1", "a", "x"), ("1", "b", "x")]))
    let second = try AgreementPartial(table: RatingTable(ratings: [("2", "a", "x"), ("2", "b", "x")]))
    var twice = first
    #expect(throws: AgreementError.self) { try twice.merge(first) }
    var copy = first
    #expect(throws: AgreementError.self) {
      try copy.merge(AgreementPartial(json: first.json(), source: "copy.json"))
    }
    var merged = first
    try merged.merge(second)
    #expect(merged.statistics.items == 2)
    #expect(merged.itemSets.count == 2)
  }

  // Review r16b: after --merge, a pair that shares fewer than 2 items keeps its se_reason (it was
  // dropped: the merged output had neither se nor reason); and with one item Fleiss' se0 is withheld
  // like every other SE (it was reported).
  @Test func mergedPairWithTooFewSharedItemsExplainsItsMissingSE() throws {
    let first = try AgreementPartial(
      table: RatingTable(ratings: [("1", "a", "x"), ("1", "b", "y")], categories: ["x", "y"]))
    var merged = first
    try merged.merge(
      AgreementPartial(table: RatingTable(ratings: [("2", "a", "x"), ("3", "b", "y")], categories: ["x", "y"])))
    let report = try AgreementReport(merged: merged)
    let kappa = try #require(report.coefficients[.cohenKappa])
    #expect(kappa.standardError == nil)
    #expect(kappa.standardErrorReason?.contains("at least 2 items") == true)
    let single = try AgreementReport(table: Fixtures.table([["x", "y", "x"]], categories: ["x", "y"]))
    #expect(single.coefficients[.fleissKappa]?.nullStandardError == nil)
  }

  // Issue 13: with one item, SEs need n − 1 > 0 (agreement-conventions: "One item: SEs need n−1 > 0 →
  // undefined"); the missing se now carries se_reason.
  @Test func oneItemExplainsTheMissingStandardErrors() throws {
    let report = try AgreementReport(table: Fixtures.table([["x", "y"]]))
    for name in [Coefficient.cohenKappa, .percentAgreement, .percentAgreementPair] {
      let estimate = try #require(report.coefficients[name], "\(name)")
      #expect(estimate.standardError == nil)
      #expect(estimate.standardErrorReason?.contains("at least 2 items") == true, "\(name)")
    }
  }

  // Issue 14: a coder with no item in common with the reference: every metric is 0/0 (scikit-learn raises
  // on empty input); JSON null with a reason, never a fabricated accuracy 0.0.
  @Test func coderWithoutCommonItemsHasUndefinedMetrics() throws {
    let table = try RatingTable(ratings: [
      ("1", "gold", "a"), ("1", "m", "a"), ("2", "gold", "b"), ("2", "m", "b"), ("3", "z", "a"), ("4", "z", "b"),
    ])
    var options = AgreementOptions()
    options.reference = "gold"
    let json = try AgreementReport(table: table, options: options).json()
    let z = try #require(json["classification"]?["z"])
    #expect(z["accuracy"] == .null)
    #expect(z["f1"]?["macro"] == .null)
    #expect(z["reason"]?.stringValue?.contains("no item in common") == true)
    #expect(json["classification"]?["m"]?["accuracy"]?.doubleValue == 1)
    let checks = try DeploymentGate.evaluate(
      report: json, thresholds: [GateThreshold(metric: "classification.z.accuracy", minimum: 0.5)], basis: .point)
    #expect(checks.map(\.passed) == [false])
    #expect(checks.first?.detail.contains("no item in common") == true)
  }

  // Issue 15: threshold names are checked without a report (validate calls this before coding).
  @Test func thresholdNamesAreCheckedWithoutAReport() throws {
    try DeploymentGate.checkName(GateThreshold(metric: "cohen_kappa", minimum: 0.6))
    try DeploymentGate.checkName(GateThreshold(metric: "classification.machine.f1.macro", minimum: 0.6))
    try DeploymentGate.checkName(GateThreshold(metric: "per_class.negative.recall", minimum: 0.6))
    try DeploymentGate.checkName(GateThreshold(metric: "hamming_loss", maximum: 0.1))
    #expect(throws: AgreementError.self) { try DeploymentGate.checkName(GateThreshold(metric: "bogus", minimum: 1)) }
    #expect(throws: AgreementError.self) {
      try DeploymentGate.checkName(GateThreshold(metric: "hamming_loss", minimum: 0.1))
    }
  }

  // Issue 16: the human tag file documented for `validate --human` (item,coder,tag) is read by agree too.
  @Test func tagColumnIsTheLabelColumn() throws {
    let bytes = Array("item,coder,tag\n1,a,x\n1,b,x\n2,a,y\n2,b,\n".utf8)
    let format = try RatingsFormat.detectChecked(path: "tags.csv", bytes: bytes)
    #expect(format == .long)
    let table = try RatingsReader.multiLabelTable(
      bytes: bytes, source: "tags.csv", format: format, categories: nil, predictions: [])
    #expect(table.categories == ["x", "y"])
    #expect(table.labels(item: 1, coder: 1) == [])
  }
}
