extension Classification {
  /// Multi-label metrics of `coder` against `reference` over the items both coded (scikit-learn's
  /// multi-label conventions: indicator matrices over `labels`; samples averages per item with 0/0 = 0;
  /// Hamming loss and subset accuracy over `labels` too, as scikit-learn's `hamming_loss` and
  /// `accuracy_score` are over the indicator columns they are given).
  static func multiLabel(
    table: MultiLabelTable, reference: Int, coder: Int, labels: [Int], positive: Int?, topPairs: Int = 10,
    sample: [Int]? = nil
  ) -> ClassificationMetrics {
    let q = table.categoryCount
    let r = table.coderCount
    let selected = Set(labels)
    var counts = LabelCounts(
      tp: Array(repeating: 0, count: labels.count), fp: Array(repeating: 0, count: labels.count),
      fn: Array(repeating: 0, count: labels.count), tn: Array(repeating: 0, count: labels.count))
    var items = 0
    var exact = 0
    var wrongDecisions = 0
    var samplePrecision = 0.0
    var sampleRecall = 0.0
    var sampleF1 = 0.0
    var sampleJaccard = 0.0
    var confused: [Int: Int] = [:]
    for i in sample ?? Array(0..<table.itemCount) {
      guard let truthCodes = table.sets[i * r + reference], let guessCodes = table.sets[i * r + coder] else {
        continue
      }
      items += 1
      let truth = Set(truthCodes.map(Int.init))
      let guess = Set(guessCodes.map(Int.init))
      let t = truth.intersection(selected)
      let p = guess.intersection(selected)
      if t == p { exact += 1 }
      wrongDecisions += t.symmetricDifference(p).count
      for (position, k) in labels.enumerated() {
        switch (truth.contains(k), guess.contains(k)) {
        case (true, true): counts.tp[position] += 1
        case (false, true): counts.fp[position] += 1
        case (true, false): counts.fn[position] += 1
        case (false, false): counts.tn[position] += 1
        }
      }
      let both = t.intersection(p).count
      samplePrecision += LabelCounts.ratio(both, p.count)
      sampleRecall += LabelCounts.ratio(both, t.count)
      sampleF1 += LabelCounts.ratio(2 * both, t.count + p.count)
      sampleJaccard += LabelCounts.ratio(both, t.union(p).count)
      for missed in truth.subtracting(guess) {
        for extra in guess.subtracting(truth) { confused[missed * q + extra, default: 0] += 1 }
      }
    }
    let classes = labels.indices.map(counts.perClass)
    let n = Double(max(items, 1))
    let pairs = confused.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(topPairs)
      .map {
        ConfusedPair(reference: table.categories[$0.key / q], coder: table.categories[$0.key % q], count: $0.value)
      }
    var metrics = ClassificationMetrics(
      coder: table.coders[coder], items: items, accuracy: Double(exact) / n, balancedAccuracy: nil, mcc: nil,
      precision: counts.averaged(classes, positive: positive, samples: samplePrecision / n) { $0.precision },
      recall: counts.averaged(classes, positive: positive, samples: sampleRecall / n) { $0.recall },
      f1: counts.averaged(classes, positive: positive, samples: sampleF1 / n) { $0.f1 },
      jaccard: counts.averaged(classes, positive: positive, samples: sampleJaccard / n) { $0.jaccard },
      hammingLoss: items == 0 || labels.isEmpty ? nil : Double(wrongDecisions) / (Double(items) * Double(labels.count)),
      subsetAccuracy: Double(exact) / n, labels: labels.map { table.categories[$0] }, confusion: nil,
      labelConfusions: labels.indices.map { [[counts.tn[$0], counts.fp[$0]], [counts.fn[$0], counts.tp[$0]]] },
      perClass: classes, confusedPairs: Array(pairs))
    metrics.positiveLabel = positive.map { table.categories[labels[$0]] }
    return metrics
  }
}

extension Classification {
  /// The labels among `labels` that `reference` or `coder` gave on an item both coded (the columns
  /// of scikit-learn's `MultiLabelBinarizer` fitted on the two coders' sets), and the positive
  /// label's new position; the positive label stays even when unused.
  static func labelsUsed(
    in table: MultiLabelTable, reference: Int, coder: Int, among labels: [Int], positive: Int?
  ) -> ([Int], Int?) {
    let r = table.coderCount
    var used = Set<Int>()
    for i in 0..<table.itemCount {
      guard let truth = table.sets[i * r + reference], let guess = table.sets[i * r + coder] else { continue }
      for k in truth { used.insert(Int(k)) }
      for k in guess { used.insert(Int(k)) }
    }
    return keeping(labels, positive: positive, where: used.contains)
  }
}

