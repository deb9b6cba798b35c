/// The literal prefilters of several regexes (`RegexLiteralScan`) answered in one pass over a text.
/// The shipped codebook has two: "return" (three patterns) and "switch", each read for every text
/// (VADER texts, `code --threads 1`: 16.6M instructions for the two scans of each text).
///
/// Each literal is found by one of its bytes, its *probe* (any offset finds every occurrence: each
/// holds that byte there). The probes are chosen so that one test of each 8-byte word finds them
/// all: the bytes b with `b | mask == value` are every case of every probe ("u" of "return" and
/// "w" of "switch" differ in one bit besides the case bit, so `mask` 0x22 admits u, w, U and W and
/// nothing else). Only the places where such a byte lies are compared whole, with each literal
/// whose probe it is.
///
/// A class, so that the tagger reads it without copying (retaining) each of its tables.
final class RegexLiteralSet {
  /// The literals (lower-case when compared without case), at most 64.
  let literals: [[UInt8]]
  let caseInsensitive: [Bool]
  /// Per literal, the offset of its probe.
  let probes: [Int]
  let mask: UInt8
  let value: UInt8
  /// The tables of the search, as one plain buffer (freed in deinit), so that it neither retains
  /// nor checks bounds: per byte (`0..<256`), the literals (bits) whose probe it is in some case
  /// compared; then per literal (`256 + 4 * i`), its probe offset, its length, its first 8 bytes
  /// as a little-endian word, and the case bits of those compared without case.
  private let table: UnsafeMutableBufferPointer<UInt64>

  /// Set of `scans`' literals (repeats once), or nil when there are fewer than two or no choice
  /// of probes admits at most eight bytes (then each scan goes on its own, as before).
  init?(_ scans: [RegexLiteralScan]) {
    var literals: [[UInt8]] = []
    var caseInsensitive: [Bool] = []
    for scan in scans
    where !zip(literals, caseInsensitive).contains(where: { $0 == scan.literal && $1 == scan.caseInsensitive }) {
      literals.append(scan.literal)
      caseInsensitive.append(scan.caseInsensitive)
    }
    guard literals.count >= 2, literals.count <= 64,
      let best = Self.bestProbes(literals, caseInsensitive: caseInsensitive)
    else { return nil }
    self.literals = literals
    self.caseInsensitive = caseInsensitive
    probes = best.probes
    mask = best.mask
    value = best.value
    var table = [UInt64](repeating: 0, count: 256)
    for (index, literal) in literals.enumerated() {
      let probe = literal[best.probes[index]]
      for byte in 0...255 where UInt8(byte) | Self.fold(probe, caseInsensitive[index]) == probe {
        table[byte] |= 1 << UInt64(index)
      }
      var word: UInt64 = 0
      var foldWord: UInt64 = 0
      for (offset, byte) in literal.prefix(8).enumerated() {
        word |= UInt64(byte) << UInt64(8 * offset)
        foldWord |= UInt64(Self.fold(byte, caseInsensitive[index])) << UInt64(8 * offset)
      }
      table += [UInt64(best.probes[index]), UInt64(literal.count), word, foldWord]
    }
    self.table = .allocate(capacity: table.count)
    _ = self.table.initialize(from: table)
  }

  deinit { table.deallocate() }

  /// The index of `scan`'s literal in `literals`.
  func index(of scan: RegexLiteralScan) -> Int? {
    literals.indices.first { literals[$0] == scan.literal && caseInsensitive[$0] == scan.caseInsensitive }
  }

  /// The case bit of `byte` of literal `literal`: 0x20 when it is a letter compared without case.
  private static func fold(_ byte: UInt8, _ caseInsensitive: Bool) -> UInt8 {
    caseInsensitive && byte &- 0x61 < 26 ? 0x20 : 0
  }

  /// How often `byte` occurs in English text, roughly (letters in per cent, either case; a space
  /// as often as the commonest letter; any other byte 1).
  static func frequency(_ byte: UInt8) -> Double {
    let letters: [Double] = [
      8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.8, 4.0, 2.4, 6.7, 7.5, 1.9, 0.1, 6.0, 6.3, 9.1, 2.8, 1.0,
      2.4, 0.15, 2.0, 0.07,
    ]
    let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
    if lower &- 0x61 < 26 { return letters[Int(lower &- 0x61)] }
    return byte == 0x20 ? 13 : 1
  }

