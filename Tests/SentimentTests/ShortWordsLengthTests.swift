import Testing

@testable import Sentiment

/// The fast paths of the rules' byte tests: `ShortWords.mayHold(count:)`, which turns a token away
/// by its norm's length before the norm is read, and the digit-only path of rating numbers, which
/// reads them without `Double(_:)`. Each must answer as the general test does.
struct ShortWordsLengthTests {
  private static let words = ["a", "an", "the", "wouldn't", "couldnt", "could've", "cheers", "ta"]

  @Test func lengthGateAgreesWithTheWords() {
    let list = ShortWords(Self.words)
    for count in 0...(ShortWords.maximumLength + 4) {
      #expect(list.mayHold(count: count) == Self.words.contains { $0.utf8.count == count }, "length \(count)")
    }
  }

  @Test func containsIsSetMembership() {
    let list = ShortWords(Self.words)
    let probes = Self.words + ["", "b", "at", "thee", "wouldnt", "couldn't", "cheer", "cheerss", "t", "tha"]
    for probe in probes {
      let bytes = Array(probe.utf8)
      let found = bytes.withUnsafeBufferPointer { list.contains($0) }
      #expect(found == Self.words.contains(probe), "\(probe)")
    }
  }

  /// The table's probes and the masked load of `contains(_:readable:)` answer as membership does,
  /// for a list large enough that probes collide, and for norms at every offset of a longer buffer.
  @Test func readableContainsIsSetMembership() {
    let words = (0..<40).map { "w\($0)" } + Self.words + ["abcdefgh", "abcdefghijklmnop", "x"]
    let list = ShortWords(words)
    let text = Array("a an the w1 w39 w40 x xx abcdefgh abcdefghi abcdefghijklmnop wouldn't cheers ta tha".utf8)
    text.withUnsafeBufferPointer { buffer in
      for start in 0..<buffer.count {
        for end in start...min(buffer.count, start + ShortWords.maximumLength + 1) {
          let norm = UnsafeBufferPointer(rebasing: buffer[start..<end])
          let expected = words.contains(String(decoding: norm, as: UTF8.self))
          #expect(list.contains(norm) == expected)
          #expect(list.contains(norm, readable: buffer.count - start) == expected)
        }
      }
    }
  }

  @Test func ratingNumbersReadAsDoubleReadsThem() {
    var norms = ["", ".", "..", "0", "00", "007", "10", "5.", ".5", "3.5", "1.2.3", "999999", "1000000", "4,5", "x"]
    for value in stride(from: 0, through: 99_999, by: 7) { norms.append(String(value)) }
    for norm in norms {
      let bytes = Array(norm.utf8)
      let fast = bytes.withUnsafeBufferPointer { DefaultProfileScorer.ratingNumber($0) }
      let general: Double? =
        bytes.count <= 6 && bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") })
        ? Double(norm) : nil
      #expect(fast == general, "\(norm)")
    }
  }
}
