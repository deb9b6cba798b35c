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
/// - The digits are scaled to 17 places (times ten until they have 17) and written as one digit and
///   two runs of eight straight into the target, after "0." and up to two zeros: the text ends
///   where the digits do, and the places past it (at most 22 bytes in all) are within the room.
public enum ShortestDecimal {
  /// 5^19: 10^19 is 5^19·2^19, and the power of two goes into the shift.
  @usableFromInline static let fivePower19: UInt64 = 19_073_486_328_125

  /// Writes the text of `value` at `target` (room for 24 bytes) and returns its length, or nil
  /// (writing nothing) when the value is not between 0.001 and 1 in magnitude or falls in one of
  /// the rare cases left to the standard library. Bytes after the text, within the 24, may be
  /// overwritten.
  public static func write(_ value: Double, to target: UnsafeMutablePointer<UInt8>) -> Int? {
    let magnitude = value.magnitude
    guard magnitude >= 0.001 && magnitude < 1 else { return nil }
    let bits = magnitude.bitPattern
    let fraction = bits & ((1 << 52) - 1)
    // x = m·2^exponent, exponent in -63...-53 for this range (normal numbers only).
    let significand = fraction | (1 << 52)
    // Scaled by 10^19, a number n·2^(exponent-2) is n·5^19 / 2^shift, shift = -(exponent + 17)
    // in 36...46 (the biased exponent is 1012...1022).
    let shift = 1058 &- (bits >> 52)
    let lowerFactor = 4 &* significand &- (fraction == 0 ? 1 : 2)
    let upperFactor = 4 &* significand &+ 2
    // Neither bound is an integer (odd factor), so ⌈L⌉ = ⌊L⌋ + 1.
    var low = shiftedDown(lowerFactor.multipliedFullWidth(by: fivePower19), by: shift) &+ 1
    var high = shiftedDown(upperFactor.multipliedFullWidth(by: fivePower19), by: shift)
    guard low <= high, high < 10_000_000_000_000_000_000 else { return nil }
    // Integer digits of the scaled upper bound: 17, 18 or 19 (x ≥ 0.001 scales to ≥ 10^16).
    let scaledDigits: UInt64 =
      high >= 1_000_000_000_000_000_000 ? 19 : high >= 100_000_000_000_000_000 ? 18 : 17
    // The shortest form has at most 17 digits: the first `scaledDigits - 17` go at once.
    var removed = scaledDigits &- 17
    if removed == 1 {
      low = (low &+ 9) / 10
      high /= 10
    } else if removed == 2 {
      low = (low &+ 99) / 100
      high /= 100
    }
    while true {
      let nextLow = (low &+ 9) / 10
      let nextHigh = high / 10
      if nextLow > nextHigh { break }
      low = nextLow
      high = nextHigh
      removed &+= 1
    }
    // 5^(19 - removed), read once (at most 19 places go: the bounds are below 10^19), where a
    // division by 5 at each place dropped cost a multiplication and a shift or two each.
    let five = fivePowers[Int(truncatingIfNeeded: 19 &- removed)]
    // The candidate nearest x: x·10^(19-removed) = 4m·5^(19-removed) / 2^(shift+removed), the
    // shift in 36...64 (at most 18 places go): the bits below it are in the low word.
    let exact = (4 &* significand).multipliedFullWidth(by: five)
    let totalShift = shift &+ removed
    var digits = totalShift == 64 ? exact.high : shiftedDown(exact, by: totalShift)
    let halfBit = (exact.low &>> (totalShift &- 1)) & 1 != 0
    let belowHalf = exact.low & ((1 &<< (totalShift &- 1)) &- 1) != 0
    if halfBit && !belowHalf { return nil }  // a tie: left to the standard library
    if halfBit { digits &+= 1 }
    digits = min(max(digits, low), high)
    // Digits of the result: as many as the interval's bounds have (it holds no power of ten).
    let count = scaledDigits &- removed
    let zeros = 19 &- scaledDigits
    guard count >= 1, count <= 17 else { return nil }
    // "0.", `zeros` zeros, and the digits: scaled to 17 places, one digit and two runs of eight
    // (`eightDigits`), stored after the zeros; the places after the `count`th are past the text.
    let start = value < 0 ? 3 : 2
    target[0] = UInt8(ascii: "-")
    target[start &- 2] = UInt8(ascii: "0")
    target[start &- 1] = UInt8(ascii: ".")
    // One multiplication by 10^(17 - count), where a loop multiplied by ten at each place (most
    // results have 16 digits, short ones up to 16 steps).
    let aligned = digits &* tenPowers[Int(truncatingIfNeeded: 17 &- count)]
    let upper = aligned / 100_000_000
    let lower = aligned &- upper &* 100_000_000
    let top = upper / 100_000_000  // below 10: one digit
    let middle = upper &- top &* 100_000_000
    let first = Int(truncatingIfNeeded: zeros)
    let text = UnsafeMutableRawPointer(target + start)
    text.storeBytes(of: asciiZeros, as: UInt64.self)
    text.storeBytes(of: UInt8(truncatingIfNeeded: top) | 0x30, toByteOffset: first, as: UInt8.self)
    text.storeBytes(
      of: eightDigits(UInt32(truncatingIfNeeded: middle)).littleEndian, toByteOffset: first &+ 1, as: UInt64.self)
    text.storeBytes(
      of: eightDigits(UInt32(truncatingIfNeeded: lower)).littleEndian, toByteOffset: first &+ 9, as: UInt64.self)
    return start &+ first &+ Int(truncatingIfNeeded: count)
  }

