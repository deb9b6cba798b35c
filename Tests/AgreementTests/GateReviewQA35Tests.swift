import Agreement
import Testing
import VerbatimCore

/// QA review 35: the gate's threshold ranges, a bootstrap interval that lies past its estimate, and
/// the advice for a metric that never has an interval.
@Suite struct GateReviewQA35Tests {
  private func checks(_ entry: String, _ threshold: String, maximum: Bool = false) throws -> [GateCheck] {
    let name = maximum ? "prevalence_index" : "cohen_kappa_max"
    let report = try JSONParser.parse(#"{"items": 200, "coefficients": {"\#(name)": \#(entry)}}"#)
    return try DeploymentGate.evaluate(
      report: report, thresholds: [try GateThreshold(parsing: "\(name)=\(threshold)", maximum: maximum)],
      basis: .ciLower)
  }

  /// F4: the reviewer's BCa interval for kappa_max, [0.9672, 0.9931] around an estimate of 0.9662,
  /// passed `--on ci-lower` at 0.967 where `--on point` failed. The estimate is compared when the
  /// bound lies past it; an interval that holds its estimate is gated on its bound as before.
  @Test func aBoundPastTheEstimateIsNotLaxerThanThePoint() throws {
    let skewed = #"{"value": 0.9662, "bootstrap": {"bca": [0.9672, 0.9931]}}"#
    #expect(try checks(skewed, "0.967").map(\.passed) == [false])
    #expect(try checks(skewed, "0.966").map(\.passed) == [true])
    #expect(try checks(skewed, "0.967").first?.detail.contains("lies past the estimate") == true)
    let usual = #"{"value": 0.96, "bootstrap": {"bca": [0.94, 0.98]}}"#
    #expect(try checks(usual, "0.95").map(\.passed) == [false])
    #expect(try checks(usual, "0.93").map(\.passed) == [true])
    // A maximum: an upper bound below the estimate compares the estimate.
    let low = #"{"value": 0.30, "bootstrap": {"bca": [0.10, 0.25]}}"#
    #expect(try checks(low, "0.28", maximum: true).map(\.passed) == [false])
    #expect(try checks(low, "0.31", maximum: true).map(\.passed) == [true])
  }

  /// F5: a per-class kappa has no interval, the bootstrap's included: the advice is --on point, not
  /// the --bootstrap the command line already had.
  @Test func perClassKappaIsToldToUseThePoint() throws {
    let message = try #require(
      DeploymentGate.missingIntervalMessage(metrics: ["classification.a.per_class.neg.kappa", "f1.macro"]))
    #expect(message.contains("f1.macro cannot be gated on a 95% bound without --bootstrap N --seed S"))
    #expect(message.contains("classification.a.per_class.neg.kappa has no 95% interval"))
    #expect(message.contains("with --on point"))
    #expect(!message.contains("per_class.neg.kappa cannot be gated"))
    // A label named "kappa" of another per-class metric is not a per-class kappa.
    #expect(DeploymentGate.missingIntervalMessage(metrics: ["per_class.kappa.f1"])?.contains("--bootstrap") == true)
  }

  /// F8: proportions lie in [0, 1]: a minimum below 0 always holds and a maximum below 0 never does.
  @Test func proportionsHaveTheirOwnRange() throws {
    for text in [
      "accuracy=-0.5", "f1.macro=-0.1", "classification.m.recall.micro=-0.2", "tags.level_1.jaccard.samples=-1",
    ] {
      #expect(throws: AgreementError.self, "\(text)") { try GateThreshold(parsing: text) }
    }
    #expect(throws: AgreementError.self) { try GateThreshold(parsing: "hamming_loss=-0.1", maximum: true) }
    // Coefficients and MCC keep [−1, 1], whatever a coder or label inside the path is called.
    for (text, value) in [
      ("mcc=-0.5", -0.5), ("classification.recall.mcc=-0.5", -0.5), ("per_class.f1.kappa=-0.5", -0.5),
      ("cohen_kappa=-0.2", -0.2), ("accuracy=0", 0),
    ] {
      #expect(try GateThreshold(parsing: text).minimum == value, "\(text)")
    }
  }
}
