/// Metrics of one class (label) against the reference coder.
public struct ClassMetrics: Sendable, Equatable {
  public var precision: Double
  public var recall: Double
  public var f1: Double
  /// Number of items the reference put in this class.
  public var support: Int
  public var jaccard: Double
  /// Cohen's kappa of "this class" versus "any other" (2 × 2 table).
  public var kappa: CoefficientValue
  /// Counts behind the ratios.
  public var truePositives: Int, falsePositives: Int, falseNegatives: Int, trueNegatives: Int
}

/// A metric under scikit-learn's averaging modes; nil where a mode does not apply.
public struct AveragedMetric: Sendable, Equatable {
  public var micro: Double
  public var macro: Double
  public var weighted: Double
  /// Only with a positive label (`average="binary"`, `pos_label=`).
  public var binary: Double?
  /// Only for multi-label data (`average="samples"`).
  public var samples: Double?
}

/// A pair of labels the coder confused: the reference had `reference` (which the coder missed) and the
/// coder gave `coder` (which the reference did not).
public struct ConfusedPair: Sendable, Equatable {
  public var reference: String
  public var coder: String
  public var count: Int

  public init(reference: String, coder: String, count: Int) {
    self.reference = reference
    self.coder = coder
    self.count = count
  }
}

/// Classification metrics of one coder against a reference coder, following scikit-learn's conventions
/// (`sklearn.metrics`, v1.5): y_true = reference, y_pred = coder, over the items both rated.
///
/// - precision_k = tp_k / (tp_k + fp_k), recall_k = tp_k / (tp_k + fn_k), F1_k = 2 tp_k / (2 tp_k + fp_k + fn_k),
///   Jaccard_k = tp_k / (tp_k + fp_k + fn_k); a 0/0 is reported as 0 (`zero_division=0`).
/// - micro: the same ratios of the sums over labels; macro: the unweighted mean; weighted: the mean
///   weighted by support; binary: the positive label's value; samples (multi-label): per item, then mean.
///   An item neither coder gave any label counts 0 under `samples` (scikit-learn's 0/0 → 0), so a
///   coder that agrees exactly, with some items left untagged by both, scores below 1 (QA review
///   14: 0.833 with one such item of six); micro, macro and accuracy count such items as agreement.
/// - The label set (`labels=`): the requested labels, else the declared categories, else the labels either
///   coder of the pair used on the items both rated (scikit-learn's `unique_labels(y_true, y_pred)`;
///   never a label only a third coder used). It restricts per-class and averaged metrics, not accuracy.
/// - accuracy: share of items with identical labels (multi-label: identical sets = subset accuracy).
/// - balanced accuracy: mean recall over the classes present in y_true (Brodersen et al. 2010).
/// - MCC: Gorodkin's (2004) multiclass R_K = (c·s − Σ_k t_k p_k) / √((s² − Σ p_k²)(s² − Σ t_k²)),
///   0 when the denominator is 0 (scikit-learn).
/// - Hamming loss (multi-label): wrong (item, label) decisions / (items × categories).
public struct ClassificationMetrics: Sendable, Equatable {
  public var coder: String
  public var items: Int
  public var accuracy: Double
  public var balancedAccuracy: Double?
  public var mcc: Double?
  public var precision: AveragedMetric
  public var recall: AveragedMetric
  public var f1: AveragedMetric
  public var jaccard: AveragedMetric
  public var hammingLoss: Double?
  public var subsetAccuracy: Double?
  /// Labels of the confusion matrix and of `perClass`, in category order.
  public var labels: [String]
  /// Single-label: counts, rows = reference label, columns = coder label (over `labels`).
  public var confusion: [[Int]]?
  /// Multi-label: one [[tn, fp], [fn, tp]] matrix per label (scikit-learn's multilabel_confusion_matrix).
  public var labelConfusions: [[[Int]]]?
  public var perClass: [ClassMetrics]
  /// Multi-label: the most frequent (missed reference label, extra coder label) pairs, most frequent first.
  public var confusedPairs: [ConfusedPair]?
  /// 95% intervals by metric path ("accuracy", "f1.macro", "per_class.LABEL.recall", …): Wilson score
  /// intervals for the proportions (accuracy, per-class precision and recall), and with `--bootstrap`
  /// percentile intervals for every other metric (see `intervalMethod`). The proportions keep Wilson's
  /// interval under `--bootstrap`: the percentile bootstrap of a proportion at 0 or 1 has zero width
  /// (every resample of 5/5 is 5/5; QA review 16), while Wilson's stays informative at the boundary
  /// (Brown, Cai & DasGupta 2001).
  public var intervals: [String: ConfidenceInterval] = [:]
  /// "wilson", or "wilson+bootstrap-percentile" with `--bootstrap`.
  public var intervalMethod = "wilson"
  /// The positive label of the `binary` averages (`--pos-label`), nil without one: `precision.binary`
  /// and `recall.binary` are that class's precision and recall, with its Wilson intervals.
  public var positiveLabel: String?

