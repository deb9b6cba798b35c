import TestSupport
import Testing
import VerbatimCore

@Suite struct UTF8ValidationTests {
  /// Unicode 15.0, §3.9, Table 3-7 (well-formed UTF-8 byte sequences): overlong forms (C0 80,
  /// E0 80 80), surrogates (ED A0 80), code points above U+10FFFF (F4 90 80 80), stray continuation
  /// bytes and truncated sequences are ill-formed; the offset is that of the sequence's first byte,
  /// wherever it falls in a run of ASCII or of well-formed multi-byte text.
  @Test(
    arguments: [
      [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xBF], [0xE2, 0x82],
      [0xF0, 0x9F, 0x98], [0xFF],
    ] as [[UInt8]])
  func theFirstIllFormedSequenceIsFoundAtEveryOffset(_ bad: [UInt8]) {
    for filler in ["abcdefghijklmnopqrstuvwxyz0123456789", "aé€😀bcdefghij€klmnopqrstuvwxyz"] {
      let text = Array(filler.utf8)
      for cut in 0...text.count where cut == text.count || text[cut] & 0xC0 != 0x80 {
        let bytes = Array(text[..<cut]) + bad + Array(text[cut...])
        let found = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
        #expect(found == cut, "\(filler) cut at \(cut)")
      }
      #expect(text.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } == nil)
    }
  }

  /// The offset of the first ill-formed sequence, byte by byte (Table 3-7), as a reference.
  static func referenceOffset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, lower) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, upper) = (3, 0x9F)
      case 0xF0: (length, lower) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, upper) = (4, 0x8F)
      default: return index
      }
      for offset in 1..<max(length, 1) {
        guard index + offset < bytes.count else { return index }
        let byte = bytes[index + offset]
        if offset == 1 ? (byte < lower || byte > upper) : (byte & 0xC0 != 0x80) { return index }
      }
      index += length
    }
    return nil
  }

  /// Runs of two-byte characters and ASCII are checked eight bytes at a time: random mixes of
  /// well-formed two-byte and ASCII characters with, now and then, a stray continuation byte, a
  /// lead without its continuation, C0/C1, a longer character or a bad byte, at every alignment.
  @Test func twoByteRunsAgreeWithAByteByByteCheck() {
    var state: UInt64 = 8
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    let pieces: [[UInt8]] = [
      [0x61], [0x20], [0x2E], [0xD0, 0xB4], [0xC3, 0xA9], [0xC2, 0x80], [0xDF, 0xBF], [0xE2, 0x82, 0xAC],
      [0xF0, 0x9F, 0x98, 0x80],
    ]
    let faults: [[UInt8]] = [
      [0x80], [0xBF], [0xD0], [0xD0, 0x41], [0xC0, 0x80], [0xC1, 0xBF], [0xE2, 0x82], [0xFF], [0xF8],
    ]
    var mismatches: [[UInt8]] = []
    for _ in 0..<200_000 {
      var bytes: [UInt8] = []
      for _ in 0..<(next() % 40) {
        bytes += next() % 30 == 0 ? faults[next() % faults.count] : pieces[next() % 6 < 5 ? next() % 5 : next() % 9]
      }
      let found = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
      if found != Self.referenceOffset(bytes), mismatches.count < 5 { mismatches.append(bytes) }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  /// A multi-byte character is checked from one 32-bit load when four bytes are left, byte by byte
  /// in the last three: every lead byte with every second byte, each followed by continuation and
  /// other bytes, alone (the 32-bit path), cut short (the byte-by-byte path), and after ASCII
  /// that shares its eight-byte word (the jump to the first high bit).
  @Test func everyLeadAndSecondByteAgreeWithAByteByByteCheck() {
    var mismatches: [[UInt8]] = []
    let others: [UInt8] = [0x41, 0x80, 0xBF, 0xC0]
    for lead in UInt8(0x80)...0xFF {
      for second in UInt8.min...UInt8.max {
        for third in others {
          for fourth in others {
            let sequence = [lead, second, third, fourth]
            for bytes in [sequence, Array(sequence[..<3]), Array(sequence[..<2]), Array("abc".utf8) + sequence] {
              let found = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
              if found != Self.referenceOffset(bytes), mismatches.count < 5 { mismatches.append(bytes) }
            }
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  /// Random mixes of ASCII and characters of every length, at the edges of Table 3-7's ranges
  /// (U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF), with now and then an
  /// ill-formed sequence (overlong, surrogate, above U+10FFFF, stray or missing continuation).
  @Test func mixedScriptsAgreeWithAByteByByteCheck() {
    let pieces: [[UInt8]] = [
      [0x61], [0x20], [0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xD0, 0xB4], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
      [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xE4, 0xB8, 0xAD], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
      [0xF0, 0x9F, 0x98, 0x80],
    ]
    let faults: [[UInt8]] = [
      [0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
      [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xC1, 0xBF],
      [0xE4, 0x41, 0x80], [0xF0, 0x9F, 0x41, 0x80],
    ]
    let mismatches = Self.randomMismatches(seed: 33, pieces: pieces, faults: faults, faultOneIn: 40) {
      generator, choice in generator.next() % 2 == 0 ? 0 : choice
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  /// Runs of three-byte characters are read one 32-bit load per character: random runs of Chinese
  /// and Japanese characters and the edges of Table 3-7's three-byte ranges (E0 A0 80, ED 9F BF,
  /// EE 80 80, EF BF BF), with now and then an overlong form, a surrogate, a stray, missing or wrong
  /// continuation byte or an ASCII or longer character, at every alignment.
  @Test func threeByteRunsAgreeWithAByteByByteCheck() {
    let pieces: [[UInt8]] = [
      Array("服".utf8), Array("务".utf8), Array("。".utf8), Array("配".utf8), Array("，".utf8), [0xE0, 0xA0, 0x80],
      [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF], [0x61],
      [0xD0, 0xB4], [0xF0, 0x9F, 0x98, 0x80],
    ]
    let faults: [[UInt8]] = [
      [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0x80], [0xE4, 0xB8],
      [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0x41], [0xE4, 0xC0, 0x80], [0xE4, 0xB8, 0xC0], [0xEF, 0xBF], [0xF0, 0x80, 0x80],
    ]
    let mismatches = Self.randomMismatches(seed: 36, pieces: pieces, faults: faults, faultOneIn: 30) {
      generator, choice in generator.next() % 4 == 0 ? choice : Int(generator.next() % 5)
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  /// Up to five of 100,000 random byte strings on which `firstInvalidOffset` and the byte-by-byte
  /// reference disagree. Each string is up to 29 pieces: one in `faultOneIn` a random fault, the
  /// others the piece `pick` chooses (given the generator and a random index into `pieces`).
  static func randomMismatches(
    seed: UInt64, pieces: [[UInt8]], faults: [[UInt8]], faultOneIn: UInt64,
    pick: (inout SplitMix64, Int) -> Int
  ) -> [[UInt8]] {
    var generator = SplitMix64(state: seed)
    var mismatches: [[UInt8]] = []
    for _ in 0..<100_000 {
      var bytes: [UInt8] = []
      for _ in 0..<(generator.next() % 30) {
        let fault = generator.next() % faultOneIn == 0
        let choice = Int(generator.next() % UInt64(fault ? faults.count : pieces.count))
        bytes += fault ? faults[choice] : pieces[pick(&generator, choice)]
      }
      let found = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
      if found != referenceOffset(bytes), mismatches.count < 5 { mismatches.append(bytes) }
    }
    return mismatches
  }
}
