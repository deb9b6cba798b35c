import Testing

@testable import Tokenization

/// `UnicodeSentenceBreaker` steps over the bytes of characters that cannot end a sentence without
/// decoding them (a table of bytes, and of blocks of 64 code points read from ICU). The skip must
/// find every character the per-character test finds: here every code point from U+0080 to
/// U+10FFFF (surrogates aside) is put between a letter and " Y", where a terminator (ATerm or
/// STerm) ends a sentence after the space and a separator (Sep) right after itself, and nothing
/// else breaks.
@Suite struct SentenceCandidateSkipTests {
  @Test func everyCodePointIsFoundOrSkippedAsItsClassSays() {
    let flags = CharacterFlagCache()
    let tables = UnicodeSentenceBreaker.Tables()
    var mismatches: [String] = []
    var first: UInt32 = 0x80
    while first < 0x11_0000 {
      let last = min(first + 0x1000, 0x11_0000)
      var text: [UInt8] = []
      var expected: [Int32] = []
      for value in first..<last {
        guard let scalar = Unicode.Scalar(value) else { continue }
        text.append(UInt8(ascii: "x"))
        text.append(contentsOf: String(Character(scalar)).utf8)
        switch flags.flags(value).sentenceBreak {
        case 1, 9:  // ATerm, STerm: SB11 after the space
          text.append(contentsOf: " Y ".utf8)
          expected.append(Int32(text.count - 2))
        case 7:  // Sep: SB4 right after it
          expected.append(Int32(text.count))
          text.append(contentsOf: " Y ".utf8)
        default:
          text.append(contentsOf: " Y ".utf8)
        }
      }
      expected.append(Int32(text.count))
      var boundaries: [Int32] = []
      text.withUnsafeBufferPointer { bytes in
        UnicodeSentenceBreaker.boundaries(bytes, flags: flags, tables: tables, into: &boundaries)
      }
      if boundaries != expected, mismatches.count < 5 {
        let missing = Set(expected).symmetricDifference(boundaries).sorted().prefix(3)
        mismatches.append("U+\(String(first, radix: 16))...: offsets \(Array(missing))")
      }
      first = last
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  /// `UnicodeSentenceBreaker.mayStop`, which tests sixteen bytes at a time, flags every byte that may
  /// start a candidate (`stopBytes`, read from ICU's Sentence_Break values), at every position.
  @Test func theWideSkipFlagsEveryStopByte() {
    var missed: [String] = []
    for byte in 0..<256 where UnicodeSentenceBreaker.stopBytes[byte] != 0 {
      for position in 0..<16 {
        var chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 16)
        chunk[position] = UInt8(byte)
        let flagged = chunk.withUnsafeBufferPointer { UnicodeSentenceBreaker.mayStop($0.baseAddress!, at: 0) }
        if flagged != 1 << position { missed.append("0x\(String(byte, radix: 16)) at \(position)") }
      }
    }
    #expect(missed.isEmpty, "\(missed.prefix(5))")
    // Latin-1, Latin Extended, Greek and Cyrillic leads are not flagged (their text is skipped whole).
    let plain = Array("Größe Ελλάδα Доставка".utf8.prefix(16))
    #expect(plain.withUnsafeBufferPointer { UnicodeSentenceBreaker.mayStop($0.baseAddress!, at: 0) } == 0)
  }
}
