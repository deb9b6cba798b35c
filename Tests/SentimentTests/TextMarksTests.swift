import TestSupport
import Testing

@testable import Sentiment

/// `TextMarks.of` scans 16 bytes a step with an overlapping last step; it must say exactly what a
/// byte-by-byte search says, at every length and offset.
struct TextMarksTests {
  /// The byte-by-byte reference.
  private func marks(_ bytes: [UInt8]) -> TextMarks {
    var marks: TextMarks = []
    if bytes.contains(UInt8(ascii: "-")) { marks.insert(.hyphen) }
    if bytes.contains(UInt8(ascii: "$")) { marks.insert(.dollar) }
    if bytes.contains(UInt8(ascii: "\"")) || bytes.contains(UInt8(ascii: "'")) { marks.insert(.quote) }
    if bytes.contains(UInt8(ascii: "!")) || bytes.contains(UInt8(ascii: "?")) { marks.insert(.emphasis) }
    if bytes.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { marks.insert(.digit) }
    if bytes.count >= 3,
      (0..<(bytes.count - 2)).contains(where: { index in
        let byte = bytes[index]
        return byte == bytes[index + 1] && byte == bytes[index + 2] && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
      })
    {
      marks.insert(.letterRun)
    }
    return marks
  }

  @Test func matchesAByteByByteSearch() {
    // The marks, letters of both cases, digits, the bytes beside them, and the bytes of "é".
    let alphabet = Array("aAzZ-$\"'!?@[`{ .,09/:é".utf8)
    var mismatches: [String] = []
    randomByteStrings(from: alphabet, count: 100_000, seed: 31) { bytes in
      let scanned = bytes.withUnsafeBufferPointer { TextMarks.of($0) }
      if scanned != marks(bytes) { mismatches.append(String(decoding: bytes, as: UTF8.self)) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  /// Longer texts, mostly letters and spaces with each mark rare, so that a mark is as often absent
  /// as present: the 32-byte steps (`WideTextMarks`, with AVX2) and the 16-byte steps after them.
  @Test func matchesAByteByByteSearchOnLongerTexts() {
    let plain = Array("abcdefghijklmnopqrstuvwxyz ABCZ é".utf8)
    let rare = Array("-$\"'!?0123456789#%&()*+,./:;<=>@[\\]^_`{|}~\u{7F}".utf8) + [0x80, 0xA1, 0xBF, 0xC2, 0xE2, 0xFF]
    var generator = SplitMix64(state: 58)
    var mismatches: [String] = []
    for _ in 0..<20_000 {
      let length = Int(generator.next() % 160)
      let rareShare = generator.next() % 40
      var bytes: [UInt8] = []
      for _ in 0..<length {
        let draw = generator.next()
        if draw % 400 < rareShare {
          bytes.append(rare[Int((draw >> 16) % UInt64(rare.count))])
        } else if draw % 400 < rareShare + 6, let last = bytes.last {
          // Runs of two and three of the same byte.
          bytes.append(last)
        } else {
          bytes.append(plain[Int((draw >> 16) % UInt64(plain.count))])
        }
      }
      let scanned = bytes.withUnsafeBufferPointer { TextMarks.of($0) }
      if scanned != marks(bytes) { mismatches.append(String(decoding: bytes, as: UTF8.self)) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test func marksAtTheEdges() {
    func scan(_ text: String) -> TextMarks { Array(text.utf8).withUnsafeBufferPointer { TextMarks.of($0) } }
    // The last two bytes of a text of 18 bytes or more are read by no step as first bytes.
    #expect(scan("abcdefghijklmnopq!") == .emphasis)
    #expect(scan("abcdefghijklmnopqrstuvwxyz-a") == .hyphen)
    #expect(scan("abcdefghijklmnopqrstuvwxyzzz") == .letterRun)
    #expect(scan("$bcdefghijklmnopqrstuvwxyz") == .dollar)
    #expect(scan("") == [])
    #expect(scan("it's \"fine\"") == .quote)
  }
}
