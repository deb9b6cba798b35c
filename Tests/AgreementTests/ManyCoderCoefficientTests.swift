import Agreement
import Testing

@Suite struct ManyCoderCoefficientTests {
  let report: AgreementReport

  init() throws {
    report = try AgreementReport(table: Fixtures.table(Fixtures.krippendorff2011))
  }

  // Krippendorff (2011), section C, worked example: α nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
  @Test func krippendorffAlphaAtEveryLevel() {
    #expect(close(report.coefficients[.krippendorffAlphaNominal]?.value.number, 0.743, 5e-4))
    #expect(close(report.coefficients[.krippendorffAlphaOrdinal]?.value.number, 0.815, 5e-4))
    #expect(close(report.coefficients[.krippendorffAlphaInterval]?.value.number, 0.849, 5e-4))
    #expect(close(report.coefficients[.krippendorffAlphaRatio]?.value.number, 0.797, 5e-4))
  }

  // irrCAC documentation (raw.py module docstring, `raw_4raters`, Gwet 2014 data): AC1 = 0.77544,
  // se = 0.14295, 95% CI (0.46081, 1); Fleiss' kappa = 0.76117, se = 0.15302, CI (0.42438, 1).
  @Test func gwetHandbookExampleAC1AndFleiss() {
    let ac1 = report.coefficients[.gwetAC1]
    #expect(close(ac1?.value.number, 0.77544, 5e-6))
    #expect(close(ac1?.standardError, 0.14295, 5e-6))
    #expect(close(ac1?.interval95?.lower, 0.46081, 5e-6))
    #expect(ac1?.interval95?.upper == 1)
    let fleiss = report.coefficients[.fleissKappa]
    #expect(close(fleiss?.value.number, 0.76117, 5e-6))
    #expect(close(fleiss?.standardError, 0.15302, 5e-6))
    #expect(close(fleiss?.interval95?.lower, 0.42438, 5e-6))
  }

  // irrCAC 0.4.4 (Python) on the same data, identity weights: Krippendorff 0.74342105 se 0.14557389;
  // Conger 0.76281744 se 0.14916815; Brennan–Prediger 0.77272727 se 0.14471662. Quadratic weights:
  // Krippendorff 0.84910714 se 0.12912997; Conger 0.85771066 se 0.14367066; Fleiss 0.86493506 se 0.14603361;
  // AC2 0.91400072 se 0.10396224; Brennan–Prediger 0.90151515 se 0.11089437.
  @Test(arguments: [
    (Coefficient.krippendorffAlphaNominal, 0.74342105, 0.14557389), (.congerKappa, 0.76281744, 0.14916815),
    (.brennanPrediger, 0.77272727, 0.14471662), (.krippendorffAlphaQuadratic, 0.84910714, 0.12912997),
    (.congerKappaQuadratic, 0.85771066, 0.14367066), (.fleissKappaQuadratic, 0.86493506, 0.14603361),
    (.gwetAC2Quadratic, 0.91400072, 0.10396224), (.brennanPredigerQuadratic, 0.90151515, 0.11089437),
  ])
  func irrCACValuesAndStandardErrors(name: Coefficient, value: Double, se: Double) {
    #expect(close(report.coefficients[name]?.value.number, value, 5e-8))
    #expect(close(report.coefficients[name]?.standardError, se, 5e-8))
  }

  // irrCAC docstring (weights="bipolar" example): pa = 0.81818 for identity weights = Gwet's p_a.
  @Test func percentAgreementIsGwetsPa() {
    #expect(close(report.coefficients[.percentAgreement]?.value.number, 0.81818, 5e-6))
  }

  @Test func levelSelectsTheHeadlineAlpha() throws {
    var options = AgreementOptions()
    options.level = .interval
    let interval = try AgreementReport(table: Fixtures.table(Fixtures.krippendorff2011), options: options)
    #expect(interval.coefficients[.krippendorffAlpha] == interval.coefficients[.krippendorffAlphaInterval])
  }

  // Fleiss (1971), p. 381: κ = 0.430; category kappas 0.245, 0.245, 0.520, 0.471, 0.566.
  // R irr kappam.fleiss(diagnoses): z = 17.7, i.e. the Fleiss–Nee–Landis (1979) se0 = 0.430 / 17.7.
  @Test func fleiss1971Diagnoses() throws {
    let fleiss = try AgreementReport(table: Fixtures.table(Fixtures.fleiss1971))
    let kappa = try #require(fleiss.coefficients[.fleissKappa])
    #expect(close(kappa.value.number, 0.430, 5e-4))
    let z = try #require(kappa.value.number) / (try #require(kappa.nullStandardError))
    #expect(close(z, 17.7, 0.05))
    let expected = [0.245, 0.245, 0.520, 0.471, 0.566]
    for (value, reference) in zip(fleiss.perCategoryFleiss, expected) { #expect(close(value.number, reference, 5e-4)) }
    #expect(fleiss.categories == ["1", "2", "3", "4", "5"])
  }

  // Identity (agreement-conventions.md): on complete nominal data α = 1 − (1 − κ_Fleiss)(n.. − 1)/n..,
  // with n.. the number of pairable values, n·m = 30 · 6 here, not the number of items (Krippendorff
  // 2011 calls it a small-sample correction).
  @Test func alphaIsSmallSampleCorrectedFleissOnCompleteData() throws {
    let fleiss = try AgreementReport(table: Fixtures.table(Fixtures.fleiss1971))
    let kappa = try #require(fleiss.coefficients[.fleissKappa]?.value.number)
    let alpha = try #require(fleiss.coefficients[.krippendorffAlphaNominal]?.value.number)
    let values = 30.0 * 6
    #expect(close(alpha, 1 - (1 - kappa) * (values - 1) / values, 1e-12))
  }

  // Light (1971): Light's kappa is the mean of the pairwise Cohen kappas.
  @Test func lightKappaIsMeanPairwiseCohen() throws {
    let rows = Fixtures.fleiss1971.map { Array($0.prefix(3)) }
    let three = try AgreementReport(table: Fixtures.table(rows))
    var sum = 0.0
    for (a, b) in [(0, 1), (0, 2), (1, 2)] {
      let pair = try AgreementReport(table: Fixtures.table(rows.map { [$0[a], $0[b]] }))
      sum += try #require(pair.coefficients[.cohenKappa]?.value.number)
    }
    #expect(close(three.coefficients[.lightKappa]?.value.number, sum / 3, 1e-12))
    #expect(three.coefficients[.cohenKappa] == nil)  // three coders, no --pair: absent
  }
}
