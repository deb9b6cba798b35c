import Agreement
import Testing
import VerbatimCore

/// Crowd-coded data: thousands of coders, each rating a few items. The table keeps the ratings, not
/// items × coders, and only the coder pairs who rated an item in common (a dense table of 40,000 coders
/// would hold 800 million pair tables).
@Suite struct SparseRatingTableTests {
  /// Item i rated by two coders: "p\(2i)" and "p\(2i + 1)" (crowd), or "first" and "second" (panel).
  /// Labels: x, y, z in turn; the second rating differs on every fourth item.
  static func ratings(items: Int, crowd: Bool) -> [(item: String, coder: String, label: String)] {
    let labels = ["x", "y", "z"]
    var out: [(item: String, coder: String, label: String)] = []
    for i in 0..<items {
      let first = labels[i % 3]
      let second = i % 4 == 0 ? labels[(i + 1) % 3] : first
      out.append(("\(i)", crowd ? "p\(2 * i)" : "first", first))
      out.append(("\(i)", crowd ? "p\(2 * i + 1)" : "second", second))
    }
    return out
  }

  // Fleiss' kappa, Krippendorff's alpha, AC1, Brennan–Prediger and percent agreement depend on each
  // item's ratings, not on who gave them (Fleiss 1971: "the raters need not be the same for each
  // subject"): the crowd table must give the panel table's values. Percent agreement is 3/4 by
  // construction.
  @Test func crowdCodersGiveThePanelValues() throws {
    let crowd = try AgreementReport(table: RatingTable(ratings: Self.ratings(items: 20_000, crowd: true)))
    let panel = try AgreementReport(table: RatingTable(ratings: Self.ratings(items: 20_000, crowd: false)))
    #expect(crowd.coders.count == 40_000)
    #expect(close(crowd.coefficients[.percentAgreement]?.value.number, 0.75, 1e-12))
    for name in [Coefficient.fleissKappa, .krippendorffAlphaNominal, .gwetAC1, .brennanPrediger, .percentAgreement] {
      let expected = try #require(panel.coefficients[name]?.value.number)
      #expect(close(crowd.coefficients[name]?.value.number, expected, 1e-12), "\(name)")
      let se = try #require(panel.coefficients[name]?.standardError)
      #expect(close(crowd.coefficients[name]?.standardError, se, 1e-12), "\(name) SE")
    }
    // Light's kappa needs every pair's kappa; "p0" and "p2" rated nothing in common.
    let light = try #require(crowd.coefficients[.lightKappa]?.value)
    #expect(light.number == nil)
  }

  // Light's kappa names the first coder pair in order whose kappa is undefined, also when that pair
  // rated nothing in common: a, b, c, d where b and d never rated the same item.
  @Test func lightKappaNamesTheFirstPairWithoutSharedItems() throws {
    let table = try Fixtures.table(
      [["x", "x", "x", ""], ["y", "y", "y", ""], ["x", "", "y", "x"], ["y", "", "y", "y"], ["x", "x", "", "x"]],
      coders: ["a", "b", "c", "d"])
    let reason = try #require(try AgreementReport(table: table).coefficients[.lightKappa]?.value.reason)
    // (a,b), (a,c), (a,d) and (b,c) share two to four items with both labels; (b,d) shares item 5 only,
    // where κ is 0/0 (one category, p_e = 1). In the second table (b,d) share no item at all.
    #expect(reason.contains("coders \"b\" and \"d\""), "\(reason)")
    let gap = try Fixtures.table(
      [["x", "x", "x", ""], ["y", "y", "y", ""], ["x", "", "y", "x"], ["y", "", "y", "y"], ["y", "y", "x", ""]],
      coders: ["a", "b", "c", "d"])
    let gapReason = try #require(try AgreementReport(table: gap).coefficients[.lightKappa]?.value.reason)
    #expect(gapReason.contains("coders \"b\" and \"d\""), "\(gapReason)")
  }