extension AgreementReport {
  /// Report for multi-label data: `coefficients` pool present/absent (item, label) decisions;
  /// `perLabel` gives each label's own coefficients; with `options.reference`, multi-label metrics.
  ///
  /// Which labels are pooled: the many-coder coefficients (percent agreement, Fleiss, Conger,
  /// Light, AC1, Brennan–Prediger, Krippendorff's alpha) pool the labels some coder gave to an item
  /// that another coder also coded (`MultiLabelTable.labelsGivenOnSharedItems()`); the pair's
  /// coefficients (`Coefficient.pairFamily`: Cohen's kappa, Scott's pi) pool the labels either coder
  /// of the pair gave on the items both coded, as the pair's classification metrics take theirs
  /// (scikit-learn's `MultiLabelBinarizer` fitted on the two coders' sets). So a label only a third
  /// coder used does not enter the pair's table (QA review 41: three such labels moved the pair's
  /// κ from 0.5 to 0.6875), and a declared category (`--categories`) that no coder used enters no
  /// table: each of its units would be an "absent–absent" agreement whose number is set by the
  /// size of the codebook, not by the coders (on 6 items, five unused codes raised the pooled
  /// percent agreement from 0.78 to 0.92 and AC1 from 0.60 to 0.89), so pooled values would not be
  /// comparable between codebooks. Declared categories still check the labels and list the
  /// per-label coefficients.
  public init(multiLabel table: MultiLabelTable, options: AgreementOptions = AgreementOptions())
    throws(AgreementError)
  {
    var pooledOptions = options
    pooledOptions.customWeights = nil
    pooledOptions.reference = nil
    let pooledLabels = table.labelsGivenOnSharedItems()
    try self.init(
      table: table.pooledBinaryTable(labels: pooledLabels), options: pooledOptions, multiLabel: true,
      unitsPerItem: pooledLabels.count)
    if pooledLabels.isEmpty, table.sharedItemCount() > 0 {
      for name in coefficients.keys { coefficients[name] = Estimate(value: .undefined(reason: Self.noLabelDecisions)) }
    }
    // With a third coder, the pair's coefficients come from the pair's own table: their two
    // coders' decisions on the pair's labels (with two coders, the tables are the same).
    if table.coderCount > 2, let names = pair, let a = table.coderIndex(names[0]), let b = table.coderIndex(names[1]) {
      var pairOptions = pooledOptions
      pairOptions.pair = (names[0], names[1])
      let pairLabels = table.labelsGivenOnSharedItems(among: [a, b])
      let pairReport = try AgreementReport(
        table: table.pooledBinaryTable(labels: pairLabels, coders: [a, b]), options: pairOptions, multiLabel: true,
        unitsPerItem: pairLabels.count)
      let bothCoded = pairLabels.isEmpty && table.sharedItemCount(among: [a, b]) > 0
      for name in Coefficient.pairFamily where coefficients[name] != nil {
        coefficients[name] =
          bothCoded ? Estimate(value: .undefined(reason: Self.noLabelDecisions)) : pairReport.coefficients[name]
      }
    }
    self.perCategoryFleiss = []
    // Present/absent data have two categories: weighted and level variants repeat the nominal values.
    let pooled: Set<Coefficient> = [
      .percentAgreement, .percentAgreementUnanimous, .cohenKappa, .scottPi, .brennanPrediger, .gwetAC1,
      .fleissKappa, .congerKappa, .lightKappa, .krippendorffAlpha, .krippendorffAlphaNominal,
    ]
    self.coefficients = coefficients.filter { pooled.contains($0.key) }
    let shown: [Coefficient] = [.fleissKappa, .krippendorffAlphaNominal, .gwetAC1, .cohenKappa]
    var perLabel: [Coefficient: [CoefficientValue]] = [:]
    var labelOptions = pooledOptions
    labelOptions.bootstrapResamples = 0
    for k in 0..<table.categoryCount {
      let report = try AgreementReport(table: table.binaryTable(label: k), options: labelOptions, multiLabel: true)
      for name in shown {
        if let value = report.coefficients[name]?.value { perLabel[name, default: []].append(value) }
      }
    }
    self.perLabel = perLabel.filter { $0.value.count == table.categoryCount }
    self.perCategoryFleiss = self.perLabel[.fleissKappa] ?? []
    self.items = table.itemCount
    self.categories = table.categories
    // Counted on the items: the pooled statistics count (item, label) units, none when no label was given.
    if let names = pair, let a = table.coderIndex(names[0]), let b = table.coderIndex(names[1]) {
      var coverage = PairCoverage(both: 0, firstOnly: 0, secondOnly: 0)
      for i in 0..<table.itemCount {
        switch (table.labels(item: i, coder: a) != nil, table.labels(item: i, coder: b) != nil) {
        case (true, true): coverage.both += 1
        case (true, false): coverage.firstOnly += 1
        case (false, true): coverage.secondOnly += 1
        case (false, false): break
        }
      }
      pairCoverage = coverage
    }
    if let referenceName = options.reference {
      guard let reference = table.coderIndex(referenceName) else { throw .unknownCoder(name: referenceName) }
      referenceCoder = referenceName
      let (labels, positive) = try Self.labelSet(
        categories: table.categories, declared: true, options: options
      ) { Set<Int>() }
      // Without --labels or declared categories, each coder is evaluated over the labels it or the
      // reference gave on the items both coded, as in single-label mode (QA review 40: a label only a
      // third coder used counted as a class with F1 0 in every macro average).
      let labelsFromRatings = options.labels == nil && !table.categoriesDeclared
      for coder in 0..<table.coderCount where coder != reference {
        var (labels, positive) = (labels, positive)
        if labelsFromRatings {
          (labels, positive) = Classification.labelsUsed(
            in: table, reference: reference, coder: coder, among: labels, positive: positive)
        }
        var metrics = Classification.multiLabel(
          table: table, reference: reference, coder: coder, labels: labels, positive: positive)
        metrics.intervals = Classification.wilsonIntervals(metrics)
        if options.bootstrapResamples > 0 {
          metrics.addBootstrap(
            Classification.bootstrapIntervals(
              multiLabel: table, reference: reference, coder: coder, labels: labels, positive: positive,
              resamples: options.bootstrapResamples, seed: options.seed))
        }
        classification.append(metrics)
      }
    }
  }
}

