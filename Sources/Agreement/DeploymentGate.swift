public import VerbatimCore

/// What a gate compares with its threshold.
public enum GateBasis: String, Sendable, CaseIterable {
  /// The point estimate.
  case point
  /// The lower bound of the 95% interval (`ci95`, else the bootstrap BCa, else the percentile interval)
  /// for a minimum, its upper bound for a maximum: a small sample cannot pass by luck. A zero-width
  /// interval (standard error 0) never passes, nor does an interval on fewer than
  /// `DeploymentGate.defaultMinimumItems` items (or the floor given): for a class's precision, recall,
  /// F1 or Jaccard, the items of the class that the metric rests on (`DeploymentGate.classItems`).
  case ciLower = "ci-lower"
}

/// One `--min METRIC=VALUE` threshold, or with `isMaximum` one `--max METRIC=VALUE` (for metrics where
/// lower is better: `DeploymentGate.lowerIsBetter`).
public struct GateThreshold: Sendable, Equatable {
  public var metric: String
  /// The threshold's value: a minimum, or a maximum when `isMaximum`.
  public var minimum: Double
  /// True for `--max`: the metric must not exceed `minimum`.
  public var isMaximum = false

  public init(metric: String, minimum: Double) {
    self.metric = metric
    self.minimum = minimum
  }

  /// A `--max` threshold.
  public init(metric: String, maximum: Double) {
    self.metric = metric
    self.minimum = maximum
    isMaximum = true
  }

  /// Parses "METRIC=VALUE" (of `--min`, or of `--max` when `maximum`); throws `.invalidOption` (usage)
  /// when malformed.
  public init(parsing text: String, maximum: Bool = false) throws(AgreementError) {
    let flag = maximum ? "--max" : "--min"
    let example = maximum ? "hamming_loss=0.1" : "cohen_kappa=0.7"
    guard let equals = text.lastIndex(of: "=") else {
      throw .invalidOption(message: "\(flag) \(text): expected METRIC=VALUE, e.g. \(example)")
    }
    let metric = String(text[..<equals])
    if metric.hasSuffix(">") || metric.hasSuffix("<") {
      throw .invalidOption(
        message:
          "\(flag) \(text): write METRIC=VALUE, e.g. \(example); --min already means ≥ and --max ≤")
    }
    guard !metric.isEmpty, let value = parseFiniteNumber(String(text[text.index(after: equals)...])) else {
      throw .invalidOption(message: "\(flag) \(text): expected METRIC=VALUE with a number, e.g. \(example)")
    }
    // Every gated metric lies in [−1, 1] (coefficients, indices), proportions in [0, 1]: a minimum
    // above the range or a maximum below it can never hold, and is a typo (QA review 16:
    // cohen_kappa=1.5 ran).
    let isProportion = DeploymentGate.isProportion(metric)
    let lowest: Double = isProportion ? 0 : -1
    let range = isProportion ? "this metric is a proportion, between 0 and 1" : "the metric lies between −1 and 1"
    if maximum ? value < lowest : value > 1 {
      throw .invalidOption(message: "\(flag) \(text): can never be \(maximum ? "met" : "reached"): \(range)")
    }
    // The other side: a minimum below the range or a maximum above it always holds, and gates
    // nothing (QA review 32, L5; QA review 35, F8: `accuracy=-0.5` was taken).
    if maximum ? value > 1 : value < lowest {
      throw .invalidOption(message: "\(flag) \(text): always holds, so it gates nothing: \(range)")
    }
    self.init(metric: metric, minimum: value)
    isMaximum = maximum
  }

  /// "--min" or "--max".
  var flag: String { isMaximum ? "--max" : "--min" }

  /// `thresholds` with repeats merged: the same metric with the same limit given twice (a CI
  /// template and a job both adding it) is one threshold, one check and one JUnit test case
  /// (QA review 44 N1: two cases with one name). The same metric and direction with two different
  /// limits is a usage error: which one the user meant cannot be guessed, and gating on the
  /// stricter would hide the other.
  public static func mergingRepeats(_ thresholds: [GateThreshold]) throws(AgreementError) -> [GateThreshold] {
    var kept: [GateThreshold] = []
    for threshold in thresholds {
      if let earlier = kept.first(where: { $0.metric == threshold.metric && $0.isMaximum == threshold.isMaximum }) {
        guard earlier.minimum == threshold.minimum else {
          throw .invalidOption(
            message:
              "\(threshold.flag) \(threshold.metric) is given twice, as \(JSONWriter.format(earlier.minimum)) and "
              + "\(JSONWriter.format(threshold.minimum)); give one \(threshold.isMaximum ? "maximum" : "minimum") per metric"
          )
        }
        continue
      }
      kept.append(threshold)
    }
    return kept
  }
}

