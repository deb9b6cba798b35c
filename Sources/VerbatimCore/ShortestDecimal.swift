/// The shortest round-trip decimal text of a double between 0.001 and 1 in magnitude, written
/// exactly as the standard library's `description` writes it ("0.25", "-0.4588314677411235",
/// "0.0036"), in about a quarter of its instructions. Sentiment scores (compound, pos, neu, neg)
/// are such numbers, four per record; every other value is left to the standard library.
///
/// The standard library writes the shortest digits that read back as the same double and, among
/// several of that length, the ones closest to its exact value; between 0.0001 and 2^54 it writes
/// them in positional notation. Here the same digits are found with exact integer arithmetic on
/// the value scaled by 10^19, where every number of the range has 17 to 19 integer digits:
///
/// - x = m·2^e (53-bit m, e between −63 and −53); the doubles next to it are half an ulp away
///   (a quarter below a power of two), so the decimals that read back as x are those strictly
///   between L = (4m − 2)·2^(e−2) and H = (4m + 2)·2^(e−2), and ⌈L·10^19⌉…⌊H·10^19⌋ the scaled
///   ones with 19 decimal places. Either bound scaled is (4m ± 2)·5^19 / 2^−(e+17) with an odd
///   factor beside the power of two, so it is never an integer, never a candidate: whether the
///   parser's round-half-even would accept a bound does not arise.
/// - Trailing digits are dropped while a multiple of the next power of ten stays in the
///   interval; the last interval holds the candidates of the fewest digits (at most nine, or it
///   would hold a multiple of ten), and the one nearest x·10^(19−j) is taken.
/// - An exact tie between two candidates, a result that reaches 1, or more than 17 digits (which
///   the shortest form never needs) is left to the standard library.
public enum ShortestDecimal {
  /// 5^19: 10^19 is 5^19·2^19, and the power of two goes into the shift.
  @usableFromInline static let fivePower19: UInt64 = 19_073_486_328_125

  /// Writes the text of `value` at `target` (room for 24 bytes) and returns its length, or nil
  /// (writing nothing) when the value is not between 0.001 and 1 in magnitude or falls in one of
  /// the rare cases left to the standard library.
  public static func write(_ value: Double, to target: UnsafeMutablePointer<UInt8>) -> Int? {
    let magnitude = value.magnitude
    guard magnitude >= 0.001 && magnitude < 1 else { return nil }
    let bits = magnitude.bitPattern
    let fraction = bits & ((1 << 52) - 1)
    // x = m·2^exponent, exponent in -63...-53 for this range (normal numbers only).
    let significand = fraction | (1 << 52)
    let exponent = Int(bits >> 52) - 1075
    // Scaled by 10^19, a number n·2^(exponent-2) is n·5^19 / 2^shift.
    let shift = -(exponent + 17)  // 36...46
    let lowerFactor = 4 &* significand &- (fraction == 0 ? 1 : 2)
    let upperFactor = 4 &* significand &+ 2
    // Neither bound is an integer (odd factor), so ⌈L⌉ = ⌊L⌋ + 1.
    var low = shiftedDown(lowerFactor.multipliedFullWidth(by: fivePower19), by: shift) &+ 1
    var high = shiftedDown(upperFactor.multipliedFullWidth(by: fivePower19), by: shift)
    guard low <= high, high < 10_000_000_000_000_000_000 else { return nil }
    // Integer digits of the scaled upper bound: 17, 18 or 19 (x ≥ 0.001 scales to ≥ 10^16).
    let scaledDigits = high >= 1_000_000_000_000_000_000 ? 19 : high >= 100_000_000_000_000_000 ? 18 : 17
    // The shortest form has at most 17 digits: the first `scaledDigits - 17` go at once.
    var removed = scaledDigits - 17
    var five = fivePower19  // 5^(19 - removed)
    if removed == 1 {
      low = (low &+ 9) / 10
      high /= 10
      five /= 5
    } else if removed == 2 {
      low = (low &+ 99) / 100
      high /= 100
      five /= 25
    }
    while true {
      let nextLow = (low &+ 9) / 10
      let nextHigh = high / 10
      if nextLow > nextHigh { break }
      low = nextLow
      high = nextHigh
      removed += 1
      five /= 5
    }
    // The candidate nearest x: x·10^(19-removed) = 4m·5^(19-removed) / 2^(shift+removed).
    let exact = (4 &* significand).multipliedFullWidth(by: five)
    let totalShift = shift + removed
    var digits = shiftedDown(exact, by: totalShift)
    let halfBit = bit(exact, at: totalShift - 1)
    let belowHalf = anyBit(exact, below: totalShift - 1)
    if halfBit && !belowHalf { return nil }  // a tie: left to the standard library
    if halfBit { digits &+= 1 }
    digits = min(max(digits, low), high)
    // Digits of the result: as many as the interval's bounds have (it holds no power of ten).
    let count = scaledDigits - removed
    let zeros = 19 - scaledDigits
    guard count >= 1, count <= 17 else { return nil }
    var position = 0
    if value < 0 {
      target[0] = UInt8(ascii: "-")
      position = 1
    }
    // "0." and up to two zeros (stores past them are overwritten by the digits).
    target[position] = UInt8(ascii: "0")
    target[position + 1] = UInt8(ascii: ".")
    target[position + 2] = UInt8(ascii: "0")
    target[position + 3] = UInt8(ascii: "0")
    position += 2 + zeros
    // The digits, two at a time from the last (`digits` has exactly `count` of them: it lies
    // between the bounds, which have that many).
    // Indices stay within position..<(position + count) ≤ 24 bytes, so the arithmetic is
    // unchecked; the last eight digits take 32-bit steps.
    let end = position &+ count
    Self.digitPairs.withUTF8Buffer { pairs in
      let pairBase = pairs.baseAddress!
      var index = end
      var rest = digits
      if count > 8 {
        writeEight(UInt32(truncatingIfNeeded: rest % 100_000_000), before: target + index, pairs: pairBase)
        rest /= 100_000_000
        index &-= 8
      }
      var small = UInt32(truncatingIfNeeded: rest)  // at most 9 digits
      while index &- position >= 2 {
        let quotient = small / 100
        let pair = Int(truncatingIfNeeded: small &- quotient &* 100) &* 2
        index &-= 2
        target[index] = pairBase[pair]
        target[index &+ 1] = pairBase[pair &+ 1]
        small = quotient
      }
      if index > position { target[position] = UInt8(truncatingIfNeeded: small) &+ UInt8(ascii: "0") }
    }
    return end
  }

