public import VerbatimCore

/// A shard's sufficient statistics (`agree --partial`), to be merged with other shards of *disjoint items*
/// (`agree --merge`). Coders are matched by name (a coder absent from a shard simply has no ratings
/// there); categories must be identical and in the same order in every shard, so declare them
/// (`--categories`) when sharding.
///
/// What a merge reproduces exactly (all are functions of sums that add across shards):
/// - every point estimate, the per-category Fleiss kappas (`categoryDisagreement`) and the classification
///   metrics against a reference coder (the confusion matrix of two coders is their pair table), with
///   the Wilson intervals;
/// - the Cohen-family standard errors and intervals (functions of the pair's contingency table), Scott's
///   pi and the pair's percent agreement with Gwet's SE (the pair table again), the Gwet-family SEs
///   (percent agreement, Fleiss, AC1/AC2, Brennan–Prediger: `GwetSums`) and Fleiss' `se0` (Fleiss–Nee–
///   Landis needs the category totals and a constant number of ratings per item, `ratingsPerItem`).
///
/// What it cannot reproduce, reported with `se_reason` instead: Conger's and Krippendorff's SEs (their
/// linearisations need each item's per-coder ratings, and Krippendorff's ordinal weights depend on the
/// merged marginals), and any bootstrap (it resamples items).
public struct AgreementPartial: Sendable, Equatable {
  /// 2 since the pair tables are stored for the coder pairs who rated an item in common only
  /// (`pair_keys`); files of version 1 (every pair's table) are still read.
  public static let formatVersion = 2

  public var coders: [String]
  public var categories: [String]
  public var customWeights: [[Double]]?
  public var statistics: AgreementStatistics
  /// Sums for Gwet-family standard errors after a merge (nil in files written before they existed).
  public var gwet: GwetSums?
  /// True when the category order was declared (`--categories`) rather than observed.
  public var categoriesDeclared: Bool
  /// The number of ratings of every item when it is the same for all items (Fleiss–Nee–Landis `se0`), else nil.
  public var ratingsPerItem: Double?
  /// False for files written before `category_disagreement` existed (no per-category kappas then).
  public var hasCategorySums: Bool
  /// One SHA-256 digest per shard merged in: of the shard's item ids, sorted by bytes, each followed by a
  /// NUL byte (JSON `item_sets`; empty in older files). Sums cannot reveal overlapping items, but a shard
  /// merged twice (the same file or a copy) has the same digest and is refused.
  public var itemSets: [String] = []
  /// The shard's item ids as fingerprints (JSON `item_fingerprints`; nil in files written before
  /// them), so a merge refuses shards that share items.
  var itemFingerprints: ItemFingerprints?
  /// The options that act when shards are merged (`--level`, `--pair`, `--reference`, `--labels`,
  /// `--pos-label`), as the `--partial` run was given them, by option name without dashes (JSON
  /// `merge_options`, written only when one was given). A shard keeps the sums of every choice, so
  /// they change nothing in it; `agree --merge` checks that it is given the same (QA review 35, F10:
  /// a `--partial --level ordinal` then a plain `--merge` reported nominal alpha without a word).
  public var mergeOptions: [String: String] = [:]

