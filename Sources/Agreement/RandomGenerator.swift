/// A seeded, platform-independent pseudo-random generator: xoshiro256** (Blackman & Vigna 2018,
/// "Scrambled linear pseudorandom number generators", doi:10.1145/3460772), seeded through SplitMix64.
/// The same seed gives the same stream on every platform and Swift version (unlike
/// `SystemRandomNumberGenerator`), so bootstrap intervals and samples are reproducible.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  public init(seed: UInt64) {
    var splitmix = seed
    func next() -> UInt64 {
      splitmix &+= 0x9E37_79B9_7F4A_7C15
      var z = splitmix
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (next(), next(), next(), next())
  }

  public mutating func next() -> UInt64 {
    let result = rotate(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotate(state.3, 45)
    return result
  }

  /// A uniform integer in 0..<bound (Lemire 2019, "Fast random integer generation in an interval",
  /// doi:10.1145/3230636), unbiased.
  public mutating func index(below bound: Int) -> Int {
    precondition(bound > 0)
    let range = UInt64(bound)
    var product = next().multipliedFullWidth(by: range)
    if product.low < range {
      let threshold = (0 &- range) % range
      while product.low < threshold { product = next().multipliedFullWidth(by: range) }
    }
    return Int(product.high)
  }

  /// A uniform double in [0, 1) with 53 random bits.
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
