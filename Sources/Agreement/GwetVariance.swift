/// Standard errors of the many-coder coefficients by Gwet's linearised variance for raw data
/// (Gwet 2014, Handbook of Inter-Rater Reliability, 4th ed., ch. 5; Gwet 2008, "Computing inter-rater
/// reliability and its variance in the presence of high agreement", Br. J. Math. Stat. Psychol. 61:29–48,
/// doi:10.1348/000711006X126600), as implemented by irrCAC's `*.raw` functions.
///
/// With the per-item agreement p_a,i = Σ_k r_ik (r*_ik − 1) / (r_i (r_i − 1)) (0 when r_i < 2):
///
///     κ_i   = (n / n') (p_a,i − p_e [r_i ≥ 2]) / (1 − p_e)
///     κ*_i  = κ_i − 2 (1 − κ) (p_e,i − p_e) / (1 − p_e)
///     v(κ)  = Σ_i (κ*_i − κ)² / (n (n − 1))
///
/// where p_e,i is the item's share of chance agreement: Fleiss Σ_k r_ik π̃_k / r_i with
/// π̃ = (Wπ + Wᵀπ)/2; AC1/AC2 (Σw / (q(q − 1))) Σ_k r_ik (1 − π_k) / r_i; Brennan–Prediger and percent
/// agreement have a constant p_e and no correction term. The divisor is n(n − 1) (raw-data form; irrCAC's
/// contingency-table functions divide by n², which is smaller by √(n/(n − 1)) in the SE).
///
/// Deviations κ*_i − κ that are rounding residue count as exactly 0 (`RoundingResidue`), so when every item
/// agrees the SE is exactly 0 and the interval has zero width.
///
/// The 95% interval is κ ± t_{0.975, n−1} · se with the upper bound capped at 1 (irrCAC) and the lower
/// floored at the coefficient's least value where it has one (`CoefficientRange`). With n < 2 the
/// SE is undefined (nil). Complexity O(Σ_i d_i² + q²), d_i the distinct categories of item i
/// (`ItemCategoryCounts`).
enum GwetVariance {
  enum Chance { case none, fleiss, gwet, brennanPrediger }

  /// The coefficients whose SE is the linearised variance above: name, weight scheme, chance model.
  static let family: [(Coefficient, Int, Chance)] = [
    (.percentAgreement, CoefficientSetup.identity, .none),
    (.percentAgreementQuadratic, CoefficientSetup.quadratic, .none),
    (.fleissKappa, CoefficientSetup.identity, .fleiss), (.fleissKappaQuadratic, CoefficientSetup.quadratic, .fleiss),
    (.gwetAC1, CoefficientSetup.identity, .gwet), (.gwetAC2Linear, CoefficientSetup.linear, .gwet),
    (.gwetAC2Quadratic, CoefficientSetup.quadratic, .gwet),
    (.brennanPrediger, CoefficientSetup.identity, .brennanPrediger),
    (.brennanPredigerQuadratic, CoefficientSetup.quadratic, .brennanPrediger),
  ]

  /// Chance agreement p_e and the per-category chance weights g_k (p_e,i = Σ_k x_ik g_k) from the
  /// category shares π_k: Fleiss p_e = Σ w_kl π_k π_l, g = π̃ = (Wπ + Wᵀπ)/2; Gwet p_e = Σw/(q(q − 1)) ·
  /// Σ π_k (1 − π_k), g_k = Σw/(q(q − 1)) · (1 − π_k); Brennan–Prediger p_e = Σw/q²; none p_e = 0 (g = 0
  /// for both). Nil when Gwet's form is undefined (q < 2).
  static func chanceAgreement(shares pi: [Double], weights w: [Double], chance: Chance) -> (pe: Double, g: [Double])? {
    let q = pi.count
    let weightSum = w.reduce(0, +)
    var pe = 0.0
    var g = [Double](repeating: 0, count: q)
    switch chance {
    case .none: pe = 0
    case .brennanPrediger: pe = weightSum / Double(q * q)
    case .fleiss:
      for k in 0..<q {
        for l in 0..<q {
          pe += w[k * q + l] * pi[k] * pi[l]
          g[k] += (w[k * q + l] * pi[l] + w[l * q + k] * pi[l]) / 2
        }
      }
    case .gwet:
      guard q >= 2 else { return nil }
      var spread = 0.0
      for k in 0..<q { spread += pi[k] * (1 - pi[k]) }
      pe = weightSum * spread / Double(q * (q - 1))
      for k in 0..<q { g[k] = weightSum / Double(q * (q - 1)) * (1 - pi[k]) }
    }
    return (pe, g)
  }