  /// Adds bootstrap percentile intervals for the metrics that are not proportions; the proportions
  /// keep their Wilson intervals (none where the proportion is 0/0).
  mutating func addBootstrap(_ bootstrap: [String: ConfidenceInterval]) {
    intervals = bootstrap.filter { !Classification.hasWilsonInterval($0.key) }
      .merging(Classification.wilsonIntervals(self)) { _, wilson in wilson }
    intervalMethod = "wilson+bootstrap-percentile"
  }

  /// Why every metric is undefined (the coder rated no item the reference rated: 0/0), else nil.
  /// scikit-learn raises on empty input; the report gives null with this reason instead of zeros.
  public var undefinedReason: String? {
    items == 0 ? "\(coder) rated no item in common with the reference: every metric is 0/0" : nil
  }

  /// Every scalar metric by path (the keys of `intervals`).
  public var scalars: [(path: String, value: Double)] {
    var out: [(String, Double)] = [("accuracy", accuracy)]
    if let balancedAccuracy { out.append(("balanced_accuracy", balancedAccuracy)) }
    if let mcc { out.append(("mcc", mcc)) }
    for (name, metric) in [("precision", precision), ("recall", recall), ("f1", f1), ("jaccard", jaccard)] {
      out.append(("\(name).micro", metric.micro))
      out.append(("\(name).macro", metric.macro))
      out.append(("\(name).weighted", metric.weighted))
      if let binary = metric.binary { out.append(("\(name).binary", binary)) }
      if let samples = metric.samples { out.append(("\(name).samples", samples)) }
    }
    if let hammingLoss { out.append(("hamming_loss", hammingLoss)) }
    if let subsetAccuracy { out.append(("subset_accuracy", subsetAccuracy)) }
    for (label, m) in zip(labels, perClass) {
      out.append(("per_class.\(label).precision", m.precision))
      out.append(("per_class.\(label).recall", m.recall))
      out.append(("per_class.\(label).f1", m.f1))
      out.append(("per_class.\(label).jaccard", m.jaccard))
    }
    return out
  }
}

/// Per-label counts → averaged metrics.
struct LabelCounts {
  var tp: [Int]
  var fp: [Int]
  var fn: [Int]
  var tn: [Int]

  static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

  func perClass(_ k: Int) -> ClassMetrics {
    let table = [Double(tp[k]), Double(fn[k]), Double(fp[k]), Double(tn[k])]
    let kappa = CohenKappa.kappa(table: table, categories: 2, weights: [1, 0, 0, 1], simpleSE: false).value
    return ClassMetrics(
      precision: Self.ratio(tp[k], tp[k] + fp[k]), recall: Self.ratio(tp[k], tp[k] + fn[k]),
      f1: Self.ratio(2 * tp[k], 2 * tp[k] + fp[k] + fn[k]), support: tp[k] + fn[k],
      jaccard: Self.ratio(tp[k], tp[k] + fp[k] + fn[k]), kappa: kappa, truePositives: tp[k],
      falsePositives: fp[k], falseNegatives: fn[k], trueNegatives: tn[k])
  }

  func averaged(_ classes: [ClassMetrics], positive: Int?, samples: Double?, metric: (ClassMetrics) -> Double)
    -> AveragedMetric
  {
    let stp = tp.reduce(0, +)
    let sfp = fp.reduce(0, +)
    let sfn = fn.reduce(0, +)
    let probe = ClassMetrics(
      precision: Self.ratio(stp, stp + sfp), recall: Self.ratio(stp, stp + sfn),
      f1: Self.ratio(2 * stp, 2 * stp + sfp + sfn), support: stp + sfn, jaccard: Self.ratio(stp, stp + sfp + sfn),
      kappa: .defined(0), truePositives: stp, falsePositives: sfp, falseNegatives: sfn, trueNegatives: 0)
    let macro = classes.isEmpty ? 0 : classes.map(metric).reduce(0, +) / Double(classes.count)
    let support = classes.reduce(0) { $0 + $1.support }
    let weighted =
      support == 0 ? 0 : classes.reduce(0) { $0 + metric($1) * Double($1.support) } / Double(support)
    return AveragedMetric(
      micro: metric(probe), macro: macro, weighted: weighted, binary: positive.map { metric(classes[$0]) },
      samples: samples)
  }
}

