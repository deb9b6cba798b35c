/// Nonparametric bootstrap of every coefficient: items are resampled with replacement (the item is the
/// sampling unit; all of its ratings travel with it), B times, from a `SeededGenerator(seed:)`.
///
/// - Percentile interval: the 2.5% and 97.5% quantiles of the B resampled values (linear interpolation
///   between order statistics, numpy's default).
/// - BCa (Efron 1987, "Better bootstrap confidence intervals", JASA 82:171–185, doi:10.2307/2289144):
///   z₀ = Φ⁻¹(#{θ*_b < θ̂} / B); acceleration a = Σ_i (θ̄ − θ_(i))³ / (6 (Σ_i (θ̄ − θ_(i))²)^{3/2}) from the
///   leave-one-item-out jackknife; bounds at the quantiles Φ(z₀ + (z₀ + z_α)/(1 − a (z₀ + z_α))) for
///   z_α = ±1.96. nil, with its reason, when θ̂ is undefined, every resample is ≥ θ̂ or < θ̂, a
///   jackknife value is undefined (an item whose removal leaves one category) or all are equal, or
///   1 − a (z₀ + z_α) ≤ 0.
///
/// Resamples in which a coefficient is undefined (e.g. a single category drawn) are left out and counted
/// (`definedResamples`). Reproducible: the same seed and data give the same intervals. Each resample costs
/// O(Σ contributions) thanks to `ItemContributions`; the jackknife removes one item from the full sums.
enum Bootstrap {
  /// - Parameter clusterSize: the units of `contributions` that belong to one item, consecutive
  ///   (multi-label data pool an item's labels as `clusterSize` present/absent units: they are
  ///   resampled, and left out by the jackknife, together); 1 for single-label data.
  static func intervals(
    contributions: ItemContributions, setup: CoefficientSetup, observed: [Coefficient: CoefficientValue],
    resamples: Int, seed: UInt64, clusterSize: Int = 1
  ) -> [Coefficient: BootstrapIntervals] {
    let size = max(1, clusterSize)
    let n = contributions.itemCount / size
    let names = observed.keys.sorted()
    var draws: [Coefficient: [Double]] = [:]
    for name in names { draws[name] = [] }
    var generator = SeededGenerator(seed: seed)
    var multiplicities = [Int32](repeating: 0, count: contributions.itemCount)
    for _ in 0..<resamples {
      for i in multiplicities.indices { multiplicities[i] = 0 }
      for _ in 0..<n {
        let item = generator.index(below: n)
        for unit in (item * size)..<((item + 1) * size) { multiplicities[unit] += 1 }
      }
      let values = PointEstimates.compute(contributions.statistics(multiplicities: multiplicities), setup: setup)
      for name in names { if let value = values[name]?.number { draws[name]!.append(value) } }
    }
    // Jackknife for the acceleration.
    var full = contributions.statistics()
    var jackknife: [Coefficient: [Double]] = [:]
    for name in names { jackknife[name] = [] }
    if n >= 2 {
      for i in 0..<n {
        for unit in (i * size)..<((i + 1) * size) { contributions.add(item: unit, weight: -1, to: &full) }
        let values = PointEstimates.compute(full, setup: setup)
        for unit in (i * size)..<((i + 1) * size) { contributions.add(item: unit, weight: 1, to: &full) }
        for name in names { if let value = values[name]?.number { jackknife[name]!.append(value) } }
      }
    }
    var result: [Coefficient: BootstrapIntervals] = [:]
    for name in names {
      var values = draws[name]!
      values.sort()
      var intervals = BootstrapIntervals(
        resamples: resamples, definedResamples: values.count, percentile: nil, bca: nil)
      if values.isEmpty {
        let reason = "the coefficient is undefined in all \(resamples) resamples (e.g. each drew a single category)"
        intervals.percentileReason = reason
        intervals.bcaReason = reason
      } else {
        intervals.percentile = ConfidenceInterval(
          lower: quantile(values, 0.025), upper: quantile(values, 0.975))
        let theta = jackknife[name] ?? []
        if observed[name]?.number == nil {
          intervals.bcaReason =
            "the coefficient is undefined on the data, so there is no estimate to correct the bias of"
        } else if n < 2 {
          intervals.bcaReason = "fewer than 2 items: no leave-one-item-out jackknife for the acceleration"
        } else if theta.count < n {
          intervals.bcaReason =
            "the coefficient is undefined with \(n - theta.count) of the \(n) items left out in turn (jackknife), so the acceleration cannot be computed"
        } else {
          switch bca(sorted: values, estimate: observed[name]!.number!, jackknife: theta) {
          case .interval(let interval): intervals.bca = interval
          case .undefined(let reason): intervals.bcaReason = reason
          }
        }
      }
      result[name] = intervals
    }
    return result
  }

  /// Linear-interpolation quantile of sorted values (numpy's default, type 7).
  static func quantile(_ sorted: [Double], _ p: Double) -> Double {
    let position = p * Double(sorted.count - 1)
    let low = Int(position.rounded(.down))
    let high = min(low + 1, sorted.count - 1)
    let fraction = position - Double(low)
    return sorted[low] + (sorted[high] - sorted[low]) * fraction
  }

  /// A BCa interval, or why it does not exist.
  enum BCa: Equatable {
    case interval(ConfidenceInterval)
    case undefined(String)
  }

  static func bca(sorted values: [Double], estimate: Double, jackknife: [Double]) -> BCa {
    let below = values.reduce(0) { $0 + ($1 < estimate ? 1 : 0) }
    guard below > 0, below < values.count else {
      return .undefined(
        below == 0
          ? "no defined resample is below the estimate, so the bias correction z0 is infinite"
          : "every defined resample is below the estimate, so the bias correction z0 is infinite")
    }
    let z0 = Distributions.normalQuantile(Double(below) / Double(values.count))
    let mean = jackknife.reduce(0, +) / Double(jackknife.count)
    var squares = 0.0
    var cubes = 0.0
    for value in jackknife {
      let d = mean - value
      squares += d * d
      cubes += d * d * d
    }
    guard squares > 0 else {
      return .undefined("the jackknife values are all equal, so the acceleration is undefined (0/0)")
    }
    let acceleration = cubes / (6 * squares * squares.squareRoot())
    func bound(_ z: Double) -> Double? {
      let denominator = 1 - acceleration * (z0 + z)
      guard denominator > 0 else { return nil }
      let p = Distributions.normalCDF(z0 + (z0 + z) / denominator)
      return quantile(values, min(1, max(0, p)))
    }
    guard let lower = bound(-Distributions.z975), let upper = bound(Distributions.z975) else {
      return .undefined(
        "the acceleration is so large that a bound has no quantile (1 - a(z0 + z) <= 0)")
    }
    return .interval(ConfidenceInterval(lower: lower, upper: upper))
  }
}