/// The outcome of one threshold for one subject (a coefficient, or a metric of one coder).
public struct GateCheck: Sendable, Equatable {
  /// The resolved metric path, e.g. "cohen_kappa" or "classification.model.f1.macro".
  public var metric: String
  /// The threshold (a maximum when `isMaximum`).
  public var minimum: Double
  public var isMaximum = false
  public var value: Double?
  public var interval: ConfidenceInterval?
  public var passed: Bool
  /// Why it failed (or what was compared), for people.
  public var detail: String
  /// Gated on the interval's bound, the metric has none and never has one here (no analytic
  /// interval is known for it and no data reason is given): the command line must change
  /// (--bootstrap N, or --on point), so the failure is a usage error (exit 2), not a verdict.
  public var needsInterval = false
}

/// A deployment gate over an `agree` report: every threshold must hold.
///
/// Metric names: a coefficient name (`cohen_kappa`, `krippendorff_alpha`, …) or a classification metric
/// of every non-reference coder: `accuracy`, `balanced_accuracy`, `mcc`, `hamming_loss`, `subset_accuracy`,
/// `precision|recall|f1|jaccard` `.micro|.macro|.weighted|.binary|.samples`,
/// `per_class.<label>.precision|recall|f1|jaccard|kappa`, optionally prefixed `classification.<coder>.`
/// to name one coder. An unknown name, or one the report does not contain, is a usage error; an undefined
/// value (null) fails the gate. Metrics where lower is better (`lowerIsBetter`: hamming_loss,
/// prevalence_index, bias_index) take only a maximum (`--max`), the others only a minimum (`--min`):
/// a minimum on a lower-is-better metric would pass the worse values (a usage error).
public enum DeploymentGate {
  static let scalarMetrics: Set<String> = ["accuracy", "balanced_accuracy", "mcc", "hamming_loss", "subset_accuracy"]
  static let averagedMetrics: Set<String> = ["precision", "recall", "f1", "jaccard"]
  static let averages: Set<String> = ["micro", "macro", "weighted", "binary", "samples"]
  static let classFields: Set<String> = ["precision", "recall", "f1", "jaccard", "kappa"]
  static let lowerIsBetterNames: Set<String> = ["hamming_loss", "prevalence_index", "bias_index"]

  /// Proportions, which lie in [0, 1] (the other gated metrics in [−1, 1]).
  static let proportionNames: Set<String> = [
    "accuracy", "balanced_accuracy", "hamming_loss", "subset_accuracy", "precision", "recall", "f1", "jaccard",
    "percent_agreement",
  ]

  /// Whether the metric (a name or a path: "accuracy", "f1.macro", "classification.m.recall.micro",
  /// "per_class.neg.precision", "tags.level_1.jaccard.samples") is a proportion, read from its last
  /// name (the one before an average): a coder or label named "f1" inside the path does not count.
  public static func isProportion(_ metric: String) -> Bool {
    let parts = metric.split(separator: ".", omittingEmptySubsequences: false)
    guard var last = parts.last.map(String.init) else { return false }
    if averages.contains(last), parts.count >= 2 { last = String(parts[parts.count - 2]) }
    return proportionNames.contains(last)
  }

  /// Whether lower values of the metric (a name or a path such as "classification.m.hamming_loss") are better.
  public static func lowerIsBetter(_ metric: String) -> Bool {
    let last = metric.split(separator: ".").last.map(String.init) ?? metric
    return lowerIsBetterNames.contains(last) && !metric.hasPrefix("per_class.")
  }

  /// The fewest items a `ci-lower` check passes on (`gate --min-items`). The analytic intervals are
  /// large-sample (Wald) intervals: on 6 items Cohen's kappa's non-null standard error came out at
  /// 0.045 against 0.498 for Cohen's simple one, and the gate passed on it (QA review 13). Cicchetti
  /// & Fleiss (1977) found kappa's large-sample standard error adequate from about 2q² items (18 for
  /// three categories); 30 is the usual floor for normal approximations.
  public static let defaultMinimumItems = 30

