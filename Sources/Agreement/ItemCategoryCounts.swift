/// Per-item category counts r_ik of a rating table, stored sparsely: for each item only the categories
/// it was given, in increasing category order, with how many coders gave each.
///
/// An item has at most as many distinct categories as ratings, so the storage and every sum over it
/// grow with the number of ratings, not with items × categories. (A dense n × q table of 20,000 items
/// and 5,000 categories held 800 MB, and the O(n q²) loops over it took a minute.) Sums that visit the
/// non-zero r_ik in increasing k add the same non-zero terms in the same order as dense loops over
/// all k, so they keep their bits.
struct ItemCategoryCounts: Sendable {
  /// q.
  let categoryCount: Int
  /// Item i's categories are `code[start[i]..<start[i + 1]]`, ascending, with counts `count[…]`.
  private(set) var start: [Int]
  private(set) var code: [Int32]
  private(set) var count: [Double]
  /// r_i = Σ_k r_ik, the item's number of ratings.
  private(set) var total: [Double]

  var itemCount: Int { total.count }

  /// Item i's range in `code` and `count`.
  func cells(item i: Int) -> Range<Int> { start[i]..<start[i + 1] }

  init(_ table: RatingTable) {
    categoryCount = table.categoryCount
    start = [0]
    start.reserveCapacity(table.itemCount + 1)
    code = []
    count = []
    total = []
    total.reserveCapacity(table.itemCount)
    code.reserveCapacity(table.ratingCount)
    count.reserveCapacity(table.ratingCount)
    for i in 0..<table.itemCount {
      let first = code.count
      for e in table.entries(item: i) { insert(table.entryCode[e], from: first) }
      start.append(code.count)
      total.append(Double(table.entries(item: i).count))
    }
  }

  /// Adds one rating of category `k` to the item whose cells begin at `first` (the last item), keeping
  /// its categories ascending. Items have few ratings, so a linear insertion is the cheapest.
  private mutating func insert(_ k: Int32, from first: Int) {
    var position = code.count
    while position > first, code[position - 1] > k { position -= 1 }
    if position > first, code[position - 1] == k {
      count[position - 1] += 1
    } else {
      code.insert(k, at: position)
      count.insert(1, at: position)
    }
  }

  /// Σ_k r_ik (Σ_l w_kl r_il − 1) over item i's categories: the numerator of its weighted agreement
  /// p_a,i = that / (r_i (r_i − 1)) (`w` row-major q × q).
  func weightedAgreementSum(item i: Int, weights w: [Double]) -> Double {
    let range = cells(item: i)
    return Self.weightedAgreementSum(codes: code[range], counts: count[range], weights: w, categories: categoryCount)
  }

  /// The same for one item given as its categories `codes` (ascending) and their counts r_ik.
  static func weightedAgreementSum(
    codes: ArraySlice<Int32>, counts: ArraySlice<Double>, weights w: [Double], categories q: Int
  ) -> Double {
    var sum = 0.0
    for (k, r) in zip(codes, counts) {
      var weighted = 0.0
      for (l, rl) in zip(codes, counts) { weighted += w[Int(k) * q + Int(l)] * rl }
      sum += r * (weighted - 1)
    }
    return sum
  }

  /// Σ_k r_ik g_k over item i's categories.
  func dot(item i: Int, _ g: [Double]) -> Double {
    var sum = 0.0
    for a in cells(item: i) { sum += count[a] * g[Int(code[a])] }
    return sum
  }

  /// Σ_i r_ik per category k.
  var categoryTotals: [Double] {
    var totals = [Double](repeating: 0, count: categoryCount)
    for a in code.indices { totals[Int(code[a])] += count[a] }
    return totals
  }
}
