import Agreement
import Testing

/// QA review 41, finding 2: the Gwet-family t intervals were capped at 1 above but not floored below,
/// so two items gave percent agreement 0.5 with [−5.853, 1]. Lower bounds are now floored at the
/// coefficient's least value (`CoefficientRange`), and left uncut where the coefficient has none.
@Suite struct IntervalFloorTests {
  static func report(_ rows: [(String, String, String)], categories: [String]? = nil) throws -> AgreementReport {
    try AgreementReport(table: try RatingTable(ratings: rows, categories: categories))
  }

  /// Items (x, y) and (y, y). irrCAC 0.4.4 (Python, `irrCAC.raw.CAC(df)`) gives the unfloored
  /// intervals: AC1 0.2, SE 1.12, (−14.03095, 1); Brennan–Prediger 0, SE 1, (−12.7062, 1); Fleiss
  /// −0.33333, SE 0.44444, (−5.98054, 1); Krippendorff 0, SE 0.44444, (−5.6472, 1). Percent agreement
  /// 0.5 with SE 0.5: 0.5 − t·0.5 = −5.853102 with `scipy.stats.t.ppf(0.975, 1)` = 12.706205 (SciPy
  /// 1.12). The floors: 0 for percent agreement; −1/(q − 1) = −1 for AC1 and Brennan–Prediger
  /// (q = 2); −1/(m − 1) = −1 for Fleiss' kappa and Scott's pi (every item has m = 2 ratings).
  @Test func lowerBoundsAreFlooredAtTheLeastValue() throws {
    let report = try Self.report([("1", "a", "x"), ("1", "b", "y"), ("2", "a", "y"), ("2", "b", "y")])
    let floors: [(Coefficient, Double, Double)] = [
      (.percentAgreement, 0.5, 0), (.percentAgreementPair, 0.5, 0), (.gwetAC1, 0.2, -1), (.brennanPrediger, 0, -1),
      (.fleissKappa, -1.0 / 3, -1), (.scottPi, -1.0 / 3, -1), (.congerKappa, 0, -1),
    ]
    for (name, value, floor) in floors {
      let estimate = try #require(report.coefficients[name], "\(name)")
      #expect(close(estimate.value.number, value, 1e-12), "\(name)")
      let interval = try #require(estimate.interval95, "\(name)")
      #expect(interval.lower >= floor, "\(name): \(interval)")
      #expect(interval.upper <= 1, "\(name): \(interval)")
    }
    #expect(report.coefficients[.percentAgreement]?.interval95?.lower == 0)
    #expect(report.coefficients[.gwetAC1]?.interval95?.lower == -1)
    #expect(report.coefficients[.brennanPrediger]?.interval95?.lower == -1)
    #expect(report.coefficients[.fleissKappa]?.interval95?.lower == -1)
    // The standard errors are irrCAC's, unchanged.
    #expect(close(report.coefficients[.gwetAC1]?.standardError, 1.12, 1e-9))
    #expect(close(report.coefficients[.percentAgreement]?.standardError, 0.5, 1e-12))
    // Krippendorff's alpha has no floor at −1: its bound is irrCAC's, uncut.
    #expect(close(report.coefficients[.krippendorffAlphaNominal]?.interval95?.lower, -5.6472, 1e-4))
  }

  /// Three declared categories (x, y, z) on the same items: AC1 and Brennan–Prediger cannot go below
  /// −1/(q − 1) = −0.5. irrCAC `CAC(df, categories=["x","y","z"])`: AC1 0.38462, (−8.63754, 1);
  /// Brennan–Prediger 0.25, (−9.27965, 1).
  @Test func theFloorFollowsTheDeclaredCategories() throws {
    let report = try Self.report(
      [("1", "a", "x"), ("1", "b", "y"), ("2", "a", "y"), ("2", "b", "y")], categories: ["x", "y", "z"])
    #expect(close(report.coefficients[.gwetAC1]?.value.number, 0.38462, 1e-5))
    #expect(close(report.coefficients[.brennanPrediger]?.value.number, 0.25, 1e-12))
    #expect(report.coefficients[.gwetAC1]?.interval95?.lower == -0.5)
    #expect(report.coefficients[.brennanPrediger]?.interval95?.lower == -0.5)
    // Quadratic weights: Brennan–Prediger's chance agreement is Σw/q² = 6/9, so its least value is
    // −(6/9)/(3/9) = −2, below −1.
    #expect(report.coefficients[.brennanPredigerQuadratic]?.interval95?.lower == -2)
  }

  /// With missing ratings Fleiss' kappa has no floor: five items rated by a only, then (x, y) and
  /// (y, x). irrCAC gives Fleiss −3.08333 with (−3.58789, −2.57878), and Conger −1 with
  /// (−4.10203, 1): both are kept; Brennan–Prediger −1 with (−2.57947, 0.57947) is floored at −1.
  @Test func missingRatingsLeaveFleissAndCongerUnfloored() throws {
    var rows: [(String, String, String)] = (1...5).map { ("\($0)", "a", "x") }
    rows += [("6", "a", "x"), ("6", "b", "y"), ("7", "a", "y"), ("7", "b", "x")]
    let report = try Self.report(rows)
    #expect(close(report.coefficients[.fleissKappa]?.value.number, -3.08333, 1e-5))
    #expect(close(report.coefficients[.fleissKappa]?.interval95?.lower, -3.58789, 1e-5))
    #expect(close(report.coefficients[.congerKappa]?.interval95?.lower, -4.10203, 1e-5))
    #expect(report.coefficients[.brennanPrediger]?.interval95?.lower == -1)
  }

  /// Merged shards (`agree --partial`/`--merge`) floor the same bounds: shards (x, y), (y, y) and
  /// (x, x) give the single run's intervals.
  @Test func mergedShardsAreFlooredAlike() throws {
    let first = try RatingTable(
      ratings: [("1", "a", "x"), ("1", "b", "y"), ("2", "a", "y"), ("2", "b", "y")], categories: ["x", "y"])
    let second = try RatingTable(ratings: [("3", "a", "x"), ("3", "b", "x")], categories: ["x", "y"])
    var merged = try AgreementPartial(table: first)
    try merged.merge(try AgreementPartial(table: second))
    let report = try AgreementReport(merged: merged)
    let single = try Self.report(
      [("1", "a", "x"), ("1", "b", "y"), ("2", "a", "y"), ("2", "b", "y"), ("3", "a", "x"), ("3", "b", "x")],
      categories: ["x", "y"])
    for name in [
      Coefficient.percentAgreement, .percentAgreementPair, .gwetAC1, .brennanPrediger, .fleissKappa, .scottPi,
    ] {
      let interval = try #require(report.coefficients[name]?.interval95, "\(name)")
      let expected = try #require(single.coefficients[name]?.interval95, "\(name)")
      #expect(close(interval.lower, expected.lower, 1e-12) && close(interval.upper, expected.upper, 1e-12), "\(name)")
    }
    #expect(report.coefficients[.percentAgreement]?.interval95?.lower == 0)
    #expect(report.coefficients[.gwetAC1]?.interval95?.lower == -1)
  }
}
