/// One text to analyse, as read from a plain-text line or a JSONL object.
public struct TextRecord: Sendable {
  /// The record's id: the `"id"` member of a JSONL object, else the 1-based line number.
  public var id: JSONValue
  /// The text to analyse.
  public var text: String
  /// The JSONL object's members in input order (empty for plain-text input). Commands write them
  /// back untouched and add their own fields after them.
  public var members: [JSONMember]
  /// The 1-based input line.
  public var line: Int

  public init(id: JSONValue, text: String, members: [JSONMember] = [], line: Int) {
    self.id = id
    self.text = text
    self.members = members
    self.line = line
  }

  /// The string value of member `name`: nil when the record has no such member or it holds no
  /// string (the survey question of `--question-field`).
  public func string(member name: String) -> String? { members.first { $0.key == name }?.value.stringValue }
}

/// Turns input lines into `TextRecord`s: plain text (one text per line) or JSONL (one object per
/// line with a text field and an optional `"id"`).
public struct TextRecordDecoder: Sendable {
  public enum Mode: Sendable, Equatable {
    case plain
    case jsonl(textField: String)
  }

  public var mode: Mode {
    didSet { flatTextField = Self.flatTextField(of: mode) }
  }
  /// Replace invalid UTF-8 with U+FFFD instead of failing.
  public var replaceInvalid: Bool
  /// The file name used in messages.
  public var source: String

  /// The JSONL text field's name as bytes, when it is ASCII: `flatText` compares member names byte
  /// for byte.
  private var flatTextField: [UInt8]?

  public init(mode: Mode, replaceInvalid: Bool = false, source: String) {
    self.mode = mode
    self.replaceInvalid = replaceInvalid
    self.source = source
    flatTextField = Self.flatTextField(of: mode)
  }

  private static func flatTextField(of mode: Mode) -> [UInt8]? {
    guard case .jsonl(let field) = mode, field.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    return Array(field.utf8)
  }

  /// For a JSONL decoder, a line of the common flat shape read in place (`FlatJSONObject.scan`, which
  /// then holds its members): the byte range of its text when that is a string. Nil for plain text,
  /// a text field name that is not ASCII, and every other line, which goes through `decode` (its
  /// errors, repairs and `null` texts). Callers need no `TextRecord`: they tokenize the range and
  /// write the members back with `JSONWriter.carriedMembers(of:in:line:replacing:)`.
  public func flatText(_ line: UnsafeBufferPointer<UInt8>, into flat: inout FlatJSONObject) -> Range<Int>? {
    guard let flatTextField, flat.scan(line), !flat.hasRepeatedName(in: line) else { return nil }
    return flat.stringContents(of: flatTextField, in: line)
  }

  /// For a plain-text decoder, the text of a line that is valid UTF-8 (without a first line's
  /// byte-order mark), ready to tokenize as it is: no String is made. Nil for JSONL decoders and
  /// invalid lines, which go through `decode` (its errors and repairs).
  public func validPlainText(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> UnsafeBufferPointer<UInt8>? {
    guard mode == .plain else { return nil }
    if line == 1, UTF8Validation.utf16Evidence(bytes) != nil { return nil }
    var bytes = bytes
    if line == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      bytes = UnsafeBufferPointer(rebasing: bytes[3...])
    }
    // One pass: `firstInvalidOffset` skips ASCII as fast as `isASCII` would, so an `isASCII` pass
    // first only read the ASCII before a line's first multi-byte character twice.
    guard UTF8Validation.firstInvalidOffset(bytes) == nil else { return nil }
    return bytes
  }

