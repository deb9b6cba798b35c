import VerbatimCore

extension AgreementReport {
  /// How much of the reference coder's work another coder covered: of the items the reference
  /// rated, those the coder rated too.
  ///
  /// coverage = |I_ref ∩ I_c| / |I_ref|, where I_ref are the items the reference coder rated and
  /// I_c those coder c rated. Classification metrics and the two-coder coefficients rest on
  /// I_ref ∩ I_c only, so a machine coder that left a quarter of the gold items uncoded is judged
  /// on the three quarters it did code (QA review 42: 90 of 120 gold items passed
  /// `--min accuracy=0.8`). Items the coder rated and the reference did not do not count: they
  /// cannot be compared with anything.
  public struct ReferenceCoverage: Sendable, Equatable {
    /// The coder judged against the reference.
    public var coder: String
    /// The reference coder (`--reference`).
    public var reference: String
    /// Items both rated: what the coder's metrics rest on.
    public var both: Int
    /// Items the reference rated.
    public var referenceItems: Int

    /// both / referenceItems, in [0, 1]; 0 when the reference rated nothing.
    public var fraction: Double { referenceItems > 0 ? Double(both) / Double(referenceItems) : 0 }

    public init(coder: String, reference: String, both: Int, referenceItems: Int) {
      self.coder = coder
      self.reference = reference
      self.both = both
      self.referenceItems = referenceItems
    }
  }

  /// The coverage of `coder` against `reference`, from the additive statistics (so it is the same
  /// after `--merge`): the pair's table sums the items both rated, the reference's category counts
  /// the items it rated (`unitsPerItem` units each). Nil when either is not a coder of the report.
  public func referenceCoverage(of coder: String, reference: String) -> ReferenceCoverage? {
    guard let c = coders.firstIndex(of: coder), let r = coders.firstIndex(of: reference), c != r else { return nil }
    let q = statistics.categoryCount
    let units = max(1, unitsPerItem)
    let rated = Int(statistics.coderCategory[(r * q)..<((r + 1) * q)].reduce(0, +).rounded()) / units
    let both = Int(statistics.sharedItems(c, r).rounded()) / units
    return ReferenceCoverage(coder: coder, reference: reference, both: both, referenceItems: rated)
  }
}

extension DeploymentGate {
  /// The gate check of a coder's coverage of the reference's items (`AgreementReport.ReferenceCoverage`)
  /// at `minimum`, named `classification.<coder>.coverage`; it counts in the verdict and the JUnit
  /// file like a threshold, as the predictions' coverage does (`coverageCheck`).
  public static func referenceCoverageCheck(_ coverage: AgreementReport.ReferenceCoverage, minimum: Double)
    -> GateCheck
  {
    let value = coverage.fraction
    let passed = value >= minimum
    let metric = "classification.\(coverage.coder).coverage"
    let shown = JSONWriter.format((value * 10_000).rounded(.down) / 10_000)
    let detail =
      "\(metric) = \(shown) \(passed ? "≥" : "<") minimum \(JSONWriter.format(minimum)) (\(coverage.coder) rated "
      + "\(coverage.both) of the \(coverage.referenceItems) items \(coverage.reference) rated"
      + "\(passed ? "" : "; --min-coverage sets the floor"))"
    return GateCheck(metric: metric, minimum: minimum, value: value, interval: nil, passed: passed, detail: detail)
  }
}