  /// The probes (one offset per literal) whose bytes, in every case compared, one (mask, value)
  /// admits with the fewest expected places to compare: the admitted bytes' summed frequency. At
  /// most eight bytes admitted; nil when no choice does, or there are too many to try.
  static func bestProbes(_ literals: [[UInt8]], caseInsensitive: [Bool]) -> (
    probes: [Int], mask: UInt8, value: UInt8
  )? {
    guard literals.reduce(1, { $0 * $1.count }) <= 4096 else { return nil }
    var best: (probes: [Int], mask: UInt8, value: UInt8, cost: Double)?
    var offsets = [Int](repeating: 0, count: literals.count)
    while true {
      let bytes = offsets.indices.map { literals[$0][offsets[$0]] }
      var mask: UInt8 = 0
      for (index, byte) in bytes.enumerated() {
        mask |= Self.fold(byte, caseInsensitive[index]) | (byte ^ bytes[0])
      }
      if mask.nonzeroBitCount <= 3 {
        let value = bytes[0] | mask
        var cost = 0.0
        for byte in 0...255 where UInt8(byte) | mask == value { cost += frequency(UInt8(byte)) }
        if best.map({ cost < $0.cost }) ?? true { best = (offsets, mask, value, cost) }
      }
      // The next choice of offsets (the last literal's fastest).
      var position = literals.count - 1
      while position >= 0 {
        offsets[position] += 1
        if offsets[position] < literals[position].count { break }
        offsets[position] = 0
        position -= 1
      }
      if position < 0 { break }
    }
    return best.map { ($0.probes, $0.mask, $0.value) }
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of each byte b of `word` with `b | mask == value` (exact: no borrow crosses
  /// bytes), as `RegexLiteralScan` tests one byte.
  @inline(__always)
  private static func admitted(_ word: UInt64, maskWord: UInt64, valueWord: UInt64) -> UInt64 {
    let difference = (word | maskWord) ^ valueWord
    let low = (difference & ~highs) &+ ~highs
    return ~(low | difference | ~highs)
  }

  /// Bit i set when `text` holds literal i (letters compared without case where its scan does):
  /// for each literal, `RegexLiteralScan.occurs(inASCII:)`.
  func occurrences(in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let count = text.count
    guard let base = text.baseAddress, count > 0 else { return 0 }
    let table = UnsafeBufferPointer(table)
    let all: UInt64 = literals.count == 64 ? ~0 : (1 << UInt64(literals.count)) - 1
    var found: UInt64 = 0
    let maskWord = Self.ones &* UInt64(mask)
    let valueWord = Self.ones &* UInt64(value)
    // Whether literal `index` occurs at `start` (inside the text or not).
    func occurs(_ index: Int, at start: Int) -> Bool {
      let entry = 256 &+ 4 &* index
      let length = Int(table[entry &+ 1])
      guard start >= 0, start &+ length <= count else { return false }
      if length <= 8 && start &+ 8 <= count {
        let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
        let lengthMask: UInt64 = length == 8 ? ~0 : (1 &<< UInt64(8 &* length)) &- 1
        return (word | table[entry &+ 3]) & lengthMask == table[entry &+ 2]
      }
      let literal = literals[index]
      let insensitive = caseInsensitive[index]
      for offset in 0..<length {
        let wanted = literal[offset]
        if base[start &+ offset] | Self.fold(wanted, insensitive) != wanted { return false }
      }
      return true
    }
    // Each literal not found yet whose probe the byte at `at` is, found when it occurs there.
    func check(at: Int) {
      var candidates = table[Int(base[at])] & ~found
      while candidates != 0 {
        let index = candidates.trailingZeroBitCount
        if occurs(index, at: at &- Int(table[256 &+ 4 &* index])) { found |= 1 &<< UInt64(index) }
        candidates &= candidates &- 1
      }
    }
    func checkAll(_ hits: UInt64, at: Int) {
      var hits = hits
      while hits != 0 {
        check(at: at &+ hits.trailingZeroBitCount &>> 3)
        hits &= hits &- 1
      }
    }
    func admitted(at: Int) -> UInt64 {
      Self.admitted(
        UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self), maskWord: maskWord, valueWord: valueWord)
    }
    // Two words a step: one test of both (most steps find no probe).
    var at = 0
    while at &+ 16 <= count {
      let first = admitted(at: at)
      let second = admitted(at: at &+ 8)
      if first | second != 0 {
        checkAll(first, at: at)
        checkAll(second, at: at &+ 8)
        if found == all { return found }
      }
      at &+= 16
    }
    if at &+ 8 <= count {
      checkAll(admitted(at: at), at: at)
      at &+= 8
    }
    guard at < count else { return found }
    // The last bytes: the text's last word when it has one (places already tested are tested
    // again, which changes nothing), else byte by byte.
    if count >= 8 {
      checkAll(admitted(at: count &- 8), at: count &- 8)
      return found
    }
    while at < count {
      if base[at] | mask == value { check(at: at) }
      at &+= 1
    }
    return found
  }
}