  /// The item-set digest of `itemSets` for these item ids.
  static func itemSetDigest(_ items: [String]) -> String {
    var hasher = SHA256()
    for item in items.map({ Array($0.utf8) }).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      hasher.update(item)
      hasher.update([0])
    }
    return hasher.finalizeHex()
  }

  /// The statistics of a table (with the optional custom weight matrix of `options`).
  public init(table: RatingTable, options: AgreementOptions = AgreementOptions()) throws(AgreementError) {
    let q = table.categoryCount
    var weights = [
      try WeightScheme.identity.matrix(categoryCount: q), try WeightScheme.linear.matrix(categoryCount: q),
      try WeightScheme.quadratic.matrix(categoryCount: q),
    ]
    if let custom = options.customWeights {
      let matrix = try custom.matrix(categories: table.categories)
      weights.append(matrix)
      customWeights = (0..<q).map { k in Array(matrix[(k * q)..<((k + 1) * q)]) }
    }
    coders = table.coders
    categories = table.categories
    statistics = ItemContributions(table: table, weights: weights).statistics()
    let counts = ItemCategoryCounts(table)
    gwet = GwetSums(counts: counts, weights: weights)
    categoriesDeclared = table.categoriesDeclared
    hasCategorySums = true
    ratingsPerItem = FleissKappa.ratingsPerItem(counts: counts)
    itemSets = [Self.itemSetDigest(table.items)]
    itemFingerprints = ItemFingerprints(items: table.items)
  }

  /// Adds another shard, matching coders by name. Throws when the categories or weights differ, or
  /// when the shards share items (`source` names the other shard in that error).
  public mutating func merge(_ other: AgreementPartial, source: String = "") throws(AgreementError) {
    guard other.categories.count == categories.count,
      zip(other.categories, categories).allSatisfy({ $0.utf8.elementsEqual($1.utf8) })
    else {
      throw .invalidOption(
        message: "cannot merge shards with different categories (declare the same --categories for every shard)")
    }
    guard other.customWeights == customWeights else {
      throw .invalidOption(message: "cannot merge shards computed with different --weights")
    }
    // Shards that share items (a copy, an overlapping split, a split by coder) are refused: the
    // fingerprints name how many; files from before them have only the whole-set digest.
    if let mine = itemFingerprints, let theirs = other.itemFingerprints {
      let shared = mine.sharedCount(with: theirs)
      guard shared == 0 else { throw .overlappingShards(source: source, sharedItems: shared) }
    }
    if let twice = other.itemSets.first(where: itemSets.contains) {
      throw .invalidOption(
        message:
          "cannot merge the same shard twice: two shards hold the same items (item-set digest \(twice.prefix(12))…); shards must hold disjoint items"
      )
    }
    if let mine = itemFingerprints, let theirs = other.itemFingerprints {
      itemFingerprints = mine.union(theirs)
    } else {
      itemFingerprints = nil  // a file from before fingerprints: overlap cannot be checked
    }
    itemSets += other.itemSets
    var union = coders
    for coder in other.coders where !union.contains(where: { $0.utf8.elementsEqual(coder.utf8) }) {
      union.append(coder)
    }
    var merged = statistics.remapped(coders: union.count, index: Array(0..<coders.count))
    let mapping = other.coders.map { coder in union.firstIndex { $0.utf8.elementsEqual(coder.utf8) }! }
    merged.merge(other.statistics.remapped(coders: union.count, index: mapping))
    coders = union
    statistics = merged
    categoriesDeclared = categoriesDeclared || other.categoriesDeclared
    hasCategorySums = hasCategorySums && other.hasCategorySums
    if ratingsPerItem != other.ratingsPerItem { ratingsPerItem = nil }
    if var sums = gwet, let others = other.gwet {
      sums.merge(others)
      gwet = sums
    } else {
      gwet = nil
    }
  }
}

extension AgreementStatistics {
  /// The same sums with coder c moved to `index[c]` among `r` coders.
  func remapped(coders r: Int, index: [Int]) -> AgreementStatistics {
    let q = categoryCount
    var out = AgreementStatistics(coderCount: r, categoryCount: q, schemeCount: schemeCount)
    out.items = items
    out.multiRated = multiRated
    out.unanimous = unanimous
    out.agreement = agreement
    out.categoryShare = categoryShare
    out.coincidence = coincidence
    out.categoryDisagreement = categoryDisagreement
    for c in 0..<coderCount {
      for k in 0..<q { out.coderCategory[index[c] * q + k] = coderCategory[c * q + k] }
    }
    // Each stored pair moves to its new index (its table transposed when the order of its coders flips).
    let cells = q * q
    var moves: [(target: Int, source: Int, flipped: Bool)] = []
    moves.reserveCapacity(pairKeys.count)
    for (slot, key) in pairKeys.enumerated() {
      let (a, b) = AgreementStatistics.pair(ofIndex: key, coders: coderCount)
      let (x, y) = (index[a], index[b])
      moves.append((AgreementStatistics.pairIndex(min(x, y), max(x, y), coders: r), slot, x > y))
    }
    moves.sort { $0.target < $1.target }
    out.pairKeys = moves.map(\.target)
    out.pairTables = [Double](repeating: 0, count: moves.count * cells)
    for (slot, move) in moves.enumerated() {
      for k in 0..<q {
        for l in 0..<q {
          let value = pairTables[move.source * cells + k * q + l]
          out.pairTables[slot * cells + (move.flipped ? l * q + k : k * q + l)] = value
        }
      }
    }
    return out
  }
}

