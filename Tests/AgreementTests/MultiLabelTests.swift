import Agreement
import Testing

@Suite struct MultiLabelTests {
  /// Builds gold/model multi-label sets over labels "0", "1", "2" from indicator rows.
  func metrics(_ truth: [[Int]], _ guess: [[Int]]) throws -> ClassificationMetrics {
    var builder = try MultiLabelTableBuilder(categories: ["0", "1", "2"].prefix(truth[0].count).map { $0 })
    for (i, (t, g)) in zip(truth, guess).enumerated() {
      for (coder, row) in [("gold", t), ("model", g)] {
        let labels = row.enumerated().filter { $0.element == 1 }.map { String($0.offset) }
        let location = SourceLocation(file: "test", line: i + 1)
        if labels.isEmpty { try builder.add(item: "\(i)", coder: coder, label: nil, at: location) }
        for label in labels { try builder.add(item: "\(i)", coder: coder, label: label, at: location) }
      }
    }
    var options = AgreementOptions()
    options.reference = "gold"
    let report = try AgreementReport(multiLabel: try builder.build(source: "test"), options: options)
    return try #require(report.classification.first)
  }

  // scikit-learn jaccard_score docstring: y_true = [[0,1,1],[1,1,0]], y_pred = [[1,1,1],[1,0,0]] →
  // samples 0.5833, macro 0.6667, per label [0.5, 0.5, 1.0]; micro 0.6 (scikit-learn 1.5 output).
  @Test func sklearnJaccardExample() throws {
    let m = try metrics([[0, 1, 1], [1, 1, 0]], [[1, 1, 1], [1, 0, 0]])
    #expect(close(m.jaccard.samples, 7.0 / 12, 1e-12))
    #expect(close(m.jaccard.macro, 2.0 / 3, 1e-12))
    #expect(close(m.jaccard.micro, 0.6, 1e-12))
    #expect(m.perClass.map(\.jaccard) == [0.5, 0.5, 1])
  }

  // scikit-learn hamming_loss docstring: [[0,1],[1,1]] vs zeros → 0.75; accuracy_score docstring:
  // [[0,1],[1,1]] vs ones → 0.5 (subset accuracy).
  @Test func sklearnHammingAndSubsetAccuracy() throws {
    #expect(close(try metrics([[0, 1], [1, 1]], [[0, 0], [0, 0]]).hammingLoss, 0.75, 1e-12))
    #expect(close(try metrics([[0, 1], [1, 1]], [[1, 1], [1, 1]]).subsetAccuracy, 0.5, 1e-12))
  }

  // scikit-learn f1_score docstring (multilabel): y_true = [[0,0,0],[1,1,1],[0,1,1]], y_pred =
  // [[0,0,0],[1,1,1],[1,1,0]] → per label [0.667, 1.0, 0.667]; samples average with zero_division=0 → 0.5
  // (the all-empty first item counts as 0).
  @Test func sklearnMultilabelF1() throws {
    let m = try metrics([[0, 0, 0], [1, 1, 1], [0, 1, 1]], [[0, 0, 0], [1, 1, 1], [1, 1, 0]])
    #expect(close(m.perClass[0].f1, 2.0 / 3, 1e-12))
    #expect(m.perClass[1].f1 == 1)
    #expect(close(m.f1.samples, 0.5, 1e-12))
    #expect(close(m.precision.samples, 0.5, 1e-12))
    // Subset accuracy counts the empty = empty item as a match.
    #expect(close(m.subsetAccuracy, 2.0 / 3, 1e-12))
    // Most-confused pair: reference "2" missed where the model gave "0".
    #expect(m.confusedPairs == [ConfusedPair(reference: "2", coder: "0", count: 1)])
  }

  @Test func perLabelKappaAndPooledCoefficients() throws {
    var builder = try MultiLabelTableBuilder()
    let rows: [(String, String, String?)] = [
      ("1", "a", "price"), ("1", "b", "price"), ("2", "a", "staff"), ("2", "b", "staff"), ("2", "b", "price"),
      ("3", "a", nil), ("3", "b", nil), ("4", "a", "staff"), ("4", "b", "staff"),
    ]
    for (index, row) in rows.enumerated() {
      try builder.add(item: row.0, coder: row.1, label: row.2, at: SourceLocation(file: "t", line: index + 1))
    }
    let table = try builder.build(source: "t")
    let report = try AgreementReport(multiLabel: table)
    #expect(report.items == 4)
    #expect(report.categories == ["price", "staff"])
    // staff: identical present/absent decisions → per-label kappa 1.
    #expect(report.perLabel[.cohenKappa]?[1] == .defined(1))
    // price: a = [1,0,0,0], b = [1,1,0,0] → p_o = 0.75, p_e = 0.25·0.5 + 0.75·0.5 = 0.5, κ = 0.5.
    #expect(close(report.perLabel[.cohenKappa]?[0].number, 0.5, 1e-12))
    #expect(throws: AgreementError.self) {
      var duplicate = try MultiLabelTableBuilder()
      try duplicate.add(item: "1", coder: "a", label: "x", at: SourceLocation(file: "t", line: 1))
      try duplicate.add(item: "1", coder: "a", label: "x", at: SourceLocation(file: "t", line: 2))
    }
  }

  @Test func intervalsForMultiLabelMetrics() throws {
    var builder = try MultiLabelTableBuilder(categories: ["a", "b"])
    for i in 0..<40 {
      let location = SourceLocation(file: "t", line: i + 1)
      try builder.add(item: "\(i)", coder: "gold", label: i % 2 == 0 ? "a" : "b", at: location)
      try builder.add(item: "\(i)", coder: "model", label: i % 5 == 0 ? "b" : (i % 2 == 0 ? "a" : "b"), at: location)
    }
    var options = AgreementOptions()
    options.reference = "gold"
    let table = try builder.build(source: "t")
    let wilson = try #require(try AgreementReport(multiLabel: table, options: options).classification.first)
    // Subset accuracy 36/40 (items 0, 10, 20, 30 disagree): Wilson lower bound < 0.9 < upper bound.
    #expect(close(wilson.subsetAccuracy, 0.9, 1e-12))
    let accuracy = try #require(wilson.intervals["accuracy"])
    #expect(accuracy.lower < 0.9 && 0.9 < accuracy.upper)
    options.bootstrapResamples = 200
    options.seed = 4
    let first = try #require(try AgreementReport(multiLabel: table, options: options).classification.first)
    let second = try #require(try AgreementReport(multiLabel: table, options: options).classification.first)
    #expect(first.intervals == second.intervals)
    // Subset accuracy is multi-label accuracy: the same Wilson interval, with or without bootstrap.
    #expect(first.intervals["subset_accuracy"] == accuracy && first.intervals["accuracy"] == accuracy)
    #expect(wilson.intervals["subset_accuracy"] == accuracy)
    let f1 = try #require(first.intervals["f1.samples"])
    #expect(f1.lower <= first.f1.samples! && first.f1.samples! <= f1.upper)
  }
}
