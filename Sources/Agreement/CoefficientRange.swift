/// The least values of the coefficients whose intervals are Gwet-family t intervals: the floor of
/// their 95% lower bound (`GwetVariance.interval`), as 1 is the cap of the upper one. A Student t
/// interval on a handful of items reaches far past the range (two items, one agreement: percent
/// agreement 0.5 with SE 0.5 and t(0.975, 1) = 12.706 gave [−5.853, 1]; QA review 41), and a bound
/// the coefficient cannot take says nothing the range does not. irrCAC reports such bounds uncut;
/// flooring changes no interval that lies within the range.
///
/// All of these coefficients have the form (p_a − p_e)/(1 − p_e) = 1 − D_o/D_e with p_a the weighted
/// observed agreement (≥ 0, the weights being in [0, 1]), D_o = 1 − p_a and D_e = 1 − p_e. The
/// floors, each a value the coefficient cannot go below on any data of the shape named:
///
/// - Percent agreement (all-coder p_a, quadratic p_a, the pair's p_o): 0.
/// - Brennan–Prediger: p_e = T = Σ_kl w_kl / q², fixed, so the least value is −T/(1 − T) (at p_a = 0):
///   −1/(q − 1) unweighted; with quadratic weights it is below −1 for q ≥ 3 (q = 3: −2).
/// - Gwet's AC1/AC2: p_e = Σw/(q(q − 1)) · Σ_k π_k(1 − π_k), and Σ π_k(1 − π_k) ≤ 1 − 1/q, so p_e ≤ T and
///   the coefficient ≥ −T/(1 − T), Brennan–Prediger's floor: −1/(q − 1) for AC1 (reached when the
///   categories are used equally and the coders never agree); for AC2 a bound that is not always
///   reached.
/// - Fleiss' kappa (Gwet's generalisation) when every item has the same m ≥ 2 ratings, with
///   identity or quadratic weights: −1/(m − 1). The
///   disagreement weights 1 − w of both are squared Euclidean distances between category points
///   φ_k (one-hot vectors /√2; positions /(q − 1)), so with S_i = Σ_j |φ_ij − φ̄_i|² over the item's
///   ratings, D_o = 2 Σ_i S_i / (n(m − 1)) and D_e = 2 Σ_ij |φ_ij − μ|² / (nm) ≥ 2 Σ_i S_i / (nm):
///   D_o/D_e ≤ m/(m − 1). With missing ratings there is no floor: π_k counts single-rated items
///   that p_a leaves out, so p_e can approach 1 while p_a = 0 (seven items, five rated once: Fleiss'
///   kappa −3.08 in irrCAC as here).
/// - Conger's kappa when every coder rated every item (m = r coders): −1/(r − 1), by the same
///   argument with each coder's own mean (D_o ≤ r/(r − 1) · D_e); none with missing ratings.
/// - Scott's pi (the pair's items; identity or quadratic weights): −1, the m = 2 case of Fleiss'.
/// - Krippendorff's alpha: none. Its expected disagreement divides by n(n − 1) pairable values, not
///   n², and the interval and ratio metrics weigh values unevenly, so small or skewed samples go below
///   −1; its interval is left uncut below.
///
/// Cohen's and weighted kappa are not here: their Wald intervals are left uncut on both sides, as
/// SAS and statsmodels report them (`AgreementNotes.waldBeyondRange`).
enum CoefficientRange {
  /// The floor of `name`'s 95% interval, or nil when it has none (see the type's documentation).
  /// - Parameters:
  ///   - weights: the coefficient's q × q agreement weights (row-major).
  ///   - categories: q, the categories counted (declared ones included).
  ///   - ratingsPerItem: the number of ratings of every rated item when it is the same for all (m),
  ///     else nil.
  ///   - coders: r, the coders of the table.
  static func lowestValue(
    _ name: Coefficient, weights: [Double], categories q: Int, ratingsPerItem m: Double?, coders r: Int
  ) -> Double? {
    switch name {
    case .percentAgreement, .percentAgreementQuadratic, .percentAgreementPair:
      return 0
    case .brennanPrediger, .brennanPredigerQuadratic, .gwetAC1, .gwetAC2Linear, .gwetAC2Quadratic:
      guard q >= 2 else { return nil }
      // −T/(1 − T) with T = Σw/q², as −Σw/(q² − Σw): −1/(q − 1) exactly when unweighted.
      let sum = weights.reduce(0, +)
      let cells = Double(q * q)
      return sum < cells ? -sum / (cells - sum) : nil
    case .fleissKappa, .fleissKappaQuadratic:
      guard let m, m >= 2 else { return nil }
      return -1 / (m - 1)
    case .congerKappa, .congerKappaQuadratic:
      guard let m, r >= 2, m == Double(r) else { return nil }
      return -1 / Double(r - 1)
    case .scottPi, .scottPiQuadratic:
      return -1
    default:
      return nil
    }
  }
}
