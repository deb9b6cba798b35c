import VerbatimCore

/// Krippendorff's alpha by the coincidence-matrix method (Krippendorff 2011, "Computing Krippendorff's
/// alpha-reliability", Annenberg School for Communication, https://repository.upenn.edu/asc_papers/43).
///
///     o_kl  = Σ_i Σ_{c ≠ c'} [x_ic = k][x_ic' = l] / (r_i − 1)      over items with r_i ≥ 2 (pairable values)
///     n_k   = Σ_l o_kl,  n.. = Σ_k n_k
///     α     = 1 − D_o / D_e = 1 − (n.. − 1) Σ_kl o_kl δ²_kl / Σ_kl n_k n_l δ²_kl
///
/// Difference functions δ²_kl (v_k = numeric value of category k, see `RatingTable.categoryValues`):
/// nominal [k ≠ l]; ordinal (Σ_{g=k..l} n_g − (n_k + n_l)/2)² over category positions; interval
/// (v_k − v_l)²; ratio ((v_k − v_l)/(v_k + v_l))² (0 when v_k + v_l = 0). The "quadratic" variant uses
/// positions, (k − l)², which is what irrCAC's quadratic weights give.
///
/// Items rated by fewer than two coders are dropped (their values are not pairable). Degenerate cases:
/// no pairable value → undefined; D_e = 0 (every pairable value equal) → undefined. On complete nominal
/// data α = 1 − (1 − κ_Fleiss)(n.. − 1)/n.., where n.. is the number of pairable values (n·m for n items
/// rated by m coders each), not the number of items n. Complexity O(q²) given the coincidence matrix.
enum KrippendorffAlpha {
  /// The q × q matrix δ²_kl for a level.
  static func squaredDifferences(level: MeasurementLevel, coincidence o: [Double], values v: [Double]) -> [Double] {
    let q = v.count
    var delta = [Double](repeating: 0, count: q * q)
    var marginals = [Double](repeating: 0, count: q)
    for k in 0..<q { for l in 0..<q { marginals[k] += o[k * q + l] } }
    if level == .ordinal {
      // δ_kl = Σ_{g=k…l} n_g − (n_k + n_l)/2, with the sum for every l > k accumulated in one pass
      // from k upward: the same additions in the same order as summing each pair on its own, so
      // the same bits, in O(q²) instead of O(q³) (3,000 categories took half a minute).
      for k in 0..<q {
        var sum = marginals[k]
        for l in (k + 1)..<q {
          sum += marginals[l]
          let d = sum - (marginals[k] + marginals[l]) / 2
          delta[k * q + l] = d * d
          delta[l * q + k] = d * d
        }
      }
      return delta
    }
    for k in 0..<q {
      for l in 0..<q where k != l {
        switch level {
        case .nominal: delta[k * q + l] = 1
        case .ordinal: break  // above
        case .interval:
          let d = v[k] - v[l]
          delta[k * q + l] = d * d
        case .ratio:
          let s = v[k] + v[l]
          let d = s == 0 ? 0 : (v[k] - v[l]) / s
          delta[k * q + l] = d * d
        }
      }
    }
    return delta
  }

  /// Why ratio-level alpha is undefined when a category value is negative: a ratio scale has a true
  /// zero, and ((v_k − v_l)/(v_k + v_l))² divides by zero for v_l = −v_k ≠ 0, where the 0/0
  /// convention above would score −1 against 1 as perfect agreement (QA review 34).
  static func negativeRatioValueReason(_ value: Double) -> String {
    "ratio-level alpha needs non-negative values (a ratio scale has a true zero); the label value "
      + "\(JSONWriter.format(value)) is negative: use --level interval"
  }

  /// Position-based quadratic differences (k − l)².
  static func quadraticDifferences(categories q: Int) -> [Double] {
    var delta = [Double](repeating: 0, count: q * q)
    for k in 0..<q { for l in 0..<q { delta[k * q + l] = Double((k - l) * (k - l)) } }
    return delta
  }

  /// α from a coincidence matrix and differences.
  static func alpha(coincidence o: [Double], differences delta: [Double], categories q: Int) -> CoefficientValue {
    var marginals = [Double](repeating: 0, count: q)
    for k in 0..<q { for l in 0..<q { marginals[k] += o[k * q + l] } }
    let total = marginals.reduce(0, +)
    guard total > 0 else { return .undefined(reason: "no item was rated by two or more coders (no pairable values)") }
    var observed = 0.0
    var expected = 0.0
    for k in 0..<q {
      for l in 0..<q {
        observed += o[k * q + l] * delta[k * q + l]
        expected += marginals[k] * marginals[l] * delta[k * q + l]
      }
    }
    return .ratio(
      expected - (total - 1) * observed, expected,
      undefined: "expected disagreement D_e = 0 (all pairable values are equal): α is 0/0")
  }

  /// Agreement weights equivalent to δ² for Gwet's variance: w_kl = 1 − δ²_kl / max δ².
  static func weights(differences delta: [Double]) -> [Double] {
    let maximum = delta.max() ?? 0
    guard maximum > 0 else { return delta.map { _ in 1 } }
    return delta.map { 1 - $0 / maximum }
  }
}
