/// Options of an agreement report (the `agree` command's flags).
public struct AgreementOptions: Sendable {
  /// Level of `krippendorff_alpha` (all four levels are always reported under their own names too).
  public var level: MeasurementLevel = .nominal
  /// The two coders of the two-coder coefficients (required when there are more than two coders).
  public var pair: (first: String, second: String)?
  /// A user agreement-weight matrix for `weighted_kappa_custom` (q × q, category order).
  public var customWeights: WeightScheme?
  /// Reference coder for classification (or multi-label) metrics of every other coder.
  public var reference: String?
  /// Label restriction for classification metrics (scikit-learn's `labels=`), in the given order.
  public var labels: [String]?
  /// Positive label for `binary` averages.
  public var positiveLabel: String?
  /// True when the user asked for linear or quadratic weights explicitly (`--weights linear|quadratic`):
  /// like a non-nominal `level` or a custom matrix, it needs a meaningful category order.
  public var weightsRequested = false
  /// Bootstrap resamples (0 = none) and seed.
  public var bootstrapResamples = 0
  public var seed: UInt64 = 0

  public init() {}
}

/// Everything `verbatim agree` reports for one rating table.
///
/// Two-coder coefficients (the pair's percent agreement, Cohen family, Scott's pi, PABAK, κ_max, prevalence
/// and bias indices) are present when there are exactly two coders or `options.pair` names two; they use
/// the items both coders rated, and `pair` names the two coders.
///
/// Category order: with three or more undeclared labels that are not all numbers, the order-dependent
/// coefficients (`Coefficient.dependsOnCategoryOrder`: weighted kappas, quadratic/AC2 variants, ordinal,
/// interval, ratio and quadratic alpha) are undefined with a reason rather than computed on an arbitrary
/// (alphabetical) order, and asking for an order-dependent analysis (`level` other than nominal, a custom
/// weight matrix, `weightsRequested`) throws `.invalidOption` asking for declared categories.
/// Many-coder coefficients use all coders and all items (Gwet's conventions for missing ratings).
/// `percent_agreement` is Gwet's p_a (with two coders: the share of matching items among those both rated);
/// `percent_agreement_unanimous` is the share of items with ≥ 2 ratings on which all ratings are equal
/// (irr's `agree` uses complete items only; on complete data the two are the same).
public struct AgreementReport: Sendable {
  /// Number of items with at least one rating.
  public internal(set) var items: Int
  public let coders: [String]
  public internal(set) var categories: [String]
  public let level: MeasurementLevel
  /// True when built from multi-label data: coefficients then pool every (item, label) decision.
  public let multiLabel: Bool
  public internal(set) var coefficients: [Coefficient: Estimate] = [:]
  /// Per-category Fleiss kappas (category k against the rest), aligned with `categories`.
  public internal(set) var perCategoryFleiss: [CoefficientValue] = []
  /// Multi-label only: per-label coefficients of the label's present/absent ratings.
  public internal(set) var perLabel: [Coefficient: [CoefficientValue]] = [:]
  /// Classification metrics of each non-reference coder, in coder order.
  public internal(set) var classification: [ClassificationMetrics] = []
  /// The coder the `classification` metrics are measured against (`options.reference`), if any.
  public internal(set) var referenceCoder: String?
  /// The additive statistics behind the point estimates (mergeable across shards).
  public let statistics: AgreementStatistics
  /// The two coders of the two-coder coefficients (first = rows of their table), when there are any.
  public internal(set) var pair: [String]?

  /// Multi-label only: the present/absent units each item is pooled as (one per label); 1 otherwise.
  public internal(set) var unitsPerItem = 1

  /// The number of items two or more coders rated: the items agreement is measured on (items, not
  /// the (item, label) units multi-label coefficients pool).
  public var multiRatedItemCount: Int { Int(statistics.multiRated.rounded()) / max(1, unitsPerItem) }

  /// The number of items both coders of `pair` rated (what the pair's coefficients are computed
  /// on), or nil without a pair.
  public var pairItemCount: Int? { pairCoverage?.both }

  /// How the two coders of a pair covered the items: rated by both, and by only one of them.
  public struct PairCoverage: Sendable, Equatable {
    /// Items both coders rated: the two-coder coefficients' sample.
    public var both: Int
    /// Items the first coder (`pair[0]`) rated and the second did not.
    public var firstOnly: Int
    /// Items the second coder rated and the first did not.
    public var secondOnly: Int

