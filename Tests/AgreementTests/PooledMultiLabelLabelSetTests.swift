import Agreement
import Testing

/// QA review 41, finding 1: which labels the pooled multi-label coefficients pool. The pair's
/// coefficients pool the labels either coder of the pair gave on the items both coded, so a third
/// coder's labels do not change them; a declared category no coder used adds no decision.
@Suite struct PooledMultiLabelLabelSetTests {
  static func table(_ rows: [(String, String, String?)], categories: [String]? = nil) throws -> MultiLabelTable {
    var builder = try MultiLabelTableBuilder(categories: categories)
    for (line, row) in rows.enumerated() {
      try builder.add(item: row.0, coder: row.1, label: row.2, at: SourceLocation(file: "t", line: line + 1))
    }
    return try builder.build(source: "t")
  }

  /// g and m over items 1–4: g {a}, {b}, {b}, {a}; m {a}, {a}, {b}, {a}.
  static let pairRows: [(String, String, String?)] = [
    ("1", "g", "a"), ("1", "m", "a"), ("2", "g", "b"), ("2", "m", "a"), ("3", "g", "b"), ("3", "m", "b"),
    ("4", "g", "a"), ("4", "m", "a"),
  ]

  /// The reviewer's file: a third coder c gave x, y and z (labels neither g nor m used) on items 1–3.
  /// The pair's decisions are the 8 (item, label) units over a and b:
  /// `sklearn.metrics.cohen_kappa_score([1,0,0,1,0,1,1,0], [1,0,1,0,0,1,1,0])` = 0.5 (scikit-learn
  /// 1.9.1, the rows of `MultiLabelBinarizer(classes=["a","b"])` on the two coders' sets), and
  /// Scott's pi = Fleiss' kappa of the two columns,
  /// `statsmodels.stats.inter_rater.fleiss_kappa(aggregate_raters(np.c_[G, M])[0])` = 0.5
  /// (statsmodels 0.15.0). Before, x, y and z added 12 units where both said "absent": 0.6875.
  @Test func aThirdCodersLabelsDoNotChangeThePairsPooledCoefficients() throws {
    let third: [(String, String, String?)] = [("1", "c", "x"), ("2", "c", "y"), ("3", "c", "z")]
    var options = AgreementOptions()
    options.pair = ("g", "m")
    let withThird = try AgreementReport(multiLabel: try Self.table(Self.pairRows + third), options: options)
    let alone = try AgreementReport(multiLabel: try Self.table(Self.pairRows), options: options)
    for name in [Coefficient.cohenKappa, .scottPi] {
      #expect(close(withThird.coefficients[name]?.value.number, 0.5, 1e-12), "\(name)")
      #expect(close(alone.coefficients[name]?.value.number, 0.5, 1e-12), "\(name)")
    }
    // The many-coder coefficients are c's too: they pool the labels any coder gave on an item
    // another coder coded (a, b, x, y, z here), and c's x, y and z disagree with g and m.
    #expect(withThird.coefficients[.fleissKappa]?.value.number != alone.coefficients[.fleissKappa]?.value.number)
  }

  /// The pair's bootstrap resamples the same items as the many-coder coefficients': with a third
  /// coder's labels added, the pair's percentile intervals are those of the pair alone.
  @Test func thePairsBootstrapIgnoresAThirdCodersLabels() throws {
    let third: [(String, String, String?)] = [("1", "c", "x"), ("2", "c", "y"), ("3", "c", "z")]
    var options = AgreementOptions()
    options.pair = ("g", "m")
    options.bootstrapResamples = 300
    options.seed = 11
    let withThird = try AgreementReport(multiLabel: try Self.table(Self.pairRows + third), options: options)
    let alone = try AgreementReport(multiLabel: try Self.table(Self.pairRows), options: options)
    let a = try #require(withThird.coefficients[.cohenKappa]?.bootstrap?.percentile)
    let b = try #require(alone.coefficients[.cohenKappa]?.bootstrap?.percentile)
    #expect(a == b)
  }

  /// The reviewer's ml.csv (gold and m, six items over a, b, c). Over the 18 (item, label) units:
  /// irrCAC 0.4.4 (Python) `CAC(df).gwet()` gives pa 0.77778 (7/9) and AC1 0.6, `CAC(df).bp()`
  /// 0.55556 (5/9); `cohen_kappa_score` 0.5. Declaring five codes nobody used (d … h) must not change
  /// them (before: percent agreement 0.9167, AC1 0.8933, κ 0.6190).
  @Test func declaredLabelsNobodyUsedAddNoDecisions() throws {
    let rows: [(String, String, String?)] = [
      ("1", "gold", "a"), ("1", "gold", "b"), ("1", "m", "a"), ("2", "gold", "c"), ("2", "m", "c"), ("2", "m", "b"),
      ("3", "gold", nil), ("3", "m", nil), ("4", "gold", "a"), ("4", "m", nil), ("5", "gold", "b"), ("5", "gold", "c"),
      ("5", "m", "b"), ("5", "m", "c"), ("6", "gold", nil), ("6", "m", "a"),
    ]
    for categories in [nil, ["a", "b", "c", "d", "e", "f", "g", "h"]] {
      let report = try AgreementReport(multiLabel: try Self.table(rows, categories: categories))
      #expect(
        close(report.coefficients[.percentAgreement]?.value.number, 7.0 / 9, 1e-12), "\(String(describing: categories))"
      )
      #expect(close(report.coefficients[.gwetAC1]?.value.number, 0.6, 1e-12))
      #expect(close(report.coefficients[.brennanPrediger]?.value.number, 5.0 / 9, 1e-12))
      #expect(close(report.coefficients[.cohenKappa]?.value.number, 0.5, 1e-12))
      // The declared categories are still listed, with their own per-label coefficients.
      #expect(report.categories.count == (categories?.count ?? 3))
    }
  }

  /// Items coded in common with no label at all: no decision to compare, said as such (not "no item
  /// was rated by two or more coders"), declared categories or not.
  @Test func emptySetsOnlyGiveAReason() throws {
    let rows: [(String, String, String?)] = [("1", "a", nil), ("1", "b", nil), ("2", "a", nil), ("2", "b", nil)]
    for categories in [nil, ["x", "y"]] {
      let report = try AgreementReport(multiLabel: try Self.table(rows, categories: categories))
      let kappa = try #require(report.coefficients[.cohenKappa])
      #expect(kappa.value.number == nil)
      #expect(kappa.value.reason?.contains("no label was given") == true, "\(String(describing: kappa.value.reason))")
    }
  }
}
