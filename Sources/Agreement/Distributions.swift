#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Probability distributions needed for intervals: the standard normal and Student's t.
public enum Distributions {
  /// z such that Φ(z) = 0.975 (two-sided 95%).
  public static let z975 = 1.959963984540054

  /// Standard normal CDF Φ(x) = erfc(−x/√2)/2.
  public static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

  /// Standard normal quantile Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation refined by one
  /// Halley step (relative error below 1e-15). Returns ±infinity at p = 0 or 1.
  public static func normalQuantile(_ p: Double) -> Double {
    if p <= 0 { return -.infinity }
    if p >= 1 { return .infinity }
    let a = [
      -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
      -3.066479806614716e+01, 2.506628277459239e+00,
    ]
    let b = [
      -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
      -1.328068155288572e+01,
    ]
    let c = [
      -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
      4.374664141464968e+00, 2.938163982698783e+00,
    ]
    let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
    let low = 0.02425
    var x: Double
    if p < low {
      let q = (-2 * log(p)).squareRoot()
      x =
        (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    } else if p <= 1 - low {
      let q = p - 0.5
      let r = q * q
      x =
        (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    } else {
      let q = (-2 * log(1 - p)).squareRoot()
      x =
        -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    let e = normalCDF(x) - p
    let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
    x -= u / (1 + x * u / 2)
    return x
  }

  /// Student's t CDF with `df` degrees of freedom, via the regularised incomplete beta function:
  /// for t ≥ 0, F(t) = 1 − I_{df/(df+t²)}(df/2, 1/2) / 2.
  public static func studentTCDF(_ t: Double, degreesOfFreedom df: Double) -> Double {
    let x = df / (df + t * t)
    let tail = 0.5 * regularizedIncompleteBeta(x, a: df / 2, b: 0.5)
    return t >= 0 ? 1 - tail : tail
  }

  /// Student's t quantile: the t with F(t) = p, found by bisection then Newton on `studentTCDF`
  /// (absolute error below 1e-12). `df` must be positive.
  public static func studentTQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
    if p == 0.5 { return 0 }
    if p < 0.5 { return -studentTQuantile(1 - p, degreesOfFreedom: df) }
    var low = 0.0
    var high = 1.0
    while studentTCDF(high, degreesOfFreedom: df) < p { high *= 2 }
    for _ in 0..<200 {
      let middle = (low + high) / 2
      if studentTCDF(middle, degreesOfFreedom: df) < p { low = middle } else { high = middle }
      if high - low < 1e-14 * max(1, high) { break }
    }
    return (low + high) / 2
  }

  /// I_x(a, b), the regularised incomplete beta function, by Lentz's continued fraction
  /// (Press et al., Numerical Recipes, 3rd ed., §6.4), using the symmetry I_x(a,b) = 1 − I_{1−x}(b,a).
  static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x)
    if x < (a + 1) / (a + b + 2) {
      return exp(logFront) * betaContinuedFraction(x, a: a, b: b) / a
    }
    return 1 - exp(logFront) * betaContinuedFraction(1 - x, a: b, b: a) / b
  }

  private static func betaContinuedFraction(_ x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var result = d
    for m in 1...10_000 {
      let m = Double(m)
      let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
      d = 1 + even * d
      if abs(d) < tiny { d = tiny }
      c = 1 + even / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      result *= d * c
      let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
      d = 1 + odd * d
      if abs(d) < tiny { d = tiny }
      c = 1 + odd / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      result *= delta
      if abs(delta - 1) < 1e-16 { break }
    }
    return result
  }
}
