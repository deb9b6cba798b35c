/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"): a
/// small deterministic generator, seeded so a failing sample reproduces.
public struct SplitMix64: RandomNumberGenerator {
  public var state: UInt64

  public init(state: UInt64) { self.state = state }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Short random byte strings for checking a fast scan against a byte-by-byte one: `count` strings of
/// 0–63 bytes drawn from `alphabet` (the bytes the scan looks for, and their neighbours), from a
/// 64-bit linear congruential generator (Knuth's MMIX constants) seeded with `seed`, so every run
/// checks the same strings.
public func randomByteStrings(from alphabet: [UInt8], count: Int, seed: UInt64, _ body: ([UInt8]) -> Void) {
  var state = seed
  var bytes: [UInt8] = []
  for _ in 0..<count {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    let length = Int(state >> 58)  // 0...63
    bytes.removeAll(keepingCapacity: true)
    for position in 0..<length {
      let draw = (state >> UInt64(position % 48)) &+ UInt64(position) &* 0x9E37_79B9
      bytes.append(alphabet[Int(draw % UInt64(alphabet.count))])
    }
    body(bytes)
  }
}