  /// - Parameters:
  ///   - pairItems: the items both coders of the pair rated (`AgreementReport.pairItemCount`): the
  ///     pair's coefficients (`Coefficient.pairFamily`) are checked against `minimumItems` on those.
  ///   - multiRatedItems: the items two or more coders rated (`AgreementReport.multiRatedItemCount`), the
  ///     only ones the other coefficients measure agreement on: they are checked against
  ///     `minimumItems` on those (QA review 18: with 8 of 50 items double-coded, Krippendorff's alpha
  ///     passed the 30-item floor on all 50).
  public static func evaluate(
    report: JSONValue, thresholds: [GateThreshold], basis: GateBasis, minimumItems: Int = defaultMinimumItems,
    pairItems: Int? = nil, multiRatedItems: Int? = nil
  ) throws(AgreementError) -> [GateCheck] {
    var checks: [GateCheck] = []
    let items = report["items"]?.doubleValue.map { Int($0) }
    for threshold in thresholds {
      let metric = threshold.metric
      let flag = threshold.flag
      try checkDirection(threshold)
      if let name = Coefficient(rawValue: metric) {
        guard let entry = report["coefficients"]?[name.rawValue] else {
          let twoByTwo: Set<Coefficient> = [.pabak, .prevalenceIndex, .biasIndex]
          throw .invalidOption(
            message: twoByTwo.contains(name)
              ? "\(flag) \(metric): not reported for these ratings (it is defined for two coders and two categories: a 2 × 2 table)"
              : "\(flag) \(metric): not reported for these ratings (two-coder coefficients need two coders or --pair)")
        }
        // Undefined for want of an option, not for the data: a usage error (exit 2), as --level and
        // --weights are without --categories, not a failed model (QA review 20).
        if entry["reason"]?.stringValue == AgreementReport.arbitraryOrder {
          throw .invalidOption(
            message:
              "\(flag) \(metric): needs the category order, but the labels are not numbers and no categories were declared; declare the order with --categories, lowest first"
          )
        }
        checks.append(
          check(
            metric, entry: entry, threshold: threshold, basis: basis,
            items: Coefficient.pairFamily.contains(name) ? pairItems ?? items : multiRatedItems ?? items,
            minimumItems: minimumItems))
        continue
      }
      var coders: [JSONMember] = []
      var path = metric
      if metric.hasPrefix("classification.") {
        let rest = metric.dropFirst("classification.".count)
        guard case .object(let members)? = report["classification"],
          let member = members.first(where: { rest.hasPrefix($0.key + ".") })
        else { throw .invalidOption(message: "\(flag) \(metric): no such coder in the classification results") }
        coders = [member]
        path = String(rest.dropFirst(member.key.count + 1))
      }
      guard isClassificationMetric(path) else {
        throw .invalidOption(
          message:
            "\(flag) \(metric): unknown metric (use a coefficient name such as cohen_kappa, or accuracy, f1.macro, per_class.LABEL.recall …)"
        )
      }
      if coders.isEmpty {
        guard case .object(let members)? = report["classification"], !members.isEmpty else {
          throw .invalidOption(message: "\(flag) \(metric): classification metrics need --reference CODER")
        }
        coders = members
      }
      for coder in coders {
        // A coder whose metrics are undefined (no item shared with the reference) carries a reason
        // and only some keys: any metric of it is undefined, so the threshold fails with that reason.
        let undefined: JSONValue? = coder.value["reason"] != nil && coder.value["items"] == .int(0) ? .null : nil
        guard let entry = lookup(coder.value, path: path) ?? undefined else {
          // "per_class.neg.recall" where the labels are "negative", …: name the labels there are.
          var labels = ""
          if path.hasPrefix("per_class."), case .object(let classes)? = coder.value["per_class"] {
            labels = " (labels: \(classes.map(\.key).joined(separator: ", ")))"
          }
          throw .invalidOption(message: "\(flag) \(metric): not reported for coder \"\(coder.key)\"\(labels)")
        }
        var wrapped = [JSONMember("value", entry)]
        if case .null = entry, let reason = coder.value["reason"] { wrapped.append(JSONMember("reason", reason)) }
        if let interval = coder.value["ci95"]?[path] { wrapped.append(JSONMember("ci95", interval)) }
        // The items this coder shares with the reference, not every item of the ratings; a class's
        // precision and recall rest on fewer (`classItems`).
        let shared = coder.value["items"]?.doubleValue.map { Int($0) } ?? items
        let behind = classItems(path: path, metrics: coder.value)
        let name = "classification.\(coder.key).\(path)"
        // A class's precision with no item labelled it (or its recall with no reference item) is 0/0,
        // reported as 0 by convention (scikit-learn's zero_division): a value without a 95% interval,
        // which no bootstrap gives either. Under ci-lower the threshold fails on it, as on an undefined
        // value (QA review 44 B2: a usage error told to add the --bootstrap it had); on the point value
        // the check says the 0 is a convention.
        if let zeroDivision = zeroDivision(path: path, metrics: coder.value) {
          var zero = check(
            name, entry: .object(wrapped), threshold: threshold, basis: .point, items: behind?.count ?? shared,
            itemsDescription: behind?.description, minimumItems: minimumItems)
          if basis == .ciLower {
            zero.passed = false
            zero.interval = nil
            zero.detail =
              "\(name) = \(JSONWriter.format(zero.value ?? 0)) is 0/0 (\(zeroDivision)), reported as 0 by convention, "
              + "so it has no 95% interval, bootstrap or analytic; the \(threshold.isMaximum ? "maximum" : "minimum") "
              + "\(JSONWriter.format(threshold.minimum)) is not met"
          } else {
            zero.detail += " (0/0: \(zeroDivision); reported as 0 by convention)"
          }
          checks.append(zero)
          continue
        }
        checks.append(
          check(
            name, entry: .object(wrapped), threshold: threshold, basis: basis,
            items: behind?.count ?? shared, itemsDescription: behind?.description, minimumItems: minimumItems))
      }
    }
    return checks
  }

