/// Fleiss' kappa extras: per-category kappas and the Fleiss–Nee–Landis null standard error.
///
/// Fleiss' kappa itself (Fleiss 1971, "Measuring nominal scale agreement among many raters", Psychol. Bull.
/// 76:378–382, doi:10.1037/h0031619), generalised to missing ratings by Gwet (2014): p_a as in
/// `AgreementStatistics`, π_k = Σ_i (r_ik / r_i) / n, p_e = Σ_kl w_kl π_k π_l, κ = (p_a − p_e)/(1 − p_e).
enum FleissKappa {
  static let perCategoryUndefined = "category used by every rating or by none: κ_k is 0/0"

  /// Kappa of category k against all others (Fleiss 1971, eq. 18): with complete data and m ratings per
  /// item, κ_k = 1 − Σ_i r_ik (m − r_ik) / (n m (m − 1) π_k (1 − π_k)). Computed as the generalised Fleiss
  /// kappa of the table dichotomised into k / not k, which equals the formula above on complete data and
  /// extends it to missing ratings:
  ///
  ///     p_a,k = 1 − 2 D_k / n′,  D_k = Σ_{i: r_i ≥ 2} r_ik (r_i − r_ik) / (r_i (r_i − 1))
  ///     π_k = Σ_i (r_ik / r_i) / n,  p_e,k = π_k² + (1 − π_k)²,  κ_k = (p_a,k − p_e,k) / (1 − p_e,k)
  ///
  /// (for two categories, Σ_l r_il (r_il − 1) = r_i (r_i − 1) − 2 r_ik (r_i − r_ik)). Every term is a sum
  /// over items (`AgreementStatistics`), so shards merge exactly. Undefined when π_k ∈ {0, 1} or no
  /// item has two ratings.
  static func perCategory(_ s: AgreementStatistics) -> [CoefficientValue] {
    (0..<s.categoryCount).map { k in
      guard s.multiRated > 0, s.items > 0 else { return .undefined(reason: perCategoryUndefined) }
      let pa = 1 - 2 * s.categoryDisagreement[k] / s.multiRated
      let pi = s.categoryShare[k] / s.items
      let pe = pi * pi + (1 - pi) * (1 - pi)
      return .ratio(pa - pe, 1 - pe, undefined: perCategoryUndefined)
    }
  }

  /// Fleiss, Nee & Landis (1979) SE of unweighted Fleiss' kappa under κ = 0, for the z-test (what R irr's
  /// `kappam.fleiss` reports), for complete data with m ratings on each of n items:
  ///
  ///     se0 = √(2 / (n m (m − 1))) · √((Σ_k p_k q_k)² − Σ_k p_k q_k (q_k − p_k)) / Σ_k p_k q_k,  q_k = 1 − p_k
  ///
  /// (Fleiss, Nee & Landis 1979, Psychol. Bull. 86:974–977, doi:10.1037/0033-2909.86.5.974). nil when the
  /// number of ratings differs between items (the formula assumes a constant m), m < 2, or Σ p_k q_k = 0.
  static func nullStandardError(counts: ItemCategoryCounts) -> Double? {
    guard let m = ratingsPerItem(counts: counts) else { return nil }
    return nullStandardError(
      categoryTotals: counts.categoryTotals, items: Double(counts.itemCount), ratingsPerItem: m)
  }

  /// The number of ratings of every item when it is the same for all items, else nil; nil for no
  /// items or no categories.
  static func ratingsPerItem(counts: ItemCategoryCounts) -> Double? {
    guard counts.categoryCount > 0, let m = counts.total.first else { return nil }
    for total in counts.total.dropFirst() where total != m { return nil }
    return m
  }

  /// Why `nullStandardError` is nil when the items do not all have the same number of ratings
  /// (missing ratings): the one case where the other standard errors exist but se0 does not.
  static let variableRatingsReason =
    "Fleiss, Nee & Landis (1979) assume the same number of ratings on every item; some items have fewer (missing ratings)"

  /// The same from the category totals Σ_i r_ik, n and the constant m (what merged shards keep).
  static func nullStandardError(categoryTotals totals: [Double], items n: Double, ratingsPerItem m: Double)
    -> Double?
  {
    // One item: no SE at all, se0 included, as for Cohen's κ (agreement-conventions; review r16b).
    guard n >= 2, m >= 2 else { return nil }
    var spread = 0.0
    var skew = 0.0
    for total in totals {
      let p = total / (n * m)
      spread += p * (1 - p)
      skew += p * (1 - p) * ((1 - p) - p)
    }
    guard spread > 0 else { return nil }
    let scale = max(spread * spread, abs(skew))
    guard spread * spread - skew >= -RoundingResidue.relativeTolerance * scale else { return nil }
    let inner = RoundingResidue.variance(spread * spread - skew, scale: scale)
    return (2 / (n * m * (m - 1))).squareRoot() * inner.squareRoot() / spread
  }
}
