import Agreement
import Testing

/// QA review 34, F5: when one category holds nearly every rating, chance agreement p_e is close to 1 and
/// 1 − p_e keeps only the digits the category shares carry. The shares used to be summed item by item
/// (300,000 additions to a number near 1), and Fleiss' kappa's SE (and Krippendorff's alpha's, the same
/// linearisation) came out 0.31427110433969485 on the review's data: six digits right.
///
/// Data: 100,002 items, two coders; 100,000 items rated (a, a), one (a, b), one (b, b) (the review's
/// case had 300,000; at 100,000 the old sums were off by 1.6·10⁻⁷ in the SE, the new by 7·10⁻¹²).
/// Reference: the Gwet (2014, ch. 5) raw-data linearised SE evaluated in exact rational arithmetic
/// (Python `fractions`, the QA review's independent `exact.py`): κ = 0.6666616666916665,
/// SE = 0.3142747873922308. On complete two-coder data Fleiss' kappa is Scott's pi, whose SE
/// (two-coder path) agreed to 2·10⁻¹¹ before the fix.
@Suite struct HighChanceAgreementPrecisionTests {
  static let exactStandardError = 0.3142747873922308
  static let exactKappa = 0.6666616666916665

  static func report() throws -> AgreementReport {
    var ratings: [(String, String, String)] = []
    ratings.reserveCapacity(200_004)
    for item in 0..<100_000 {
      ratings.append(("\(item)", "A", "a"))
      ratings.append(("\(item)", "B", "a"))
    }
    ratings += [("100000", "A", "a"), ("100000", "B", "b"), ("100001", "A", "b"), ("100001", "B", "b")]
    return try AgreementReport(table: RatingTable(ratings: ratings, categories: ["a", "b"]))
  }

  @Test func fleissKappaStandardErrorKeepsItsDigitsWhenChanceAgreementIsNearOne() throws {
    let report = try Self.report()
    let fleiss = try #require(report.coefficients[.fleissKappa])
    let se = try #require(fleiss.standardError)
    #expect(abs(se - Self.exactStandardError) / Self.exactStandardError < 1e-9, "se \(se)")
    let kappa = try #require(fleiss.value.number)
    #expect(abs(kappa - Self.exactKappa) / Self.exactKappa < 1e-9, "kappa \(kappa)")
    let scott = try #require(report.coefficients[.scottPi]?.standardError)
    #expect(abs(se - scott) / scott < 1e-9, "Fleiss \(se) vs Scott \(scott)")
  }
}
