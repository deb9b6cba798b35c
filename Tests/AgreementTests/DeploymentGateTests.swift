import Agreement
import Testing

@Suite struct DeploymentGateTests {
  func report(reference: Bool = false) throws -> AgreementReport {
    var options = AgreementOptions()
    if reference { options.reference = "c1" }
    return try AgreementReport(table: Fixtures.pairTable([[0, 4, 1], [0, 8, 0], [0, 1, 5]]), options: options)
  }

  // κ = 0.4842 with Wald CI (0.2137, 0.7547) (SAS example): passes 0.45 on the point, fails it on ci-lower.
  @Test func pointVersusLowerBound() throws {
    let json = try report().json()
    let threshold = GateThreshold(metric: "cohen_kappa", minimum: 0.45)
    #expect(try DeploymentGate.evaluate(report: json, thresholds: [threshold], basis: .point).allSatisfy(\.passed))
    let lower = try DeploymentGate.evaluate(report: json, thresholds: [threshold], basis: .ciLower)
    #expect(lower.first?.passed == false)
    #expect(lower.first?.detail.contains("0.2137") == true)
  }

  /// Two items that agree give κ = 1 with SE 0, so the Wald interval is [1, 1]; its lower bound
  /// must not pass a ci-lower gate (issue 3: "a small sample cannot pass by luck"). The point
  /// gate still passes.
  @Test func aZeroWidthIntervalNeverPassesTheLowerBoundGate() throws {
    let json = try AgreementReport(table: Fixtures.pairTable([[1, 0], [0, 1]]), options: AgreementOptions()).json()
    let threshold = GateThreshold(metric: "cohen_kappa", minimum: 0.5)
    #expect(try DeploymentGate.evaluate(report: json, thresholds: [threshold], basis: .point).allSatisfy(\.passed))
    let lower = try DeploymentGate.evaluate(report: json, thresholds: [threshold], basis: .ciLower)
    #expect(lower.first?.passed == false)
    #expect(lower.first?.detail.contains("zero width") == true)
  }

  /// `intervalNeedsBootstrap` lets `validate` refuse `--on ci-lower` without `--bootstrap` before
  /// any work (QA review 16). It must name exactly the metrics a report without bootstrap leaves
  /// without an interval (here with a label that holds a dot, as tag codes do).
  @Test func intervalNeedsBootstrapMatchesTheReport() throws {
    var options = AgreementOptions()
    options.reference = "gold"
    let table = try Fixtures.table(
      [["a.x", "a.x"], ["b", "b"], ["a.x", "b"], ["b", "b"], ["a.x", "a.x"], ["b", "a.x"]],
      coders: ["gold", "model"])
    let metrics = try #require(try AgreementReport(table: table, options: options).classification.first)
    #expect(!metrics.scalars.isEmpty)
    for (path, _) in metrics.scalars {
      #expect(DeploymentGate.intervalNeedsBootstrap(path) == (metrics.intervals[path] == nil), "\(path)")
      for prefix in ["classification.model.", "tags.", "tags.level_2."] {
        #expect(DeploymentGate.intervalNeedsBootstrap(prefix + path) == (metrics.intervals[path] == nil))
      }
    }
    #expect(!DeploymentGate.intervalNeedsBootstrap("cohen_kappa"))
    #expect(DeploymentGate.intervalNeedsBootstrap("hamming_loss"))
    #expect(!DeploymentGate.intervalNeedsBootstrap("subset_accuracy"))
  }

  @Test func classificationPathsAndUsageErrors() throws {
    let json = try report(reference: true).json()
    let checks = try DeploymentGate.evaluate(
      report: json,
      thresholds: [
        try GateThreshold(parsing: "accuracy=0.5"), try GateThreshold(parsing: "per_class.c2.recall=0.9"),
        try GateThreshold(parsing: "classification.c2.f1.macro=0.1"),
      ], basis: .point)
    #expect(checks.map(\.passed) == [true, false, true])  // accuracy 13/19; recall of c2 = 5/6
    #expect(throws: AgreementError.self) {
      try DeploymentGate.evaluate(
        report: json, thresholds: [GateThreshold(metric: "no_such", minimum: 0)], basis: .point)
    }
    #expect(throws: AgreementError.self) { try GateThreshold(parsing: "cohen_kappa") }
    // QA review 16: a minimum no metric can reach (or a maximum none can stay under) is a typo.
    #expect(throws: AgreementError.self) { try GateThreshold(parsing: "cohen_kappa=1.5") }
    #expect(throws: AgreementError.self) { try GateThreshold(parsing: "hamming_loss=-1.5", maximum: true) }
    #expect(try GateThreshold(parsing: "cohen_kappa=1").minimum == 1)
    // QA review 32 (L5): a bound that always holds gates nothing, and a threshold is a decimal
    // number (Double("0x1p-1") is 0.5).
    #expect(throws: AgreementError.self) { try GateThreshold(parsing: "cohen_kappa=-1.5") }
    #expect(throws: AgreementError.self) { try GateThreshold(parsing: "hamming_loss=1.5", maximum: true) }
    #expect(try GateThreshold(parsing: "cohen_kappa=-1").minimum == -1)
    for text in ["cohen_kappa=0x1p-1", "cohen_kappa=nan", "cohen_kappa=.", "cohen_kappa=1e", "cohen_kappa= 0.5"] {
      #expect(throws: AgreementError.self, "\(text)") { try GateThreshold(parsing: text) }
    }
    for (text, value) in [("cohen_kappa=.5", 0.5), ("cohen_kappa=+0.7", 0.7), ("cohen_kappa=5e-1", 0.5)] {
      #expect(try GateThreshold(parsing: text).minimum == value)
    }
    let xml = DeploymentGate.junitXML(checks)
    #expect(xml.contains("failures=\"1\" errors=\"0\""))
    #expect(xml.contains("<failure message="))
    // QA review 41: a passing case carries its value and bound too, in <system-out>.
    for check in checks where check.passed {
      #expect(xml.contains("<system-out>\(check.detail)</system-out>"), "\(xml)")
    }
    #expect(checks.contains { $0.passed })
    // QA review 16: a threshold whose interval the command line did not ask for (macro F1 has no
    // analytic interval; --bootstrap gives one) is a set-up error, reported as a JUnit <error>.
    let needsInterval = try DeploymentGate.evaluate(
      report: json, thresholds: [try GateThreshold(parsing: "f1.macro=0.1")], basis: .ciLower)
    #expect(needsInterval.allSatisfy { $0.needsInterval })
    let errorXML = DeploymentGate.junitXML(needsInterval)
    #expect(errorXML.contains("failures=\"0\" errors=\"\(needsInterval.count)\""), "\(errorXML)")
    #expect(errorXML.contains("<error message=") && !errorXML.contains("<failure"))
  }

  @Test func undefinedValueFailsTheGate() throws {
    let table = try Fixtures.table([["x", "x"], ["x", "x"]])
    let json = try AgreementReport(table: table).json()
    let checks = try DeploymentGate.evaluate(
      report: json, thresholds: [GateThreshold(metric: "cohen_kappa", minimum: 0)], basis: .point)
    #expect(checks.first?.passed == false)
  }
}