  /// Value and SE of a Gwet-family coefficient from counts r_ik.
  static func estimate(counts: ItemCategoryCounts, weights w: [Double], chance: Chance) -> (
    value: Double, se: Double?
  )? {
    let q = counts.categoryCount
    let n = counts.itemCount
    let ri = counts.total
    var pai = [Double](repeating: 0, count: n)
    // Compensated sums: a share near 1 summed plainly over many items loses the digits that
    // 1 − p_e needs (`CompensatedSum`).
    var shareSums = [CompensatedSum](repeating: CompensatedSum(), count: q)
    var agreementSum = CompensatedSum()
    var multi = 0.0
    for i in 0..<n {
      let total = ri[i]
      guard total > 0 else { continue }
      for a in counts.cells(item: i) { shareSums[Int(counts.code[a])].add(counts.count[a] / total) }
      guard total >= 2 else { continue }
      multi += 1
      pai[i] = counts.weightedAgreementSum(item: i, weights: w) / (total * (total - 1))
      agreementSum.add(pai[i])
    }
    guard multi > 0 else { return nil }
    let pi = shareSums.map { $0.total / Double(n) }
    let pa = agreementSum.total / multi
    guard let (pe, g) = chanceAgreement(shares: pi, weights: w, chance: chance) else { return nil }
    guard pe != 1 else { return nil }
    let value = (pa - pe) / (1 - pe)
    guard n >= 2 else { return (value, nil) }
    var sum = 0.0
    let scale = Double(n) / multi
    for i in 0..<n {
      var item = scale * (pai[i] - (ri[i] >= 2 ? pe : 0)) / (1 - pe)
      if chance == .fleiss || chance == .gwet {
        // The item's share of chance agreement, p_e,i = Σ_k r_ik g_k / r_i.
        let pei = counts.dot(item: i, g) / ri[i]
        item -= 2 * (1 - value) * (pei - pe) / (1 - pe)
      }
      let deviation = RoundingResidue.deviation(item - value, magnitude: max(abs(item), abs(value)))
      sum += deviation * deviation
    }
    return (value, (sum / (Double(n) * Double(n - 1))).squareRoot())
  }

  /// Conger's kappa SE (Gwet 2014 §5.4; irrCAC `conger.kappa.raw`). With p_ck coder c's category shares,
  /// n_c coder c's rated items, ε_ic = [c rated i] and S_k = Σ_c p_ck:
  ///     λ_ic = Σ_k (n / n_c) (ε_ic w_{k,x_ic} − (ε_ic − n_c/n) Σ_l w_kl p_cl) (S_k − p_ck)
  ///     p_e,i = Σ_c λ_ic / (r (r − 1))
  /// then the common linearisation above.
  static func congerStandardError(
    table: RatingTable, counts: ItemCategoryCounts, weights w: [Double], value: Double, chance pe: Double
  ) -> Double? {
    let n = table.itemCount
    let r = table.coderCount
    let q = table.categoryCount
    guard n >= 2, r >= 2, pe != 1 else { return nil }
    var shares = [Double](repeating: 0, count: r * q)
    var rated = [Double](repeating: 0, count: r)
    for e in 0..<table.ratingCount {
      let c = Int(table.entryCoder[e])
      shares[c * q + Int(table.entryCode[e])] += 1
      rated[c] += 1
    }
    for c in 0..<r {
      guard rated[c] > 0 else { return nil }
      for k in 0..<q { shares[c * q + k] /= rated[c] }
    }
    var columnTotals = [Double](repeating: 0, count: q)
    for c in 0..<r { for k in 0..<q { columnTotals[k] += shares[c * q + k] } }
    var weightedShares = [Double](repeating: 0, count: r * q)  // Σ_l w_kl p_cl
    for c in 0..<r {
      for k in 0..<q {
        var sum = 0.0
        for l in 0..<q { sum += w[k * q + l] * shares[c * q + l] }
        weightedShares[c * q + k] = sum
      }
    }
    var multi = 0.0
    var pai = [Double](repeating: 0, count: n)
    for i in 0..<n {
      let total = counts.total[i]
      guard total >= 2 else { continue }
      multi += 1
      pai[i] = counts.weightedAgreementSum(item: i, weights: w) / (total * (total - 1))
    }
    guard multi > 0 else { return nil }
    // λ_i sums a term per coder. A coder who did not rate item i (ε_ic = 0) contributes
    // absent_c = Σ_k Σ_l w_kl p_cl (S_k − p_ck), the same for every item; one who rated it as x
    // contributes present_c(x). So λ_i = Σ_c absent_c + Σ_{c rated i} (present_c(x_ic) − absent_c): the cost
    // per item is its number of ratings, not r (crowd-coded data has thousands of coders).
    var absentSum = 0.0
    var change = [Double](repeating: 0, count: r * q)  // present_c(x) − absent_c at c·q + x
    for c in 0..<r {
      let scale = Double(n) / rated[c]
      var absent = 0.0
      for k in 0..<q { absent += weightedShares[c * q + k] * (columnTotals[k] - shares[c * q + k]) }
      absentSum += absent
      for x in 0..<q {
        var present = 0.0
        for k in 0..<q {
          present +=
            scale * (w[k * q + x] - (1 - rated[c] / Double(n)) * weightedShares[c * q + k])
            * (columnTotals[k] - shares[c * q + k])
        }
        change[c * q + x] = present - absent
      }
    }
    var sum = 0.0
    for i in 0..<n {
      var lambda = absentSum
      for e in table.entries(item: i) { lambda += change[Int(table.entryCoder[e]) * q + Int(table.entryCode[e])] }
      let pei = lambda / Double(r * (r - 1))
      let item =
        Double(n) / multi * (pai[i] - (counts.total[i] >= 2 ? pe : 0)) / (1 - pe) - 2 * (1 - value) * (pei - pe)
        / (1 - pe)
      let deviation = RoundingResidue.deviation(item - value, magnitude: max(abs(item), abs(value)))
      sum += deviation * deviation
    }
    return (sum / (Double(n) * Double(n - 1))).squareRoot()
  }