  /// Checks a threshold's metric name and direction without a report, as `evaluate` would (usage errors,
  /// `.invalidOption`), so a run can refuse a typo before doing its work: a coefficient name, or a
  /// classification metric optionally after "classification.CODER.". Whether the report holds the
  /// metric (coders, labels) is still `evaluate`'s to say. Messages name the metric as `writtenAs`
  /// when the caller resolved a prefix the user wrote ("tags.f1.mikro" for "f1.mikro"), and an
  /// unknown one lists `knownMetrics` instead of the sentiment metrics.
  public static func checkName(
    _ threshold: GateThreshold, writtenAs written: String? = nil, knownMetrics: String? = nil
  ) throws(AgreementError) {
    let metric = threshold.metric
    let shown = written ?? metric
    var known = Coefficient(rawValue: metric) != nil || isClassificationMetric(metric)
    if !known, metric.hasPrefix("classification.") {
      let rest = metric.dropFirst("classification.".count)
      var index = rest.startIndex
      while !known, let dot = rest[index...].firstIndex(of: ".") {
        known = isClassificationMetric(String(rest[rest.index(after: dot)...]))
        index = rest.index(after: dot)
      }
    }
    guard known else {
      throw .invalidOption(
        message:
          "\(threshold.flag) \(shown): unknown metric (\(knownMetrics ?? "use a coefficient name such as cohen_kappa, or accuracy, f1.macro, per_class.LABEL.recall …"))"
      )
    }
    try checkDirection(threshold, writtenAs: shown)
  }

  /// A minimum on a lower-is-better metric (or a maximum on a higher-is-better one) is a usage error.
  static func checkDirection(_ threshold: GateThreshold, writtenAs written: String? = nil) throws(AgreementError) {
    let metric = written ?? threshold.metric
    if lowerIsBetter(threshold.metric) != threshold.isMaximum {
      throw .invalidOption(
        message: threshold.isMaximum
          ? "--max \(metric): higher is better for this metric; give a minimum with --min \(metric)=VALUE"
          : "--min \(metric): lower is better for this metric, so a minimum would pass the worse values; give a maximum with --max \(metric)=VALUE"
      )
    }
  }

  static func isClassificationMetric(_ path: String) -> Bool {
    if scalarMetrics.contains(path) { return true }
    let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if parts.count == 2, averagedMetrics.contains(parts[0]), averages.contains(parts[1]) { return true }
    if parts.count >= 3, parts[0] == "per_class", classFields.contains(parts[parts.count - 1]) { return true }
    return false
  }

  /// The class and the metric a per-class path names ("per_class.neg.recall" → neg, recall), or the
  /// positive class's for a binary average ("recall.binary" → `pos_label`, recall); nil otherwise.
  private static func classMetric(path: String, metrics: JSONValue) -> (label: String, field: String)? {
    if path.hasPrefix("per_class.") {
      let body = path.dropFirst("per_class.".count)
      guard let dot = body.lastIndex(of: ".") else { return nil }
      return (String(body[..<dot]), String(body[body.index(after: dot)...]))
    }
    if path.hasSuffix(".binary"), let positive = metrics["pos_label"]?.stringValue {
      return (positive, String(path.dropLast(".binary".count)))
    }
    return nil
  }

  /// The items a per-class metric rests on, which `--min-items` floors on `ci-lower` (QA review 41:
  /// a recall of 4/4 passed on 40 items while accuracy on 20 failed): for recall, the reference items
  /// of the class (its support: the Wilson interval's n); for precision, the items the coder gave the
  /// class (`predicted`); for F1 and Jaccard, which rest on both, the fewer of the two. The binary
  /// averages are the positive class's (`pos_label`). Nil for other metrics (accuracy, the micro,
  /// macro and weighted averages, a class's kappa: every shared item counts) and for a coder
  /// without per-class results.
  static func classItems(path: String, metrics: JSONValue) -> (count: Int, description: String)? {
    guard let (label, field) = classMetric(path: path, metrics: metrics) else { return nil }
    guard let entry = metrics["per_class"]?[label], let support = entry["support"]?.doubleValue.map({ Int($0) }),
      let predicted = entry["predicted"]?.doubleValue.map({ Int($0) })
    else { return nil }
    switch field {
    case "recall":
      return (support, "\(support) reference item(s) of \"\(label)\" (the class's support, which its recall rests on)")
    case "precision":
      return (predicted, "\(predicted) item(s) the coder labelled \"\(label)\" (which its precision rests on)")
    case "f1", "jaccard":
      return (
        min(support, predicted),
        "\(min(support, predicted)) item(s) of \"\(label)\" (the fewer of its \(support) reference item(s) and the "
          + "\(predicted) the coder labelled it, which its \(field == "f1" ? "F1" : "Jaccard index") rests on)"
      )
    default:
      return nil
    }
  }

