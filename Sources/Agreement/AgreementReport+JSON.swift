public import VerbatimCore

extension AgreementReport {
  /// The report in the `agree --format json` schema (numbers at full precision; undefined values are
  /// `{"value": null, "reason": "..."}`; fields that do not apply are absent; key order is fixed):
  ///
  ///     {"items": N, "coders": [...], "categories": [...], "level": "nominal", "pair": [c1, c2]?, "pair_items": M?,
  ///      "multilabel": true?, "code_level": L?, "bootstrap": {"resamples": B, "seed": S}?,
  ///      "coefficients": {"<name>": {"value": x, "se": x, "se_reason": "..."?, "se0": x, "se_simple": x,
  ///                                  "ci95": [lo, hi],
  ///                                  "bootstrap": {"resamples": B, "defined": B', "percentile": [lo, hi],
  ///                                                "bca": [lo, hi]}}, ...},
  ///      (a null bootstrap interval comes with "percentile_reason" or "bca_reason")
  ///      "per_category": {"fleiss_kappa": {"<label>": x, ...}},
  ///      "classification": {"<coder>": {"items": N, "reference_items": M, ...}},
  ///      "predictions": {"<coder>": {"joined": N, "not_in_ratings": M}}?}
  ///
  /// `pair_items` (with a pair): the items both coders of the pair rated, on which the two-coder
  /// coefficients rest (`items` counts every rated item). In `classification.<coder>`, `items` are
  /// the items the coder and the reference both rated and `reference_items` those the reference rated.
  /// `predictions` (with `agree --predictions`): predictions joined to a rated item, and those left out
  /// because no human rated their id. `code_level` (with `agree --code-level`): the hierarchy level
  /// the codes were rolled up to; `categories` are then the rolled-up codes.
  public func json() -> JSONValue {
    var members: [JSONMember] = [
      JSONMember("items", .int(items)),
      JSONMember("coders", .array(coders.map { .string($0) })),
      JSONMember("categories", .array(categories.map { .string($0) })),
      JSONMember("level", .string(level.rawValue)),
    ]
    if let pair { members.append(JSONMember("pair", .array(pair.map { .string($0) }))) }
    // The items both coders of the pair rated: the two-coder coefficients' sample (QA review 41).
    if pair != nil, let both = pairCoverage?.both { members.append(JSONMember("pair_items", .int(both))) }
    if multiLabel { members.append(JSONMember("multilabel", .bool(true))) }
    if let codeLevel { members.append(JSONMember("code_level", .int(codeLevel))) }
    // What reproduces the intervals (QA review 41: the resamples were recorded, not the seed).
    if bootstrapResamples > 0 {
      members.append(
        JSONMember(
          "bootstrap",
          .object([
            JSONMember("resamples", .int(bootstrapResamples)), JSONMember("seed", .number(String(bootstrapSeed))),
          ])))
    }
    var coefficientMembers: [JSONMember] = []
    for name in coefficients.keys.sorted() {
      coefficientMembers.append(JSONMember(name.rawValue, Self.json(coefficients[name]!)))
    }
    members.append(JSONMember("coefficients", .object(coefficientMembers)))
    var perCategory: [JSONMember] = [
      JSONMember("fleiss_kappa", .object(zip(categories, perCategoryFleiss).map { JSONMember($0, Self.number($1)) }))
    ]
    for name in perLabel.keys.sorted() where name != .fleissKappa {
      perCategory.append(
        JSONMember(name.rawValue, .object(zip(categories, perLabel[name]!).map { JSONMember($0, Self.number($1)) })))
    }
    members.append(JSONMember("per_category", .object(perCategory)))
    if !classification.isEmpty {
      let entries = classification.map { metrics in
        let coverage = referenceCoder.flatMap { referenceCoverage(of: metrics.coder, reference: $0) }
        return JSONMember(metrics.coder, Self.json(metrics, referenceItems: coverage?.referenceItems))
      }
      members.append(JSONMember("classification", .object(entries)))
    }
    if !predictionJoins.isEmpty {
      let joins = predictionJoins.map { join in
        JSONMember(
          join.coder,
          .object([JSONMember("joined", .int(join.matched)), JSONMember("not_in_ratings", .int(join.unmatched))]))
      }
      members.append(JSONMember("predictions", .object(joins)))
    }
    return .object(members)
  }

  static func number(_ value: CoefficientValue) -> JSONValue {
    value.number.map { JSONValue.double($0) } ?? .null
  }

  static func interval(_ interval: ConfidenceInterval) -> JSONValue {
    .array([.double(interval.lower), .double(interval.upper)])
  }

  static func json(_ estimate: Estimate) -> JSONValue {
    var members = [JSONMember("value", number(estimate.value))]
    if let reason = estimate.value.reason { members.append(JSONMember("reason", .string(reason))) }
    if let se = estimate.standardError { members.append(JSONMember("se", .double(se))) }
    if let reason = estimate.standardErrorReason { members.append(JSONMember("se_reason", .string(reason))) }
    if let se0 = estimate.nullStandardError { members.append(JSONMember("se0", .double(se0))) }
    if let reason = estimate.nullStandardErrorReason { members.append(JSONMember("se0_reason", .string(reason))) }
    if let simple = estimate.simpleStandardError { members.append(JSONMember("se_simple", .double(simple))) }
    if let ci = estimate.interval95 { members.append(JSONMember("ci95", interval(ci))) }
    if let bootstrap = estimate.bootstrap {
      var boot = [
        JSONMember("resamples", .int(bootstrap.resamples)), JSONMember("defined", .int(bootstrap.definedResamples)),
      ]
      boot.append(JSONMember("percentile", bootstrap.percentile.map(interval) ?? .null))
      if let reason = bootstrap.percentileReason { boot.append(JSONMember("percentile_reason", .string(reason))) }
      boot.append(JSONMember("bca", bootstrap.bca.map(interval) ?? .null))
      if let reason = bootstrap.bcaReason { boot.append(JSONMember("bca_reason", .string(reason))) }
      members.append(JSONMember("bootstrap", .object(boot)))
    }
    return .object(members)
  }

