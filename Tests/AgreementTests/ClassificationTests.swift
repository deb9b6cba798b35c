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

@Suite struct ClassificationIntervalTests {
  // statsmodels 0.15 proportion_confint(method="wilson") as an independent implementation:
  // 13/19 → (0.460104076753, 0.846356209122); 0/10 → (0, 0.277532799863); 5/6 → (0.436497177814, 0.969946630252).
  @Test func wilsonIntervals() throws {
    let a = try #require(Classification.wilsonInterval(successes: 13, trials: 19))
    #expect(close(a.lower, 0.4601040767532747, 1e-12) && close(a.upper, 0.8463562091220773, 1e-12))
    let b = try #require(Classification.wilsonInterval(successes: 0, trials: 10))
    #expect(close(b.lower, 0, 1e-12) && close(b.upper, 0.27753279986288926, 1e-12))
    let c = try #require(Classification.wilsonInterval(successes: 5, trials: 6))
    #expect(close(c.lower, 0.43649717781352965, 1e-12) && close(c.upper, 0.9699466302516933, 1e-12))
    #expect(Classification.wilsonInterval(successes: 0, trials: 0) == nil)
  }

  // SAS example table [[0,4,1],[0,8,0],[0,1,5]] with r1 as the reference: accuracy 13/19 gets the Wilson
  // interval above, recall of c2 = 5/6 too; with --bootstrap every scalar gets a percentile interval.
  @Test func intervalsInTheReport() throws {
    var options = AgreementOptions()
    options.reference = "c1"
    let table = try Fixtures.pairTable([[0, 4, 1], [0, 8, 0], [0, 1, 5]])
    let metrics = try #require(try AgreementReport(table: table, options: options).classification.first)
    #expect(metrics.intervalMethod == "wilson")
    #expect(close(metrics.intervals["accuracy"]?.lower, 0.4601040767532747, 1e-12))
    #expect(close(metrics.intervals["per_class.c2.recall"]?.lower, 0.43649717781352965, 1e-12))
    options.bootstrapResamples = 300
    options.seed = 9
    let boot = try #require(try AgreementReport(table: table, options: options).classification.first)
    #expect(boot.intervalMethod == "wilson+bootstrap-percentile")
    let f1 = try #require(boot.intervals["f1.macro"])
    #expect(f1.lower <= boot.f1.macro && boot.f1.macro <= f1.upper)
    // The proportions keep Wilson's interval under --bootstrap (QA review 16).
    #expect(close(boot.intervals["accuracy"]?.lower, 0.4601040767532747, 1e-12))
    #expect(close(boot.intervals["per_class.c2.recall"]?.lower, 0.43649717781352965, 1e-12))
  }

  /// QA review 16: a resample that leaves out a rare class made its recall and F1 0/0, counted as 0,
  /// so a model that equals the reference on every item got macro F1 [0.667, 1] and the rare class's
  /// recall [0, 1], and failed `--on ci-lower`. A perfect model is perfect on every class a resample
  /// holds, so every bootstrap interval is [1, 1]; accuracy keeps Wilson's interval, 60/60 →
  /// [0.93983, 1] (statsmodels 0.14 proportion_confint(60, 60, method="wilson")), and the rare class's
  /// recall 2/2 → [0.34238, 1] (proportion_confint(2, 2, method="wilson")).
  @Test func bootstrapLeavesOutClassesAResampleDidNotDraw() throws {
    var options = AgreementOptions()
    options.reference = "c1"
    options.bootstrapResamples = 1000
    options.seed = 3
    let table = try Fixtures.pairTable([[30, 0, 0], [0, 28, 0], [0, 0, 2]])
    let metrics = try #require(try AgreementReport(table: table, options: options).classification.first)
    for path in [
      "f1.macro", "recall.macro", "precision.macro", "jaccard.macro", "f1.weighted", "mcc", "per_class.c2.f1",
    ] {
      #expect(metrics.intervals[path] == ConfidenceInterval(lower: 1, upper: 1), "\(path)")
    }
    #expect(close(metrics.intervals["accuracy"]?.lower, 0.9398281478579099, 1e-12))
    #expect(close(metrics.intervals["per_class.c2.recall"]?.lower, 0.342380227506653, 1e-12))
  }