  /// Why a per-class precision, recall, F1 or Jaccard index (or a binary average, the positive
  /// class's) is 0/0, or nil when it is not: precision when the coder labelled no item the class,
  /// recall when the reference did not (support 0), F1 and Jaccard when neither did. scikit-learn
  /// reports these as 0 (`zero_division=0`; agreement-conventions).
  static func zeroDivision(path: String, metrics: JSONValue) -> String? {
    guard let (label, field) = classMetric(path: path, metrics: metrics) else { return nil }
    guard let entry = metrics["per_class"]?[label], let support = entry["support"]?.doubleValue,
      let predicted = entry["predicted"]?.doubleValue
    else { return nil }
    switch field {
    case "precision" where predicted == 0: return "the coder labelled no item \"\(label)\""
    case "recall" where support == 0: return "the reference labelled no item \"\(label)\""
    case "f1" where support == 0 && predicted == 0, "jaccard" where support == 0 && predicted == 0:
      return "neither the reference nor the coder labelled any item \"\(label)\""
    default: return nil
    }
  }

  /// Warnings for macro averages that count a class nobody used (support 0, predicted 0: its
  /// precision, recall and F1 are 0/0, counted as 0, as scikit-learn's `zero_division=0` does):
  /// declaring such a class with --categories lowers the average, which can flip a gate (QA review
  /// 44 U1; scikit-learn warns with UndefinedMetricWarning). One line per check on a macro average.
  public static func unusedClassWarnings(_ checks: [GateCheck], report: JSONValue) -> [String] {
    var warnings: [String] = []
    for check in checks where check.metric.hasPrefix("classification.") && check.metric.hasSuffix(".macro") {
      guard case .object(let coders)? = report["classification"],
        let coder = coders.first(where: { check.metric.hasPrefix("classification.\($0.key).") }),
        case .object(let classes)? = coder.value["per_class"]
      else { continue }
      let unused = classes.filter { $0.value["support"]?.doubleValue == 0 && $0.value["predicted"]?.doubleValue == 0 }
      guard !unused.isEmpty else { continue }
      warnings.append(
        "warning: \(check.metric) averages over \(classes.count) classes, \(unused.count) of which "
          + "(\(unused.map(\.key).joined(separator: ", "))) neither the reference nor the coder used: each counts as 0 "
          + "(0/0, zero_division=0); --labels naming the classes used averages over those only")
    }
    return warnings
  }

  static func lookup(_ metrics: JSONValue, path: String) -> JSONValue? {
    if path.hasPrefix("per_class.") {
      let body = path.dropFirst("per_class.".count)
      guard let dot = body.lastIndex(of: ".") else { return nil }
      return metrics["per_class"]?[String(body[..<dot])]?[String(body[body.index(after: dot)...])]
    }
    var value: JSONValue? = metrics
    for part in path.split(separator: ".") { value = value?[String(part)] }
    return value
  }

  /// The 95% interval of a report entry that the gate compares: its analytic `ci95`, else the
  /// bootstrap's BCa interval, else the bootstrap percentile interval; nil when it has none. A report
  /// that shows an interval beside a gated value shows this one.
  public static func interval(of entry: JSONValue) -> ConfidenceInterval? { labelledInterval(of: entry)?.interval }

  /// `interval(of:)` with its kind: "analytic", "bootstrap BCa" or "bootstrap percentile" (the
  /// report says which interval it shows; QA review 44 U3).
  public static func labelledInterval(of entry: JSONValue) -> (interval: ConfidenceInterval, kind: String)? {
    let candidates = [
      ("analytic", entry["ci95"]), ("bootstrap BCa", entry["bootstrap"]?["bca"]),
      ("bootstrap percentile", entry["bootstrap"]?["percentile"]),
    ]
    for (kind, candidate) in candidates {
      if case .array(let bounds)? = candidate, bounds.count == 2, let low = bounds[0].doubleValue,
        let high = bounds[1].doubleValue
      {
        return (ConfidenceInterval(lower: low, upper: high), kind)
      }
    }
    return nil
  }