    public init(both: Int, firstOnly: Int, secondOnly: Int) {
      self.both = both
      self.firstOnly = firstOnly
      self.secondOnly = secondOnly
    }
  }

  /// The selected pair's coverage of the items (`agree` reports `both` as "pair_items"; QA review 41:
  /// the header said 12 items where Cohen's kappa rested on 8), nil without a pair.
  public internal(set) var pairCoverage: PairCoverage?

  /// `pairCoverage` from the additive statistics: the pair's table sums the items both rated, and a
  /// coder's category counts (`coderCategory`) the items it rated; each item is `unitsPerItem` units.
  mutating func setPairCoverageFromStatistics() {
    guard let pair, pair.count == 2, let a = coders.firstIndex(of: pair[0]), let b = coders.firstIndex(of: pair[1]),
      a != b
    else { return }
    let q = statistics.categoryCount
    let units = max(1, unitsPerItem)
    func rated(_ c: Int) -> Int {
      Int(statistics.coderCategory[(c * q)..<((c + 1) * q)].reduce(0, +).rounded()) / units
    }
    let both = Int(statistics.sharedItems(a, b).rounded()) / units
    pairCoverage = PairCoverage(both: both, firstOnly: rated(a) - both, secondOnly: rated(b) - both)
  }
  /// Bootstrap resamples behind the `bootstrap` intervals (0 = none).
  public internal(set) var bootstrapResamples = 0
  /// The seed of the bootstrap's generator, with `bootstrapResamples` > 0.
  public internal(set) var bootstrapSeed: UInt64 = 0
  /// How model predictions were joined to the ratings (one entry per predictions file; empty without).
  public var predictionJoins: [PredictionsJoin] = []
  /// The hierarchy level the labels were rolled up to before agreement was computed (`agree
  /// --code-level`), nil when they were compared as given.
  public var codeLevel: Int?

  /// Computes the report. Throws `.tooFewCoders`, `.unknownCoder`, `.invalidOption` or `.invalidWeights`.
  public init(table: RatingTable, options: AgreementOptions = AgreementOptions()) throws(AgreementError) {
    try self.init(table: table, options: options, multiLabel: false)
    if let referenceName = options.reference {
      guard let reference = table.coderIndex(referenceName) else { throw .unknownCoder(name: referenceName) }
      referenceCoder = referenceName
      let (labels, positive) = try Self.labelSet(
        categories: table.categories, declared: table.categoriesDeclared, options: options
      ) { () -> Set<Int> in
        Set(table.entryCode.map(Int.init))
      }
      let labelsFromRatings = options.labels == nil && !table.categoriesDeclared
      for coder in 0..<table.coderCount where coder != reference {
        var (pairLabels, pairPositive) = (labels, positive)
        if labelsFromRatings {
          (pairLabels, pairPositive) = Classification.labelsUsed(
            by: Classification.pairConfusion(table: table, reference: reference, coder: coder),
            q: table.categoryCount, among: labels, positive: positive)
        }
        var metrics = Classification.singleLabel(
          table: table, reference: reference, coder: coder, labels: pairLabels, positive: pairPositive)
        if options.bootstrapResamples > 0 {
          metrics.addBootstrap(
            Classification.bootstrapIntervals(
              table: table, reference: reference, coder: coder, labels: pairLabels, positive: pairPositive,
              resamples: options.bootstrapResamples, seed: options.seed))
        }
        classification.append(metrics)
      }
    }
  }

  /// An empty report (for merged statistics).
  init(items: Int, coders: [String], categories: [String], level: MeasurementLevel, statistics: AgreementStatistics) {
    self.items = items
    self.coders = coders
    self.categories = categories
    self.level = level
    self.multiLabel = false
    self.statistics = statistics
  }