  /// A coder with no item in common with the reference: `{"items": 0, "reason": "...", "accuracy": null,
  /// "f1": {"micro": null, …}, …}` (the metric names of a defined report, every value null).
  static func undefinedJSON(_ metrics: ClassificationMetrics, reason: String) -> JSONValue {
    var members = [JSONMember("items", .int(0)), JSONMember("reason", .string(reason))]
    var groups: [String: [JSONMember]] = [:]
    var order: [String] = []
    for (path, _) in metrics.scalars where !path.hasPrefix("per_class.") {
      let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
      if parts.count == 1 {
        members.append(JSONMember(path, .null))
        continue
      }
      if groups[parts[0]] == nil { order.append(parts[0]) }
      groups[parts[0], default: []].append(JSONMember(parts[1], .null))
    }
    for name in order { members.append(JSONMember(name, .object(groups[name]!))) }
    return .object(members)
  }

  static func json(_ metric: AveragedMetric) -> JSONValue {
    var members = [
      JSONMember("micro", .double(metric.micro)), JSONMember("macro", .double(metric.macro)),
      JSONMember("weighted", .double(metric.weighted)),
    ]
    if let binary = metric.binary { members.append(JSONMember("binary", .double(binary))) }
    if let samples = metric.samples { members.append(JSONMember("samples", .double(samples))) }
    return .object(members)
  }

  /// - Parameter referenceItems: the items the reference coder rated (`reference_items`, after
  ///   `items`: the coder's coverage of the reference is items / reference_items; QA review 42).
  static func json(_ metrics: ClassificationMetrics, referenceItems: Int? = nil) -> JSONValue {
    if let reason = metrics.undefinedReason { return undefinedJSON(metrics, reason: reason) }
    var members = [JSONMember("items", .int(metrics.items))]
    if let referenceItems { members.append(JSONMember("reference_items", .int(referenceItems))) }
    members.append(JSONMember("accuracy", .double(metrics.accuracy)))
    if let balanced = metrics.balancedAccuracy { members.append(JSONMember("balanced_accuracy", .double(balanced))) }
    if let mcc = metrics.mcc { members.append(JSONMember("mcc", .double(mcc))) }
    members.append(JSONMember("precision", json(metrics.precision)))
    members.append(JSONMember("recall", json(metrics.recall)))
    members.append(JSONMember("f1", json(metrics.f1)))
    members.append(JSONMember("jaccard", json(metrics.jaccard)))
    if let hamming = metrics.hammingLoss { members.append(JSONMember("hamming_loss", .double(hamming))) }
    if let subset = metrics.subsetAccuracy { members.append(JSONMember("subset_accuracy", .double(subset))) }
    let labels = JSONValue.array(metrics.labels.map { .string($0) })
    if let matrix = metrics.confusion {
      members.append(
        JSONMember(
          "confusion",
          .object([
            JSONMember("labels", labels), JSONMember("matrix", .array(matrix.map { .array($0.map { .int($0) }) })),
          ])))
    }
    if let matrices = metrics.labelConfusions {
      let encoded = JSONValue.array(matrices.map { .array($0.map { .array($0.map { .int($0) }) }) })
      members.append(
        JSONMember("confusion", .object([JSONMember("labels", labels), JSONMember("matrices", encoded)])))
    }
    // The class of the binary averages (`--pos-label`), whose support `gate` floors (QA review 41).
    if let positive = metrics.positiveLabel { members.append(JSONMember("pos_label", .string(positive))) }
    var perClass: [JSONMember] = []
    for (label, m) in zip(metrics.labels, metrics.perClass) {
      perClass.append(
        JSONMember(
          label,
          .object([
            JSONMember("precision", .double(m.precision)), JSONMember("recall", .double(m.recall)),
            JSONMember("f1", .double(m.f1)), JSONMember("support", .int(m.support)),
            JSONMember("jaccard", .double(m.jaccard)), JSONMember("kappa", number(m.kappa)),
            // The coder's uses of the label: tells a label only the coder gave (support 0) from one
            // nobody gave (review r19c).
            JSONMember("predicted", .int(m.truePositives + m.falsePositives)),
          ])))
    }
    members.append(JSONMember("per_class", .object(perClass)))
    if !metrics.intervals.isEmpty {
      var intervals = [JSONMember("method", .string(metrics.intervalMethod))]
      for (path, _) in metrics.scalars {
        if let ci = metrics.intervals[path] { intervals.append(JSONMember(path, interval(ci))) }
      }
      members.append(JSONMember("ci95", .object(intervals)))
    }
    if let pairs = metrics.confusedPairs {
      members.append(
        JSONMember(
          "confused_pairs",
          .array(
            pairs.map {
              .object([
                JSONMember("reference", .string($0.reference)), JSONMember("coder", .string($0.coder)),
                JSONMember("count", .int($0.count)),
              ])
            })))
    }
    return .object(members)
  }
}
