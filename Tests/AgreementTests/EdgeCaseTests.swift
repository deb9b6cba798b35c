import Agreement
import Testing

@Suite struct EdgeCaseTests {
  // Both coders always used one category: κ, π, Fleiss and alpha are 0/0 → undefined with a reason;
  // p_a = 1; AC1 = 1 and Brennan–Prediger = 1 because the declared second category makes q = 2
  // (agreement-conventions.md, "Degenerate cases").
  @Test func singleCategoryThroughout() throws {
    let table = try Fixtures.table([["x", "x"], ["x", "x"], ["x", "x"]], categories: ["x", "y"])
    let report = try AgreementReport(table: table)
    for name in [Coefficient.cohenKappa, .scottPi, .fleissKappa, .krippendorffAlphaNominal, .congerKappa] {
      let value = try #require(report.coefficients[name]?.value)
      #expect(value.number == nil, "\(name) should be undefined")
      #expect(value.reason?.isEmpty == false)
    }
    #expect(report.coefficients[.percentAgreement]?.value == .defined(1))
    #expect(report.coefficients[.gwetAC1]?.value == .defined(1))
    #expect(report.coefficients[.brennanPrediger]?.value == .defined(1))
    #expect(report.coefficients[.pabak]?.value == .defined(1))
  }

  // QA review 34: ratio-level alpha's difference ((c − k)/(c + k))² divides by zero for c = −k ≠ 0,
  // which the 0/0 convention scored as perfect agreement (−1 against 1: α_ratio 0.793 on this table,
  // as the `krippendorff` package also prints). A ratio scale has a true zero: with a negative
  // value the coefficient is undefined with a reason; interval alpha, whose differences are
  // (c − k)², stays defined.
  @Test func ratioAlphaRefusesNegativeValues() throws {
    let rows = [["-1", "1"], ["0", "0"], ["1", "1"], ["2", "2"], ["1", "2"]]
    let report = try AgreementReport(table: Fixtures.table(rows))
    let ratio = try #require(report.coefficients[.krippendorffAlphaRatio]?.value)
    #expect(ratio.number == nil)
    #expect(ratio.reason?.contains("non-negative") == true, "\(ratio)")
    #expect(report.coefficients[.krippendorffAlphaInterval]?.value.number != nil)
    let positive = try AgreementReport(table: Fixtures.table([["1", "3"], ["2", "2"], ["3", "3"], ["4", "3"]]))
    #expect(positive.coefficients[.krippendorffAlphaRatio]?.value.number != nil)
  }

  // Without the declaration q = 1: AC1 divides by q − 1 = 0 and is undefined rather than NaN.
  @Test func singleObservedCategoryWithoutDeclaration() throws {
    let report = try AgreementReport(table: Fixtures.table([["x", "x"], ["x", "x"]]))
    #expect(report.coefficients[.gwetAC1]?.value.number == nil)
    #expect(report.coefficients[.cohenKappa]?.value.number == nil)
  }

  // Declared-but-unused categories count in q: Brennan–Prediger p_e = 1/q (Brennan & Prediger 1981).
  @Test func unusedDeclaredCategoriesChangeBrennanPrediger() throws {
    let rows = [["a", "a"], ["b", "b"], ["a", "b"], ["b", "b"]]
    let observed = try AgreementReport(table: Fixtures.table(rows))
    let declared = try AgreementReport(table: Fixtures.table(rows, categories: ["a", "b", "c", "d"]))
    // p_a = 0.75: q = 2 → (0.75 − 0.5)/0.5 = 0.5; q = 4 → (0.75 − 0.25)/0.75 = 2/3.
    #expect(close(observed.coefficients[.brennanPrediger]?.value.number, 0.5, 1e-12))
    #expect(close(declared.coefficients[.brennanPrediger]?.value.number, 2.0 / 3, 1e-12))
    #expect(observed.coefficients[.cohenKappa]?.value == declared.coefficients[.cohenKappa]?.value)
  }

  // One item: point estimates follow the formulas, standard errors need n − 1 > 0 and are absent.
  @Test func oneItem() throws {
    let report = try AgreementReport(table: Fixtures.table([["a", "b", "a"]], categories: ["a", "b"]))
    let pa = try #require(report.coefficients[.percentAgreement])
    #expect(close(pa.value.number, 1.0 / 3, 1e-12))
    #expect(pa.standardError == nil)
    #expect(pa.interval95 == nil)
  }

  // Coders with disjoint label sets: p_e = 0 and κ = p_o = 0 exactly.
  @Test func disjointLabelSets() throws {
    let report = try AgreementReport(table: Fixtures.table([["a", "c"], ["b", "d"], ["a", "d"]]))
    #expect(report.coefficients[.cohenKappa]?.value == .defined(0))
  }

  // A label only one coder used is still a category.
  @Test func labelUsedByOneCoder() throws {
    let report = try AgreementReport(table: Fixtures.table([["a", "a"], ["b", "b"], ["a", "z"]]))
    #expect(report.categories == ["a", "b", "z"])
    #expect(report.coefficients[.cohenKappa]?.value.number != nil)
  }

  // No item rated twice: agreement is unobservable, every coefficient undefined — and never NaN.
  @Test func noItemRatedTwice() throws {
    let report = try AgreementReport(table: Fixtures.table([["a", ""], ["", "b"]]))
    for (_, estimate) in report.coefficients {
      if let value = estimate.value.number { #expect(value.isFinite) }
    }
    #expect(report.coefficients[.fleissKappa]?.value.number == nil)
    #expect(report.coefficients[.cohenKappa]?.value.number == nil)
  }

  @Test func emptyInputAndSingleCoderAreRefused() throws {
    #expect(throws: AgreementError.emptyInput(source: "ratings")) {
      try RatingTable(ratings: [])
    }
    let one = try RatingTable(ratings: [("1", "a", "x")])
    #expect(throws: AgreementError.self) { try AgreementReport(table: one) }
  }

  // Labels are exact strings: canonically equivalent "é" (U+00E9) and "e\u{301}" stay two categories,
  // as do case variants and trailing spaces (R irrCAC's upper-casing and trimming would merge them).
  @Test func labelsAreExactStrings() throws {
    let table = try Fixtures.table([["\u{E9}", "e\u{301}"], ["A", "a"], ["b ", "b"]])
    #expect(table.categoryCount == 6)
    let report = try AgreementReport(table: table)
    #expect(report.coefficients[.percentAgreement]?.value == .defined(0))
  }

  @Test func undeclaredLabelAndDuplicateAreErrors() throws {
    #expect(throws: AgreementError.self) {
      try RatingTable(ratings: [("1", "a", "x"), ("1", "b", "y")], categories: ["x"])
    }
    #expect(
      throws: AgreementError.duplicateRating(
        item: "1", coder: "a", first: SourceLocation(file: "ratings", line: 1),
        second: SourceLocation(file: "ratings", line: 3))
    ) {
      try RatingTable(ratings: [("1", "a", "x"), ("1", "b", "x"), ("1", "a", "y")])
    }
  }

  // Observed numeric labels sort numerically ("10" after "9"), others by code point.
  @Test func observedCategoryOrder() throws {
    #expect(try Fixtures.table([["10", "9"], ["2", "10"]]).categories == ["2", "9", "10"])
    #expect(try Fixtures.table([["b", "a"], ["B", "é"]]).categories == ["B", "a", "b", "é"])
  }
}
