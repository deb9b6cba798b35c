import VerbatimCore

extension DeploymentGate {
  /// The share of rated items a predictions file covers, gated at `minimum`: coverage = items with
  /// a prediction / items in the human ratings. A truncated or crashed model run otherwise passes a
  /// gate on the few items it did predict (QA review 40: predictions for 1 of 60 rated items passed
  /// `--min f1.micro=0.9`), since a missing prediction is a missing rating. The check is named
  /// `predictions.<coder>.coverage` and counts in the verdict and the JUnit file like a threshold.
  public static func coverageCheck(_ join: PredictionsJoin, minimum: Double) -> GateCheck {
    let coverage = join.ratedItems > 0 ? Double(join.matched) / Double(join.ratedItems) : 0
    let passed = coverage >= minimum
    let metric = "predictions.\(join.coder).coverage"
    let shown = JSONWriter.format((coverage * 10_000).rounded(.down) / 10_000)
    let detail =
      "\(metric) = \(shown) \(passed ? "≥" : "<") minimum \(JSONWriter.format(minimum)) (\(join.source) predicts "
      + "\(join.matched) of the \(join.ratedItems) rated items\(passed ? "" : "; --min-coverage sets the floor"))"
    return GateCheck(
      metric: metric, minimum: minimum, value: coverage, interval: nil, passed: passed, detail: detail)
  }
}