  /// Whether a JSON Lines decoder's line is blank (only spaces, tabs or a carriage return). Such a line
  /// holds no record: every command skips it and counts it, as `import` and `code` do (QA review 31,
  /// L6: `score`, `tag`, `tokenize` and `redact` stopped at it). Always false for plain text, where an
  /// empty line is an empty text.
  @inlinable
  public func isBlankJSONLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // Most lines start with "{": answered before the mode (an enum with a String) is read.
    if let first = bytes.first, first != 0x20, first != 0x09, first != 0x0D { return false }
    guard case .jsonl = mode else { return false }
    return bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  /// The `"id"` of a JSON Lines line that `decode` refused, when it can still be read (review h43
  /// B12: `code -` rejects named no record): the line, its invalid UTF-8 read as U+FFFD, parses as
  /// an object whose first `"id"` is a number, or a string without U+FFFD. Nil otherwise, and for
  /// plain text. Runs only for a rejected line.
  public func readableID(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> JSONValue? {
    guard case .jsonl = mode else { return nil }
    var bytes = bytes
    if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
    guard case .object(let members)? = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)),
      let id = members.first(where: { $0.key == "id" })?.value
    else { return nil }
    switch id {
    case .number: return id
    case .string(let text) where !text.contains("\u{FFFD}"): return id
    default: return nil
    }
  }

  /// Decodes one line. Returns the record and how many invalid sequences were replaced.
  public func decode(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) throws(InputError) -> (TextRecord, replaced: Int) {
    if line == 1, let (encoding, evidence) = UTF8Validation.utf16Evidence(bytes) {
      // Review r22: UTF-16 input was "invalid UTF-8 at byte 1 (use --replace-invalid …)", advice that
      // turns every text into replacement characters; without a byte-order mark it was read as text
      // with a zero byte between the letters.
      throw InputError.notUTF8(path: source, line: line, encoding: encoding, evidence: evidence)
    }
    var bytes = bytes
    if line == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      // A UTF-8 byte-order mark (as some editors and Excel write) is not part of the first record.
      bytes = UnsafeBufferPointer(rebasing: bytes[3...])
    }
    // Any other is a concatenated file's (in plain text U+FEFF is a character of the text).
    if case .jsonl = mode { try InputError.checkNoByteOrderMark(bytes, path: source, line: line) }
    var replaced = 0
    var repaired: String?
    if mode == .plain, let text = String(validating: bytes, as: UTF8.self) {
      // One validating pass makes the String; the error path below finds the offending byte.
      return (TextRecord(id: .int(line), text: text, line: line), 0)
    }
    if let bad = UTF8Validation.firstInvalidOffset(bytes) {
      guard replaceInvalid else { throw InputError.invalidUTF8(path: source, line: line, byteOffset: bad + 1) }
      let (text, count) = UTF8Validation.repairing(bytes)
      repaired = text
      replaced = count
    }
    switch mode {
    case .plain:
      let text = repaired ?? String(decoding: bytes, as: UTF8.self)
      return (TextRecord(id: .int(line), text: text, line: line), replaced)
    case .jsonl(let textField):
      // Valid lines are parsed in place: no String of the whole line is made.
      let value: JSONValue
      do {
        // With --replace-invalid, an unpaired surrogate escape ("\ud83d" alone, as a truncating
        // writer leaves) is replaced and counted like an invalid UTF-8 sequence.
        var surrogates = 0
        if let repaired {
          (value, surrogates) = try JSONParser.parse(repaired, replacingUnpairedSurrogates: replaceInvalid)
        } else {
          (value, surrogates) = try JSONParser.parse(
            bytes, knownValidUTF8: true, replacingUnpairedSurrogates: replaceInvalid)
        }
        replaced += surrogates
      } catch {
        // A blank line (often a stray one at the end of a file) is named as such: "unexpected end of
        // input" does not say what to fix.
        if isBlankJSONLine(bytes) {
          throw InputError.malformedJSON(
            path: source, line: line, column: 1,
            message: "blank line (JSON Lines holds one JSON object per line; remove the line)")
        }
        let column = repaired.map { error.position(in: Array($0.utf8)).column } ?? error.position(in: bytes).column
        // The same advice as for invalid UTF-8: the option replaces a lone surrogate as well.
        let advice = error.message == "unpaired surrogate escape" ? " (use --replace-invalid to substitute U+FFFD)" : ""
        throw InputError.malformedJSON(path: source, line: line, column: column, message: error.message + advice)
      }
      guard case .object(let members) = value else {
        throw InputError.malformedJSON(path: source, line: line, column: 1, message: "expected a JSON object")
      }
      // A repeated name is refused, as `import` refuses it: readers disagree on which value counts
      // (Python's json keeps the last, this decoder would keep the first; review r16a).
      // Nested objects ("meta") too (QA review 32, L1).
      // The error path parses the line once more to say where (the parse above keeps no positions).
      func located<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard var repaired else { return body(bytes) }
        return repaired.withUTF8(body)
      }
      if let (path, name) = value.firstRepeatedName {
        let column = located { JSONParser.repeatedNameColumn(path: path, name: name, in: $0) } ?? 1
        throw InputError.malformedJSON(
          path: source, line: line, column: column, message: JSONValue.repeatedNameMessage(path: path, name: name))
      }
      var field: JSONValue?
      var id: JSONValue?
      for member in members {
        if field == nil, member.key == textField { field = member.value }
        if id == nil, member.key == "id" { id = member.value }
      }
      guard let field else {
        throw InputError.missingField(path: source, line: line, field: textField)
      }
      let text: String
      switch field {
      case .string(let string): text = string
      case .null: text = ""
      default:
        throw InputError.wrongType(
          path: source, line: line, field: textField, expected: "a string",
          column: located { JSONParser.valueColumn(ofMember: textField, in: $0) })
      }
      return (TextRecord(id: id ?? .int(line), text: text, members: members, line: line), replaced)
    }
  }
}

extension JSONWriter {
  /// Writes the record's carried-through members, except those whose keys the command is about to
  /// write itself, after an `"id"` member when the input had none. Returns how many members it left
  /// out (the command warns that its own values replace them).
  @discardableResult
  public mutating func carriedMembers(of record: TextRecord, replacing ownKeys: Set<String>) -> Int {
    carriedMembers(of: record) { ownKeys.contains($0) }
  }

  /// The same, with the command's keys as a list: a handful of keys are found faster by comparing
  /// than by hashing (this runs once per record).
  @discardableResult
  public mutating func carriedMembers(of record: TextRecord, replacing ownKeys: [String]) -> Int {
    carriedMembers(of: record) { ownKeys.contains($0) }
  }

  private mutating func carriedMembers(of record: TextRecord, isOwn: (String) -> Bool) -> Int {
    if record.members.isEmpty || !record.members.contains(where: { $0.key == "id" }) {
      key("id")
      value(record.id)
    }
    var left = 0
    for member in record.members {
      if isOwn(member.key) {
        left += 1
        continue
      }
      key(member.key)
      value(member.value)
    }
    return left
  }
}
