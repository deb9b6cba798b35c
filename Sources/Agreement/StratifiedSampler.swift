/// How a stratified sample's size is split across strata.
public enum Allocation: String, Sendable, CaseIterable {
  /// n_h ∝ N_h (stratum size).
  case proportional
  /// n_h = n / H for every stratum.
  case equal
  /// Neyman (1934): n_h ∝ N_h S_h, S_h the standard deviation of a variable within stratum h.
  case neyman
}

/// A reproducible stratified simple random sample without replacement.
///
/// Allocation sizes are rounded by the largest-remainder method (ties broken by stratum order), capped at
/// the stratum size with the surplus re-allocated to the other strata; a stratum left without a unit
/// then gets one from the largest allocation (`guaranteeingOnePerStratum`); within each stratum the units are
/// drawn by a partial Fisher–Yates shuffle from `SeededGenerator(seed:)`. Each selected unit's inclusion
/// probability is π_i = n_h / N_h (Horvitz–Thompson weights are 1/π_i). Strata are processed in order of
/// first appearance, so the same input and seed select the same units.
public struct StratifiedSample: Sendable {
  /// Selected unit indices, ascending (input order).
  public var selected: [Int]
  /// Inclusion probability of each selected unit, aligned with `selected`.
  public var inclusionProbabilities: [Double]
  /// Per stratum (first-seen order): key, population size N_h, sample size n_h, and `share`, the
  /// allocation before rounding and capping, n·w_h / Σw (w_h = N_h, 1 or N_h·S_h): a stratum with
  /// n_h = N_h < share was too small for its share, and the surplus went to the others.
  public var strata: [(key: String, population: Int, sample: Int, share: Double)]

  /// - Parameters:
  ///   - strata: the stratum key of every unit.
  ///   - size: total sample size (capped at the population).
  ///   - variability: per-stratum standard deviations for Neyman allocation (same order as first appearance).
  public init(strata keys: [String], size: Int, allocation: Allocation, seed: UInt64, variability: [Double]? = nil)
    throws(AgreementError)
  {
    var order = Interner()
    var members: [[Int]] = []
    for (index, key) in keys.enumerated() {
      let h = order.intern(key)
      if h == members.count { members.append([]) }
      members[h].append(index)
    }
    let sizes = members.map(\.count)
    var scores: [Double]
    switch allocation {
    case .proportional: scores = sizes.map(Double.init)
    case .equal: scores = sizes.map { _ in 1 }
    case .neyman:
      guard let variability, variability.count == sizes.count else {
        throw .invalidOption(message: "Neyman allocation needs one standard deviation per stratum")
      }
      scores = zip(sizes, variability).map { Double($0) * max(0, $1) }
      if scores.allSatisfy({ $0 == 0 }) { scores = sizes.map(Double.init) }
    }
    let allocated = Self.guaranteeingOnePerStratum(
      Self.allocate(total: min(size, keys.count), scores: scores, capacity: sizes))
    var generator = SeededGenerator(seed: seed)
    var chosen: [(Int, Double)] = []
    for (h, units) in members.enumerated() {
      var pool = units
      let take = allocated[h]
      for j in 0..<take {
        let pick = j + generator.index(below: pool.count - j)
        pool.swapAt(j, pick)
        chosen.append((pool[j], Double(take) / Double(units.count)))
      }
    }
    chosen.sort { $0.0 < $1.0 }
    selected = chosen.map(\.0)
    inclusionProbabilities = chosen.map(\.1)
    let drawn = Double(min(size, keys.count))
    let weightSum = scores.reduce(0, +)
    strata = (0..<members.count).map {
      (order.values[$0], sizes[$0], allocated[$0], weightSum > 0 ? drawn * scores[$0] / weightSum : 0)
    }
  }

  /// Gives every stratum that got no unit one unit taken from the stratum with the largest
  /// allocation (first in order among equals), while that one keeps at least two: a stratum with
  /// inclusion probability 0 is absent from every Horvitz–Thompson estimate, so the estimates would
  /// silently leave it out (Neyman allocation does this to a small stratum with a small S_h, and to
  /// one with S_h = 0). Allocations without an empty stratum are unchanged; with fewer units than
  /// strata some stay empty, and `strata` shows which.
  static func guaranteeingOnePerStratum(_ allocation: [Int]) -> [Int] {
    var result = allocation
    for h in result.indices where result[h] == 0 {
      guard let donor = result.indices.max(by: { (result[$0], $1) < (result[$1], $0) }), result[donor] >= 2 else {
        break
      }
      result[donor] -= 1
      result[h] = 1
    }
    return result
  }

  /// Largest-remainder apportionment of `total` by `scores`, capped at `capacity`, surplus re-allocated
  /// (to strata with a zero score, equally, once those with a score are full).
  static func allocate(total: Int, scores: [Double], capacity: [Int]) -> [Int] {
    var result = [Int](repeating: 0, count: scores.count)
    var remaining = total
    var open = Set(scores.indices.filter { capacity[$0] > 0 && scores[$0] > 0 })
    if open.isEmpty { open = Set(scores.indices.filter { capacity[$0] > 0 }) }
    while remaining > 0, !open.isEmpty {
      let weightSum = open.reduce(0.0) { $0 + (scores[$1] > 0 ? scores[$1] : 1) }
      var shares: [(Int, Double)] = open.sorted().map {
        ($0, Double(remaining) * (scores[$0] > 0 ? scores[$0] : 1) / weightSum)
      }
      var given = 0
      for (h, share) in shares {
        let whole = min(Int(share.rounded(.down)), capacity[h] - result[h])
        result[h] += whole
        given += whole
      }
      shares.sort {
        ($0.1 - $0.1.rounded(.down)) != ($1.1 - $1.1.rounded(.down))
          ? ($0.1 - $0.1.rounded(.down)) > ($1.1 - $1.1.rounded(.down)) : $0.0 < $1.0
      }
      var left = remaining - given
      for (h, _) in shares where left > 0 && result[h] < capacity[h] {
        result[h] += 1
        left -= 1
      }
      remaining = left
      open = open.filter { result[$0] < capacity[$0] }
      // The strata with a score (Neyman: S_h > 0) are full: the rest goes to those without one,
      // equally, rather than being left undrawn (review of the twenty-third session: a sample of
      // 50 came back with 10).
      if open.isEmpty && remaining > 0 { open = Set(scores.indices.filter { result[$0] < capacity[$0] }) }
    }
    return result
  }
}
