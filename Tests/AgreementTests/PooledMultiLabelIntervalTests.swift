import Agreement
import Testing

/// Pooled multi-label coefficients (QA review 20): one item's labels are not independent items, so
/// the analytic standard errors, which would count each (item, label) unit as an item, are
/// withheld, and the bootstrap resamples whole items (the cluster bootstrap; Davison & Hinkley
/// 1997, *Bootstrap Methods and their Application*, §3.8: resample the independent units).
@Suite struct PooledMultiLabelIntervalTests {
  /// Two coders' label sets per item, over `labels`; each label of `copies` is repeated as
  /// "label#1", "label#2" … with the same presence.
  static func table(_ rows: [(gold: Set<String>, model: Set<String>)], labels: [String], copies: Int) throws
    -> MultiLabelTable
  {
    let expanded = labels.flatMap { label in (1...copies).map { "\(label)#\($0)" } }
    var builder = try MultiLabelTableBuilder(categories: expanded)
    for (i, row) in rows.enumerated() {
      for (coder, set) in [("gold", row.gold), ("model", row.model)] {
        let location = SourceLocation(file: "t", line: i + 1)
        if set.isEmpty { try builder.add(item: "\(i)", coder: coder, label: nil, at: location) }
        for label in labels where set.contains(label) {
          for copy in 1...copies {
            try builder.add(item: "\(i)", coder: coder, label: "\(label)#\(copy)", at: location)
          }
        }
      }
    }
    return try builder.build(source: "t")
  }

  static let rows: [(gold: Set<String>, model: Set<String>)] = [
    (["price"], ["price"]), (["staff"], ["staff", "price"]), ([], []), (["wait", "staff"], ["wait"]),
    (["price", "wait"], ["price", "wait"]), (["staff"], ["staff"]), (["wait"], ["price"]), ([], ["staff"]),
    (["price"], ["price"]), (["staff", "wait"], ["staff", "wait"]), (["wait"], ["wait"]), (["price"], []),
  ]

  @Test func pooledCoefficientsHaveNoAnalyticInterval() throws {
    let report = try AgreementReport(
      multiLabel: try Self.table(Self.rows, labels: ["price", "staff", "wait"], copies: 1))
    for name in [Coefficient.cohenKappa, .gwetAC1, .fleissKappa, .krippendorffAlpha, .percentAgreement] {
      let estimate = try #require(report.coefficients[name])
      #expect(estimate.value.number != nil, "\(name)")
      #expect(estimate.standardError == nil && estimate.interval95 == nil, "\(name)")
      #expect(estimate.standardErrorReason?.contains("--bootstrap") == true, "\(name)")
    }
    // The items agreement is measured on are the 12 verbatims, not 36 (item, label) units.
    #expect(report.multiRatedItemCount == 12 && report.pairItemCount == 12)
  }

  /// Writing every label twice changes no coefficient (each item's pooled counts double) and, when
  /// items are what is resampled, no bootstrap draw either: the intervals are identical. A
  /// bootstrap of (item, label) units would see twice the units and give narrower intervals.
  @Test func duplicatingEveryLabelLeavesTheBootstrapIntervalsAlone() throws {
    var options = AgreementOptions()
    options.bootstrapResamples = 400
    options.seed = 7
    let labels = ["price", "staff", "wait"]
    let once = try AgreementReport(multiLabel: try Self.table(Self.rows, labels: labels, copies: 1), options: options)
    let twice = try AgreementReport(multiLabel: try Self.table(Self.rows, labels: labels, copies: 2), options: options)
    for name in [Coefficient.cohenKappa, .gwetAC1, .percentAgreement] {
      let a = try #require(once.coefficients[name]?.bootstrap?.percentile)
      let b = try #require(twice.coefficients[name]?.bootstrap?.percentile)
      #expect(abs(a.lower - b.lower) < 1e-12 && abs(a.upper - b.upper) < 1e-12, "\(name): \(a) \(b)")
      #expect(a.upper - a.lower > 0.05, "\(name): a real interval")
    }
  }
}
