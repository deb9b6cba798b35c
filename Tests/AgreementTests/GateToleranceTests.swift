import Agreement
import Testing

/// A metric equal to its minimum meets it, whatever the last bits of the floating-point sum.
@Suite struct GateToleranceTests {
  /// Six items, two coders, three categories: p_o = 4/6 and p_e = 12/36, so κ = (4/6 − 1/3)/(1 − 1/3) = 1/2
  /// exactly (scikit-learn's `cohen_kappa_score` returns 0.5 on these ratings); the sums here give
  /// 0.49999999999999994. Brennan–Prediger is (4/6 − 1/3)/(2/3) = 1/2 as well.
  static let ratings = [
    ["neg", "neg"], ["neu", "pos"], ["pos", "pos"], ["neg", "neu"], ["neu", "neu"], ["pos", "pos"],
  ]

  @Test func aValueEqualToTheMinimumPasses() throws {
    let json = try AgreementReport(table: Fixtures.table(Self.ratings)).json()
    let checks = try DeploymentGate.evaluate(
      report: json,
      thresholds: [
        GateThreshold(metric: "cohen_kappa", minimum: 0.5), GateThreshold(metric: "brennan_prediger", minimum: 0.5),
      ], basis: .point)
    let details = checks.map(\.detail)
    #expect(checks.allSatisfy { $0.passed }, "\(details)")
  }

  @Test func aValueJustBelowTheMinimumFailsAndSaysSoInFull() throws {
    let json = try AgreementReport(table: Fixtures.table(Self.ratings)).json()
    let checks = try DeploymentGate.evaluate(
      report: json, thresholds: [GateThreshold(metric: "cohen_kappa", minimum: 0.500_001)], basis: .point)
    #expect(checks.first?.passed == false)
    // Never "0.5 < minimum 0.5": a failing value that rounds to the minimum is printed in full.
    let detail = checks.first?.detail ?? ""
    #expect(!detail.contains("= 0.5 "), "\(detail)")
    #expect(DeploymentGate.meets(0.5 - 1e-13, 0.5))
    #expect(!DeploymentGate.meets(0.5 - 1e-9, 0.5))
  }
}