  /// Writes the eight digits of `value` (below 10^8, with leading zeros) in the eight bytes before `end`.
  @inline(__always)
  private static func writeEight(
    _ value: UInt32, before end: UnsafeMutablePointer<UInt8>, pairs: UnsafePointer<UInt8>
  ) {
    var rest = value
    var offset = -2
    while offset >= -8 {
      let quotient = rest / 100
      let pair = Int(truncatingIfNeeded: rest &- quotient &* 100) &* 2
      end[offset] = pairs[pair]
      end[offset &+ 1] = pairs[pair &+ 1]
      rest = quotient
      offset &-= 2
    }
  }

  /// "00", "01" … "99": two digits per lookup.
  private static let digitPairs: StaticString = """
    00010203040506070809101112131415161718192021222324252627282930313233343536373839\
    40414243444546474849505152535455565758596061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899
    """

  /// ⌊value / 2^shift⌋ of a 128-bit (high, low) value, for 36 ≤ shift ≤ 127 and a quotient below 2^64.
  @inline(__always)
  private static func shiftedDown(_ value: (high: UInt64, low: UInt64), by shift: Int) -> UInt64 {
    shift >= 64 ? value.high >> UInt64(shift - 64) : (value.high << UInt64(64 - shift)) | (value.low >> UInt64(shift))
  }

  /// Bit `index` (0...127) of a 128-bit value.
  @inline(__always)
  private static func bit(_ value: (high: UInt64, low: UInt64), at index: Int) -> Bool {
    index >= 64 ? (value.high >> UInt64(index - 64)) & 1 != 0 : (value.low >> UInt64(index)) & 1 != 0
  }

  /// Whether any bit below `index` (1...127) of a 128-bit value is set.
  @inline(__always)
  private static func anyBit(_ value: (high: UInt64, low: UInt64), below index: Int) -> Bool {
    if index >= 64 {
      return value.low != 0 || (index > 64 && value.high & ((1 << UInt64(index - 64)) - 1) != 0)
    }
    return value.low & ((1 << UInt64(index)) - 1) != 0
  }
}
