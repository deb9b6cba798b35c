import Agreement
import Testing

@Suite struct TwoCoderCoefficientTests {
  // SAS PROC FREQ printout for the 3 × 3 table [[0,4,1],[0,8,0],[0,1,5]], reproduced in statsmodels'
  // test_inter_rater.py (TestUnweightedCohens): κ = 0.4842, ASE 0.1380, CI (0.2137, 0.7547), ASE under
  // H0 0.1484 — the Fleiss, Cohen & Everitt (1969) non-null and null standard errors.
  // QA review 34: on a lopsided table the FCE null SE's bracket, Σ p_k. p_.l (w_kl − w̄_k. − w̄_.l)² − p_e²,
  // is a difference of two numbers near 1 and lost every digit: [[300000, 1], [0, 1]] gave se0 = 0
  // (z = κ/se0 infinite). Reference: the same formula in exact rational arithmetic (Python
  // fractions.Fraction, then one square root in float64): se0 = 0.0017213192376340618, for all three
  // weightings (with two categories linear and quadratic weights are the identity).
  @Test func nullStandardErrorKeepsItsDigitsOnALopsidedTable() throws {
    let report = try AgreementReport(table: Fixtures.pairTable([[300_000, 1], [0, 1]]))
    for name in [Coefficient.cohenKappa, .weightedKappaLinear, .weightedKappaQuadratic] {
      let se0 = try #require(report.coefficients[name]?.nullStandardError, "\(name)")
      #expect(abs(se0 / 0.0017213192376340618 - 1) < 1e-9, "\(name): \(se0)")
    }
  }

  @Test func cohenKappaWithFCEStandardErrors() throws {
    let report = try AgreementReport(table: Fixtures.pairTable([[0, 4, 1], [0, 8, 0], [0, 1, 5]]))
    let kappa = try #require(report.coefficients[.cohenKappa])
    #expect(close(kappa.value.number, 0.4842, 5e-5))
    #expect(close(kappa.standardError, 0.1380, 5e-5))
    #expect(close(kappa.interval95?.lower, 0.2137, 5e-5))
    #expect(close(kappa.interval95?.upper, 0.7547, 5e-5))
    #expect(close(kappa.nullStandardError, 0.1484, 5e-5))
    // Cohen (1960): se_simple = √(p_o(1 − p_o) / (N (1 − p_e)²)), p_o = 13/19, p_e = 98/361.
    // Row marginals (5, 8, 6), column marginals (0, 13, 6): p_e = (0·5 + 13·8 + 6·6)/361.
    let po: Double = 13.0 / 19
    let pe: Double = 140.0 / 361
    let scale: Double = 19 * (1 - pe) * (1 - pe)
    let expected: Double = (po * (1 - po) / scale).squareRoot()
    #expect(close(kappa.simpleStandardError, expected, 1e-12))
  }

  // Same SAS example, weighted kappa with Cicchetti–Allison (linear) weights: 0.4701, ASE 0.1457,
  // CI (0.1845, 0.7558), ASE under H0 0.1426.
  @Test func linearWeightedKappa() throws {
    let report = try AgreementReport(table: Fixtures.pairTable([[0, 4, 1], [0, 8, 0], [0, 1, 5]]))
    let kappa = try #require(report.coefficients[.weightedKappaLinear])
    #expect(close(kappa.value.number, 0.4701, 5e-5))
    #expect(close(kappa.standardError, 0.1457, 5e-5))
    #expect(close(kappa.nullStandardError, 0.1426, 5e-5))
    #expect(close(kappa.interval95?.lower, 0.1845, 5e-5))
    #expect(kappa.simpleStandardError == nil)
  }

  // A user matrix equal to the linear weights reproduces weighted_kappa_linear; disagreement weights
  // v = |i − j| convert to the same agreement weights (w = 1 − v / max v).
  @Test func customWeightsMatchBuiltIns() throws {
    var options = AgreementOptions()
    options.customWeights = WeightScheme.fromDisagreement([[0, 1, 2], [1, 0, 1], [2, 1, 0]])
    let report = try AgreementReport(
      table: Fixtures.pairTable([[3, 4, 1], [2, 8, 0], [0, 1, 5]]), options: options)
    #expect(report.coefficients[.weightedKappaCustom] == report.coefficients[.weightedKappaLinear])
  }

  // With two categories linear and quadratic weights are the identity, so weighted = unweighted kappa;
  // the values below are computed by hand from the table (N = 50, p_o = 0.7, p_e = 0.5).
  @Test func weightedEqualsUnweightedWithTwoCategories() throws {
    let report = try AgreementReport(table: Fixtures.pairTable([[20, 5], [10, 15]]))
    #expect(report.coefficients[.weightedKappaQuadratic]?.value == report.coefficients[.cohenKappa]?.value)
    // Byrt, Bishop & Carlin (1993): PABAK = 2 p_o − 1 = 0.4; prevalence index |a − d| / N = 0.1;
    // bias index |b − c| / N = 0.1.
    #expect(close(report.coefficients[.pabak]?.value.number, 0.4, 1e-12))
    #expect(close(report.coefficients[.prevalenceIndex]?.value.number, 0.1, 1e-12))
    #expect(close(report.coefficients[.biasIndex]?.value.number, 0.1, 1e-12))
    // κ = (0.7 − 0.5)/(1 − 0.5) = 0.4; κ_max: p_max = min(.5,.6) + min(.5,.4) = 0.9 → (0.9 − 0.5)/0.5 = 0.8.
    #expect(close(report.coefficients[.cohenKappa]?.value.number, 0.4, 1e-12))
    #expect(close(report.coefficients[.cohenKappaMax]?.value.number, 0.8, 1e-12))
  }

