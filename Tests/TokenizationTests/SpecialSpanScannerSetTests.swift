import Testing

@testable import Tokenization

/// The span scanner's byte sets are written as masks (constants); they must hold exactly the bytes
/// of the strings they were made from.
@Suite struct SpecialSpanScannerSetTests {
  @Test func masksHoldTheListedBytes() {
    #expect(
      SpecialSpanScanner.fixedSecondBytes
        == ByteSet(String(decoding: SpecialSpanScanner.fixedEmoticons.map { $0[1] }, as: UTF8.self)))
    #expect(
      SpecialSpanScanner.fixedFirstBytes
        == ByteSet(String(decoding: SpecialSpanScanner.fixedEmoticons.map { $0[0] }, as: UTF8.self)))
    #expect(SpecialSpanScanner.mouths == ByteSet(")(][DPpOo/\\|*3$@><}{Ss"))
    #expect(SpecialSpanScanner.letterMouths == ByteSet("DPpOo3Ss"))
    #expect(SpecialSpanScanner.letterEyes == ByteSet("8BXx"))
    #expect(SpecialSpanScanner.trailingURLPunctuation == ByteSet(".,;:!?'*"))
    #expect(SpecialSpanScanner.localPartSymbols == ByteSet("._%+-"))
  }
}
