/// The rule that turns floating-point residue into the exact zero a variance formula would give.
///
/// Every analytic variance here is either a difference of terms that cancel exactly in theory (FCE 1969:
/// Σ p (w − …)² − (κ − p_e(1 − κ))²; the merged Gwet sums) or a sum of squared per-item deviations
/// κ*_i − κ that are exactly 0 in theory (Gwet's linearisation when every item agrees). In floating point
/// both leave a residue of about 1e-16 of the terms' scale, which becomes a standard error of about 1e-8
/// instead of 0, and a zero-width interval then looks like a real one (`gate --on ci-lower` must refuse a
/// zero-width interval). The rule, applied to every coefficient, single run and `--merge` alike:
///
/// - a variance computed as a difference is 0 when it is below ε times the largest term it was computed
///   from (negative values, which are always residue, included);
/// - a per-item deviation is 0 when |κ*_i − κ| ≤ ε · max(1, |κ*_i|, |κ|) (coefficients are of order 1);
///
/// with ε = 1e-10. Rounding residue of sums over n items is about n · 1.1e-16 relative, far below ε for
/// any realistic n, while a genuine variance this small relative to its terms would give a standard error
/// below 1e-5 of the coefficient's scale divided by √n, which no interval could show anyway.
enum RoundingResidue {
  /// ε, the relative tolerance.
  static let relativeTolerance = 1e-10

  /// `difference` (a variance computed by cancellation), or exactly 0 when it is below ε · `scale`
  /// (the largest absolute term it was computed from) or negative.
  static func variance(_ difference: Double, scale: Double) -> Double {
    difference <= relativeTolerance * abs(scale) ? 0 : difference
  }

  /// `deviation` (κ*_i − κ), or exactly 0 when |deviation| ≤ ε · max(1, `magnitude`).
  static func deviation(_ deviation: Double, magnitude: Double) -> Double {
    abs(deviation) <= relativeTolerance * max(1, abs(magnitude)) ? 0 : deviation
  }
}
