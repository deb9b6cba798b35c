import Testing

@testable import Sentiment

/// Lexicon lines are read by byte, and plain decimals without `strtod`: the values must be those
/// `Double` reads, bit for bit.
struct LexiconDecimalTests {
  @Test func plainDecimalsReadAsDoubleReadsThem() throws {
    var state: UInt64 = 2026
    var lines: [String] = []
    var texts: [(valence: String, deviation: String)] = []
    for index in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let fractionDigits = Int(state >> 60)  // 0...15
      let fraction = String((0..<fractionDigits).map { Character(String((state >> UInt64($0 * 3)) % 10)) })
      let whole = Int((state >> 40) % 4)
      let sign = state & 1 == 0 ? "-" : ""
      let valence = sign + String(whole) + (fractionDigits > 0 ? "." + fraction : "")
      let deviationDigits = Int((state >> 20) % 16)
      let deviation = String((state >> 8) % 1000) + "." + String(fraction.prefix(deviationDigits))
      let deviationText = deviation.hasSuffix(".") ? String(deviation.dropLast()) : deviation
      texts.append((valence, deviationText))
      lines.append("w\(index)\t\(valence)\t\(deviationText)")
    }
    // Forms left to `Double`: a sign, no integer digits, a bare point, an exponent, many digits.
    for (valence, deviation) in [
      ("+1.5", "0.5"), (".5", "1."), ("1.", "1e-1"), ("-0", "0.000000000000000001"),
      ("3.9999999999999999", "12345678901234567"),
    ] {
      texts.append((valence, deviation))
      lines.append("w\(lines.count)\t\(valence)\t\(deviation)")
    }
    let parsed = try LexiconParser.parse(lines.joined(separator: "\n"), name: "t.tsv", format: .verbatim)
    #expect(parsed.count == texts.count)
    for (line, text) in zip(parsed, texts) {
      #expect(line.valence.bitPattern == Double(text.valence)!.bitPattern, "\(text.valence)")
      #expect(line.standardDeviation?.bitPattern == Double(text.deviation)!.bitPattern, "\(text.deviation)")
    }
  }
}