  /// - Parameter unitsPerItem: multi-label data, pooled: the consecutive units of `table` that are
  ///   one item's labels. Their analytic standard errors would treat an item's labels as
  ///   independent items, so they are withheld (`pooledUnitsReason`), and the bootstrap resamples
  ///   items with all their labels.
  init(table: RatingTable, options: AgreementOptions, multiLabel: Bool, unitsPerItem: Int = 1) throws(AgreementError) {
    guard table.coderCount >= 2 else { throw .tooFewCoders(source: "ratings", coders: table.coders) }
    items = table.itemCount
    coders = table.coders
    categories = table.categories
    level = options.level
    self.multiLabel = multiLabel
    let q = table.categoryCount
    var pair: (Int, Int)?
    if let names = options.pair {
      guard let a = table.coderIndex(names.first) else { throw .unknownCoder(name: names.first) }
      guard let b = table.coderIndex(names.second) else { throw .unknownCoder(name: names.second) }
      guard a != b else { throw .invalidOption(message: "--pair needs two different coders") }
      pair = (a, b)
    } else if table.coderCount == 2 {
      pair = (0, 1)
    }
    self.pair = pair.map { [table.coders[$0.0], table.coders[$0.1]] }
    let unordered = try Self.categoryOrderIsArbitrary(
      categories: table.categories, declared: table.categoriesDeclared, options: options)
    var weights = [
      try WeightScheme.identity.matrix(categoryCount: q), try WeightScheme.linear.matrix(categoryCount: q),
      try WeightScheme.quadratic.matrix(categoryCount: q),
    ]
    if let custom = options.customWeights { weights.append(try custom.matrix(categories: table.categories)) }
    let setup = CoefficientSetup(
      categoryCount: q, coderCount: table.coderCount, weights: weights, pair: pair.map { (first: $0.0, second: $0.1) },
      values: table.categoryValues, level: options.level, coders: table.coders)
    let contributions = ItemContributions(table: table, weights: weights)
    statistics = contributions.statistics()
    let points = PointEstimates.compute(statistics, setup: setup)
    for (name, value) in points { coefficients[name] = .point(value) }
    let counts = ItemCategoryCounts(table)
    self.unitsPerItem = max(1, unitsPerItem)
    if unitsPerItem > 1 {
      withholdPooledStandardErrors()
    } else {
      addStandardErrors(table: table, setup: setup, counts: counts)
    }
    perCategoryFleiss = FleissKappa.perCategory(statistics)
    if options.bootstrapResamples > 0 {
      bootstrapResamples = options.bootstrapResamples
      bootstrapSeed = options.seed
      let intervals = Bootstrap.intervals(
        contributions: contributions, setup: setup, observed: points, resamples: options.bootstrapResamples,
        seed: options.seed, clusterSize: self.unitsPerItem)
      for (name, interval) in intervals { coefficients[name]?.bootstrap = interval }
    }
    explainMissingStandardErrors()
    if unordered { withholdOrderDependentCoefficients() }
    setPairCoverageFromStatistics()
  }

  /// Coefficients that have an analytic standard error when the data allow one.
  static let analyticStandardErrors: Set<Coefficient> = Set(GwetVariance.family.map(\.0)).union([
    .congerKappa, .congerKappaQuadratic, .krippendorffAlpha, .krippendorffAlphaNominal, .krippendorffAlphaOrdinal,
    .krippendorffAlphaInterval, .krippendorffAlphaRatio, .krippendorffAlphaQuadratic, .cohenKappa,
    .weightedKappaLinear, .weightedKappaQuadratic, .weightedKappaCustom, .scottPi, .scottPiQuadratic,
    .percentAgreementPair,
  ])

  static let tooFewItemsForStandardError =
    "a standard error needs at least 2 items (Krippendorff's alpha: 2 items rated by two or more coders; two-coder coefficients: 2 items both coders rated)"

  /// Gives every defined coefficient that has an analytic SE elsewhere but none here (too few items) a
  /// `standardErrorReason`, so a missing `se` is never unexplained.
  mutating func explainMissingStandardErrors() {
    for name in coefficients.keys where Self.analyticStandardErrors.contains(name) {
      guard let estimate = coefficients[name], estimate.value.number != nil, estimate.standardError == nil,
        estimate.standardErrorReason == nil
      else { continue }
      coefficients[name]?.standardErrorReason = Self.tooFewItemsForStandardError
    }
  }

  static let pooledUnitsReason =
    "multi-label coefficients pool every (item, label) decision, and one item's labels are not independent: an analytic interval would count each label as an item and be too narrow; --bootstrap N --seed S resamples whole items"

  /// Multi-label data: every coefficient with an analytic standard error in general gets
  /// `pooledUnitsReason` instead of one.
  private mutating func withholdPooledStandardErrors() {
    for name in coefficients.keys where Self.analyticStandardErrors.contains(name) {
      guard coefficients[name]?.value.number != nil else { continue }
      coefficients[name]?.standardErrorReason = Self.pooledUnitsReason
    }
  }