  /// - Parameters:
  ///   - items: the items the metric rests on, checked against `minimumItems` on `ci-lower`.
  ///   - itemsDescription: what `items` counts, for the failure ("4 reference item(s) of …");
  ///     nil: "N item(s)".
  static func check(
    _ metric: String, entry: JSONValue, threshold: GateThreshold, basis: GateBasis, items: Int? = nil,
    itemsDescription: String? = nil, minimumItems: Int = defaultMinimumItems
  ) -> GateCheck {
    let value = entry["value"]?.doubleValue
    let interval = interval(of: entry)
    var shown = describe(value: value, interval: interval)
    let limit = JSONWriter.format(threshold.minimum)
    let kind = threshold.isMaximum ? "maximum" : "minimum"
    func made(_ value: Double?, _ interval: ConfidenceInterval?, _ passed: Bool, _ detail: String) -> GateCheck {
      GateCheck(
        metric: metric, minimum: threshold.minimum, isMaximum: threshold.isMaximum, value: value, interval: interval,
        passed: passed, detail: detail)
    }
    guard let value else {
      let reason = entry["reason"]?.stringValue ?? "no value"
      return made(nil, nil, false, "\(metric) is undefined (\(reason)); \(kind) \(limit)")
    }
    let (holds, fails) = threshold.isMaximum ? ("≤", ">") : ("≥", "<")
    func passes(_ x: Double) -> Bool {
      threshold.isMaximum ? atMost(x, threshold.minimum) : meets(x, threshold.minimum)
    }
    switch basis {
    case .point:
      let passed = passes(value)
      if !passed { shown = describe(value: value, interval: interval, distinctFrom: threshold.minimum) }
      return made(value, interval, passed, "\(metric) = \(shown) \(passed ? holds : fails) \(kind) \(limit)")
    case .ciLower:
      guard let interval else {
        if let reason = entry["se_reason"]?.stringValue {
          // The data leave it without an interval (too few items, …): the gate fails on it. Pooled
          // multi-label coefficients have one only from --bootstrap, and merged shards none for the
          // SEs that need item-level data: usage errors, as below (QA review 32, M1: the merged case
          // was a FAIL verdict, exit 1).
          var check = made(value, nil, false, "\(metric) = \(shown) has no 95% interval to gate on (\(reason))")
          check.needsInterval =
            reason == AgreementReport.pooledUnitsReason || reason == AgreementReport.mergedItemLevel
          return check
        }
        var check = made(
          value, nil, false,
          "\(metric) = \(shown) has no 95% interval to gate on (none is known for it here; from raw ratings, "
            + "--bootstrap N --seed S gives one, or gate on the point value with --on point)")
        check.needsInterval = true
        return check
      }
      // A zero-width interval (standard error 0: every item agreed, or one category throughout)
      // says nothing about sampling error, so its bound cannot show that the sample is large
      // enough: two agreeing items would pass any minimum.
      let bound = threshold.isMaximum ? "upper" : "lower"
      guard interval.upper > interval.lower else {
        return made(
          value, interval, false,
          "\(metric) = \(shown): the 95% interval has zero width (standard error 0, as when every item "
            + "agrees), so its \(bound) bound cannot vouch for the sample size; gate on the point value (--on point) "
            + "with a sample large enough for the \(kind)")
      }
      // Too few items for a large-sample interval: its bound cannot vouch for the sample either.
      if let items, items < minimumItems {
        return made(
          value, interval, false,
          "\(metric) = \(shown): \(itemsDescription ?? "\(items) item(s)") are too few for its 95% interval to vouch for the sample "
            + "(at least \(minimumItems); --min-items sets the floor): code more items")
      }
      // A maximum is compared with the upper bound: the conservative side for a lower-is-better metric.
      // A bound past the estimate (a BCa interval that the bias correction moved entirely above
      // it, as for a skewed statistic such as kappa_max) would make the "conservative" gate
      // laxer than the point one: the estimate is compared then (QA review 35, F4).
      let side = threshold.isMaximum ? interval.upper : interval.lower
      let pastEstimate = threshold.isMaximum ? side < value : side > value
      if pastEstimate {
        let passed = passes(value)
        if !passed { shown = describe(value: value, interval: interval, distinctFrom: threshold.minimum) }
        return made(
          value, interval, passed,
          "\(metric) = \(shown): the interval's \(bound) bound lies past the estimate (the bootstrap's bias "
            + "correction moved the interval), so the estimate is compared: \(passed ? holds : fails) \(kind) \(limit)")
      }
      let passed = passes(side)
      if !passed && !threshold.isMaximum {
        shown = describe(value: value, interval: interval, distinctFrom: threshold.minimum, lowerBound: true)
      }
      return made(
        value, interval, passed, "\(metric) = \(shown): \(bound) 95% bound \(passed ? holds : fails) \(kind) \(limit)")
    }
  }

