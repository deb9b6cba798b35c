import Agreement
import Testing

/// QA review 40 on multi-label classification metrics against a reference coder.
@Suite struct QAReview40MultiLabelTests {
  static func report(_ rows: [(String, String, String?)], labels: [String]? = nil) throws -> AgreementReport {
    var builder = try MultiLabelTableBuilder()
    for (line, row) in rows.enumerated() {
      try builder.add(item: row.0, coder: row.1, label: row.2, at: SourceLocation(file: "t", line: line + 1))
    }
    var options = AgreementOptions()
    options.reference = "gold"
    options.labels = labels
    return try AgreementReport(multiLabel: try builder.build(source: "t"), options: options)
  }

  /// A label only a third coder used is not a class of the model's evaluation. The model agrees with
  /// the reference on both items ({y}, {y}): scikit-learn's
  /// `f1_score([[1], [1]], [[1], [1]], average="macro")` is 1.0 (the binarizer fitted on the two
  /// coders' sets has the one column y). Before, "z" (coder_a's only) counted with F1 0: macro 0.5.
  /// coder_a ({z}, {y} against {y}, {y}) is evaluated over y and z: y has P 1, R 1/2, F1 2/3; z has
  /// one false positive, F1 0 (zero_division 0): macro F1 1/3.
  @Test func aThirdCodersLabelIsNotAClassOfTheModel() throws {
    let report = try Self.report([
      ("a", "gold", "y"), ("a", "coder_a", "z"), ("b", "gold", "y"), ("b", "coder_a", "y"), ("a", "model", "y"),
      ("b", "model", "y"),
    ])
    let model = try #require(report.classification.first { $0.coder == "model" })
    #expect(model.labels == ["y"])
    #expect(model.f1.macro == 1)
    let coderA = try #require(report.classification.first { $0.coder == "coder_a" })
    #expect(coderA.labels == ["y", "z"])
    #expect(close(coderA.f1.macro, 1.0 / 3, 1e-12))
  }

  /// A label the reference gave only on an item the model did not code is not a class either
  /// (gold x on a; gold y on b and c; the model coded b and c with y): macro F1 1.
  @Test func aLabelOnlyOnItemsTheModelSkippedIsNotAClass() throws {
    let report = try Self.report([
      ("a", "gold", "x"), ("b", "gold", "y"), ("c", "gold", "y"), ("b", "model", "y"), ("c", "model", "y"),
    ])
    let model = try #require(report.classification.first)
    #expect(model.labels == ["y"])
    #expect(model.f1.macro == 1)
  }

  /// `--labels` restricts Hamming loss and subset accuracy too. Reference {a, b}, {a}; model {a},
  /// {a, c}; labels a, b. Over columns a and b (scikit-learn's `hamming_loss` and `accuracy_score`
  /// on the two columns): item 1 misses b, item 2 agrees: Hamming loss 1 / (2 × 2) = 0.25, subset
  /// accuracy 1/2. Over a, b and c they would be 2/6 and 0.
  @Test func labelsRestrictHammingLossAndSubsetAccuracy() throws {
    let report = try Self.report(
      [
        ("1", "gold", "a"), ("1", "gold", "b"), ("1", "model", "a"), ("2", "gold", "a"), ("2", "model", "a"),
        ("2", "model", "c"),
      ], labels: ["a", "b"])
    let model = try #require(report.classification.first)
    #expect(close(model.hammingLoss, 0.25, 1e-12))
    #expect(close(model.subsetAccuracy, 0.5, 1e-12))
  }
}
