import Agreement
import Testing

/// QA review 41, finding 7: with a positive label, precision.binary and recall.binary are the
/// positive class's precision and recall, which have Wilson intervals; the binary averages had none,
/// so `gate --min recall.binary=… --on ci-lower` demanded --bootstrap.
@Suite struct BinaryAverageIntervalTests {
  /// 40 items: gold pos and model pos 15, gold pos and model neg 3, gold neg and model pos 2, both
  /// neg 20. `sklearn.metrics.recall_score(y, p, pos_label="pos")` = 15/18 and `precision_score` =
  /// 15/17 (scikit-learn 1.9.1); Wilson intervals from statsmodels 0.15.0
  /// `proportion_confint(15, 18, method="wilson")` = (0.6077796189608428, 0.9416342319413856) and
  /// `proportion_confint(15, 17, method="wilson")` = (0.6566364940511411, 0.9671202262362073).
  static func ratings() -> [(item: String, coder: String, label: String)] {
    let pairs =
      Array(repeating: ("pos", "pos"), count: 15) + Array(repeating: ("pos", "neg"), count: 3)
      + Array(repeating: ("neg", "pos"), count: 2) + Array(repeating: ("neg", "neg"), count: 20)
    return pairs.enumerated().flatMap { index, pair in
      [(item: "\(index)", coder: "gold", label: pair.0), (item: "\(index)", coder: "model", label: pair.1)]
    }
  }

  @Test func binaryPrecisionAndRecallHaveThePositiveClassesWilsonIntervals() throws {
    var options = AgreementOptions()
    options.reference = "gold"
    options.positiveLabel = "pos"
    let report = try AgreementReport(table: try RatingTable(ratings: Self.ratings()), options: options)
    let model = try #require(report.classification.first)
    #expect(close(model.recall.binary, 15.0 / 18, 1e-12))
    #expect(close(model.precision.binary, 15.0 / 17, 1e-12))
    let recall = try #require(model.intervals["recall.binary"])
    #expect(close(recall.lower, 0.6077796189608428, 1e-12) && close(recall.upper, 0.9416342319413856, 1e-12))
    let precision = try #require(model.intervals["precision.binary"])
    #expect(close(precision.lower, 0.6566364940511411, 1e-12) && close(precision.upper, 0.9671202262362073, 1e-12))
    #expect(model.intervals["recall.binary"] == model.intervals["per_class.pos.recall"])
    #expect(model.intervals["precision.binary"] == model.intervals["per_class.pos.precision"])
    // F1 is no proportion of a count: no analytic interval (the bootstrap gives one).
    #expect(model.intervals["f1.binary"] == nil)
    #expect(!DeploymentGate.intervalNeedsBootstrap("recall.binary"))
    #expect(!DeploymentGate.intervalNeedsBootstrap("classification.model.precision.binary"))
    #expect(DeploymentGate.intervalNeedsBootstrap("f1.binary"))
  }
}
