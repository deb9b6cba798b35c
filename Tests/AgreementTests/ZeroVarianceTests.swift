import Agreement
import Testing

/// When every item agrees, the analytic variances are exactly 0 in theory: the FCE (1969) non-null variance
/// of Cohen's/weighted κ at κ = 1 is Σ p_kk·1² − 1² = 0, and every term κ*_i − κ of Gwet's (2014, ch. 5)
/// linearised variance is 0. statsmodels 0.15 `cohens_kappa(np.diag([3, 1, 1, 2])).std_kappa` even returns
/// nan there (its variance is a tiny negative number), confirming that a non-zero SE is rounding residue.
/// These tables are the perfect-agreement data of review r8a issue 1, where the SEs used to be 1e-17…3e-8,
/// and the zero-width gate rule was bypassed.
@Suite struct ZeroVarianceTests {
  static let perfectSeven = [["a", "a"], ["d", "d"], ["c", "c"], ["a", "a"], ["a", "a"], ["b", "b"], ["d", "d"]]

  /// review r8a/gt/ka12.csv: 4 coders, perfect agreement, missing ratings.
  static let perfectWithMissing: [[String]] = [
    ["b", "b", "b", "b"], ["a", "a", "", "a"], ["d", "d", "d", "d"], ["b", "b", "", ""], ["d", "d", "d", "d"],
    ["a", "a", "a", ""], ["b", "b", "b", ""], ["c", "c", "", ""], ["a", "a", "a", "a"],
  ]

  static let zeroSENames: [Coefficient] = [
    .cohenKappa, .weightedKappaLinear, .weightedKappaQuadratic, .scottPi, .scottPiQuadratic, .fleissKappa,
    .gwetAC1, .brennanPrediger, .brennanPredigerQuadratic, .krippendorffAlpha, .krippendorffAlphaQuadratic,
  ]

  @Test func perfectTwoCoderAgreementHasStandardErrorExactlyZero() throws {
    let report = try AgreementReport(
      table: Fixtures.table(Self.perfectSeven, categories: ["a", "b", "c", "d"]))
    // κ = (1 − p_e)/(1 − p_e) = 1 exactly (Cohen 1960), not 0.9999999999999997.
    #expect(report.coefficients[.cohenKappa]?.value.number == 1)
    for name in Self.zeroSENames {
      let estimate = try #require(report.coefficients[name], "\(name)")
      #expect(estimate.standardError == 0, "\(name): se \(String(describing: estimate.standardError))")
      if let interval = estimate.interval95 { #expect(interval.lower == interval.upper, "\(name)") }
    }
  }

  @Test func perfectAgreementWithMissingRatingsHasStandardErrorExactlyZero() throws {
    let report = try AgreementReport(
      table: Fixtures.table(Self.perfectWithMissing, categories: ["a", "b", "c", "d"]))
    for name in [Coefficient.krippendorffAlpha, .krippendorffAlphaQuadratic, .fleissKappa, .gwetAC1, .congerKappa] {
      let estimate = try #require(report.coefficients[name], "\(name)")
      #expect(estimate.standardError == 0, "\(name): se \(String(describing: estimate.standardError))")
    }
  }

  // review r8a issue 1 (merge): two one-item shards of perfect agreement with 4 declared categories;
  // the single run's Brennan–Prediger SE is 0, so the merged one must be exactly 0 too.
  @Test func mergedPerfectAgreementHasStandardErrorExactlyZero() throws {
    let categories = ["x", "y", "z", "w"]
    var merged = try AgreementPartial(
      table: RatingTable(ratings: [("1", "a", "x"), ("1", "b", "x")], categories: categories))
    try merged.merge(
      AgreementPartial(table: RatingTable(ratings: [("2", "a", "x"), ("2", "b", "x")], categories: categories)))
    let report = try AgreementReport(merged: merged)
    let single = try AgreementReport(table: Fixtures.table([["x", "x"], ["x", "x"]], categories: categories))
    for name in [Coefficient.brennanPrediger, .brennanPredigerQuadratic, .percentAgreement, .gwetAC1] {
      #expect(single.coefficients[name]?.standardError == 0, "\(name)")
      #expect(report.coefficients[name]?.standardError == 0, "\(name)")
    }
  }

  // The rule must not swallow real variance: one disagreement among many agreements keeps a positive SE
  // (statsmodels 0.15 cohens_kappa([[10, 1], [0, 9]]).std_kappa = 0.0969794, FCE 1969).
  @Test func oneDisagreementKeepsAPositiveStandardError() throws {
    let report = try AgreementReport(table: Fixtures.pairTable([[10, 1], [0, 9]]))
    let se = try #require(report.coefficients[.cohenKappa]?.standardError)
    #expect(close(se, 0.09697938, 1e-7))
  }
}
