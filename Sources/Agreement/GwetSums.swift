/// Additive sums from which Gwet's linearised variance (`GwetVariance`) is computed exactly after
/// shards of disjoint items are merged (`agree --partial` / `--merge`).
///
/// With x_ik = r_ik / r_i (item i's category shares), m_i = [r_i ≥ 2] and a_is the item's weighted
/// agreement p_a,i under weight scheme s, every linearised term is affine in the item's data:
///
///     κ*_i − κ = α a_is + β m_i + γ Σ_k x_ik g_k + δ
///
/// where α = (n/n′)/(1 − p_e), β = −α p_e, γ = −2(1 − κ)/(1 − p_e) (0 for percent agreement and
/// Brennan–Prediger), δ = −γ p_e − κ, and g_k is the chance weight of category k (Fleiss: π̃_k; Gwet:
/// Σw/(q(q − 1)) · (1 − π_k)). So Σ_i (κ*_i − κ)² expands into Σ a², Σ a, Σ a x, Σ m, Σ m x, Σ x xᵀ and
/// Σ x, all of which add across shards. Size O(s q + q²), whatever the number of items.
public struct GwetSums: Sendable, Equatable {
  public let categoryCount: Int
  public let schemeCount: Int
  public internal(set) var items: Double = 0
  public internal(set) var multiRated: Double = 0
  /// Σ_i x_ik.
  public internal(set) var shares: [Double]
  /// Σ_i m_i x_ik.
  public internal(set) var multiShares: [Double]
  /// Σ_i x_ik x_il (q × q).
  public internal(set) var shareProducts: [Double]
  /// Σ_i a_is, per scheme.
  public internal(set) var agreement: [Double]
  /// Σ_i a_is², per scheme.
  public internal(set) var agreementSquares: [Double]
  /// Σ_i a_is x_ik (scheme × q).
  public internal(set) var agreementShares: [Double]

  init(categoryCount q: Int, schemeCount: Int) {
    categoryCount = q
    self.schemeCount = schemeCount
    shares = [Double](repeating: 0, count: q)
    multiShares = [Double](repeating: 0, count: q)
    shareProducts = [Double](repeating: 0, count: q * q)
    agreement = [Double](repeating: 0, count: schemeCount)
    agreementSquares = [Double](repeating: 0, count: schemeCount)
    agreementShares = [Double](repeating: 0, count: schemeCount * q)
  }

  /// The sums of per-item category counts r_ik under the given weight matrices.
  init(counts: ItemCategoryCounts, weights: [[Double]]) {
    self.init(categoryCount: counts.categoryCount, schemeCount: weights.count)
    var x = [Double](repeating: 0, count: counts.categoryCount)
    for i in 0..<counts.itemCount {
      let cells = counts.cells(item: i)
      add(
        codes: counts.code[cells], counts: counts.count[cells], total: counts.total[i], multiplicity: 1,
        weights: weights, scratch: &x)
    }
  }

  /// The sums of the items two coders both rated, from their q × q contingency table t (t_kl items rated
  /// k by one coder and l by the other): every cell is t_kl identical items with r_ik + r_il = 2. This is
  /// what Scott's pi (Fleiss' kappa of the pair) and the pair's percent agreement need, so their Gwet
  /// standard errors are functions of the pair table and survive a merge.
  init(pairTable t: [Double], categories q: Int, weights: [[Double]]) {
    self.init(categoryCount: q, schemeCount: weights.count)
    var x = [Double](repeating: 0, count: q)
    for k in 0..<q {
      for l in 0..<q where t[k * q + l] > 0 {
        let codes: [Int32] = k == l ? [Int32(k)] : [Int32(min(k, l)), Int32(max(k, l))]
        let counts: [Double] = k == l ? [2] : [1, 1]
        add(
          codes: codes[...], counts: counts[...], total: 2, multiplicity: t[k * q + l], weights: weights,
          scratch: &x)
      }
    }
  }