extension AgreementReport {
  /// Why a pooled multi-label coefficient is undefined when the coders compared coded items in
  /// common but gave none of them a label.
  static let noLabelDecisions =
    "no label was given on the items the coders coded in common (every set there is empty): there is no (item, label) decision to compare"
}

extension Classification {
  /// Percentile bootstrap intervals of every multi-label metric: the items both coders coded are
  /// resampled with replacement `resamples` times from `SeededGenerator(seed:)`.
  static func bootstrapIntervals(
    multiLabel table: MultiLabelTable, reference: Int, coder: Int, labels: [Int], positive: Int?, resamples: Int,
    seed: UInt64
  ) -> [String: ConfidenceInterval] {
    let r = table.coderCount
    let coded = (0..<table.itemCount).filter {
      table.sets[$0 * r + reference] != nil && table.sets[$0 * r + coder] != nil
    }
    guard !coded.isEmpty, resamples > 0 else { return [:] }
    // Per-label ratios undefined in a resample (a label it did not draw) are left out, as for
    // single-label data (`bootstrapIntervals(table:…)`).
    let base = multiLabel(
      table: table, reference: reference, coder: coder, labels: labels, positive: positive, topPairs: 0, sample: coded)
    var generator = SeededGenerator(seed: seed)
    var draws: [String: [Double]] = [:]
    var sample = [Int](repeating: 0, count: coded.count)
    for _ in 0..<resamples {
      for j in sample.indices { sample[j] = coded[generator.index(below: coded.count)] }
      let metrics = multiLabel(
        table: table, reference: reference, coder: coder, labels: labels, positive: positive, topPairs: 0,
        sample: sample)
      for (path, value) in definedScalars(metrics, base: base, positive: positive, mccDefined: true) {
        draws[path, default: []].append(value)
      }
    }
    return percentileIntervals(draws)
  }
}
