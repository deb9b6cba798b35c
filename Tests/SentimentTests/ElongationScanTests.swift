import TestSupport
import Testing

@testable import Sentiment

/// Whether an ASCII text may hold a lengthened word (`TextMarks.letterRun`, which the scorer reads
/// before looking words up shortened) is found 16 offsets at a time; it must say exactly what a
/// byte-by-byte search for three identical ASCII letters says, at every length and offset.
struct ElongationScanTests {
  /// The byte-by-byte reference.
  private func hasRun(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 3 else { return false }
    return (0..<(bytes.count - 2)).contains { index in
      let byte = bytes[index]
      return byte == bytes[index + 1] && byte == bytes[index + 2] && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
  }

  @Test func matchesAByteByByteSearch() {
    // Letters of both cases, and the bytes beside them that a letter test could take for one.
    let alphabet = Array("aAbBzZ.. !@[`{".utf8)
    var mismatches: [String] = []
    randomByteStrings(from: alphabet, count: 200_000, seed: 2026) { bytes in
      let scanned = bytes.withUnsafeBufferPointer { TextMarks.of($0).contains(.letterRun) }
      if scanned != hasRun(bytes) { mismatches.append(String(decoding: bytes, as: UTF8.self)) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test func examples() {
    func scan(_ text: String) -> Bool {
      Array(text.utf8).withUnsafeBufferPointer { TextMarks.of($0).contains(.letterRun) }
    }
    #expect(scan("sooo"))
    #expect(scan("It was goooood, really"))
    #expect(scan("abcdefghijklmnopqrstuvwxyzzz"))
    #expect(!scan("Wait... what!!!   ok"))
    #expect(!scan("good food, cool pool"))
    #expect(!scan("@@@ ___ 111"))
  }
}
