import TestSupport
import Testing
import VerbatimCore

/// `ShortestDecimal` must write exactly what `Double.description` writes wherever it writes
/// anything (the JSON output of every command depends on it).
@Suite struct ShortestDecimalTests {
  /// The text `ShortestDecimal` writes for `value`, nil when it leaves the value to the standard library.
  private func text(_ value: Double) -> String? {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      ShortestDecimal.write(value, to: buffer.baseAddress!).map {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<$0]), as: UTF8.self)
      }
    }
  }

  @Test func examples() {
    #expect(text(0.25) == "0.25")
    #expect(text(-0.4588314677411235) == "-0.4588314677411235")
    #expect(text(0.18181818181818182) == "0.18181818181818182")
    #expect(text(0.001) == "0.001")
    #expect(text(0.0036) == "0.0036")
    #expect(text(0.1) == "0.1")
    #expect(text(0.9999999999999999) == "0.9999999999999999")
    #expect(text(0.000999) == nil)
    #expect(text(1) == nil)
    #expect(text(.nan) == nil)
    #expect(text(0) == nil)
  }

  /// Every bit pattern in a sample across the range (and around it), both signs, ratios of small
  /// integers (what pos/neu/neg are), and short decimals.
  @Test func matchesTheStandardLibrary() {
    var generator = SplitMix64(state: 2026)
    var checked = 0
    var mismatches: [UInt64] = []
    func check(_ value: Double) {
      guard let written = text(value) else { return }
      checked += 1
      if written != value.description { mismatches.append(value.bitPattern) }
    }
    let low = (0.001).bitPattern - 4
    let high = (1.0).bitPattern + 4
    for _ in 0..<200_000 {
      let value = Double(bitPattern: low + generator.next() % (high - low))
      check(value)
      check(-value)
    }
    for numerator in 1...120 {
      for denominator in numerator...(numerator + 120) { check(Double(numerator) / Double(denominator)) }
    }
    for thousandths in 1...99_999 { check(Double(thousandths) / 100_000) }
    var power = 1.0
    for _ in 0..<10 {
      power /= 2
      var up = power
      var down = power
      for _ in 0..<20 {
        check(up)
        check(down)
        up = up.nextUp
        down = down.nextDown
      }
    }
    #expect(mismatches.isEmpty, "bit patterns: \(mismatches.prefix(10))")
    #expect(checked > 500_000)
  }

  /// The text of every length: decimals of 1 to 17 significant digits after 0 to 2 zeros (the
  /// digits are written eight places at a time and copied in words that overlap).
  @Test func everyTextLengthMatchesTheStandardLibrary() {
    var generator = SplitMix64(state: 33)
    var mismatches: [UInt64] = []
    var lengths: Set<Int> = []
    for _ in 0..<200_000 {
      let places = Int(generator.next() % 19) + 1
      let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
      let numerator = Double(generator.next() % UInt64(scale))
      for value in [numerator / scale, -(numerator / scale), (numerator / scale).nextUp] {
        guard let written = text(value) else { continue }
        lengths.insert(written.utf8.count - (value < 0 ? 3 : 2))
        if written != value.description { mismatches.append(value.bitPattern) }
      }
    }
    #expect(mismatches.isEmpty, "bit patterns: \(mismatches.prefix(10))")
    #expect(lengths == Set(1...19))
  }
}