extension AgreementPartial {
  /// `{"verbatim_agreement_partial": 1, "coders": [...], "categories": [...], "categories_declared": bool,
  ///   "ratings_per_item": m | null, "item_sets": ["<sha256>", ...], "item_fingerprints": "<hex>",
  ///   "weights": [[...]]?, "merge_options": {"level": …, "reference": …}?,
  ///   "statistics": {"items", "multi_rated", "unanimous", "agreement", "category_share", "coder_category",
  ///   "pair_keys", "pair_tables", "coincidence", "category_disagreement"}, "gwet": {...}}` — sums at full
  ///   precision. `pair_tables` holds the q × q confusion counts of the coder pairs in `pair_keys` (pair
  ///   (a, b), a < b, of r coders is a(2r − a − 1)/2 + b − a − 1; pairs who rated no item in common are
  ///   left out); the classification metrics against a reference coder are computed from them.
  public func json() -> JSONValue {
    func numbers(_ values: [Double]) -> JSONValue { .array(values.map { .double($0) }) }
    var members = [
      JSONMember("verbatim_agreement_partial", .int(Self.formatVersion)),
      JSONMember("coders", .array(coders.map { .string($0) })),
      JSONMember("categories", .array(categories.map { .string($0) })),
      JSONMember("categories_declared", .bool(categoriesDeclared)),
      JSONMember("ratings_per_item", ratingsPerItem.map { .double($0) } ?? .null),
      JSONMember("item_sets", .array(itemSets.map { .string($0) })),
    ]
    if let itemFingerprints { members.append(JSONMember("item_fingerprints", .string(itemFingerprints.hex))) }
    if !mergeOptions.isEmpty {
      members.append(
        JSONMember(
          "merge_options",
          .object(mergeOptions.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) })))
    }
    if let customWeights { members.append(JSONMember("weights", .array(customWeights.map(numbers)))) }
    let s = statistics
    members.append(
      JSONMember(
        "statistics",
        .object([
          JSONMember("items", .double(s.items)), JSONMember("multi_rated", .double(s.multiRated)),
          JSONMember("unanimous", .double(s.unanimous)), JSONMember("agreement", numbers(s.agreement)),
          JSONMember("category_share", numbers(s.categoryShare)),
          JSONMember("coder_category", numbers(s.coderCategory)),
          JSONMember("pair_keys", .array(s.pairKeys.map { .int($0) })),
          JSONMember("pair_tables", numbers(s.pairTables)),
          JSONMember("coincidence", numbers(s.coincidence)),
          JSONMember("category_disagreement", numbers(s.categoryDisagreement)),
        ])))
    if let g = gwet {
      members.append(
        JSONMember(
          "gwet",
          .object([
            JSONMember("items", .double(g.items)), JSONMember("multi_rated", .double(g.multiRated)),
            JSONMember("shares", numbers(g.shares)), JSONMember("multi_shares", numbers(g.multiShares)),
            JSONMember("share_products", numbers(g.shareProducts)), JSONMember("agreement", numbers(g.agreement)),
            JSONMember("agreement_squares", numbers(g.agreementSquares)),
            JSONMember("agreement_shares", numbers(g.agreementShares)),
          ])))
    }
    return .object(members)
  }

  /// Parses `json()` output; `source` names the file in errors.
  /// The largest count a partial may hold: 2^53, the largest integer a JSON number keeps exactly.
  static let largestCount = 9_007_199_254_740_992.0

  public init(json value: JSONValue, source: String) throws(AgreementError) {
    func bad(_ message: String) -> AgreementError {
      .malformed(
        at: SourceLocation(file: source, line: 1), column: 0, message: "not an agree --partial file: \(message)")
    }
    let version = value["verbatim_agreement_partial"]?.doubleValue
    guard version == 1 || version == Double(Self.formatVersion) else {
      throw bad("missing or unsupported \"verbatim_agreement_partial\" version")
    }
    func strings(_ key: String) throws(AgreementError) -> [String] {
      guard case .array(let elements)? = value[key] else { throw bad("no \"\(key)\" array") }
      var out: [String] = []
      for element in elements {
        guard let text = element.stringValue else { throw bad("\"\(key)\" must hold strings") }
        out.append(text)
      }
      return out
    }
    func numbers(_ field: JSONValue?, _ key: String, count: Int) throws(AgreementError) -> [Double] {
      guard case .array(let elements)? = field, elements.count == count else {
        throw bad("\"\(key)\" must be an array of \(count) numbers")
      }
      var out: [Double] = []
      for element in elements {
        // Every array of a shard holds counts, sums of shares and agreements, or agreement weights:
        // none is below 0 (review h59c: a negative coincidence count merged into a Krippendorff's
        // alpha of −1.05 without a word).
        guard let number = element.doubleValue, number.isFinite, number >= 0 else {
          throw bad("\"\(key)\" must hold numbers of at least 0 (counts and sums)")
        }
        out.append(number)
      }
      return out
    }
    coders = try strings("coders")
    categories = try strings("categories")
    try RatingTable.checkCategoryCount(categories.count, source: source)
    let q = categories.count
    let r = coders.count
    if case .array(let rows)? = value["weights"] {
      var matrix: [[Double]] = []
      for row in rows { matrix.append(try numbers(row, "weights", count: q)) }
      guard matrix.count == q else { throw bad("\"weights\" must be \(q) × \(q)") }
      customWeights = matrix
    }
    guard let s = value["statistics"] else { throw bad("no \"statistics\"") }
    let schemes = customWeights == nil ? 3 : 4
    var statistics = AgreementStatistics(coderCount: r, categoryCount: q, schemeCount: schemes)
    func scalar(_ key: String) throws(AgreementError) -> Double {
      guard let number = s[key]?.doubleValue, number.isFinite, number >= 0 else { throw bad("\"\(key)\"") }
      return number
    }
    statistics.items = try scalar("items")
    statistics.multiRated = try scalar("multi_rated")
    statistics.unanimous = try scalar("unanimous")
    // Counts a real shard can hold (review r21b: "items": 1e19 trapped converting to Int, and an
    // agreement sum above the item count gave a percent agreement of 2.5e307).
    guard statistics.items <= Self.largestCount, statistics.items.rounded() == statistics.items else {
      throw bad("\"items\" must be a whole number of at most 2^53")
    }
    guard statistics.multiRated <= statistics.items, statistics.unanimous <= statistics.multiRated else {
      throw bad("\"multi_rated\" and \"unanimous\" cannot exceed \"items\"")
    }
    statistics.agreement = try numbers(s["agreement"], "agreement", count: schemes)
    guard statistics.agreement.allSatisfy({ $0 >= 0 && $0 <= statistics.items + 1e-6 * statistics.items }) else {
      throw bad("\"agreement\" sums must lie between 0 and \"items\"")
    }
    statistics.categoryShare = try numbers(s["category_share"], "category_share", count: q)
    statistics.coderCategory = try numbers(s["coder_category"], "coder_category", count: r * q)
    if version == 1 {
      // Every pair's table, in pair-index order: keep those of pairs who rated an item in common.
      let dense = try numbers(s["pair_tables"], "pair_tables", count: r * (r - 1) / 2 * q * q)
      for p in 0..<(r * (r - 1) / 2) where dense[(p * q * q)..<((p + 1) * q * q)].contains(where: { $0 != 0 }) {
        statistics.pairKeys.append(p)
        statistics.pairTables += dense[(p * q * q)..<((p + 1) * q * q)]
      }
    } else {
      guard case .array(let keys)? = s["pair_keys"] else { throw bad("no \"pair_keys\" array") }
      for key in keys {
        guard let number = key.doubleValue, number.rounded() == number, number >= 0,
          number < Double(r * (r - 1) / 2), Double(statistics.pairKeys.last ?? -1) < number
        else { throw bad("\"pair_keys\" must hold ascending pair indices below \(r * (r - 1) / 2)") }
        statistics.pairKeys.append(Int(number))
      }
      statistics.pairTables = try numbers(
        s["pair_tables"], "pair_tables", count: statistics.pairKeys.count * q * q)
    }
    statistics.coincidence = try numbers(s["coincidence"], "coincidence", count: q * q)
    hasCategorySums = s["category_disagreement"] != nil
    if hasCategorySums {
      statistics.categoryDisagreement = try numbers(
        s["category_disagreement"], "category_disagreement", count: q)
    }
    self.statistics = statistics
    categoriesDeclared = value["categories_declared"] == .bool(true)
    switch value["ratings_per_item"] {
    case nil, .null?: ratingsPerItem = nil
    case let field?:
      // The number of ratings every item has: a whole number from 1 to the number of coders (review
      // h59c: 0 moved Fleiss' kappa's interval floor to −1.76).
      guard let m = field.doubleValue, m.rounded() == m, m >= 1, m <= Double(r) else {
        throw bad("\"ratings_per_item\" must be null or a whole number from 1 to the number of coders (\(r))")
      }
      ratingsPerItem = m
    }
    itemSets = value["item_sets"] == nil ? [] : try strings("item_sets")
    if let field = value["merge_options"] {
      guard case .object(let members) = field else { throw bad("\"merge_options\" must be an object of strings") }
      for member in members {
        guard let text = member.value.stringValue else { throw bad("\"merge_options\" must be an object of strings") }
        mergeOptions[member.key] = text
      }
    }
    if let field = value["item_fingerprints"] {
      guard let text = field.stringValue, let parsed = ItemFingerprints(hex: text) else {
        throw bad("\"item_fingerprints\" must be 16 hex digits per item, ascending")
      }
      itemFingerprints = parsed
    }
    if let g = value["gwet"] {
      var sums = GwetSums(categoryCount: q, schemeCount: schemes)
      guard let items = g["items"]?.doubleValue, let multi = g["multi_rated"]?.doubleValue else {
        throw bad("\"gwet\"")
      }
      sums.items = items
      sums.multiRated = multi
      sums.shares = try numbers(g["shares"], "shares", count: q)
      sums.multiShares = try numbers(g["multi_shares"], "multi_shares", count: q)
      sums.shareProducts = try numbers(g["share_products"], "share_products", count: q * q)
      sums.agreement = try numbers(g["agreement"], "agreement", count: schemes)
      sums.agreementSquares = try numbers(g["agreement_squares"], "agreement_squares", count: schemes)
      sums.agreementShares = try numbers(g["agreement_shares"], "agreement_shares", count: schemes * q)
      gwet = sums
    }
  }
}