  /// Whether a classification metric (as a threshold names it, with any `tags.`, `tags.level_N.`
  /// or `classification.CODER.` prefix) has a 95% interval only from the bootstrap: every one but
  /// the proportions with a Wilson interval (`Classification.hasWilsonInterval`) and the per-class
  /// kappa, which has none. Lets a command refuse `--on ci-lower` on such a metric without
  /// `--bootstrap` before it does any work (QA review 16: `validate` coded the whole export and
  /// wrote its reports first).
  public static func intervalNeedsBootstrap(_ metric: String) -> Bool {
    var parts = metric.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let tags = parts.first == "tags"
    if tags {
      parts.removeFirst()
      if parts.first?.hasPrefix("level_") == true { parts.removeFirst() }
    }
    if parts.first == "classification", parts.count >= 3 { parts.removeFirst(2) }
    let path = parts.joined(separator: ".")
    // A tag report's coefficients pool every (item, code) decision: no analytic interval, only the
    // bootstrap's (QA review 40: `validate --min tags.cohen_kappa=… --on ci-lower` coded the export
    // and wrote a FAIL report before the usage error).
    if tags, Coefficient(rawValue: path) != nil { return true }
    return isClassificationMetric(path) && !Classification.hasWilsonInterval(path)
      && !(parts.first == "per_class" && parts.last == "kappa")
  }

  /// The usage error for checks that asked for a 95% bound their metric does not have
  /// (`GateCheck.needsInterval`), or nil when there are none: such a run gives no verdict.
  public static func missingIntervalMessage(_ checks: [GateCheck]) -> String? {
    missingIntervalMessage(metrics: checks.filter(\.needsInterval).map(\.metric))
  }

  /// The same usage error for the named metrics (`intervalNeedsBootstrap`), or nil for none. A
  /// per-class kappa has no interval at all, the bootstrap's included: it is told to use --on point
  /// (QA review 35, F5: it was told to add the --bootstrap it had).
  public static func missingIntervalMessage(metrics: [String]) -> String? {
    guard !metrics.isEmpty else { return nil }
    let never = metrics.filter(hasNoInterval)
    let bootstrap = metrics.filter { !hasNoInterval($0) }
    var parts: [String] = []
    if !bootstrap.isEmpty {
      parts.append(
        "\(bootstrap.joined(separator: ", ")) cannot be gated on a 95% bound without --bootstrap N --seed S "
          + "(or use --on point)")
    }
    if !never.isEmpty {
      parts.append(
        "\(never.joined(separator: ", ")) \(never.count == 1 ? "has" : "have") no 95% interval (a per-class kappa has "
          + "neither an analytic nor a bootstrap one): gate \(never.count == 1 ? "it" : "them") with --on point")
    }
    return parts.joined(separator: "; ")
  }

  /// Whether the metric (a path as `intervalNeedsBootstrap` takes) never has a 95% interval: a
  /// per-class kappa.
  static func hasNoInterval(_ metric: String) -> Bool {
    let parts = metric.split(separator: ".", omittingEmptySubsequences: false)
    return parts.last == "kappa" && parts.dropLast().dropLast().last == "per_class"
  }

  /// How far below its minimum a value may fall and still meet it: 1e-12, relative to the
  /// minimum's magnitude when that exceeds 1. The same ratings summed in another order (shards
  /// merged, rows shuffled) differ in the last bits — κ = 1/2 computes as 0.49999999999999994 — and
  /// a verdict must not depend on that.
  public static func tolerance(for minimum: Double) -> Double { 1e-12 * max(1, abs(minimum)) }

  /// Whether `value` meets `minimum` (≥, within `tolerance(for:)`).
  public static func meets(_ value: Double, _ minimum: Double) -> Bool { value >= minimum - tolerance(for: minimum) }

  /// Whether `value` stays within `maximum` (≤, within `tolerance(for:)`).
  public static func atMost(_ value: Double, _ maximum: Double) -> Bool { value <= maximum + tolerance(for: maximum) }

  /// The value (and interval) to 4 decimals; with `distinctFrom`, a failing figure that would
  /// print as the minimum itself ("0.5 < minimum 0.5") is shown in full instead.
  static func describe(
    value: Double?, interval: ConfidenceInterval?, distinctFrom minimum: Double? = nil, lowerBound: Bool = false
  ) -> String {
    func fixed(_ x: Double) -> String {
      let scaled = (x * 10_000).rounded() / 10_000
      return JSONWriter.format(scaled)
    }
    func shown(_ x: Double, compared: Bool) -> String {
      guard compared, let minimum, fixed(x) == fixed(minimum) else { return fixed(x) }
      return JSONWriter.format(x)
    }
    var text = value.map { shown($0, compared: !lowerBound) } ?? "null"
    if let interval {
      text += " (95% CI \(shown(interval.lower, compared: lowerBound)) to \(fixed(interval.upper)))"
    }
    return text
  }