  /// The code review of QA review 16: a resample that did not draw the rare class's only
  /// prediction made its precision 0/0, counted as 0 × support in the weighted average (lower
  /// bound 0.614 against a point value of 0.873). Over the defined classes, every resample's
  /// weighted precision is class a's precision (≥ 0.75 at any plausible draw of its 9 false
  /// positives among 59 predictions) or above.
  @Test func bootstrapWeightedAveragesLeaveOutUndefinedClasses() throws {
    var options = AgreementOptions()
    options.reference = "c1"
    options.bootstrapResamples = 2000
    options.seed = 1
    // Reference a ×50, b ×10; the coder says a for all but one b, which it gets right.
    let table = try Fixtures.pairTable([[50, 0], [9, 1]])
    let metrics = try #require(try AgreementReport(table: table, options: options).classification.first)
    #expect(close(metrics.precision.weighted, (50.0 / 59.0 * 50 + 1.0 * 10) / 60, 1e-12))
    let weighted = try #require(metrics.intervals["precision.weighted"])
    #expect(weighted.lower > 0.7, "\(weighted)")
    #expect(weighted.upper <= 1)
  }

  /// Classes the sample itself never used keep scikit-learn's 0/0 = 0 in every resample, as in the
  /// point estimate: a declared category nobody used pulls macro F1 down to 2/3 throughout.
  @Test func bootstrapKeepsZeroForClassesTheSampleNeverUsed() throws {
    var options = AgreementOptions()
    options.reference = "c1"
    options.bootstrapResamples = 500
    options.seed = 5
    let table = try Fixtures.pairTable([[20, 0, 0], [0, 20, 0], [0, 0, 0]])
    let metrics = try #require(try AgreementReport(table: table, options: options).classification.first)
    #expect(close(metrics.f1.macro, 2.0 / 3.0, 1e-12))
    #expect(close(metrics.intervals["f1.macro"]?.lower, 2.0 / 3.0, 1e-12))
    #expect(close(metrics.intervals["f1.macro"]?.upper, 2.0 / 3.0, 1e-12))
  }

  // QA review 31: scikit-learn's label set for one pair is unique_labels(y_true, y_pred), so a label
  // only a third coder used ("fox") must not enter the model's macro averages. Reference values: the
  // precision_recall_fscore_support docstring example above (macro P 2/9, R 1/3, F1 4/15); the third
  // coder's own row against gold does include "fox" (f1_score(gold, third, average="macro",
  // zero_division=0) over cat, dog, fox, pig: per class 1, 1, 0, 2/3 → 2/3, computed with scikit-learn 1.5).
  @Test func aThirdCodersLabelStaysOutOfAPairsAverages() throws {
    let gold = ["cat", "dog", "pig", "cat", "dog", "pig"]
    let model = ["cat", "pig", "dog", "cat", "cat", "dog"]
    let third = ["cat", "dog", "fox", "cat", "dog", "pig"]
    var options = AgreementOptions()
    options.reference = "gold"
    let table = try Fixtures.table(
      (0..<6).map { [gold[$0], model[$0], third[$0]] }, coders: ["gold", "model", "third"])
    let report = try AgreementReport(table: table, options: options)
    let m = try #require(report.classification.first { $0.coder == "model" })
    #expect(m.labels == ["cat", "dog", "pig"])
    #expect(close(m.precision.macro, 2.0 / 9, 1e-12))
    #expect(close(m.recall.macro, 1.0 / 3, 1e-12))
    #expect(close(m.f1.macro, 4.0 / 15, 1e-12))
    let t = try #require(report.classification.first { $0.coder == "third" })
    #expect(t.labels.sorted() == ["cat", "dog", "fox", "pig"])
    #expect(close(t.f1.macro, 2.0 / 3, 1e-12))
    // Declared categories are an explicit label set (scikit-learn's labels=): all of them count
    // (f1_score(gold, model, labels=[cat, dog, fox, pig], average="macro", zero_division=0) = 0.2).
    let declared = try Fixtures.table(
      (0..<6).map { [gold[$0], model[$0], third[$0]] }, coders: ["gold", "model", "third"],
      categories: ["cat", "dog", "fox", "pig"])
    let d = try #require(
      try AgreementReport(table: declared, options: options).classification.first { $0.coder == "model" })
    #expect(close(d.f1.macro, 0.2, 1e-12))
  }
}
