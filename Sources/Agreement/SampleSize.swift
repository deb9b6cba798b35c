#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sample sizes for planning a human-coding study.
public enum SampleSize {
  /// Items two coders must both rate so that the 95% Wald interval of Cohen's kappa has half-width
  /// `halfWidth`, for a binary code with expected kappa κ and prevalence π of the positive category.
  ///
  /// Uses the large-sample variance of kappa for two coders and two categories under the common-correlation
  /// model (Bloch & Kraemer 1989, "2 × 2 kappa coefficients: measures of agreement or association",
  /// Biometrics 45:269–287, doi:10.2307/2531653, eq. 3.4; the same variance underlies Donner & Eliasziw 1992):
  ///
  ///     n·Var(κ̂) = (1 − κ) [(1 − κ)(1 − 2κ) + κ (2 − κ) / (2 π (1 − π))]
  ///     n = ⌈ z²_{0.975} · n·Var(κ̂) / h² ⌉
  ///
  /// Preconditions: 0 < π < 1, 0 ≤ κ < 1, h > 0. With more than two categories use the prevalence of the
  /// rarest category you care about (conservative). Returns nil when the inputs are outside their ranges.
  public static func kappaItems(halfWidth h: Double, expectedKappa kappa: Double, prevalence p: Double = 0.5) -> Int? {
    guard h > 0, kappa >= 0, kappa < 1, p > 0, p < 1 else { return nil }
    let variance = (1 - kappa) * ((1 - kappa) * (1 - 2 * kappa) + kappa * (2 - kappa) / (2 * p * (1 - p)))
    guard variance > 0 else { return nil }
    let z = Distributions.z975
    return wholeItems((z * z * variance / (h * h)).rounded(.up))
  }

  /// `count` as an item count, or nil when no sample could be that large (review r21b: a half-width
  /// of 1e-10 asked for 10^20 items and trapped converting to `Int`).
  static func wholeItems(_ count: Double) -> Int? {
    guard count.isFinite, count >= 0, count <= 1e15 else { return nil }
    return Int(count)
  }

  /// Items needed so that the 95% Wald interval of a per-class precision or recall (a proportion p
  /// estimated from m items of the class) has half-width h: m = ⌈z² p (1 − p) / h²⌉ items *of that class*,
  /// i.e. ⌈m / share⌉ items overall when the class makes up `share` of the items (predicted class for
  /// precision, reference class for recall). Normal approximation to the binomial (Wald); for p near 0 or
  /// 1 prefer the Wilson interval when analysing.
  public static func proportionItems(halfWidth h: Double, expected p: Double, classShare share: Double = 1) -> Int? {
    guard h > 0, p > 0, p < 1, share > 0, share <= 1 else { return nil }
    let z = Distributions.z975
    let perClass = (z * z * p * (1 - p) / (h * h)).rounded(.up)
    return wholeItems((perClass / share).rounded(.up))
  }
}