  /// JUnit XML for a gate that could not run (bad thresholds or data): one test case with an
  /// `<error>`, so a CI job's JUnit publisher reports the broken set-up instead of "no results"
  /// (QA review 16). The message is the `message` attribute and the element's text (GitLab and
  /// CircleCI show the text; QA review 44 N1), as in `junitXML(_:properties:)`.
  public static func junitErrorXML(_ message: String, properties: [(name: String, value: String)] = []) -> String {
    let escaped = xmlEscapedReversibly(message)
    return junitDocument(
      tests: 1, failures: 0, errors: 1, properties: properties,
      cases: [
        "<testcase classname=\"verbatim.gate\" name=\"gate\" time=\"0\"><error message=\"\(escaped)\" "
          + "type=\"error\">\(escaped)</error></testcase>"
      ])
  }

  /// JUnit XML: one test case per check, failures with their detail in `<failure>` (the `message`
  /// attribute and the element's text), passes with it in `<system-out>`. The root element carries
  /// the totals, every suite and case a `time` (0: the gate's time is not what is tested), and
  /// `properties` the tool's version and the inputs' digests when given (QA review 44 N1: dorny's
  /// test-reporter read a missing time as NaN; `taxonomy test --junit` had totals and properties).
  /// With no checks (no thresholds were given) one passing case says so: Jenkins' `junit` step
  /// treats a report of no tests as an error.
  public static func junitXML(_ checks: [GateCheck], properties: [(name: String, value: String)] = []) -> String {
    // A threshold that needs an interval the command line did not ask for (`needsInterval`: exit
    // 2, not a verdict) is a JUnit <error>, as consumers report a broken test set-up; a threshold
    // that was not met is a <failure> (QA review 16).
    let errors = checks.filter { !$0.passed && $0.needsInterval }.count
    let failures = checks.filter { !$0.passed && !$0.needsInterval }.count
    var cases: [String] = []
    for check in checks {
      let name = xmlEscapedReversibly(
        "\(check.metric) \(check.isMaximum ? "<=" : ">=") \(JSONWriter.format(check.minimum))")
      let detail = xmlEscapedReversibly(check.detail)
      var line = "<testcase classname=\"verbatim.gate\" name=\"\(name)\" time=\"0\">"
      if check.passed {
        // The value and its bound, as for a failure: a passing case said only its threshold
        // (QA review 41, an auditor: the value that passed was nowhere in the report).
        line += "<system-out>\(detail)</system-out>"
      } else if check.needsInterval {
        line += "<error message=\"\(detail)\" type=\"usage\">\(detail)</error>"
      } else {
        line += "<failure message=\"\(detail)\" type=\"threshold not met\">\(detail)</failure>"
      }
      cases.append(line + "</testcase>")
    }
    if checks.isEmpty {
      cases.append(
        "<testcase classname=\"verbatim.gate\" name=\"no thresholds\" time=\"0\"><system-out>no --min or --max "
          + "thresholds were given: nothing was gated</system-out></testcase>")
    }
    return junitDocument(
      tests: max(checks.count, 1), failures: failures, errors: errors, properties: properties, cases: cases)
  }

  /// The JUnit document around `cases` (one `<testcase>` element each).
  static func junitDocument(
    tests: Int, failures: Int, errors: Int, properties: [(name: String, value: String)], cases: [String]
  ) -> String {
    let totals = "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"0\""
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"verbatim gate\" \(totals)><testsuite name=\"verbatim gate\" \(totals)>\n"
    if !properties.isEmpty {
      xml += "  <properties>\n"
      for property in properties {
        xml +=
          "    <property name=\"\(xmlEscapedReversibly(property.name))\" value=\"\(xmlEscapedReversibly(property.value))\"/>\n"
      }
      xml += "  </properties>\n"
    }
    for line in cases { xml += "  \(line)\n" }
    xml += "</testsuite></testsuites>\n"
    return xml
  }

  /// The JUnit properties that trace a report to its tool and data: the tool's version, then for
  /// each input file its role and path, and its SHA-256.
  public static func junitProperties(inputs: [FileRecord]) -> [(name: String, value: String)] {
    var properties: [(name: String, value: String)] = [("verbatim.version", VerbatimVersion.string)]
    for input in inputs {
      properties.append(("input.\(input.role)", input.path))
      properties.append(("input.\(input.role).sha256", input.sha256))
    }
    return properties
  }

}
