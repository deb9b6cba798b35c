import Agreement
import Foundation
import Testing

@Suite struct StatisticsTests {
  // Student t quantiles (R: qt(0.975, df)): df 1 → 12.7062047361747, df 10 → 2.22813885198627,
  // df 29 → 2.04522964213270. Normal: qnorm(0.975) = 1.95996398454005, qnorm(0.001) = −3.09023230616781.
  @Test func distributionQuantiles() {
    #expect(close(Distributions.studentTQuantile(0.975, degreesOfFreedom: 1), 12.7062047361747, 1e-9))
    #expect(close(Distributions.studentTQuantile(0.975, degreesOfFreedom: 10), 2.22813885198627, 1e-11))
    #expect(close(Distributions.studentTQuantile(0.975, degreesOfFreedom: 29), 2.04522964213270, 1e-11))
    // Review r16b measured t(0.975, 49) against SciPy 1.12's t.ppf (2.009575234489209) and found
    // 1.3e-9 apart; SciPy is the one that is off: mpmath at 40 digits (findroot on the regularised
    // incomplete beta) gives 2.0095752371292396723 and t(0.975, 6) = 2.4469118511449699711.
    #expect(close(Distributions.studentTQuantile(0.975, degreesOfFreedom: 49), 2.0095752371292396723, 1e-13))
    #expect(close(Distributions.studentTQuantile(0.975, degreesOfFreedom: 6), 2.4469118511449699711, 1e-13))
    #expect(close(Distributions.normalQuantile(0.975), 1.95996398454005, 1e-12))
    #expect(close(Distributions.normalQuantile(0.001), -3.09023230616781, 1e-12))
  }

