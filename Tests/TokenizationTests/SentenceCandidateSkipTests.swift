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
}
