/// A coefficient's point value, or the reason it has none.
///
/// A coefficient whose formula is 0/0 (for example Cohen's κ when both coders always used one category,
/// so p_e = 1) is `.undefined`, never NaN, 0 or 1 by accident. JSON: `{"value": null, "reason": "..."}`.
public enum CoefficientValue: Sendable, Equatable {
  case defined(Double)
  case undefined(reason: String)

  /// The number, or nil when undefined.
  public var number: Double? {
    if case .defined(let value) = self { return value }
    return nil
  }

  /// The reason, or nil when defined.
  public var reason: String? {
    if case .undefined(let reason) = self { return reason }
    return nil
  }

  /// `.defined(numerator / denominator)`, or `.undefined(reason)` when the denominator is 0 up to rounding
  /// (|d| ≤ 1e-12: a chance agreement of 1 − 1e-16 is 1, not a license to divide) or not finite.
  static func ratio(_ numerator: Double, _ denominator: Double, undefined reason: String) -> CoefficientValue {
    guard abs(denominator) > 1e-12, denominator.isFinite, numerator.isFinite else { return .undefined(reason: reason) }
    let value = numerator / denominator
    return value.isFinite ? .defined(value) : .undefined(reason: reason)
  }
}

/// A closed interval [lower, upper].
public struct ConfidenceInterval: Sendable, Equatable {
  public var lower: Double
  public var upper: Double

  public init(lower: Double, upper: Double) {
    self.lower = lower
    self.upper = upper
  }
}

/// Bootstrap intervals of a coefficient (items resampled with replacement; see `Bootstrap`).
public struct BootstrapIntervals: Sendable, Equatable {
  /// Number of resamples drawn.
  public var resamples: Int
  /// Resamples in which the coefficient was defined (the intervals use these only).
  public var definedResamples: Int
  /// Percentile interval: the 2.5% and 97.5% quantiles of the resampled values; nil when the
  /// coefficient was undefined in every resample.
  public var percentile: ConfidenceInterval?
  /// Bias-corrected and accelerated interval (Efron 1987); nil when its bias correction or
  /// acceleration cannot be computed (`bcaReason` says which).
  public var bca: ConfidenceInterval?
  /// Why `percentile` is nil (JSON `percentile_reason`); nil when it is defined.
  public var percentileReason: String?
  /// Why `bca` is nil (JSON `bca_reason`); nil when it is defined.
  public var bcaReason: String?

  public init(
    resamples: Int, definedResamples: Int, percentile: ConfidenceInterval?, bca: ConfidenceInterval?,
    percentileReason: String? = nil, bcaReason: String? = nil
  ) {
    self.resamples = resamples
    self.definedResamples = definedResamples
    self.percentile = percentile
    self.bca = bca
    self.percentileReason = percentileReason
    self.bcaReason = bcaReason
  }
}

/// One coefficient with whatever uncertainty measures apply to it.
///
/// Field names follow the `agree` JSON contract: `se` (`standardError`, non-null, for intervals), `se0`
/// (`nullStandardError`, under the hypothesis that the coefficient is 0, for the z-test), `se_simple`
/// (`simpleStandardError`, Cohen's 1960 approximation), `ci95` (`interval95`). A nil field does not apply
/// (or, for standard errors with one item, cannot be computed) and is left out of the JSON. When a
/// standard error that the same data would have is unavailable (after `agree --merge`, which keeps sums
/// rather than items), `standardErrorReason` says why (JSON `se_reason`).
public struct Estimate: Sendable, Equatable {
  public var value: CoefficientValue
  public var standardError: Double?
  public var standardErrorReason: String?
  public var nullStandardError: Double?
  /// Why `nullStandardError` is absent where the coefficient has one in general (JSON `se0_reason`).
  public var nullStandardErrorReason: String?
  public var simpleStandardError: Double?
  public var interval95: ConfidenceInterval?
  public var bootstrap: BootstrapIntervals?

  public init(
    value: CoefficientValue, standardError: Double? = nil, nullStandardError: Double? = nil,
    simpleStandardError: Double? = nil, interval95: ConfidenceInterval? = nil, bootstrap: BootstrapIntervals? = nil
  ) {
    self.value = value
    self.standardError = standardError
    self.nullStandardError = nullStandardError
    self.simpleStandardError = simpleStandardError
    self.interval95 = interval95
    self.bootstrap = bootstrap
  }

  /// A value without uncertainty measures.
  static func point(_ value: CoefficientValue) -> Estimate { Estimate(value: value) }
}
