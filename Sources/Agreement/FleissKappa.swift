/// Fleiss' kappa extras: per-category kappas and the Fleiss–Nee–Landis null standard error.
///
/// Fleiss' kappa itself (Fleiss 1971, "Measuring nominal scale agreement among many raters", Psychol. Bull.
/// 76:378–382, doi:10.1037/h0031619), generalised to missing ratings by Gwet (2014): p_a as in
/// `AgreementStatistics`, π_k = Σ_i (r_ik / r_i) / n, p_e = Σ_kl w_kl π_k π_l, κ = (p_a − p_e)/(1 − p_e).
enum FleissKappa {
  /// Kappa of category k against all others (Fleiss 1971, eq. 18): with complete data and m ratings per
  /// item, κ_k = 1 − Σ_i r_ik (m − r_ik) / (n m (m − 1) π_k (1 − π_k)). Computed as the generalised Fleiss
  /// kappa of the table dichotomised into k / not k, which equals the formula above on complete data and
  /// extends it to missing ratings. Undefined when π_k ∈ {0, 1}.
  static func perCategory(counts: [Double], categories q: Int) -> [CoefficientValue] {
    let n = counts.count / q
    let identity: [Double] = [1, 0, 0, 1]
    return (0..<q).map { k in
      var binary = [Double](repeating: 0, count: n * 2)
      for i in 0..<n {
        var total = 0.0
        for l in 0..<q { total += counts[i * q + l] }
        binary[i * 2] = counts[i * q + k]
        binary[i * 2 + 1] = total - counts[i * q + k]
      }
      guard let estimate = GwetVariance.estimate(counts: binary, categories: 2, weights: identity, chance: .fleiss)
      else {
        return .undefined(reason: "category used by every rating or by none: κ_k is 0/0")
      }
      return .defined(estimate.value)
    }
  }

  /// Fleiss, Nee & Landis (1979) SE of unweighted Fleiss' kappa under κ = 0, for the z-test (what R irr's
  /// `kappam.fleiss` reports), for complete data with m ratings on each of n items:
  ///
  ///     se0 = √(2 / (n m (m − 1))) · √((Σ_k p_k q_k)² − Σ_k p_k q_k (q_k − p_k)) / Σ_k p_k q_k,  q_k = 1 − p_k
  ///
  /// (Fleiss, Nee & Landis 1979, Psychol. Bull. 86:974–977, doi:10.1037/0033-2909.86.5.974). nil when the
  /// number of ratings differs between items (the formula assumes a constant m), m < 2, or Σ p_k q_k = 0.
  static func nullStandardError(counts: [Double], categories q: Int) -> Double? {
    let n = counts.count / q
    guard n > 0 else { return nil }
    var m = -1.0
    var shares = [Double](repeating: 0, count: q)
    for i in 0..<n {
      var total = 0.0
      for k in 0..<q { total += counts[i * q + k] }
      if m < 0 { m = total } else if total != m { return nil }
      for k in 0..<q { shares[k] += counts[i * q + k] }
    }
    guard m >= 2 else { return nil }
    var spread = 0.0
    var skew = 0.0
    for k in 0..<q {
      let p = shares[k] / (Double(n) * m)
      spread += p * (1 - p)
      skew += p * (1 - p) * ((1 - p) - p)
    }
    guard spread > 0 else { return nil }
    let inner = spread * spread - skew
    guard inner >= 0 else { return nil }
    return (2 / (Double(n) * m * (m - 1))).squareRoot() * inner.squareRoot() / spread
  }
}