  static let arbitraryOrder =
    "the category order is unknown: the labels are not numbers and no categories were declared (alphabetical order would be arbitrary; declare the order with --categories)"

  /// True when the categories have no meaningful order: three or more undeclared labels, not all numbers
  /// (numbers are ordered by value; with two categories every weighting equals the unweighted one).
  /// Throws `.invalidOption` when the options ask for an order-dependent analysis on such categories.
  static func categoryOrderIsArbitrary(categories: [String], declared: Bool, options: AgreementOptions)
    throws(AgreementError) -> Bool
  {
    guard !declared, categories.count >= 3, !categories.allSatisfy({ parseFiniteNumber($0) != nil }) else {
      return false
    }
    let asked =
      options.level != .nominal
      ? "--level \(options.level.rawValue)"
      : options.customWeights != nil || options.weightsRequested ? "--weights" : nil
    if let asked {
      throw .invalidOption(
        message:
          "\(asked) needs the category order, but the labels are not numbers and no categories were declared (alphabetical order would be arbitrary); declare the order of the \(categories.count) labels (\(categories.joined(separator: ", "))) with --categories, lowest first"
      )
    }
    return true
  }

  /// Replaces every order-dependent coefficient by `.undefined` with the reason (see `categoryOrderIsArbitrary`).
  mutating func withholdOrderDependentCoefficients() {
    withholdOrderDependentCoefficients(reason: Self.arbitraryOrder)
  }

  /// Replaces every order-dependent coefficient (`Coefficient.dependsOnCategoryOrder`) by `.undefined`
  /// with `reason`: for a caller whose category order is only partly known (`validate`, when human
  /// sentiment labels outside negative < neutral < positive occur).
  public mutating func withholdOrderDependentCoefficients(reason: String) {
    for name in coefficients.keys where name.dependsOnCategoryOrder {
      coefficients[name] = Estimate(value: .undefined(reason: reason))
    }
  }

  /// Resolves `labels=` and the positive label to category indices.
  static func labelSet(
    categories: [String], declared: Bool, options: AgreementOptions, used: () -> Set<Int>
  ) throws(AgreementError) -> ([Int], Int?) {
    func index(_ label: String) -> Int? { categories.firstIndex { $0.utf8.elementsEqual(label.utf8) } }
    var labels: [Int]
    if let requested = options.labels {
      labels = []
      for label in requested {
        guard let k = index(label) else {
          throw .invalidOption(message: "--label \"\(label)\" is not a category of the ratings")
        }
        labels.append(k)
      }
    } else if declared {
      labels = Array(categories.indices)
    } else {
      labels = used().sorted()
    }
    var positive: Int?
    if let label = options.positiveLabel {
      guard let k = index(label), let position = labels.firstIndex(of: k) else {
        throw .invalidOption(message: "--pos-label \"\(label)\" is not among the evaluated labels")
      }
      positive = position
    }
    return (labels, positive)
  }

  /// Two-coder family: FCE 1969 standard errors and Wald intervals. They need only the pair's
  /// contingency table, which is a sufficient statistic, so merged shards get them too.
  mutating func addCohenFamilyStandardErrors(setup: CoefficientSetup) {
    guard let table2 = PointEstimates.pairTable(statistics, setup: setup) else { return }
    let q = setup.categoryCount
    var cohen: [(Coefficient, [Double], Bool)] = [
      (.cohenKappa, setup.weights[CoefficientSetup.identity], true),
      (.weightedKappaLinear, setup.weights[CoefficientSetup.linear], false),
      (.weightedKappaQuadratic, setup.weights[CoefficientSetup.quadratic], false),
    ]
    if setup.hasCustomWeights { cohen.append((.weightedKappaCustom, setup.weights[CoefficientSetup.custom], false)) }
    for (name, weights, simple) in cohen {
      coefficients[name] = CohenKappa.kappa(table: table2, categories: q, weights: weights, simpleSE: simple)
    }
  }

