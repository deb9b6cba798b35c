import Testing
import VerbatimCore

/// The in-place reading of flat JSONL objects must write exactly what the general path writes
/// (`JSONParser` + `TextRecordDecoder` + `carriedMembers(of:replacing:)`), and must decline every
/// line it cannot read that way, so that the general path parses it or reports its error.
@Suite struct FlatJSONObjectTests {
  private static let ownKeys = ["sentiment", "explain"]

  /// What the general path writes for a line's carried members.
  private static func generalOutput(_ line: String, lineNumber: Int) throws -> String {
    let decoder = TextRecordDecoder(mode: .jsonl(textField: "text"), source: "t.jsonl")
    let bytes = Array(line.utf8)
    let record = try bytes.withUnsafeBufferPointer { try decoder.decode($0, line: lineNumber).0 }
    var writer = JSONWriter()
    writer.beginObject()
    writer.carriedMembers(of: record, replacing: ownKeys)
    writer.endObject()
    return writer.string
  }

  /// The flat reading's output and text, or nil when it declines the line.
  private static func flatOutput(_ line: String, lineNumber: Int) -> (output: String, text: String?)? {
    let bytes = Array(line.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      var object = FlatJSONObject()
      guard object.scan(buffer) else { return nil }
      var writer = JSONWriter()
      writer.beginObject()
      writer.carriedMembers(of: object, in: buffer, line: lineNumber, replacing: ownKeys.map { Array($0.utf8) })
      writer.endObject()
      // What `TextRecordDecoder.flatText` hands a command: no text for a line with a repeated name,
      // which the general path refuses.
      let text = object.stringContents(of: Array("text".utf8), in: buffer).map {
        String(decoding: buffer[$0], as: UTF8.self)
      }
      if object.hasRepeatedName(in: buffer) { return (writer.string, nil) }
      return (writer.string, text)
    }
  }

  @Test(arguments: [
    #"{"id": 1, "text": "the food was great"}"#,
    #"{"text":"no id here"}"#,
    #"  {"id" : "r-7" ,"text" : "caf\#u{e9} \#u{1F600} \#u{2018}ok\#u{2019}", "n": -0.5e+10}  "#,
    #"{"id": null, "text": "x", "sentiment": "old", "explain": 3, "extra": true, "f": false}"#,
    "{\"id\": 0, \"text\": \"ends with a carriage return\"}\r",
    #"{"id": 1, "text": "first", "id": 2, "text": "second"}"#,
    #"{"text": "", "": 1, "z": 1E5, "y": 0.25}"#,
    #"{"a": 1, "b": "no text field"}"#,
    #"{"text": 12}"#,
    #"{}"#,
  ])
  func writesWhatTheGeneralPathWrites(_ line: String) throws {
    guard let flat = Self.flatOutput(line, lineNumber: 42) else {
      Issue.record("declined a flat object: \(line)")
      return
    }
    if let general = try? Self.generalOutput(line, lineNumber: 42) {
      #expect(flat.output == general)
      let record = try Array(line.utf8).withUnsafeBufferPointer {
        try TextRecordDecoder(mode: .jsonl(textField: "text"), source: "t").decode($0, line: 42).0
      }
      #expect(flat.text == record.text)
    } else {
      // No text field, or not a string: the caller must take the general path, which reports it.
      #expect(flat.text == nil)
    }
  }