/// Classification metrics against a reference coder (see `ClassificationMetrics`).
public enum Classification {
  /// Single-label metrics of `coder` against `reference` over the items both rated.
  /// - Parameters: labels: indices of the label set; positive: index into `labels` of the positive label.
  static func singleLabel(table: RatingTable, reference: Int, coder: Int, labels: [Int], positive: Int?)
    -> ClassificationMetrics
  {
    var metrics = fromConfusion(
      pairConfusion(table: table, reference: reference, coder: coder), categories: table.categories,
      coder: table.coders[coder], labels: labels, positive: positive)
    metrics.intervals = wilsonIntervals(metrics)
    return metrics
  }

  /// The pair's q × q confusion counts over the items both rated (rows = reference).
  static func pairConfusion(table: RatingTable, reference: Int, coder: Int) -> [Int] {
    let q = table.categoryCount
    var full = [Int](repeating: 0, count: q * q)
    for (truth, guess) in table.pairedRatings(reference, coder) { full[truth * q + guess] += 1 }
    return full
  }

  /// The labels of `labels` that the pair used: those in a row or a column of the pair's q × q
  /// confusion counts `full` (rows = reference), as scikit-learn takes `unique_labels(y_true, y_pred)`
  /// when no `labels=` is given, so that a label only a third coder used does not enter this pair's
  /// macro averages (QA review 31). The positive label is kept even when unused; `positive` is
  /// re-indexed into the returned labels.
  static func labelsUsed(by full: [Int], q: Int, among labels: [Int], positive: Int?) -> ([Int], Int?) {
    keeping(labels, positive: positive) { k in (0..<q).contains { full[k * q + $0] > 0 || full[$0 * q + k] > 0 } }
  }

  /// The labels of `labels` that are `used`, and the positive label (kept even when unused) re-indexed
  /// into them: the label set of one coder's evaluation, single- or multi-label.
  static func keeping(_ labels: [Int], positive: Int?, where used: (Int) -> Bool) -> ([Int], Int?) {
    let positiveLabel = positive.map { labels[$0] }
    let kept = labels.filter { $0 == positiveLabel || used($0) }
    return (kept, positiveLabel.flatMap { kept.firstIndex(of: $0) })
  }

  /// Metrics from the full q × q confusion counts (rows = reference), over all categories.
  static func fromConfusion(_ full: [Int], categories: [String], coder: String, labels: [Int], positive: Int?)
    -> ClassificationMetrics
  {
    let q = categories.count
    let items = full.reduce(0, +)
    var trueSums = [Int](repeating: 0, count: q)
    var predSums = [Int](repeating: 0, count: q)
    var correct = 0
    for k in 0..<q {
      for l in 0..<q {
        trueSums[k] += full[k * q + l]
        predSums[l] += full[k * q + l]
      }
      correct += full[k * q + k]
    }
    var counts = LabelCounts(tp: [], fp: [], fn: [], tn: [])
    for k in labels {
      let tp = full[k * q + k]
      counts.tp.append(tp)
      counts.fp.append(predSums[k] - tp)
      counts.fn.append(trueSums[k] - tp)
      counts.tn.append(items - trueSums[k] - predSums[k] + tp)
    }
    let classes = labels.indices.map(counts.perClass)
    // Balanced accuracy and MCC use every label present (scikit-learn ignores `labels=` here).
    let present = (0..<q).filter { trueSums[$0] > 0 }
    let balanced =
      present.isEmpty
      ? nil : present.reduce(0.0) { $0 + Double(full[$1 * q + $1]) / Double(trueSums[$1]) } / Double(present.count)
    let s = Double(items)
    var tp = 0.0
    var pp = 0.0
    var tt = 0.0
    for k in 0..<q {
      tp += Double(trueSums[k]) * Double(predSums[k])
      pp += Double(predSums[k]) * Double(predSums[k])
      tt += Double(trueSums[k]) * Double(trueSums[k])
    }
    let denominator = (s * s - pp) * (s * s - tt)
    let mcc = denominator == 0 ? 0 : (Double(correct) * s - tp) / denominator.squareRoot()
    var metrics = ClassificationMetrics(
      coder: coder, items: items, accuracy: items == 0 ? 0 : Double(correct) / s,
      balancedAccuracy: balanced, mcc: items == 0 ? nil : mcc,
      precision: counts.averaged(classes, positive: positive, samples: nil) { $0.precision },
      recall: counts.averaged(classes, positive: positive, samples: nil) { $0.recall },
      f1: counts.averaged(classes, positive: positive, samples: nil) { $0.f1 },
      jaccard: counts.averaged(classes, positive: positive, samples: nil) { $0.jaccard }, hammingLoss: nil,
      subsetAccuracy: nil, labels: labels.map { categories[$0] },
      confusion: labels.map { k in labels.map { l in full[k * q + l] } }, labelConfusions: nil, perClass: classes,
      confusedPairs: nil)
    metrics.positiveLabel = positive.map { categories[labels[$0]] }
    return metrics
  }
}

