/// A running sum of `Double`s with Neumaier's compensation (Neumaier 1974, "Rundungsfehleranalyse
/// einiger Verfahren zur Summation endlicher Summen", ZAMM 54:39–51; the improved Kahan–Babuška
/// algorithm): the rounding error of each addition is kept in `compensation` and added back at the
/// end, so the error of the total stays about one rounding of the result instead of growing with
/// the number of terms.
///
///     t = s + x
///     c += |s| ≥ |x| ? (s − t) + x : (x − t) + s
///     s = t                               total = s + c
///
/// Category shares near 1 need it: with 300,000 items and a category rated 3 times in 600,000,
/// the plainly summed share of the other category was off by ~3·10⁻¹¹, and 1 − p_e ≈ 10⁻⁵ then
/// lost six digits, and Fleiss' kappa's SE with it (QA review 34, F5).
struct CompensatedSum {
  private var sum = 0.0
  private var compensation = 0.0

  init() {}

  /// Adds `value`.
  mutating func add(_ value: Double) {
    let total = sum + value
    if abs(sum) >= abs(value) {
      compensation += (sum - total) + value
    } else {
      compensation += (value - total) + sum
    }
    sum = total
  }

  /// The compensated total.
  var total: Double { sum + compensation }
}
