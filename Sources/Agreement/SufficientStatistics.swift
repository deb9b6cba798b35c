/// Additive sufficient statistics of a rating table: every point estimate of `agree` is a function of
/// these sums over items. Two shards of disjoint items with the same coders, categories and weights merge
/// by adding (`merge(_:)`), and a bootstrap resample is the same sums with item multiplicities m_i.
///
/// Per item i with multiplicity m_i (1 for the data itself):
/// - `items` Σ m_i; `multiRated` Σ m_i [r_i ≥ 2]; `unanimous` Σ m_i [r_i ≥ 2 and all ratings equal];
/// - `agreement[s]` Σ m_i p_a,i(W_s), p_a,i(W) = Σ_k r_ik (r*_ik − 1) / (r_i (r_i − 1)) for r_i ≥ 2
///   (Gwet 2014, eq. 2.8), for each weight scheme s (identity, linear, quadratic, custom);
/// - `categoryShare[k]` Σ m_i r_ik / r_i (Gwet's π_k × n);
/// - `coderCategory[c·q + k]` Σ m_i [x_ic = k] (Conger's per-coder marginals);
/// - `pairTables[s·q² + k·q + l]` Σ m_i [x_ia = k, x_ib = l] for the coder pair (a < b) of `pairKeys[s]`:
///   only pairs who rated an item in common are stored (the others' tables are all zero);
/// - `coincidence[k·q + l]` Σ m_i Σ_{c ≠ c'} [x_ic = k, x_ic' = l] / (r_i − 1) for r_i ≥ 2
///   (Krippendorff's coincidence matrix);
/// - `categoryDisagreement[k]` Σ m_i r_ik (r_i − r_ik) / (r_i (r_i − 1)) for r_i ≥ 2 (the disagreement of
///   the table dichotomised into k / not k, behind the per-category Fleiss kappas).
public struct AgreementStatistics: Sendable, Equatable {
  public let coderCount: Int
  public let categoryCount: Int
  public let schemeCount: Int
  public internal(set) var items: Double = 0
  public internal(set) var multiRated: Double = 0
  public internal(set) var unanimous: Double = 0
  public internal(set) var agreement: [Double]
  public internal(set) var categoryShare: [Double]
  public internal(set) var coderCategory: [Double]
  /// The stored coder pairs as `pairIndex(a, b)`, ascending; `pairTables` holds their tables in this order.
  public internal(set) var pairKeys: [Int]
  public internal(set) var pairTables: [Double]
  public internal(set) var coincidence: [Double]
  public internal(set) var categoryDisagreement: [Double]

  init(coderCount r: Int, categoryCount q: Int, schemeCount: Int, pairKeys: [Int] = []) {
    coderCount = r
    categoryCount = q
    self.schemeCount = schemeCount
    agreement = [Double](repeating: 0, count: schemeCount)
    categoryShare = [Double](repeating: 0, count: q)
    coderCategory = [Double](repeating: 0, count: r * q)
    self.pairKeys = pairKeys
    pairTables = [Double](repeating: 0, count: pairKeys.count * q * q)
    coincidence = [Double](repeating: 0, count: q * q)
    categoryDisagreement = [Double](repeating: 0, count: q)
  }

  /// Adds another shard's sums (disjoint items, same coders, categories and weights).
  public mutating func merge(_ other: AgreementStatistics) {
    precondition(
      other.coderCount == coderCount && other.categoryCount == categoryCount && other.schemeCount == schemeCount)
    items += other.items
    multiRated += other.multiRated
    unanimous += other.unanimous
    for s in agreement.indices { agreement[s] += other.agreement[s] }
    for k in categoryShare.indices { categoryShare[k] += other.categoryShare[k] }
    for k in coderCategory.indices { coderCategory[k] += other.coderCategory[k] }
    if other.pairKeys == pairKeys {
      for k in pairTables.indices { pairTables[k] += other.pairTables[k] }
    } else {
      mergePairTables(other)
    }
    for k in coincidence.indices { coincidence[k] += other.coincidence[k] }
    for k in categoryDisagreement.indices { categoryDisagreement[k] += other.categoryDisagreement[k] }
  }

  /// Adds pair tables stored under other pairs: the union of both key lists, in ascending order.
  private mutating func mergePairTables(_ other: AgreementStatistics) {
    let cells = categoryCount * categoryCount
    var keys: [Int] = []
    var tables: [Double] = []
    keys.reserveCapacity(max(pairKeys.count, other.pairKeys.count))
    var (mine, theirs) = (0, 0)
    while mine < pairKeys.count || theirs < other.pairKeys.count {
      let myKey = mine < pairKeys.count ? pairKeys[mine] : Int.max
      let theirKey = theirs < other.pairKeys.count ? other.pairKeys[theirs] : Int.max
      keys.append(min(myKey, theirKey))
      let start = tables.count
      tables.append(contentsOf: repeatElement(0, count: cells))
      if myKey <= theirKey {
        for k in 0..<cells { tables[start + k] += pairTables[mine * cells + k] }
        mine += 1
      }
      if theirKey <= myKey {
        for k in 0..<cells { tables[start + k] += other.pairTables[theirs * cells + k] }
        theirs += 1
      }
    }
    pairKeys = keys
    pairTables = tables
  }