extension Classification {
  /// Wilson (1927) score interval of a proportion x/n at 95%:
  /// (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). nil when n = 0.
  /// (Wilson 1927, JASA 22:209–212, doi:10.1080/01621459.1927.10502953; recommended over the Wald
  /// interval by Brown, Cai & DasGupta 2001, doi:10.1214/ss/1009213286.)
  public static func wilsonInterval(successes x: Int, trials n: Int) -> ConfidenceInterval? {
    guard n > 0 else { return nil }
    let z = Distributions.z975
    let nn = Double(n)
    let p = Double(x) / nn
    let center = p + z * z / (2 * nn)
    let spread = z * (p * (1 - p) / nn + z * z / (4 * nn * nn)).squareRoot()
    let scale = 1 + z * z / nn
    return ConfidenceInterval(lower: max(0, (center - spread) / scale), upper: min(1, (center + spread) / scale))
  }

  /// Whether a metric path is a proportion of a known number of items, with a Wilson interval
  /// (`wilsonIntervals`): accuracy, multi-label subset accuracy, each class's precision and recall,
  /// and the binary precision and recall (the positive class's; QA review 41). F1 and Jaccard are
  /// not proportions of a count of items: they have none.
  static func hasWilsonInterval(_ path: String) -> Bool {
    if path == "accuracy" || path == "subset_accuracy" { return true }
    if path == "precision.binary" || path == "recall.binary" { return true }
    return path.hasPrefix("per_class.") && (path.hasSuffix(".precision") || path.hasSuffix(".recall"))
  }

  /// Wilson intervals of accuracy and of each class's precision and recall (the metrics that are
  /// proportions of a known number of items); with a positive label, the binary precision and recall
  /// take the positive class's (they are the same proportions: tp/(tp + fp) and tp/(tp + fn)).
  static func wilsonIntervals(_ m: ClassificationMetrics) -> [String: ConfidenceInterval] {
    var result: [String: ConfidenceInterval] = [:]
    result["accuracy"] = wilsonInterval(successes: Int((m.accuracy * Double(m.items)).rounded()), trials: m.items)
    // Multi-label accuracy is the subset accuracy (exact sets / items): the same proportion.
    if let subset = m.subsetAccuracy {
      result["subset_accuracy"] = wilsonInterval(successes: Int((subset * Double(m.items)).rounded()), trials: m.items)
    }
    for (label, c) in zip(m.labels, m.perClass) {
      result["per_class.\(label).precision"] = wilsonInterval(
        successes: c.truePositives, trials: c.truePositives + c.falsePositives)
      result["per_class.\(label).recall"] = wilsonInterval(
        successes: c.truePositives, trials: c.truePositives + c.falseNegatives)
    }
    if let positive = m.positiveLabel {
      result["precision.binary"] = result["per_class.\(positive).precision"]
      result["recall.binary"] = result["per_class.\(positive).recall"]
    }
    return result
  }