  // Sufficient statistics are additive: the report's statistics equal the merge of two disjoint shards.
  @Test func statisticsMergeAcrossShards() throws {
    let categories = ["1", "2", "3", "4", "5"]
    let rows = Fixtures.fleiss1971
    let full = try AgreementReport(table: Fixtures.table(rows, categories: categories))
    var first = try AgreementReport(table: Fixtures.table(Array(rows.prefix(12)), categories: categories)).statistics
    let second = try AgreementReport(table: Fixtures.table(Array(rows.suffix(18)), categories: categories)).statistics
    first.merge(second)
    #expect(first.items == full.statistics.items)
    for (a, b) in zip(first.coincidence, full.statistics.coincidence) { #expect(close(a, b, 1e-12)) }
    for (a, b) in zip(first.agreement, full.statistics.agreement) { #expect(close(a, b, 1e-12)) }
  }

  @Test func bootstrapIsReproducibleAndBracketsTheEstimate() throws {
    var options = AgreementOptions()
    options.bootstrapResamples = 400
    options.seed = 42
    let table = try Fixtures.table(Fixtures.fleiss1971)
    let a = try AgreementReport(table: table, options: options)
    let b = try AgreementReport(table: table, options: options)
    #expect(a.coefficients == b.coefficients)
    let fleiss = try #require(a.coefficients[.fleissKappa])
    let percentile = try #require(fleiss.bootstrap?.percentile)
    let bca = try #require(fleiss.bootstrap?.bca)
    let value = try #require(fleiss.value.number)
    #expect(percentile.lower < value && value < percentile.upper)
    #expect(bca.lower < value && value < bca.upper)
    // The bootstrap interval is of the same size as the analytic one (Gwet's SE 0.054 → width ≈ 0.22).
    #expect(abs((percentile.upper - percentile.lower) - 0.22) < 0.08)
    options.seed = 43
    let c = try AgreementReport(table: table, options: options)
    #expect(c.coefficients[.fleissKappa]?.bootstrap != fleiss.bootstrap)
  }

  // Bloch & Kraemer (1989) variance, by hand: κ = 0.7, π = 0.5 → (0.3)[(0.3)(−0.4) + 0.7·1.3/0.5] =
  // 0.3·(−0.12 + 1.82) = 0.51; n = 1.959964² · 0.51 / 0.01 = 195.9 → 196.
  @Test func sampleSizes() {
    #expect(SampleSize.kappaItems(halfWidth: 0.1, expectedKappa: 0.7, prevalence: 0.5) == 196)
    #expect(SampleSize.kappaItems(halfWidth: 0, expectedKappa: 0.7) == nil)
    // Review r21b: a half-width so small that no sample could reach it (10^20 items) is nil, not a trap.
    #expect(SampleSize.kappaItems(halfWidth: 1e-10, expectedKappa: 0.7) == nil)
    #expect(SampleSize.proportionItems(halfWidth: 1e-300, expected: 0.5) == nil)
    // Wald interval of a proportion: 1.959964² · 0.8 · 0.2 / 0.05² = 245.9 → 246 class items; 20% share → 1230.
    #expect(SampleSize.proportionItems(halfWidth: 0.05, expected: 0.8) == 246)
    #expect(SampleSize.proportionItems(halfWidth: 0.05, expected: 0.8, classShare: 0.2) == 1230)
  }

  @Test func stratifiedSampleAllocationAndProbabilities() throws {
    let keys = Array(repeating: "a", count: 80) + Array(repeating: "b", count: 20)
    let sample = try StratifiedSample(strata: keys, size: 10, allocation: .proportional, seed: 1)
    #expect(sample.strata.map(\.sample) == [8, 2])
    #expect(sample.inclusionProbabilities.allSatisfy { close($0, 0.1, 1e-12) })
    let again = try StratifiedSample(strata: keys, size: 10, allocation: .proportional, seed: 1)
    #expect(again.selected == sample.selected)
    let equal = try StratifiedSample(strata: keys, size: 50, allocation: .equal, seed: 1)
    #expect(equal.strata.map(\.sample) == [30, 20])  // b is capped at 20, the surplus goes to a
    let neyman = try StratifiedSample(
      strata: keys, size: 10, allocation: .neyman, seed: 1, variability: [1, 4])
    #expect(neyman.strata.map(\.sample) == [5, 5])  // 80·1 : 20·4
  }

  /// The share before rounding and capping, n·w_h/Σw, worked by hand: equal allocation of 50 over
  /// strata of 80 and 20 gives each 25 (b then takes all 20, a the other 30); proportional 10 over
  /// 80 and 20 gives 8 and 2; Neyman 10 with S = 1 and 4 gives 10·80/160 = 5 each.
  @Test func stratumSharesBeforeRoundingAndCapping() throws {
    let keys = Array(repeating: "a", count: 80) + Array(repeating: "b", count: 20)
    let equal = try StratifiedSample(strata: keys, size: 50, allocation: .equal, seed: 1)
    #expect(equal.strata.map(\.share) == [25, 25])
    #expect(equal.strata.map(\.sample) == [30, 20])
    let proportional = try StratifiedSample(strata: keys, size: 10, allocation: .proportional, seed: 1)
    #expect(proportional.strata.map(\.share) == [8, 2])
    let neyman = try StratifiedSample(strata: keys, size: 10, allocation: .neyman, seed: 1, variability: [1, 4])
    #expect(neyman.strata.map(\.share) == [5, 5])
    // Neyman with S = 0 in the large stratum: a (S > 0) is taken whole (40), and the other 10 go to
    // b instead of being left undrawn (the sample came back with 40).
    let flat = Array(repeating: "a", count: 40) + Array(repeating: "b", count: 1000)
    let starved = try StratifiedSample(strata: flat, size: 50, allocation: .neyman, seed: 1, variability: [2, 0])
    #expect(starved.strata.map(\.sample) == [40, 10])
    #expect(starved.selected.count == 50)
    // A size beyond the population is the population: shares sum to it.
    let all = try StratifiedSample(strata: keys, size: 500, allocation: .proportional, seed: 1)
    #expect(all.strata.map(\.share) == [80, 20])
  }
}

@Suite struct ExactQuantileTests {
  // Closed forms: t with 1 df is Cauchy, F⁻¹(p) = tan(π(p − 1/2)); with 2 df, F⁻¹(p) = (2p − 1)/√(2p(1 − p)).
  @Test(arguments: [0.6, 0.9, 0.975, 0.995])
  func studentTClosedForms(p: Double) {
    #expect(close(Distributions.studentTQuantile(p, degreesOfFreedom: 1), tan(Double.pi * (p - 0.5)), 1e-11))
    let two = (2 * p - 1) / (2 * p * (1 - p)).squareRoot()
    #expect(close(Distributions.studentTQuantile(p, degreesOfFreedom: 2), two, 1e-12))
  }
}

@Suite struct PartialMergeTests {
  // Shards of disjoint items, the second with its coders in another order (and one coder absent from the
  // first shard), merge to the same point estimates as the whole table.
  @Test func mergedShardsGiveTheWholeTablesPointEstimates() throws {
    let categories = ["1", "2", "3", "4", "5"]
    let names = ["r1", "r2", "r3", "r4", "r5", "r6"]
    let rows = Fixtures.fleiss1971
    var firstRows = Array(rows.prefix(10))
    for i in firstRows.indices { firstRows[i][5] = "" }  // r6 rates nothing in shard 1
    let whole = try AgreementReport(table: Fixtures.table(firstRows + rows.suffix(20), coders: names))
    var merged = try AgreementPartial(
      table: Fixtures.table(firstRows, coders: names, categories: categories))
    let reversed = try Fixtures.table(
      rows.suffix(20).map { Array($0.reversed()) }, coders: names.reversed(), categories: categories, firstItem: 11)
    try merged.merge(AgreementPartial(table: reversed))
    #expect(merged.coders == ["r1", "r2", "r3", "r4", "r5", "r6"])
    let report = try AgreementReport(merged: try AgreementPartial(json: merged.json(), source: "round-trip"))
    #expect(report.items == 30)
    for (name, estimate) in whole.coefficients {
      let value = try #require(report.coefficients[name]?.value.number, "\(name)")
      #expect(close(value, estimate.value.number!, 1e-12), "\(name)")
    }
    // Gwet-family SEs are exact after a merge too (GwetSums): equal to the whole table's.
    for name in [Coefficient.fleissKappa, .gwetAC1, .percentAgreement, .brennanPrediger] {
      let mergedSE = try #require(report.coefficients[name]?.standardError, "\(name)")
      let wholeSE = try #require(whole.coefficients[name]?.standardError)
      #expect(close(mergedSE, wholeSE, 1e-12), "\(name)")
    }
    // Conger's and Krippendorff's SEs need item-level data: absent after a merge.
    #expect(report.coefficients[.congerKappa]?.standardError == nil)
  }

  @Test func mismatchedCategoriesAreRefused() throws {
    var a = try AgreementPartial(table: Fixtures.table([["x", "y"]], categories: ["x", "y"]))
    let b = try AgreementPartial(table: Fixtures.table([["x", "y"]], categories: ["y", "x"]))
    #expect(throws: AgreementError.self) { try a.merge(b) }
  }
}
