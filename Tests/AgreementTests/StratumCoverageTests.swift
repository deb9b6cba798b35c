import Agreement
import Testing

/// Every non-empty stratum is sampled when the sample has room for one unit per stratum, so that
/// Horvitz–Thompson weights cover the population: Σ_{i∈s} 1/π_i = Σ_h n_h · N_h/n_h = N exactly
/// when every n_h ≥ 1 (Cochran 1977, §5.3), and falls short by N_h for a stratum with n_h = 0.
@Suite struct StratumCoverageTests {
  // Neyman n_h ∝ N_h·S_h: 600·1 : 300·3 : 96·0.5 : 4·1 = 600 : 900 : 48 : 4 → for n = 100 the
  // fourth stratum's share is 0.26 units, and largest remainders give it none.
  static let keys =
    Array(repeating: "web", count: 600) + Array(repeating: "phone", count: 300) + Array(repeating: "store", count: 96)
    + Array(repeating: "kiosk", count: 4)

  @Test func neymanAllocationGivesASmallStratumAUnit() throws {
    let sample = try StratifiedSample(
      strata: Self.keys, size: 100, allocation: .neyman, seed: 7, variability: [1, 3, 0.5, 1])
    #expect(sample.strata.allSatisfy { $0.sample >= 1 }, "\(sample.strata)")
    #expect(sample.selected.count == 100)
    let weights = sample.inclusionProbabilities.reduce(0) { $0 + 1 / $1 }
    #expect(abs(weights - 1000) < 1e-9)
  }

  @Test func aStratumWithoutVariabilityStillGetsOneUnit() throws {
    let sample = try StratifiedSample(
      strata: Self.keys, size: 100, allocation: .neyman, seed: 7, variability: [1, 3, 0, 1])
    #expect(sample.strata.first { $0.key == "store" }?.sample == 1)
  }

  @Test func allocationsWithoutAnEmptyStratumAreUnchanged() throws {
    // Proportional 600:300:96:4 of 100 → 60, 30, 9.6, 0.4 → largest remainders 60, 30, 10, 0 → then
    // the kiosk takes one from the largest: 59, 30, 10, 1.
    let proportional = try StratifiedSample(strata: Self.keys, size: 100, allocation: .proportional, seed: 7)
    #expect(proportional.strata.map(\.sample) == [59, 30, 10, 1])
    let roomy = try StratifiedSample(strata: Self.keys, size: 500, allocation: .proportional, seed: 7)
    #expect(roomy.strata.map(\.sample) == [300, 150, 48, 2])
  }
}
