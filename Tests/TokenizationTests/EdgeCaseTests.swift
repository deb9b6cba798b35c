import Testing
import Tokenization
import VerbatimCore

@Suite struct EdgeCaseTests {
  @Test func emptyTextHasNoTokensAndNoSentences() throws {
    let result = try Tokenizer().tokenize("")
    #expect(result.tokens.isEmpty && result.sentences.isEmpty)
  }

  @Test func oneMegabyteSingleLine() throws {
    let unit = "Waited 40 minutes on hold, nobody called back :( 👍 "
    let text = String(repeating: unit, count: 1_000_000 / unit.utf8.count + 1)
    #expect(text.utf8.count > 1_000_000)
    let tokenizer = try Tokenizer()
    let result = try tokenizer.tokenize(text)
    let perUnit = try tokenizer.tokenize(unit).tokens.count
    #expect(result.tokens.count == perUnit * (1_000_000 / unit.utf8.count + 1))
    #expect(result.tokens.last.map { $0.end } == text.unicodeScalars.count - 1)
  }

  @Test func sentencesFollowICU() throws {
    let result = try Tokenizer().tokenize("The app crashed. Support was great! Would I return? Maybe")
    #expect(result.sentences.map { [$0.start, $0.end] } == [[0, 16], [17, 35], [36, 51], [52, 57]])
    #expect(result.sentences.map(\.tokenRange.count) == [4, 4, 4, 1])
  }

  @Test func reusingOneResultGivesTheSameTokens() throws {
    let tokenizer = try Tokenizer()
    var reused = TokenizedText()
    for text in OffsetInvariantTests.mixedCorpus {
      try tokenizer.tokenize(text, into: &reused)
      let fresh = try tokenizer.tokenize(text)
      #expect(
        reused.tokens == fresh.tokens && reused.normBytes == fresh.normBytes && reused.sentences == fresh.sentences)
    }
  }

  @Test func invalidUTF8IsReportedWithRecordAndByteOffset() throws {
    // "ok " then a lone continuation byte 0x80 at byte 4.
    let bytes: [UInt8] = [0x6F, 0x6B, 0x20, 0x80, 0x21]
    let decoder = TextRecordDecoder(mode: .plain, source: "input.txt")
    #expect(throws: InputError.invalidUTF8(path: "input.txt", line: 7, byteOffset: 4)) {
      _ = try bytes.withUnsafeBufferPointer { try decoder.decode($0, line: 7) }
    }
    let repairing = TextRecordDecoder(mode: .plain, replaceInvalid: true, source: "input.txt")
    let (record, replaced) = try bytes.withUnsafeBufferPointer { try repairing.decode($0, line: 7) }
    #expect(record.text == "ok \u{FFFD}!" && replaced == 1)
  }

  @Test func truncatedMultibyteSequenceIsInvalid() {
    // "é" is C3 A9; a lone C3 at the end is truncated. Overlong C0 AF and surrogate ED A0 80 too.
    for bytes: [UInt8] in [[0x61, 0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
      #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } != nil, "\(bytes)")
    }
    let valid: [UInt8] = Array("é😀€".utf8)
    #expect(valid.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } == nil)
  }
}