  /// Adds one item with multiplicity m (m identical items): its categories `codes` (ascending) with
  /// counts r_ik > 0, and r_i = `total`. `x` is scratch space of q elements.
  ///
  /// Only the categories the item was given take part: every other term is a product with zero.
  /// Visiting those in increasing k adds the same non-zero terms in the same order as dense loops over
  /// all q categories, so the sums keep their bits, and an item costs O(d²) for its d categories
  /// instead of O(q²) (3,000 categories took half a minute).
  private mutating func add(
    codes: ArraySlice<Int32>, counts: ArraySlice<Double>, total: Double, multiplicity m: Double,
    weights: [[Double]], scratch x: inout [Double]
  ) {
    let q = categoryCount
    items += m
    guard total > 0 else { return }
    for (k, r) in zip(codes, counts) { x[Int(k)] = r / total }
    for k in codes.lazy.map(Int.init) {
      shares[k] += m * x[k]
      for l in codes.lazy.map(Int.init) { shareProducts[k * q + l] += m * x[k] * x[l] }
    }
    guard total >= 2 else { return }
    multiRated += m
    for k in codes.lazy.map(Int.init) { multiShares[k] += m * x[k] }
    for (s, w) in weights.enumerated() {
      let sum = ItemCategoryCounts.weightedAgreementSum(codes: codes, counts: counts, weights: w, categories: q)
      let a = sum / (total * (total - 1))
      agreement[s] += m * a
      agreementSquares[s] += m * a * a
      for k in codes.lazy.map(Int.init) { agreementShares[s * q + k] += m * a * x[k] }
    }
  }

  /// Adds another shard's sums (disjoint items, same categories and weights).
  mutating func merge(_ other: GwetSums) {
    precondition(other.categoryCount == categoryCount && other.schemeCount == schemeCount)
    items += other.items
    multiRated += other.multiRated
    for k in shares.indices { shares[k] += other.shares[k] }
    for k in multiShares.indices { multiShares[k] += other.multiShares[k] }
    for k in shareProducts.indices { shareProducts[k] += other.shareProducts[k] }
    for s in agreement.indices { agreement[s] += other.agreement[s] }
    for s in agreementSquares.indices { agreementSquares[s] += other.agreementSquares[s] }
    for k in agreementShares.indices { agreementShares[k] += other.agreementShares[k] }
  }

  /// Gwet's SE of the coefficient with weight scheme `s` (matrix `w`) and chance model `chance`, equal to
  /// `GwetVariance.estimate` on the items the sums came from. The expansion cancels exactly when every
  /// item agrees; a sum below ε times its largest term is that residue and gives exactly 0
  /// (`RoundingResidue`), as the single run does. Nil when n < 2 or p_e = 1.
  func standardError(scheme s: Int, weights w: [Double], chance: GwetVariance.Chance) -> Double? {
    let q = categoryCount
    let n = items
    guard n >= 2, multiRated > 0, q > 0 else { return nil }
    let pi = shares.map { $0 / n }
    let pa = agreement[s] / multiRated
    guard let (pe, g) = GwetVariance.chanceAgreement(shares: pi, weights: w, chance: chance) else { return nil }
    guard pe != 1 else { return nil }
    let value = (pa - pe) / (1 - pe)
    let corrected = chance == .fleiss || chance == .gwet
    let alpha = (n / multiRated) / (1 - pe)
    let beta = -alpha * pe
    let gamma = corrected ? -2 * (1 - value) / (1 - pe) : 0
    let delta = -gamma * pe - value
    func dot(_ vector: ArraySlice<Double>) -> Double { zip(g, vector).reduce(0) { $0 + $1.0 * $1.1 } }
    var gXg = 0.0
    for k in 0..<q { for l in 0..<q { gXg += g[k] * shareProducts[k * q + l] * g[l] } }
    let sumA = agreement[s]
    let sumAA = agreementSquares[s]
    let gAx = dot(agreementShares[(s * q)..<((s + 1) * q)])
    let gMx = dot(multiShares[...])
    let gX = dot(shares[...])
    let m = multiRated
    let terms = [
      alpha * alpha * sumAA, beta * beta * m, gamma * gamma * gXg, delta * delta * n, 2 * alpha * beta * sumA,
      2 * alpha * gamma * gAx, 2 * alpha * delta * sumA, 2 * beta * gamma * gMx, 2 * beta * delta * m,
      2 * gamma * delta * gX,
    ]
    let sum = terms.reduce(0, +)
    let scale = terms.reduce(0) { max($0, abs($1)) }
    return (RoundingResidue.variance(sum, scale: scale) / (n * (n - 1))).squareRoot()
  }
}