  private mutating func addStandardErrors(table: RatingTable, setup: CoefficientSetup, counts: ItemCategoryCounts) {
    let q = setup.categoryCount
    let n = table.itemCount
    let identity = setup.weights[CoefficientSetup.identity]
    let quadratic = setup.weights[CoefficientSetup.quadratic]
    let ratingsPerItem = FleissKappa.ratingsPerItem(counts: counts)
    func lowest(_ name: Coefficient, _ weights: [Double]) -> Double? {
      CoefficientRange.lowestValue(
        name, weights: weights, categories: q, ratingsPerItem: ratingsPerItem, coders: table.coderCount)
    }
    for (name, scheme, chance) in GwetVariance.family {
      let weights = setup.weights[scheme]
      guard let value = coefficients[name]?.value.number,
        let estimate = GwetVariance.estimate(counts: counts, weights: weights, chance: chance),
        let se = estimate.se
      else { continue }
      coefficients[name]?.standardError = se
      coefficients[name]?.interval95 = GwetVariance.interval(
        value: value, se: se, items: n, lowest: lowest(name, weights))
    }
    if coefficients[.fleissKappa]?.value.number != nil {
      if let fnl = FleissKappa.nullStandardError(counts: counts) {
        coefficients[.fleissKappa]?.nullStandardError = fnl
      } else if n >= 2, coefficients[.fleissKappa]?.standardError != nil,
        FleissKappa.ratingsPerItem(counts: counts) == nil
      {
        // Review r19b: it vanished without a word when ratings were missing.
        coefficients[.fleissKappa]?.nullStandardErrorReason = FleissKappa.variableRatingsReason
      }
    }
    for (name, weights) in [(Coefficient.congerKappa, identity), (.congerKappaQuadratic, quadratic)] {
      guard let value = coefficients[name]?.value.number,
        let chance = PointEstimates.congerChance(statistics).map({ $0(weights) }),
        let se = GwetVariance.congerStandardError(
          table: table, counts: counts, weights: weights, value: value, chance: chance)
      else { continue }
      coefficients[name]?.standardError = se
      coefficients[name]?.interval95 = GwetVariance.interval(
        value: value, se: se, items: n, lowest: lowest(name, weights))
    }
    // Each alpha's q × q weights are built only for a coefficient that has a value, and one at a
    // time: at 5,000 categories each matrix takes 200 MB.
    let coincidence = statistics.coincidence
    let alphaWeights: [(Coefficient, () -> [Double])] =
      [
        (
          .krippendorffAlphaQuadratic,
          { KrippendorffAlpha.weights(differences: KrippendorffAlpha.quadraticDifferences(categories: q)) }
        )
      ]
      + MeasurementLevel.allCases.map { level in
        (
          PointEstimates.alphaName(level),
          {
            KrippendorffAlpha.weights(
              differences: KrippendorffAlpha.squaredDifferences(
                level: level, coincidence: coincidence, values: setup.values))
          }
        )
      }
    for (name, weights) in alphaWeights {
      guard let value = coefficients[name]?.value.number,
        let result = GwetVariance.krippendorffStandardError(counts: counts, weights: weights())
      else { continue }
      coefficients[name]?.standardError = result.se
      coefficients[name]?.interval95 = GwetVariance.interval(value: value, se: result.se, items: result.items)
    }
    let chosen = PointEstimates.alphaName(setup.level)
    coefficients[.krippendorffAlpha] = coefficients[chosen]
    addCohenFamilyStandardErrors(setup: setup)
    addPairGwetStandardErrors(setup: setup)
  }

  /// The pair's percent agreement and Scott's pi (Fleiss' kappa of the pair) with Gwet's SE on the items
  /// both coders rated. Those items are summarised by the pair's contingency table (`GwetSums(pairTable:)`),
  /// so merged shards get them too.
  mutating func addPairGwetStandardErrors(setup: CoefficientSetup) {
    guard let table2 = PointEstimates.pairTable(statistics, setup: setup) else { return }
    let q = setup.categoryCount
    let sums = GwetSums(pairTable: table2, categories: q, weights: setup.weights)
    for (name, scheme, chance) in [
      (Coefficient.percentAgreementPair, CoefficientSetup.identity, GwetVariance.Chance.none),
      (.scottPi, CoefficientSetup.identity, .fleiss), (.scottPiQuadratic, CoefficientSetup.quadratic, .fleiss),
    ] {
      guard let value = coefficients[name]?.value.number,
        let se = sums.standardError(scheme: scheme, weights: setup.weights[scheme], chance: chance)
      else { continue }
      coefficients[name]?.standardError = se
      coefficients[name]?.interval95 = GwetVariance.interval(
        value: value, se: se, items: Int(sums.items),
        lowest: CoefficientRange.lowestValue(
          name, weights: setup.weights[scheme], categories: q, ratingsPerItem: 2, coders: 2))
    }
  }
}
