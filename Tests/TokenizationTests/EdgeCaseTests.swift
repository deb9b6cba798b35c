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

  @Test func bytesTokenizeLikeTheirString() throws {
    let tokenizer = try Tokenizer()
    var fromBytes = TokenizedText()
    for text in OffsetInvariantTests.mixedCorpus {
      let bytes = Array(text.utf8)
      try bytes.withUnsafeBufferPointer { try tokenizer.tokenize(validUTF8: $0, into: &fromBytes) }
      let fromString = try tokenizer.tokenize(text)
      #expect(
        fromBytes.tokens == fromString.tokens && fromBytes.normBytes == fromString.normBytes
          && fromBytes.sentences == fromString.sentences && fromBytes.utf8 == fromString.utf8, "\(text)")
    }
  }

  /// Bytes the caller vouches for as ASCII without line breaks (`tokenize(asciiWithoutLineBreaks:into:)`,
  /// which skips those checks) tokenize as the general path tokenizes them: every ASCII text of the
  /// corpus without CR or LF, and texts of several sentences, URLs, emoticons and abbreviations.
  @Test func asciiShortcutTokenizesLikeTheGeneralPath() throws {
    let tokenizer = try Tokenizer()
    var shortcut = TokenizedText()
    var general = TokenizedText()
    let extra = [
      "Great food. Slow service! Would I go back? Maybe.", "see https://example.com/a?b=1 :) <3 #love @bob",
      "Mr. Smith e.g. said so... \"fine.\" (ok)", "", "   ", "terrible.XD never again!!!", "3.5/5 stars, $20.",
    ]
    let texts = (OffsetInvariantTests.mixedCorpus + extra).filter {
      $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }
    }
    #expect(texts.count > extra.count)
    for text in texts {
      let bytes = Array(text.utf8)
      try bytes.withUnsafeBufferPointer { try tokenizer.tokenize(asciiWithoutLineBreaks: $0, into: &shortcut) }
      try bytes.withUnsafeBufferPointer { try tokenizer.tokenize(validUTF8: $0, into: &general) }
      #expect(
        shortcut.tokens == general.tokens && shortcut.normBytes == general.normBytes
          && shortcut.sentences == general.sentences && shortcut.utf8 == general.utf8
          && shortcut.isASCII == general.isASCII, "\(text)")
    }
  }

  /// The plain-text shortcut gives the bytes `decode` would make its record's text from, and
  /// declines what `decode` must handle (invalid UTF-8, JSONL).
  @Test func validPlainTextMatchesDecode() throws {
    let plain = TextRecordDecoder(mode: .plain, source: "input.txt")
    let lines: [[UInt8]] = [
      Array("\u{FEFF}first line".utf8), Array("naïve café 👍".utf8), [], Array("ok \r".utf8),
    ]
    for (index, line) in lines.enumerated() {
      for number in [1, index + 2] {
        let shortcut = line.withUnsafeBufferPointer { plain.validPlainText($0, line: number).map { Array($0) } }
        let decoded = try line.withUnsafeBufferPointer { try plain.decode($0, line: number).0.text }
        #expect(shortcut == Array(decoded.utf8), "line \(number): \(line)")
      }
    }
    let invalid: [UInt8] = [0x6F, 0x6B, 0x80]
    #expect(invalid.withUnsafeBufferPointer { plain.validPlainText($0, line: 1) } == nil)
    let jsonl = TextRecordDecoder(mode: .jsonl(textField: "text"), source: "input.jsonl")
    #expect(Array(#"{"text":"a"}"#.utf8).withUnsafeBufferPointer { jsonl.validPlainText($0, line: 1) } == nil)
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
