import Agreement
import Testing

@Suite struct ClassificationTests {
  func metrics(_ truth: [String], _ guess: [String], labels: [String]? = nil, positive: String? = nil) throws
    -> ClassificationMetrics
  {
    var options = AgreementOptions()
    options.reference = "gold"
    options.labels = labels
    options.positiveLabel = positive
    let table = try Fixtures.table(zip(truth, guess).map { [$0, $1] }, coders: ["gold", "model"])
    return try #require(try AgreementReport(table: table, options: options).classification.first)
  }

  // scikit-learn precision_recall_fscore_support docstring: y_true = [cat, dog, pig, cat, dog, pig],
  // y_pred = [cat, pig, dog, cat, cat, dog] → macro (0.2222, 0.3333, 0.2667), micro (0.3333, 0.3333,
  // 0.3333), weighted (0.2222, 0.3333, 0.2667).
  @Test func sklearnPrecisionRecallFscoreExample() throws {
    let m = try metrics(["cat", "dog", "pig", "cat", "dog", "pig"], ["cat", "pig", "dog", "cat", "cat", "dog"])
    #expect(close(m.precision.macro, 2.0 / 9, 1e-12))
    #expect(close(m.recall.macro, 1.0 / 3, 1e-12))
    #expect(close(m.f1.macro, 4.0 / 15, 1e-12))
    #expect(close(m.f1.micro, 1.0 / 3, 1e-12))
    #expect(close(m.precision.weighted, 2.0 / 9, 1e-12))
    #expect(close(m.f1.weighted, 4.0 / 15, 1e-12))
    #expect(close(m.accuracy, 1.0 / 3, 1e-12))
  }

  // scikit-learn f1_score docstring: y_true = [0,1,2,0,1,2], y_pred = [0,2,1,0,0,1] → per class [0.8, 0, 0].
  @Test func sklearnF1PerClassAndZeroDivision() throws {
    let m = try metrics(["0", "1", "2", "0", "1", "2"], ["0", "2", "1", "0", "0", "1"])
    #expect(m.perClass.map(\.f1).enumerated().allSatisfy { close($0.element, [0.8, 0, 0][$0.offset], 1e-12) })
    // Precision of class 2 is 0/1 = 0; with a label nobody used, 0/0 is reported as 0 (zero_division=0).
    let restricted = try metrics(["0", "1"], ["0", "1"], labels: ["0", "1"])
    #expect(restricted.perClass.map(\.precision) == [1, 1])
  }

  // scikit-learn matthews_corrcoef docstring: y_true = [+1, +1, +1, −1], y_pred = [+1, −1, +1, +1] → −0.333.
  @Test func sklearnMCCExample() throws {
    let m = try metrics(["1", "1", "1", "-1"], ["1", "-1", "1", "1"])
    #expect(close(m.mcc, -1.0 / 3, 1e-12))
  }

  // scikit-learn balanced_accuracy_score docstring: [0,1,0,0,1,0] vs [0,1,0,0,0,1] → 0.625.
  @Test func sklearnBalancedAccuracyExample() throws {
    let m = try metrics(["0", "1", "0", "0", "1", "0"], ["0", "1", "0", "0", "0", "1"])
    #expect(close(m.balancedAccuracy, 0.625, 1e-12))
    // Binary with pos_label="1": precision 1/2, recall 1/2.
    let binary = try metrics(["0", "1", "0", "0", "1", "0"], ["0", "1", "0", "0", "0", "1"], positive: "1")
    #expect(close(binary.precision.binary, 0.5, 1e-12))
    #expect(close(binary.recall.binary, 0.5, 1e-12))
  }

  // scikit-learn confusion_matrix docstring: y_true = [cat, ant, cat, cat, ant, bird], y_pred = [ant, ant,
  // cat, cat, ant, cat], labels = [ant, bird, cat] → [[2,0,0],[0,0,1],[1,0,2]].
  @Test func sklearnConfusionMatrixExample() throws {
    let m = try metrics(
      ["cat", "ant", "cat", "cat", "ant", "bird"], ["ant", "ant", "cat", "cat", "ant", "cat"],
      labels: ["ant", "bird", "cat"])
    #expect(m.labels == ["ant", "bird", "cat"])
    #expect(m.confusion == [[2, 0, 0], [0, 0, 1], [1, 0, 2]])
  }

  // labels= restricts the averages but not accuracy (scikit-learn); an unknown label is a usage error.
  @Test func labelRestriction() throws {
    let all = try metrics(["a", "b", "c", "a"], ["a", "c", "c", "b"])
    let some = try metrics(["a", "b", "c", "a"], ["a", "c", "c", "b"], labels: ["c"])
    #expect(some.accuracy == all.accuracy)
    #expect(some.perClass.count == 1)
    #expect(close(some.f1.macro, 2.0 / 3, 1e-12))  // class c: tp 1, fp 1, fn 0
    #expect(throws: AgreementError.self) { try metrics(["a"], ["a"], labels: ["zzz"]) }
  }
}
