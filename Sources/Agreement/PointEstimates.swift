/// What the point estimates depend on besides the data: category count, weights, the selected pair and
/// the numeric category values.
struct CoefficientSetup: Sendable {
  /// Scheme indices into `weights`.
  static let identity = 0
  static let linear = 1
  static let quadratic = 2
  static let custom = 3

  let categoryCount: Int
  let coderCount: Int
  /// q × q matrices: identity, linear, quadratic and (when given) the user's matrix.
  let weights: [[Double]]
  /// The two coders of the two-coder coefficients, in the user's order (first = rows).
  let pair: (first: Int, second: Int)?
  let values: [Double]
  let level: MeasurementLevel
  /// Coder names, for reasons that name a coder (empty: coders are named by position).
  var coders: [String] = []

  /// Coder `c` as reasons name it: its name in quotes, else its 1-based position.
  func coderName(_ c: Int) -> String { c < coders.count ? "\"\(coders[c])\"" : "\(c + 1)" }

  var hasCustomWeights: Bool { weights.count > Self.custom }
}

/// Point estimates of every coefficient from additive statistics (the data, a shard merge, or a
/// bootstrap resample). Formulas are documented on `AgreementReport` and the per-family enums.
enum PointEstimates {
  static let noMultiRated = "no item was rated by two or more coders"

  static func compute(_ s: AgreementStatistics, setup: CoefficientSetup) -> [Coefficient: CoefficientValue] {
    var result: [Coefficient: CoefficientValue] = [:]
    let q = s.categoryCount
    let identity = setup.weights[CoefficientSetup.identity]
    let quadratic = setup.weights[CoefficientSetup.quadratic]
    let linear = setup.weights[CoefficientSetup.linear]

    func observed(_ scheme: Int) -> Double? { s.multiRated > 0 ? s.agreement[scheme] / s.multiRated : nil }
    let shares = s.categoryShare.map { s.items > 0 ? $0 / s.items : 0 }

    // Percent agreement (Gwet's p_a; pe = 0) and the unanimous share.
    for (name, scheme) in [(Coefficient.percentAgreement, 0), (.percentAgreementQuadratic, 2)] {
      result[name] = observed(scheme).map { .defined($0) } ?? .undefined(reason: noMultiRated)
    }
    result[.percentAgreementUnanimous] = CoefficientValue.ratio(s.unanimous, s.multiRated, undefined: noMultiRated)

    // Chance-corrected coefficients sharing p_a.
    func corrected(_ scheme: Int, chance: Double?, chanceReason: String) -> CoefficientValue {
      guard let pa = observed(scheme) else { return .undefined(reason: noMultiRated) }
      guard let pe = chance else { return .undefined(reason: chanceReason) }
      return .ratio(pa - pe, 1 - pe, undefined: "chance agreement p_e = 1 (a single category throughout): 0/0")
    }
    func weightSum(_ w: [Double]) -> Double { w.reduce(0, +) }
    let fleissChance = { (w: [Double]) -> Double in
      var pe = 0.0
      for k in 0..<q { for l in 0..<q { pe += w[k * q + l] * shares[k] * shares[l] } }
      return pe
    }
    let gwetChance = { (w: [Double]) -> Double? in
      guard q >= 2 else { return nil }
      var spread = 0.0
      for k in 0..<q { spread += shares[k] * (1 - shares[k]) }
      return weightSum(w) * spread / Double(q * (q - 1))
    }
    let oneCategory = "only one category: AC1/AC2 need q ≥ 2 (declare the category set with --categories)"
    result[.fleissKappa] = corrected(0, chance: fleissChance(identity), chanceReason: "")
    result[.fleissKappaQuadratic] = corrected(2, chance: fleissChance(quadratic), chanceReason: "")
    result[.gwetAC1] = corrected(0, chance: gwetChance(identity), chanceReason: oneCategory)
    result[.gwetAC2Linear] = corrected(1, chance: gwetChance(linear), chanceReason: oneCategory)
    result[.gwetAC2Quadratic] = corrected(2, chance: gwetChance(quadratic), chanceReason: oneCategory)
    result[.brennanPrediger] = corrected(0, chance: weightSum(identity) / Double(q * q), chanceReason: "")
    result[.brennanPredigerQuadratic] = corrected(2, chance: weightSum(quadratic) / Double(q * q), chanceReason: "")
    let congerChance = congerChance(s)
    result[.congerKappa] = corrected(
      0, chance: congerChance.map { $0(identity) }, chanceReason: "a coder has no rating in this sample")
    result[.congerKappaQuadratic] = corrected(
      2, chance: congerChance.map { $0(quadratic) }, chanceReason: "a coder has no rating in this sample")

    // Light's kappa: mean pairwise Cohen's kappa, over every pair in order. A pair that rated no item in
    // common is not stored: its kappa is the one of an all-zero table.
    let r = s.coderCount
    if r >= 2 {
      let cells = q * q
      let pairCount = r * (r - 1) / 2
      let emptyPair = CohenKappa.kappa(
        table: [Double](repeating: 0, count: cells), categories: q, weights: identity, simpleSE: false
      ).value
      var sum = 0.0
      var undefinedPair: String?
      var next = 0  // the first pair index not yet counted
      func add(_ kappa: CoefficientValue, pair key: Int, times: Int) {
        switch kappa {
        case .defined(let value): sum += value * Double(times)
        case .undefined(let reason):
          let (a, b) = AgreementStatistics.pair(ofIndex: key, coders: r)
          undefinedPair = undefinedPair ?? "coders \(setup.coderName(a)) and \(setup.coderName(b)): \(reason)"
        }
      }
      for (slot, key) in s.pairKeys.enumerated() where undefinedPair == nil {
        if key > next { add(emptyPair, pair: next, times: key - next) }
        guard undefinedPair == nil else { break }
        let table = Array(s.pairTables[(slot * cells)..<((slot + 1) * cells)])
        add(
          CohenKappa.kappa(table: table, categories: q, weights: identity, simpleSE: false).value, pair: key, times: 1)
        next = key + 1
      }
      if undefinedPair == nil, next < pairCount { add(emptyPair, pair: next, times: pairCount - next) }
      result[.lightKappa] =
        undefinedPair.map { .undefined(reason: "Light's kappa needs every pairwise kappa; \($0)") }
        ?? .defined(sum / Double(pairCount))
    }

    // Krippendorff's alpha.
    for (name, level) in [
      (Coefficient.krippendorffAlphaNominal, MeasurementLevel.nominal), (.krippendorffAlphaOrdinal, .ordinal),
      (.krippendorffAlphaInterval, .interval), (.krippendorffAlphaRatio, .ratio),
    ] {
      if level == .ratio, let negative = setup.values.first(where: { $0 < 0 }) {
        result[name] = .undefined(reason: KrippendorffAlpha.negativeRatioValueReason(negative))
        continue
      }
      let delta = KrippendorffAlpha.squaredDifferences(level: level, coincidence: s.coincidence, values: setup.values)
      result[name] = KrippendorffAlpha.alpha(coincidence: s.coincidence, differences: delta, categories: q)
    }
    result[.krippendorffAlpha] = result[alphaName(setup.level)]
    result[.krippendorffAlphaQuadratic] = KrippendorffAlpha.alpha(
      coincidence: s.coincidence, differences: KrippendorffAlpha.quadraticDifferences(categories: q), categories: q)

    // Two-coder coefficients.
    if let table = pairTable(s, setup: setup) {
      var matching = 0.0
      for k in 0..<q { matching += table[k * q + k] }
      result[.percentAgreementPair] = .ratio(
        matching, table.reduce(0, +), undefined: "the two coders rated no item in common")
      result[.cohenKappa] = CohenKappa.kappa(table: table, categories: q, weights: identity, simpleSE: false).value
      result[.weightedKappaLinear] =
        CohenKappa.kappa(table: table, categories: q, weights: linear, simpleSE: false).value
      result[.weightedKappaQuadratic] =
        CohenKappa.kappa(table: table, categories: q, weights: quadratic, simpleSE: false).value
      if setup.hasCustomWeights {
        result[.weightedKappaCustom] =
          CohenKappa.kappa(
            table: table, categories: q, weights: setup.weights[CoefficientSetup.custom], simpleSE: false
          ).value
      }
      result[.cohenKappaMax] = CohenKappa.maximumKappa(table: table, categories: q)
      result[.scottPi] = CohenKappa.scottPi(table: table, categories: q, weights: identity)
      result[.scottPiQuadratic] = CohenKappa.scottPi(table: table, categories: q, weights: quadratic)
      if q == 2 {
        let indices = CohenKappa.twoCategoryIndices(table: table)
        result[.pabak] = indices.pabak
        result[.prevalenceIndex] = indices.prevalence
        result[.biasIndex] = indices.bias
      }
    }
    return result
  }