  /// Krippendorff's alpha SE by Gwet's linearisation (irrCAC `krippen.alpha.raw`), over the n items with
  /// r_i ≥ 2, r̄ their mean number of ratings and ε = 1 / Σ r_i:
  ///     p_a' = Σ_i Σ_k r_ik (r*_ik − 1) / (r̄ (r_i − 1)) / n,  p_a = (1 − ε) p_a' + ε,  π_k = Σ_i r_ik / (n r̄)
  ///     α' = (p_a' − p_e)/(1 − p_e);  p_a,i = Σ_k r_ik (r*_ik − 1)/(r̄ (r_i − 1)) − p_a (r_i − r̄)/r̄
  ///     p_e,i = Σ_k r_ik π̃_k / r̄ − p_e (r_i − r̄)/r̄;  v = Σ_i (κ*_i − α')² / (n (n − 1))
  /// Returns the SE and n (for the t interval), or nil when n < 2 or p_e = 1.
  static func krippendorffStandardError(counts: ItemCategoryCounts, weights w: [Double]) -> (
    se: Double, items: Int
  )? {
    let q = counts.categoryCount
    var rows: [Int] = []
    var ri: [Double] = []
    for i in 0..<counts.itemCount where counts.total[i] >= 2 {
      rows.append(i)
      ri.append(counts.total[i])
    }
    let n = rows.count
    guard n >= 2 else { return nil }
    let mean = ri.reduce(0, +) / Double(n)
    let epsilon = 1 / ri.reduce(0, +)
    var sums = [Double](repeating: 0, count: n)
    var shareSums = [CompensatedSum](repeating: CompensatedSum(), count: q)
    for (index, i) in rows.enumerated() {
      sums[index] = counts.weightedAgreementSum(item: i, weights: w)
      for a in counts.cells(item: i) { shareSums[Int(counts.code[a])].add(counts.count[a]) }
    }
    let ratingTotal = ri.reduce(0, +)  // n r̄
    let pi = shareSums.map { $0.total / ratingTotal }
    var agreementSum = CompensatedSum()
    for index in 0..<n { agreementSum.add(sums[index] / (mean * (ri[index] - 1))) }
    let paPrime = agreementSum.total / Double(n)
    let pa = (1 - epsilon) * paPrime + epsilon
    var pe = 0.0
    var piTilde = [Double](repeating: 0, count: q)
    for k in 0..<q {
      for l in 0..<q {
        pe += w[k * q + l] * pi[k] * pi[l]
        piTilde[k] += (w[k * q + l] * pi[l] + w[l * q + k] * pi[l]) / 2
      }
    }
    guard pe != 1 else { return nil }
    let alphaPrime = (paPrime - pe) / (1 - pe)
    var sum = 0.0
    for (index, i) in rows.enumerated() {
      let spread = (ri[index] - mean) / mean
      let pai = sums[index] / (mean * (ri[index] - 1)) - pa * spread
      let pei = counts.dot(item: i, piTilde) / mean - pe * spread
      let item = (pai - pe) / (1 - pe) - 2 * (1 - alphaPrime) * (pei - pe) / (1 - pe)
      let deviation = RoundingResidue.deviation(item - alphaPrime, magnitude: max(abs(item), abs(alphaPrime)))
      sum += deviation * deviation
    }
    return ((sum / (Double(n) * Double(n - 1))).squareRoot(), n)
  }

  /// value ± t(0.975, n − 1)·se, capped at 1 above (irrCAC) and floored below at `lowest`, the least
  /// value the coefficient can take (`CoefficientRange.lowestValue`; nil: not floored). A floored
  /// bound is never above the estimate.
  static func interval(value: Double, se: Double, items n: Int, lowest: Double? = nil) -> ConfidenceInterval {
    let t = Distributions.studentTQuantile(0.975, degreesOfFreedom: Double(n - 1))
    var lower = value - t * se
    if let lowest, lower < lowest { lower = min(value, lowest) }
    return ConfidenceInterval(lower: lower, upper: min(1, value + t * se))
  }
}