  /// Index of the unordered coder pair (a, b), a < b, among all r(r − 1)/2 pairs in lexicographic order.
  static func pairIndex(_ a: Int, _ b: Int, coders r: Int) -> Int {
    precondition(a < b)
    return a * (2 * r - a - 1) / 2 + (b - a - 1)
  }

  /// The coder pair (a, b), a < b, of a `pairIndex`.
  static func pair(ofIndex p: Int, coders r: Int) -> (Int, Int) {
    var (low, high) = (0, r - 1)  // the largest a whose first index a(2r − a − 1)/2 is ≤ p
    while low < high {
      let middle = (low + high + 1) / 2
      if middle * (2 * r - middle - 1) / 2 <= p { low = middle } else { high = middle - 1 }
    }
    return (low, p - low * (2 * r - low - 1) / 2 + low + 1)
  }

  /// The position of pair index `key` in `pairKeys`, or nil when that pair rated no item in common.
  func slot(ofPair key: Int) -> Int? { Self.slot(ofPair: key, in: pairKeys) }

  /// The position of `key` in the ascending `keys`, or nil when it is not there.
  static func slot(ofPair key: Int, in keys: [Int]) -> Int? {
    var (low, high) = (0, keys.count)
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < keys.count && keys[low] == key ? low : nil
  }

  /// The q × q table of the coder pair {a, b} as stored: rows are the lower-numbered coder's labels.
  func pairTable(_ a: Int, _ b: Int) -> [Double] {
    let cells = categoryCount * categoryCount
    guard let slot = slot(ofPair: Self.pairIndex(min(a, b), max(a, b), coders: coderCount)) else {
      return [Double](repeating: 0, count: cells)
    }
    return Array(pairTables[(slot * cells)..<((slot + 1) * cells)])
  }

  /// The (weighted) number of items both coders a and b rated: the sum of their pair table.
  func sharedItems(_ a: Int, _ b: Int) -> Double { pairTable(a, b).reduce(0, +) }
}

/// Each item's contribution to `AgreementStatistics`, precomputed once so that a bootstrap resample costs
/// O(contributions) instead of O(q²) per item.
struct ItemContributions: Sendable {
  let coderCount: Int
  let categoryCount: Int
  let schemeCount: Int
  /// Per item: r_i ≥ 2, unanimous.
  var multiRated: [Bool] = []
  var unanimous: [Bool] = []
  /// Per item and scheme: p_a,i(W_s) (0 when r_i < 2); `agreement[i * schemeCount + s]`.
  var agreement: [Double] = []
  /// Sparse per-item entries into `categoryShare`, `coderCategory`, `pairTables`, `coincidence`.
  var shareStart: [Int] = [0]
  var shareIndex: [Int32] = []
  var shareValue: [Double] = []
  /// r_ik (r_i − r_ik) / (r_i (r_i − 1)) for the same entries as `shareIndex` (0 when r_i < 2).
  var disagreementValue: [Double] = []
  var cellStart: [Int] = [0]
  var coderCells: [Int32] = []
  var pairStart: [Int] = [0]
  /// Per item: slot · q² + k·q + l into `pairTables` for each pair of its ratings.
  var pairCells: [Int] = []
  /// The coder pairs who rated an item in common (`AgreementStatistics.pairKeys`).
  var pairKeys: [Int] = []
  var coincidenceStart: [Int] = [0]
  var coincidenceIndex: [Int32] = []
  var coincidenceValue: [Double] = []

  var itemCount: Int { multiRated.count }

