/// Two-coder coefficients from a q × q contingency table (rows = first coder, columns = second coder),
/// counted over the items both coders rated (listwise deletion).
///
/// Symbols: N items rated by both; p_kl = t_kl / N; p_k. and p_.l the row and column marginals;
/// w_kl agreement weights (`WeightScheme`).
enum CohenKappa {
  /// Cohen's kappa, weighted or not, with Fleiss, Cohen & Everitt (1969) standard errors.
  ///
  ///     p_o = Σ_kl w_kl p_kl        p_e = Σ_kl w_kl p_k. p_.l        κ_w = (p_o − p_e) / (1 − p_e)
  ///     w̄_k. = Σ_l p_.l w_kl        w̄_.l = Σ_k p_k. w_kl
  ///     se²  = [Σ_kl p_kl (w_kl − (w̄_k. + w̄_.l)(1 − κ_w))² − (κ_w − p_e (1 − κ_w))²] / (N (1 − p_e)²)
  ///     se0² = [Σ_kl p_k. p_.l (w_kl − (w̄_k. + w̄_.l))² − p_e²] / (N (1 − p_e)²)
  ///          = Σ_kl p_k. p_.l (w_kl − w̄_k. − w̄_.l + p_e)² / (N (1 − p_e)²)   (computed so: no cancellation)
  ///     se_simple² = p_o (1 − p_o) / (N (1 − p_e)²)          (Cohen 1960; unweighted only)
  ///
  /// `se` is the large-sample non-null SE (SAS "ASE", statsmodels `std_kappa`), used for the Wald interval
  /// κ ± 1.96 se (not capped at 1); `se0` is the SE under κ = 0 for the z-test (SAS "ASE under H0").
  /// Cohen's (1968) own variance for weighted kappa was wrong and is not used.
  ///
  /// Variances whose terms cancel (κ = 1: every item on a weight-1 cell) are exactly 0, not rounding
  /// residue (`RoundingResidue`), so a perfect table has a zero-width interval.
  ///
  /// Degenerate cases: N = 0 or p_e = 1 (both coders always used one category) → undefined; standard
  /// errors need N ≥ 2. Range: −1 ≤ κ ≤ 1 for identity weights; disjoint label sets give p_e = 0 and κ = p_o.
  ///
  /// References: Cohen (1960), Educ. Psychol. Meas. 20:37–46, doi:10.1177/001316446002000104;
  /// Cohen (1968), Psychol. Bull. 70:213–220, doi:10.1037/h0026256; Fleiss, Cohen & Everitt (1969),
  /// Psychol. Bull. 72:323–327, doi:10.1037/h0028106.
  static func kappa(table t: [Double], categories q: Int, weights w: [Double], simpleSE: Bool) -> Estimate {
    let total = t.reduce(0, +)
    guard total > 0 else { return .point(.undefined(reason: "the two coders rated no item in common")) }
    let n = total
    // Counts first, one division last: with integer counts, perfect agreement gives p_o = 1 exactly.
    var rowCounts = [Double](repeating: 0, count: q)
    var columnCounts = [Double](repeating: 0, count: q)
    var observedCount = 0.0
    for k in 0..<q {
      for l in 0..<q {
        rowCounts[k] += t[k * q + l]
        columnCounts[l] += t[k * q + l]
        observedCount += w[k * q + l] * t[k * q + l]
      }
    }
    let observed = observedCount / n
    let rows = rowCounts.map { $0 / n }
    let columns = columnCounts.map { $0 / n }
    var expectedCount = 0.0
    for k in 0..<q { for l in 0..<q { expectedCount += w[k * q + l] * rowCounts[k] * columnCounts[l] } }
    let expected = expectedCount / (n * n)
    let value = CoefficientValue.ratio(
      observed - expected, 1 - expected,
      undefined:
        "chance agreement p_e = 1 (both coders used a single category throughout, or the weights give every pair of "
        + "categories they used full agreement): κ is 0/0")
    guard let kappa = value.number else { return .point(value) }
    guard n >= 2 else { return .point(value) }
    var rowMean = [Double](repeating: 0, count: q)
    var columnMean = [Double](repeating: 0, count: q)
    for k in 0..<q {
      for l in 0..<q {
        rowMean[k] += columns[l] * w[k * q + l]
        columnMean[l] += rows[k] * w[k * q + l]
      }
    }
    var sumNonNull = 0.0
    var sumNull = 0.0
    for k in 0..<q {
      for l in 0..<q {
        let p = t[k * q + l] / n
        let deviation = w[k * q + l] - (rowMean[k] + columnMean[l]) * (1 - kappa)
        sumNonNull += p * deviation * deviation
        // Centred by p_e: Σ p_k. p_.l (w_kl − w̄_k. − w̄_.l + p_e)² equals the bracket of se0² above
        // (Σ p_k. p_.l w̄_k. = Σ p_k. p_.l w̄_.l = p_e), as a sum of squares. The bracket's own
        // difference of two numbers near 1 lost every digit on lopsided tables (QA review 34:
        // [[300000, 1], [0, 1]] gave se0 = 0 where it is 0.00172).
        let nullDeviation = w[k * q + l] - rowMean[k] - columnMean[l] + expected
        sumNull += rows[k] * columns[l] * nullDeviation * nullDeviation
      }
    }
    let scale = n * (1 - expected) * (1 - expected)
    let correction = kappa - expected * (1 - kappa)
    let nonNull = correction * correction
    let se = (RoundingResidue.variance(sumNonNull - nonNull, scale: max(sumNonNull, nonNull)) / scale).squareRoot()
    let se0 = (sumNull / scale).squareRoot()
    let seSimple =
      simpleSE ? (RoundingResidue.variance(observed * (1 - observed), scale: observed) / scale).squareRoot() : nil
    let half = Distributions.z975 * se
    return Estimate(
      value: value, standardError: se, nullStandardError: se0, simpleStandardError: seSimple,
      interval95: ConfidenceInterval(lower: kappa - half, upper: kappa + half))
  }

