import Testing
import VerbatimCore

/// QA review 41: `cat a.jsonl b.jsonl` of files written with a byte-order mark puts one at the
/// start of a later line, which was "malformed JSON: expected a JSON value" at column 1: nothing
/// said what the bytes were or how to be rid of them.
@Suite struct ByteOrderMarkLineTests {
  static let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

  static func decode(_ bytes: [UInt8], line: Int, mode: TextRecordDecoder.Mode) throws(InputError) -> TextRecord {
    let decoder = TextRecordDecoder(mode: mode, source: "ab.jsonl")
    do {
      return try bytes.withUnsafeBufferPointer { buffer throws(InputError) in try decoder.decode(buffer, line: line).0 }
    }
  }

  /// A mark on line 2 of JSON Lines is named, with the line and the fix.
  @Test func aMarkStartingALaterJSONLineIsNamedWithItsFix() throws {
    let line = Self.mark + Array(#"{"id":2,"text":"b"}"#.utf8)
    #expect(throws: InputError.byteOrderMark(path: "ab.jsonl", line: 2)) {
      _ = try Self.decode(line, line: 2, mode: .jsonl(textField: "text"))
    }
    let message = InputError.byteOrderMark(path: "ab.jsonl", line: 2).description
    #expect(message.hasPrefix("ab.jsonl:2:1: a UTF-8 byte-order mark (bytes EF BB BF) starts line 2"), "\(message)")
    #expect(message.contains("concatenated"), "says why it is there: \(message)")
    #expect(message.hasSuffix("sed 's/^\\xEF\\xBB\\xBF//' ab.jsonl > fixed.jsonl"), "says how to strip it: \(message)")
  }

  /// The first line's mark is skipped as before; a second one after it (a marked file appended to
  /// an empty marked file) is named as on any other line.
  @Test func theFirstLinesMarkIsSkippedButNotTwo() throws {
    let json = Array(#"{"id":1,"text":"a"}"#.utf8)
    #expect(try Self.decode(Self.mark + json, line: 1, mode: .jsonl(textField: "text")).text == "a")
    #expect(throws: InputError.byteOrderMark(path: "ab.jsonl", line: 1)) {
      _ = try Self.decode(Self.mark + Self.mark + json, line: 1, mode: .jsonl(textField: "text"))
    }
  }

  /// In plain text U+FEFF after the first line is a character of the text, kept as it is.
  @Test func plainTextKeepsALaterMarkAsText() throws {
    #expect(try Self.decode(Self.mark + Array("b".utf8), line: 2, mode: .plain).text == "\u{FEFF}b")
  }
}