  /// - Parameter weights: one q × q row-major matrix per scheme.
  init(table: RatingTable, weights: [[Double]]) {
    let q = table.categoryCount
    let r = table.coderCount
    coderCount = r
    categoryCount = q
    schemeCount = weights.count
    var counts = [Double](repeating: 0, count: q)
    var used: [Int] = []
    // The pairs who rated an item in common, ascending: the stored pair tables. When the r(r − 1)/2
    // possible pairs are no more than the comparisons, a table indexed by pair finds each pair's
    // slot (a panel of 200 coders who all rated 1,000 items: 19,900 pairs, 19.9 million
    // comparisons); otherwise (crowd data: 10,000 coders, 50 million possible pairs, 200,000
    // comparisons) the comparisons' pairs are sorted and each slot is found by binary search.
    let comparisons = table.coderPairComparisons
    let possiblePairs = r * (r - 1) / 2
    func pairIndex(_ e: Int, _ e2: Int) -> Int {
      AgreementStatistics.pairIndex(Int(table.entryCoder[e]), Int(table.entryCoder[e2]), coders: r)
    }
    var slotOfPair: [Int32] = []
    if possiblePairs <= max(comparisons, 1 << 16) {
      slotOfPair = [Int32](repeating: -1, count: possiblePairs)
      table.forEachComparison { e, e2 in slotOfPair[pairIndex(e, e2)] = 0 }
      pairKeys = []
      for key in slotOfPair.indices where slotOfPair[key] == 0 {
        slotOfPair[key] = Int32(pairKeys.count)
        pairKeys.append(key)
      }
    } else {
      var keys: [Int] = []
      keys.reserveCapacity(comparisons)
      table.forEachComparison { e, e2 in keys.append(pairIndex(e, e2)) }
      keys.sort()
      pairKeys = []
      for key in keys where pairKeys.last != key { pairKeys.append(key) }
    }
    let sortedKeys = pairKeys
    func slot(_ e: Int, _ e2: Int) -> Int {
      let key = pairIndex(e, e2)
      return slotOfPair.isEmpty ? AgreementStatistics.slot(ofPair: key, in: sortedKeys)! : Int(slotOfPair[key])
    }
    pairCells.reserveCapacity(comparisons)
    for i in 0..<table.itemCount {
      used.removeAll(keepingCapacity: true)
      var rated = 0
      let entries = table.entries(item: i)
      for e in entries {
        let c = Int(table.entryCoder[e])
        let code = Int(table.entryCode[e])
        if counts[code] == 0 { used.append(code) }
        counts[code] += 1
        rated += 1
        coderCells.append(Int32(c * q + code))
        for e2 in (e + 1)..<entries.upperBound {
          pairCells.append(slot(e, e2) * q * q + code * q + Int(table.entryCode[e2]))
        }
      }
      used.sort()
      let ri = Double(rated)
      multiRated.append(rated >= 2)
      unanimous.append(rated >= 2 && used.count == 1)
      for k in used {
        shareIndex.append(Int32(k))
        shareValue.append(counts[k] / ri)
        disagreementValue.append(rated >= 2 ? counts[k] * (ri - counts[k]) / (ri * (ri - 1)) : 0)
      }
      for matrix in weights {
        guard rated >= 2 else {
          agreement.append(0)
          continue
        }
        var sum = 0.0
        for k in used {
          var weighted = 0.0
          for l in used { weighted += matrix[k * q + l] * counts[l] }
          sum += counts[k] * (weighted - 1)
        }
        agreement.append(sum / (ri * (ri - 1)))
      }
      if rated >= 2 {
        for k in used {
          for l in used {
            let pairs = k == l ? counts[k] * (counts[k] - 1) : counts[k] * counts[l]
            guard pairs > 0 else { continue }
            coincidenceIndex.append(Int32(k * q + l))
            coincidenceValue.append(pairs / (ri - 1))
          }
        }
      }
      for k in used { counts[k] = 0 }
      shareStart.append(shareIndex.count)
      cellStart.append(coderCells.count)
      pairStart.append(pairCells.count)
      coincidenceStart.append(coincidenceIndex.count)
    }
  }

  /// Sums of the contributions with multiplicities (nil = every item once).
  func statistics(multiplicities: [Int32]? = nil) -> AgreementStatistics {
    var stats = AgreementStatistics(
      coderCount: coderCount, categoryCount: categoryCount, schemeCount: schemeCount, pairKeys: pairKeys)
    for i in 0..<itemCount {
      let m: Double
      if let multiplicities {
        guard multiplicities[i] > 0 else { continue }
        m = Double(multiplicities[i])
      } else {
        m = 1
      }
      add(item: i, weight: m, to: &stats)
    }
    return stats
  }

  /// Adds item i with multiplicity `weight` (negative to remove it, as in the jackknife).
  func add(item i: Int, weight m: Double, to stats: inout AgreementStatistics) {
    stats.items += m
    if multiRated[i] { stats.multiRated += m }
    if unanimous[i] { stats.unanimous += m }
    for s in 0..<schemeCount { stats.agreement[s] += m * agreement[i * schemeCount + s] }
    for e in shareStart[i]..<shareStart[i + 1] {
      stats.categoryShare[Int(shareIndex[e])] += m * shareValue[e]
      stats.categoryDisagreement[Int(shareIndex[e])] += m * disagreementValue[e]
    }
    for e in cellStart[i]..<cellStart[i + 1] { stats.coderCategory[Int(coderCells[e])] += m }
    for e in pairStart[i]..<pairStart[i + 1] { stats.pairTables[pairCells[e]] += m }
    for e in coincidenceStart[i]..<coincidenceStart[i + 1] {
      stats.coincidence[Int(coincidenceIndex[e])] += m * coincidenceValue[e]
    }
  }
}