  /// `identifierText(of:in:)` (how `tag` reads each line's id for its repeated-id check) must give
  /// the general path's `id.identifierText`, with the line number for a line without an id.
  @Test(arguments: [
    (#"{"id": 1, "text": "a"}"#, "1"), (#"{"text": "a", "id": -0.5e+10}"#, "-0.5e+10"),
    (#"{"id": "r-7", "text": "a"}"#, "r-7"), (#"{"id": "", "text": "a"}"#, ""),
    (#"{"id": null, "text": "a"}"#, "null"), (#"{"id": true, "text": "a"}"#, "true"),
    (#"{"id": false, "text": "a"}"#, "false"), (#"{"text": "no id"}"#, "42"),
    (#"{"ids": 3, "text": "a", "id": "caf\#u{e9}"}"#, "caf\u{e9}"),
  ])
  func readsTheIdAsTheGeneralPathDoes(_ line: String, expected: String) throws {
    let bytes = Array(line.utf8)
    let record = try bytes.withUnsafeBufferPointer {
      try TextRecordDecoder(mode: .jsonl(textField: "text"), source: "t").decode($0, line: 42).0
    }
    let flat = bytes.withUnsafeBufferPointer { buffer -> String? in
      var object = FlatJSONObject()
      guard object.scan(buffer) else { return "declined" }
      return object.identifierText(of: Array("id".utf8), in: buffer) ?? "42"
    }
    #expect(flat == expected)
    #expect(record.id.identifierText == expected)
  }

  /// Review r16a: a repeated member name is refused on both paths, as `import` refuses it (the
  /// flat path coded the first "text" and dropped the second).
  @Test(arguments: [
    #"{"id":"b","text":"x","text":"second"}"#, #"{"id":1,"text":"a","id":2}"#,
    #"{"id":1,"text":"a","note":"p","note":"q"}"#,
  ])
  func aRepeatedNameIsRefused(_ line: String) {
    let decoder = TextRecordDecoder(mode: .jsonl(textField: "text"), source: "t.jsonl")
    let bytes = Array(line.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      var flat = FlatJSONObject()
      #expect(decoder.flatText(buffer, into: &flat) == nil)
      #expect(throws: InputError.self) { try decoder.decode(buffer, line: 1) }
    }
  }

  /// Escapes, nested values, non-ASCII names, a byte-order mark, invalid UTF-8 and every syntax
  /// error of RFC 8259 that a flat line could have: declined (the general path handles them).
  @Test(arguments: [
    #"{"id": 1, "text": "say \"hi\""}"#,
    #"{"id": 1, "text": "caf\u00e9"}"#,
    #"{"id": 1, "text": "a", "meta": {"b": 1}}"#,
    #"{"id": [1], "text": "a"}"#,
    #"{"t\u0065xt": "a"}"#,
    "{\"\u{212A}\": 1, \"text\": \"a\"}",
    "\u{FEFF}{\"text\": \"a\"}",
    "{\"text\": \"a\u{01}b\"}",
    "{\"text\": \"a raw\ttab\"}",
    #"{"id": 01, "text": "a"}"#,
    #"{"id": 1., "text": "a"}"#,
    #"{"id": -, "text": "a"}"#,
    #"{"id": 1e, "text": "a"}"#,
    #"{"id": +1, "text": "a"}"#,
    #"{"id": tru, "text": "a"}"#,
    #"{"id": 1, "text": "a",}"#,
    #"{"id": 1 "text": "a"}"#,
    #"{"id": 1, "text": "a"} x"#,
    #"{"id": 1, "text": "a"#,
    #"{"id": 1, "text" "a"}"#,
    #"[{"text": "a"}]"#,
    #""text""#,
    "",
  ])
  func declinesWhatItCannotCopy(_ line: String) {
    #expect(Self.flatOutput(line, lineNumber: 1) == nil)
  }

  @Test func declinesInvalidUTF8() {
    var bytes = Array(#"{"text": "ab"}"#.utf8)
    bytes.insert(0xC3, at: 10)  // a lead byte with no continuation
    let accepted = bytes.withUnsafeBufferPointer { buffer in
      var object = FlatJSONObject()
      return object.scan(buffer)
    }
    #expect(!accepted)
  }

  /// `isASCII` says whether the line last read as a flat object is all ASCII (the tokenizer's
  /// shortcut relies on it), and is false after a line that is not one.
  @Test func isASCIIDescribesTheLastFlatLine() {
    var object = FlatJSONObject()
    let cases: [(String, scans: Bool, ascii: Bool)] = [
      (#"{"id": 1, "text": "plain words."}"#, true, true), (#"{"text": "café"}"#, true, false),
      (#"{"id": "é", "text": "ok"}"#, true, false), (#"{"text": "a\nb"}"#, false, false),
      (#"{"text": "fine"}"#, true, true), (#"[1]"#, false, false),
    ]
    for (line, scans, ascii) in cases {
      let bytes = Array(line.utf8)
      #expect(bytes.withUnsafeBufferPointer { object.scan($0) } == scans, "\(line)")
      #expect(object.isASCII == ascii, "\(line)")
    }
  }
}
