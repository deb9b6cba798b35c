import Testing

@testable import VerbatimCore

/// Every JSON writer escapes U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR as `\u2028` and
/// `\u2029` (QA review 42). RFC 8259 §7 lets them stand raw in a string, but ECMAScript before
/// ES2019 ends a string literal at them and line-splitting readers (Python's `str.splitlines`)
/// cut a JSON Lines record there.
@Suite struct LineSeparatorEscapeTests {
  static let separator: [UInt8] = [0xE2, 0x80, 0xA8]

  static func holdsRawSeparator(_ bytes: [UInt8]) -> Bool {
    bytes.indices.contains { JSONWriter.isLineSeparator(bytes, at: $0) }
  }

  @Test func keysAndStringsEscapeThem() {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("a\u{2028}b")
    writer.string("x\u{2029}y \u{2028}")
    writer.key("long")
    writer.string(String(repeating: "é", count: 40) + "\u{2028}" + String(repeating: "z", count: 20))
    writer.endObject()
    let json = String(decoding: writer.bytes, as: UTF8.self)
    #expect(
      json == #"{"a\u2028b":"x\u2029y \u2028","long":""# + String(repeating: "é", count: 40) + #"\u2028"#
        + String(repeating: "z", count: 20) + #""}"#)
    #expect(!Self.holdsRawSeparator(writer.bytes))
  }

  /// The other characters that start with the same byte (0xE2: ’ “ … U+2027 U+202A) stay raw.
  @Test func neighboursStayRaw() {
    var writer = JSONWriter()
    let text = "it’s “fine”… \u{2027}\u{202A}\u{2030}"
    writer.string(text)
    #expect(writer.bytes == Array("\"\(text)\"".utf8))
    #expect(text.utf8.withContiguousStorageIfAvailable { JSONWriter.needsEscape($0) } == false)
  }

  /// `needsEscape` finds one at every offset, across the eight-byte words it reads.
  @Test func needsEscapeFindsThemAtEveryOffset() {
    for offset in 0..<20 {
      for tail in 0..<10 {
        let bytes =
          Array(repeating: UInt8(ascii: "a"), count: offset) + [0xE2, 0x80, 0xA9]
          + Array(repeating: UInt8(ascii: "b"), count: tail)
        #expect(bytes.withUnsafeBufferPointer { JSONWriter.needsEscape($0) }, "\(offset) \(tail)")
        var writer = JSONWriter()
        bytes.withUnsafeBufferPointer { writer.string(utf8: $0) }
        #expect(!Self.holdsRawSeparator(writer.bytes), "\(offset) \(tail)")
      }
    }
  }

  /// A flat line's members are copied as read (`carriedMembers`, `flatStringMember`): a raw
  /// separator in them is escaped too.
  @Test func carriedMembersAndTheFlatTextEscapeThem() throws {
    let line = Array("{\"id\":7,\"note\":\"x\u{2028}y\",\"text\":\"ok\u{2029}\"}".utf8)
    var flat = FlatJSONObject()
    var writer = JSONWriter()
    try line.withUnsafeBufferPointer { buffer in
      let scanned = flat.scan(buffer)
      #expect(scanned)
      let text = try #require(flat.members.first { String(decoding: buffer[$0.name], as: UTF8.self) == "text" })
      writer.beginObject()
      writer.carriedMembers(of: flat, in: buffer, line: 1, replacing: [Array("text".utf8)])
      writer.flatStringMember(
        encodedKey: JSONWriter.encodedKey("text"),
        contents: UnsafeBufferPointer(rebasing: buffer[(text.value.lowerBound + 1)..<(text.value.upperBound - 1)]),
        mayHoldLineSeparator: !flat.isASCII)
      writer.endObject()
    }
    #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"id":7,"note":"x\u2028y","text":"ok\u2029"}"#)
  }
}

extension JSONWriter {
  /// `isLineSeparator` for an array (tests).
  static func isLineSeparator(_ bytes: [UInt8], at index: Int) -> Bool {
    bytes.withUnsafeBufferPointer { isLineSeparator($0.baseAddress!, at: index, count: $0.count) }
  }
}
