import Agreement
import Testing
import VerbatimCore

/// A bootstrap interval that does not exist is null with its reason (QA review 44, N3), worked out by
/// hand from Efron's definitions (Efron 1987, JASA 82:171–185): BCa needs every leave-one-item-out
/// jackknife value and a bias correction z₀ = Φ⁻¹(#{θ* < θ̂} / B) that is finite.
@Suite struct BootstrapReasonTests {
  private func report(_ rows: [[String]]) throws -> AgreementReport {
    var options = AgreementOptions()
    options.bootstrapResamples = 200
    options.seed = 7
    return try AgreementReport(table: Fixtures.table(rows), options: options)
  }

  // Nine items both coders call "a" and one both call "b": κ = 1. Leaving out the "b" item leaves
  // one category, where κ is 0/0, so 1 of the 10 jackknife values is undefined and BCa has no
  // acceleration. The percentile interval exists: every defined resample holds the "b" item and
  // agrees perfectly, so it is [1, 1].
  @Test func anUndefinedJackknifeValueNamesTheItemsLeftOut() throws {
    let rows = Array(repeating: ["a", "a"], count: 9) + [["b", "b"]]
    let kappa = try #require(try report(rows).coefficients[.cohenKappa]?.bootstrap)
    #expect(kappa.bca == nil)
    #expect(kappa.bcaReason?.contains("1 of the 10 items left out") == true)
    #expect(kappa.percentile == ConfidenceInterval(lower: 1, upper: 1))
    #expect(kappa.percentileReason == nil)
    #expect(kappa.definedResamples < kappa.resamples)
  }

  // Five items "a"/"a" and five "b"/"b": κ = 1, and every jackknife value is 1 (both categories stay).
  // No defined resample can be below 1, so z₀ = Φ⁻¹(0) is −∞.
  @Test func noResampleBelowTheEstimateMakesTheBiasCorrectionInfinite() throws {
    let rows = Array(repeating: ["a", "a"], count: 5) + Array(repeating: ["b", "b"], count: 5)
    let kappa = try #require(try report(rows).coefficients[.cohenKappa]?.bootstrap)
    #expect(kappa.bca == nil)
    #expect(kappa.bcaReason?.contains("no defined resample is below the estimate") == true)
    #expect(kappa.percentile != nil)
  }

  // Both coders give every item "a": κ is undefined on the data and in every resample.
  @Test func aCoefficientUndefinedEverywhereHasBothReasons() throws {
    let rows = Array(repeating: ["a", "a"], count: 6)
    let kappa = try #require(try report(rows).coefficients[.cohenKappa]?.bootstrap)
    #expect(kappa.definedResamples == 0)
    #expect(kappa.percentile == nil && kappa.bca == nil)
    #expect(kappa.percentileReason?.contains("undefined in all 200 resamples") == true)
    #expect(kappa.bcaReason != nil)
  }

  // The JSON carries the reasons beside the nulls, and only there.
  @Test func theJSONCarriesTheReasonBesideTheNull() throws {
    let rows = Array(repeating: ["a", "a"], count: 9) + [["b", "b"]]
    let json = try report(rows).json()
    let boot = try #require(json["coefficients"]?["cohen_kappa"]?["bootstrap"])
    #expect(boot["bca"] == .null)
    #expect(boot["bca_reason"]?.stringValue?.isEmpty == false)
    #expect(boot["percentile_reason"] == nil)
  }
}