extension AgreementReport {
  static let mergedItemLevel =
    "not available after --merge: this standard error needs item-level data (compute it on the ratings with --ratings)"

  /// The report of merged shards: every point estimate, the per-category Fleiss kappas, the classification
  /// metrics against `options.reference` (from the pair tables) and every standard error that is a
  /// function of the merged sums (see `AgreementPartial`). Conger's and Krippendorff's SEs are absent
  /// with `se_reason`. Throws `.invalidOption` for a bootstrap (it needs the items).
  public init(merged partial: AgreementPartial, options: AgreementOptions = AgreementOptions()) throws(AgreementError) {
    let r = partial.coders.count
    guard r >= 2 else { throw .tooFewCoders(source: "merged shards", coders: partial.coders) }
    guard options.bootstrapResamples == 0 else {
      throw .invalidOption(
        message:
          "--bootstrap cannot be used with --merge: the bootstrap resamples items, and merged shards keep only sums; bootstrap the ratings themselves with --ratings"
      )
    }
    let q = partial.categories.count
    var pair: (first: Int, second: Int)?
    func index(_ name: String) throws(AgreementError) -> Int {
      guard let i = partial.coders.firstIndex(where: { $0.utf8.elementsEqual(name.utf8) }) else {
        throw .unknownCoder(name: name)
      }
      return i
    }
    if let names = options.pair {
      pair = (try index(names.first), try index(names.second))
      guard pair!.first != pair!.second else { throw .invalidOption(message: "--pair needs two different coders") }
    } else if r == 2 {
      pair = (0, 1)
    }
    let unordered = try Self.categoryOrderIsArbitrary(
      categories: partial.categories, declared: partial.categoriesDeclared, options: options)
    var weights = [
      try WeightScheme.identity.matrix(categoryCount: q), try WeightScheme.linear.matrix(categoryCount: q),
      try WeightScheme.quadratic.matrix(categoryCount: q),
    ]
    if let custom = partial.customWeights { weights.append(try WeightScheme.matrix(custom).matrix(categoryCount: q)) }
    let values = RatingTable(
      items: [], coders: partial.coders, categories: partial.categories, categoriesDeclared: true, codes: []
    ).categoryValues
    let setup = CoefficientSetup(
      categoryCount: q, coderCount: r, weights: weights, pair: pair, values: values, level: options.level,
      coders: partial.coders)
    let s = partial.statistics
    self.init(
      items: Int(s.items), coders: partial.coders, categories: partial.categories, level: options.level,
      statistics: s)
    self.pair = pair.map { [partial.coders[$0.first], partial.coders[$0.second]] }
    setPairCoverageFromStatistics()
    for (name, value) in PointEstimates.compute(s, setup: setup) {
      coefficients[name] = .point(value)
    }
    addCohenFamilyStandardErrors(setup: setup)
    addPairGwetStandardErrors(setup: setup)
    if let sums = partial.gwet, sums.items >= 2 {
      for (name, scheme, chance) in GwetVariance.family {
        guard let value = coefficients[name]?.value.number,
          let se = sums.standardError(scheme: scheme, weights: weights[scheme], chance: chance)
        else { continue }
        coefficients[name]?.standardError = se
        coefficients[name]?.interval95 = GwetVariance.interval(
          value: value, se: se, items: Int(sums.items),
          lowest: CoefficientRange.lowestValue(
            name, weights: weights[scheme], categories: q, ratingsPerItem: partial.ratingsPerItem, coders: r))
      }
    }
    // Fleiss–Nee–Landis se0: category totals Σ_i r_ik are the column sums of the coder marginals.
    if let m = partial.ratingsPerItem, coefficients[.fleissKappa]?.value.number != nil {
      var totals = [Double](repeating: 0, count: q)
      for c in 0..<r { for k in 0..<q { totals[k] += s.coderCategory[c * q + k] } }
      coefficients[.fleissKappa]?.nullStandardError = FleissKappa.nullStandardError(
        categoryTotals: totals, items: s.items, ratingsPerItem: m)
    } else if partial.ratingsPerItem == nil, s.items >= 2, coefficients[.fleissKappa]?.value.number != nil,
      coefficients[.fleissKappa]?.standardError != nil
    {
      coefficients[.fleissKappa]?.nullStandardErrorReason = FleissKappa.variableRatingsReason
    }
    // Conger's and Krippendorff's SEs need item-level data.
    if s.items >= 2 {
      for name in coefficients.keys.sorted()
      where name.rawValue.hasPrefix("conger_kappa") || name.rawValue.hasPrefix("krippendorff_alpha") {
        if coefficients[name]?.value.number != nil { coefficients[name]?.standardErrorReason = Self.mergedItemLevel }
      }
    }
    perCategoryFleiss =
      partial.hasCategorySums
      ? FleissKappa.perCategory(s)
      : [CoefficientValue](
        repeating: .undefined(
          reason: "a shard file lacks category_disagreement (written by an older verbatim); re-run agree --partial"),
        count: q)
    if let referenceName = options.reference {
      let reference = try index(referenceName)
      referenceCoder = referenceName
      let (labels, positive) = try Self.labelSet(
        categories: partial.categories, declared: partial.categoriesDeclared, options: options
      ) { () -> Set<Int> in
        var used = Set<Int>()
        for c in 0..<r { for k in 0..<q where s.coderCategory[c * q + k] > 0 { used.insert(k) } }
        return used
      }
      for coder in 0..<r where coder != reference {
        let table = PointEstimates.pairTable(
          s,
          setup: CoefficientSetup(
            categoryCount: q, coderCount: r, weights: weights, pair: (reference, coder), values: values,
            level: options.level))!
        let full = table.map { Int($0.rounded()) }
        var (pairLabels, pairPositive) = (labels, positive)
        if options.labels == nil && !partial.categoriesDeclared {
          (pairLabels, pairPositive) = Classification.labelsUsed(
            by: full, q: q, among: labels, positive: positive)
        }
        var metrics = Classification.fromConfusion(
          full, categories: partial.categories, coder: partial.coders[coder], labels: pairLabels,
          positive: pairPositive)
        metrics.intervals = Classification.wilsonIntervals(metrics)
        classification.append(metrics)
      }
    }
    // Merged sums can lack an SE for other reasons (older shards); explain only the one that is certain.
    if s.items < 2 {
      explainMissingStandardErrors()
    } else if let pair {
      // The pair's coefficients need 2 items both coders rated, as in a single run (review r16b).
      let shared = s.sharedItems(pair.first, pair.second)
      if shared < 2 {
        for name in Self.pairCoefficients {
          guard let estimate = coefficients[name], estimate.value.number != nil, estimate.standardError == nil,
            estimate.standardErrorReason == nil
          else { continue }
          coefficients[name]?.standardErrorReason = Self.tooFewItemsForStandardError
        }
      }
    }
    if unordered { withholdOrderDependentCoefficients() }
  }
}

extension AgreementReport {
  /// The coefficients of the chosen coder pair (their SEs need 2 items both coders rated).
  static let pairCoefficients: [Coefficient] = [
    .cohenKappa, .weightedKappaLinear, .weightedKappaQuadratic, .weightedKappaCustom, .scottPi, .scottPiQuadratic,
    .percentAgreementPair,
  ]
}