  /// Percentile bootstrap intervals of every scalar metric: the items both coders rated are resampled
  /// with replacement `resamples` times from `SeededGenerator(seed:)`.
  ///
  /// A resample can leave a class out. A per-class ratio whose denominator is 0 in the resample but
  /// not in the sample is undefined there (scikit-learn's `zero_division` 0 would count a class the
  /// resample did not draw as a total miss: QA review 16 had a perfect model's macro F1 at
  /// [0.667, 1] and a rare class's recall at [0, 1]). Such values are left out of that metric's
  /// draws, and macro and support-weighted averages are taken over the classes defined in the
  /// resample; the same holds for MCC when the resample has one class on either side. Ratios that
  /// are 0/0 in the sample itself keep scikit-learn's 0, as in the point estimate.
  static func bootstrapIntervals(
    table: RatingTable, reference: Int, coder: Int, labels: [Int], positive: Int?, resamples: Int, seed: UInt64
  ) -> [String: ConfidenceInterval] {
    let q = table.categoryCount
    var cells: [Int] = []
    var sample = [Int](repeating: 0, count: q * q)
    for (truth, guess) in table.pairedRatings(reference, coder) {
      cells.append(truth * q + guess)
      sample[truth * q + guess] += 1
    }
    guard !cells.isEmpty, resamples > 0 else { return [:] }
    let base = fromConfusion(
      sample, categories: table.categories, coder: table.coders[coder], labels: labels, positive: positive)
    let baseMCCDefined = Self.hasTwoClassesEachSide(sample, q: q)
    var generator = SeededGenerator(seed: seed)
    var draws: [String: [Double]] = [:]
    var full = [Int](repeating: 0, count: q * q)
    for _ in 0..<resamples {
      for k in full.indices { full[k] = 0 }
      for _ in 0..<cells.count { full[cells[generator.index(below: cells.count)]] += 1 }
      let metrics = fromConfusion(
        full, categories: table.categories, coder: table.coders[coder], labels: labels, positive: positive)
      for (path, value) in Self.definedScalars(
        metrics, base: base, positive: positive,
        mccDefined: !baseMCCDefined || Self.hasTwoClassesEachSide(full, q: q))
      {
        draws[path, default: []].append(value)
      }
    }
    return percentileIntervals(draws)
  }

  /// The 95% percentile interval of each metric's draws.
  static func percentileIntervals(_ draws: [String: [Double]]) -> [String: ConfidenceInterval] {
    draws.mapValues { values in
      let sorted = values.sorted()
      return ConfidenceInterval(lower: Bootstrap.quantile(sorted, 0.025), upper: Bootstrap.quantile(sorted, 0.975))
    }
  }

  /// Whether both the reference and the coder used at least two classes (else MCC is 0/0).
  private static func hasTwoClassesEachSide(_ full: [Int], q: Int) -> Bool {
    var rows = 0
    var columns = 0
    for k in 0..<q {
      var rowSum = 0
      var columnSum = 0
      for l in 0..<q {
        rowSum += full[k * q + l]
        columnSum += full[l * q + k]
      }
      if rowSum > 0 { rows += 1 }
      if columnSum > 0 { columns += 1 }
    }
    return rows >= 2 && columns >= 2
  }

  /// A resample's scalar metrics without those that are undefined in it but defined in the sample
  /// (`base`), with macro and weighted averages over the classes defined in the resample.
  static func definedScalars(
    _ metrics: ClassificationMetrics, base: ClassificationMetrics, positive: Int?, mccDefined: Bool
  ) -> [(path: String, value: Double)] {
    typealias Rule = (name: String, value: (ClassMetrics) -> Double, denominator: (ClassMetrics) -> Int)
    let rules: [Rule] = [
      ("precision", \.precision, { $0.truePositives + $0.falsePositives }),
      ("recall", \.recall, { $0.truePositives + $0.falseNegatives }),
      ("f1", \.f1, { $0.truePositives + $0.falsePositives + $0.falseNegatives }),
      ("jaccard", \.jaccard, { $0.truePositives + $0.falsePositives + $0.falseNegatives }),
    ]
    var undefined: Set<String> = []
    var macros: [String: Double] = [:]
    for rule in rules {
      var sum = 0.0
      var count = 0
      var weightedSum = 0.0
      var support = 0
      var anyUndefined = false
      for (index, (drawn, sampled)) in zip(metrics.perClass, base.perClass).enumerated() {
        if rule.denominator(drawn) == 0 && rule.denominator(sampled) > 0 {
          undefined.insert("per_class.\(metrics.labels[index]).\(rule.name)")
          if index == positive { undefined.insert("\(rule.name).binary") }
          anyUndefined = true
        } else {
          sum += rule.value(drawn)
          count += 1
          weightedSum += rule.value(drawn) * Double(drawn.support)
          support += drawn.support
        }
      }
      if count > 0 {
        macros["\(rule.name).macro"] = sum / Double(count)
      } else {
        undefined.insert("\(rule.name).macro")
      }
      // The support-weighted mean likewise over the classes defined in the resample (a class
      // drawn but never predicted in it has precision 0/0; QA review 16's code review).
      if anyUndefined {
        if support > 0 {
          macros["\(rule.name).weighted"] = weightedSum / Double(support)
        } else {
          undefined.insert("\(rule.name).weighted")
        }
      }
    }
    if !mccDefined { undefined.insert("mcc") }
    return metrics.scalars.compactMap { path, value in
      if undefined.contains(path) { return nil }
      return (path, macros[path] ?? value)
    }
  }
}