  static func alphaName(_ level: MeasurementLevel) -> Coefficient {
    switch level {
    case .nominal: return .krippendorffAlphaNominal
    case .ordinal: return .krippendorffAlphaOrdinal
    case .interval: return .krippendorffAlphaInterval
    case .ratio: return .krippendorffAlphaRatio
    }
  }

  /// The selected pair's q × q table, rows = first coder.
  static func pairTable(_ s: AgreementStatistics, setup: CoefficientSetup) -> [Double]? {
    guard let pair = setup.pair else { return nil }
    let q = s.categoryCount
    let stored = Array(s.pairTable(pair.first, pair.second))
    guard pair.first > pair.second else { return stored }
    var transposed = stored
    for k in 0..<q { for l in 0..<q { transposed[k * q + l] = stored[l * q + k] } }
    return transposed
  }

  /// Conger's (1980) chance agreement p_e = Σ_kl w_kl (p̄_k p̄_l − s²_kl / r), with p_ck the share of coder
  /// c's ratings in category k, p̄_k = Σ_c p_ck / r and s²_kl = (Σ_c p_ck p_cl − r p̄_k p̄_l) / (r − 1)
  /// (Gwet 2014, §2.4; irrCAC `conger.kappa.raw`). nil when a coder has no rating.
  static func congerChance(_ s: AgreementStatistics) -> (([Double]) -> Double)? {
    let r = s.coderCount
    let q = s.categoryCount
    guard r >= 2 else { return nil }
    var p = [Double](repeating: 0, count: r * q)
    for c in 0..<r {
      var total = 0.0
      for k in 0..<q { total += s.coderCategory[c * q + k] }
      guard total > 0 else { return nil }
      for k in 0..<q { p[c * q + k] = s.coderCategory[c * q + k] / total }
    }
    var mean = [Double](repeating: 0, count: q)
    for c in 0..<r { for k in 0..<q { mean[k] += p[c * q + k] / Double(r) } }
    var term = [Double](repeating: 0, count: q * q)
    for k in 0..<q {
      for l in 0..<q {
        var cross = 0.0
        for c in 0..<r { cross += p[c * q + k] * p[c * q + l] }
        let covariance = (cross - Double(r) * mean[k] * mean[l]) / Double(r - 1)
        term[k * q + l] = mean[k] * mean[l] - covariance / Double(r)
      }
    }
    return { w in zip(w, term).reduce(0) { $0 + $1.0 * $1.1 } }
  }
}