  // 6,400 coders who all rated one item make 6,400 · 6,399 / 2 = 20,476,800 coder-pair comparisons, over
  // the 20 million limit: a clear error instead of gigabytes.
  @Test func tooManyCoderPairsIsAnError() {
    let ratings = (0..<6_400).map { (item: "1", coder: "c\($0)", label: $0 % 2 == 0 ? "x" : "y") }
    #expect(
      throws: AgreementError.tooManyCoderPairs(
        source: "ratings", comparisons: 20_476_800, limit: RatingTable.maximumCoderPairComparisons)
    ) { try RatingTable(ratings: ratings) }
    #expect(throws: Never.self) { try RatingTable(ratings: Array(ratings.prefix(6_000))) }
  }

  // The duplicate reported is the first one met in input order, with the first rating of that item and
  // coder: here item 2's second rating by a (line 4), not item 1's (line 5), though item 1 sorts first.
  @Test func duplicateRatingIsTheFirstInInputOrder() {
    #expect(
      throws: AgreementError.duplicateRating(
        item: "2", coder: "a", first: SourceLocation(file: "ratings", line: 1),
        second: SourceLocation(file: "ratings", line: 4))
    ) {
      try RatingTable(ratings: [("2", "a", "x"), ("1", "a", "x"), ("1", "b", "x"), ("2", "a", "y"), ("1", "a", "y")])
    }
  }

  // A merge of shards that name their coders in different orders (b, a against a, b) and hold different
  // coder pairs equals the single run on all ratings.
  @Test func shardsWithDifferentCoderPairsMerge() throws {
    let first: [(item: String, coder: String, label: String)] = [
      ("1", "b", "x"), ("1", "a", "x"), ("2", "b", "y"), ("2", "a", "x"), ("3", "b", "y"), ("3", "a", "y"),
    ]
    let second: [(item: String, coder: String, label: String)] = [
      ("4", "a", "x"), ("4", "c", "x"), ("5", "c", "y"), ("5", "b", "y"), ("6", "a", "y"), ("6", "b", "x"),
      ("6", "c", "y"),
    ]
    let categories = ["x", "y"]
    var merged = try AgreementPartial(table: RatingTable(ratings: first, categories: categories))
    try merged.merge(try AgreementPartial(table: RatingTable(ratings: second, categories: categories)))
    let single = try AgreementReport(table: RatingTable(ratings: first + second, categories: categories))
    var options = AgreementOptions()
    options.pair = ("a", "b")
    let fromShards = try AgreementReport(merged: merged, options: options)
    let pairSingle = try AgreementReport(
      table: RatingTable(ratings: first + second, categories: categories), options: options)
    for name in [Coefficient.fleissKappa, .lightKappa, .congerKappa, .krippendorffAlphaNominal] {
      let expected = try #require(single.coefficients[name]?.value.number)
      #expect(close(fromShards.coefficients[name]?.value.number, expected, 1e-12), "\(name)")
    }
    let kappa = try #require(pairSingle.coefficients[Coefficient.cohenKappa]?.value.number)
    #expect(close(fromShards.coefficients[Coefficient.cohenKappa]?.value.number, kappa, 1e-12))
    #expect(fromShards.pairItemCount == 4)  // items 1, 2, 3 and 6
  }

  // Shard files of format 1 held every coder pair's table; they are still read, and merge to the same
  // report as format 2.
  @Test func formatOneShardsAreRead() throws {
    let table = try Fixtures.table(Fixtures.krippendorff2011, categories: ["1", "2", "3", "4", "5"])
    let partial = try AgreementPartial(table: table)
    guard case .object(var members) = partial.json(), case .object(var statistics)? = partial.json()["statistics"]
    else {
      Issue.record("not an object")
      return
    }
    // Format 1: pair_tables dense over the r(r − 1)/2 = 6 pairs of 4 coders, no pair_keys.
    let keys = try #require(statistics.first { $0.key == "pair_keys" }?.value)
    guard case .array(let keyValues) = keys, case .array(let tables)? = partial.json()["statistics"]?["pair_tables"]
    else {
      Issue.record("no pair tables")
      return
    }
    var dense = [JSONValue](repeating: .double(0), count: 6 * 25)
    for (slot, key) in keyValues.enumerated() {
      let p = Int(try #require(key.doubleValue))
      for cell in 0..<25 { dense[p * 25 + cell] = tables[slot * 25 + cell] }
    }
    statistics.removeAll { $0.key == "pair_keys" }
    statistics = statistics.map { $0.key == "pair_tables" ? JSONMember("pair_tables", .array(dense)) : $0 }
    members = members.map {
      switch $0.key {
      case "verbatim_agreement_partial": return JSONMember($0.key, .int(1))
      case "statistics": return JSONMember($0.key, .object(statistics))
      default: return $0
      }
    }
    let old = try AgreementPartial(json: .object(members), source: "old.json")
    #expect(old.statistics == partial.statistics)
  }

  // The "share no label" warning: two coders who rated the same two items as "Positive"/"positive" are
  // named; crowd coders who met on one item by chance are not.
  @Test func pairsSharingNoLabel() throws {
    let variants = try RatingTable(ratings: [
      ("1", "a", "Positive"), ("1", "b", "positive"), ("2", "a", "Negative"), ("2", "b", "negative"),
    ])
    #expect(variants.pairsSharingNoLabel().map { [$0.0, $0.1] } == [[0, 1]])
    let crowd = try RatingTable(ratings: Self.ratings(items: 400, crowd: true))
    #expect(crowd.pairsSharingNoLabel().isEmpty)
  }
}
