import Agreement
import Testing

/// review r8a issue 4: a labelled `--weights` matrix is applied by its labels, not by position.
@Suite struct WeightMatrixLabelTests {
  // Coders a, b on 6 items: (low, mid), (low, low), (mid, high), (high, high), (mid, low), (mid, mid).
  static let rows = [
    ["low", "mid"], ["low", "low"], ["mid", "high"], ["high", "high"], ["mid", "low"], ["mid", "mid"],
  ]

  static func customKappa(_ csv: String) throws -> Double? {
    var options = AgreementOptions()
    options.customWeights = try RatingsReader.weightScheme(bytes: Array(csv.utf8), source: "w.csv")
    let table = try Fixtures.table(rows, categories: ["low", "mid", "high"])
    return try AgreementReport(table: table, options: options).coefficients[.weightedKappaCustom]?.value.number
  }

  // By hand (Cohen 1968 with these agreement weights: low–mid 0.9, other disagreements 0): exact matches
  // on items 2, 4, 6; low–mid on items 1 and 5 (0.9 each); mid–high on item 3 (0): p_o(w) = 4.8/6 = 0.8.
  // Marginals a = (2, 3, 1)/6, b = (2, 2, 2)/6: p_e(w) = 21/36, κ_w = (0.8 − 21/36)/(1 − 21/36) = 0.52.
  @Test func labelledMatrixInAnotherOrderGivesTheSameKappa() throws {
    let declared = try Self.customKappa(",low,mid,high\nlow,1,0.9,0\nmid,0.9,1,0\nhigh,0,0,1\n")
    let other = try Self.customKappa(",high,mid,low\nhigh,1,0,0\nmid,0,1,0.9\nlow,0,0.9,1\n")
    // Labels on the first row only name the rows too, in the same order (review r9: the rows were
    // taken in category order, so this matrix failed the diagonal check).
    let columnLabelsOnly = try Self.customKappa("high,mid,low\n1,0,0\n0,1,0.9\n0,0.9,1\n")
    let firstRowLabelsInTheReviewOrder = try Self.customKappa("mid,low,high\n1,0.9,0\n0.9,1,0\n0,0,1\n")
    let unlabelled = try Self.customKappa("1,0.9,0\n0.9,1,0\n0,0,1\n")
    #expect(close(declared, 0.52, 1e-12))
    #expect(close(other, 0.52, 1e-12))
    #expect(close(columnLabelsOnly, 0.52, 1e-12))
    #expect(close(firstRowLabelsInTheReviewOrder, 0.52, 1e-12))
    #expect(close(unlabelled, 0.52, 1e-12))
  }

  @Test func labelsThatAreNotTheCategoriesAreRefused() throws {
    #expect(throws: AgreementError.self) {
      _ = try Self.customKappa(",low,medium,high\nlow,1,0.9,0\nmedium,0.9,1,0\nhigh,0,0,1\n")
    }
    // review r8a issue 16: a bad number in the first row is a bad number, not a header.
    #expect(
      throws: AgreementError.malformed(
        at: SourceLocation(file: "w.csv", line: 1), column: 3, message: "weight in field 2 is not a number")
    ) { _ = try RatingsReader.weightScheme(bytes: Array("1,a,0\n0,1,0\n0,0,1\n".utf8), source: "w.csv") }
  }
}