  // Invariant: κ(a, b) = κ(b, a) for the symmetric weights, including its standard errors.
  @Test func kappaIsSymmetricInTheCoders() throws {
    let rows = Fixtures.fleiss1971.map { [$0[0], $0[3]] }
    let forward = try AgreementReport(table: Fixtures.table(rows))
    let backward = try AgreementReport(table: Fixtures.table(rows.map { [$0[1], $0[0]] }))
    for name in [Coefficient.cohenKappa, .weightedKappaQuadratic, .scottPi] {
      #expect(close(forward.coefficients[name]?.value.number, backward.coefficients[name]!.value.number!, 1e-12))
      #expect(close(forward.coefficients[name]?.standardError, backward.coefficients[name]!.standardError!, 1e-12))
    }
  }

  // agreement-conventions.md: Fleiss' kappa with two coders equals Scott's pi, Conger's equals Cohen's.
  @Test func twoCoderIdentities() throws {
    let rows = Fixtures.fleiss1971.map { [$0[1], $0[4]] }
    let report = try AgreementReport(table: Fixtures.table(rows))
    #expect(close(report.coefficients[.fleissKappa]?.value.number, report.coefficients[.scottPi]!.value.number!, 1e-12))
    #expect(
      close(report.coefficients[.congerKappa]?.value.number, report.coefficients[.cohenKappa]!.value.number!, 1e-12))
  }

  @Test func pairSelectsTwoOfManyCoders() throws {
    var options = AgreementOptions()
    options.pair = (first: "c4", second: "c1")
    let many = try AgreementReport(table: Fixtures.table(Fixtures.fleiss1971), options: options)
    let two = try AgreementReport(table: Fixtures.table(Fixtures.fleiss1971.map { [$0[3], $0[0]] }))
    #expect(many.coefficients[.cohenKappa] == two.coefficients[.cohenKappa])
    options.pair = (first: "c1", second: "nobody")
    #expect(throws: AgreementError.unknownCoder(name: "nobody")) {
      try AgreementReport(table: Fixtures.table(Fixtures.fleiss1971), options: options)
    }
  }
}

@Suite struct RIrrKappa2Tests {
  // R irr::kappa2 on the `anxiety` data (raters 2 and 3), printed in statsmodels' test_inter_rater.py:
  // unweighted κ = −0.006289308, z = −0.0604067; "equal" (linear) κ = 0.1459075, z = 1.282472;
  // "squared" (quadratic) κ = 0.2520325, z = 1.437451. irr's z is κ / se0 with the FCE (1969) null SE.
  // Observed levels are 1, 2, 3, 4, 6 (no 5), so positions — not values — set the weights, as in irr.
  static let rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4]
  static let rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2]

  @Test(arguments: [
    (Coefficient.cohenKappa, -0.006289308, -0.0604067), (.weightedKappaLinear, 0.1459075, 1.282472),
    (.weightedKappaQuadratic, 0.2520325, 1.437451),
  ])
  func anxietyRaters2And3(name: Coefficient, kappa: Double, z: Double) throws {
    let rows = zip(Self.rater2, Self.rater3).map { [String($0), String($1)] }
    let report = try AgreementReport(table: Fixtures.table(rows))
    let estimate = try #require(report.coefficients[name])
    let value = try #require(estimate.value.number)
    #expect(close(value, kappa, 5e-8))
    #expect(close(value / (try #require(estimate.nullStandardError)), z, 5e-6))
  }
}

/// QA review 20: κ_max (Cohen 1960: the largest κ the two coders' marginals allow) is a bound, not an
/// agreement, so the table gives it no Landis–Koch band; κ itself keeps one. On the SAS table above
/// κ = 0.4842 is "moderate" (0.41–0.60).
@Test func theKappaBoundHasNoAgreementBand() throws {
  let report = try AgreementReport(table: Fixtures.pairTable([[0, 4, 1], [0, 8, 0], [0, 1, 5]]))
  let lines = report.text().split(separator: "\n")
  let bound = try #require(lines.first { $0.hasPrefix("cohen_kappa_max ") })
  let kappa = try #require(lines.first { $0.hasPrefix("cohen_kappa ") })
  #expect(kappa.hasSuffix("moderate"))
  for band in ["slight", "fair", "moderate", "substantial", "almost perfect", "poor"] {
    #expect(!bound.contains(band), "\(bound)")
  }
}