  /// Scott's pi: p_e = Σ_kl w_kl m_k m_l with the pooled marginals m_k = (p_k. + p_.k) / 2
  /// (Scott 1955, Public Opinion Quarterly 19:321–325, doi:10.1086/266577). Equals Fleiss' kappa with two
  /// coders. Undefined when N = 0 or p_e = 1.
  static func scottPi(table t: [Double], categories q: Int, weights w: [Double]) -> CoefficientValue {
    let n = t.reduce(0, +)
    guard n > 0 else { return .undefined(reason: "the two coders rated no item in common") }
    var pooled = [Double](repeating: 0, count: q)  // 2N m_k: counts, divided once at the end
    var observedCount = 0.0
    for k in 0..<q {
      for l in 0..<q {
        pooled[k] += t[k * q + l]
        pooled[l] += t[k * q + l]
        observedCount += w[k * q + l] * t[k * q + l]
      }
    }
    let observed = observedCount / n
    var expectedCount = 0.0
    for k in 0..<q { for l in 0..<q { expectedCount += w[k * q + l] * pooled[k] * pooled[l] } }
    let expected = expectedCount / (4 * n * n)
    return .ratio(
      observed - expected, 1 - expected, undefined: "chance agreement p_e = 1 (a single category throughout): π is 0/0")
  }

  /// Maximum attainable kappa given the marginals (Cohen 1960): p_max = Σ_k min(p_k., p_.k),
  /// κ_max = (p_max − p_e) / (1 − p_e). Undefined when p_e = 1.
  static func maximumKappa(table t: [Double], categories q: Int) -> CoefficientValue {
    let n = t.reduce(0, +)
    guard n > 0 else { return .undefined(reason: "the two coders rated no item in common") }
    var rows = [Double](repeating: 0, count: q)
    var columns = [Double](repeating: 0, count: q)
    for k in 0..<q {
      for l in 0..<q {
        rows[k] += t[k * q + l] / n
        columns[l] += t[k * q + l] / n
      }
    }
    var expected = 0.0
    var maximum = 0.0
    for k in 0..<q {
      expected += rows[k] * columns[k]
      maximum += min(rows[k], columns[k])
    }
    return .ratio(maximum - expected, 1 - expected, undefined: "chance agreement p_e = 1: κ_max is 0/0")
  }

  /// Two-category indices of Byrt, Bishop & Carlin (1993), J. Clin. Epidemiol. 46:423–429,
  /// doi:10.1016/0895-4356(93)90018-V, with a = p_11, b = p_12, c = p_21, d = p_22:
  /// PABAK = 2 p_o − 1; prevalence index = |a − d|; bias index = |b − c|. Only for q = 2.
  static func twoCategoryIndices(table t: [Double]) -> (
    pabak: CoefficientValue, prevalence: CoefficientValue, bias: CoefficientValue
  ) {
    let n = t.reduce(0, +)
    guard t.count == 4, n > 0 else {
      let reason = CoefficientValue.undefined(reason: "the two coders rated no item in common")
      return (reason, reason, reason)
    }
    let (a, b, c, d) = (t[0] / n, t[1] / n, t[2] / n, t[3] / n)
    return (.defined(2 * (a + d) - 1), .defined(abs(a - d)), .defined(abs(b - c)))
  }
}