  /// 5^n for n in 0...19 (`fivePowers[19]` is `fivePower19`).
  private static let fivePowers: [UInt64] = [
    1, 5, 25, 125, 625, 3_125, 15_625, 78_125, 390_625, 1_953_125, 9_765_625, 48_828_125, 244_140_625,
    1_220_703_125, 6_103_515_625, 30_517_578_125, 152_587_890_625, 762_939_453_125, 3_814_697_265_625,
    19_073_486_328_125,
  ]

  /// 10^n for n in 0...16.
  private static let tenPowers: [UInt64] = [
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
    100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
    10_000_000_000_000_000,
  ]

  /// ASCII "0" in each of eight bytes.
  private static let asciiZeros: UInt64 = 0x3030_3030_3030_3030

  /// The eight decimal places of `value` (below 10^8, with leading zeros) as ASCII, the first in
  /// the lowest byte (to be stored little-endian), computed in parallel within one 64-bit word
  /// (P. Khuong's method; D. Lemire, "Converting integers to fix-digit representations quickly",
  /// 2021): the two halves of four places, then each half's hundreds, then the tens. Each step's
  /// reciprocal multiplication (by 10486 / 2^20 for ÷100 below 10^4, by 103 / 2^10 for ÷10 below
  /// 100) is exact in its range, and no lane's product reaches the next lane.
  @inline(__always)
  static func eightDigits(_ value: UInt32) -> UInt64 {
    let high = UInt64(value / 10_000)
    let low = UInt64(value) &- high &* 10_000
    let merged = high | low << 32
    let hundredsHigh = ((merged &* 10_486) >> 20) & 0x7F_0000_007F
    let hundredsLow = merged &- 100 &* hundredsHigh
    let pairs = hundredsLow << 16 &+ hundredsHigh
    let tens = ((pairs &* 103) >> 10) & 0x000F_000F_000F_000F
    return (tens &+ ((pairs &- 10 &* tens) << 8)) | asciiZeros
  }

  /// ⌊value / 2^shift⌋ of a 128-bit (high, low) value, for 1 ≤ shift ≤ 63 and a quotient below 2^64.
  @inline(__always)
  private static func shiftedDown(_ value: (high: UInt64, low: UInt64), by shift: UInt64) -> UInt64 {
    (value.high &<< (64 &- shift)) | (value.low &>> shift)
  }
}
