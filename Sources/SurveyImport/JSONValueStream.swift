import VerbatimCore

/// Hands out the values of a JSON file one at a time, as bytes, without reading the file whole:
/// the responses of a Qualtrics JSON export (`{"responses": [ {…}, {…} ]}`, which Qualtrics
/// writes on one line) or the objects of its NDJSON export (one per line). Only the bytes of the
/// value being handed out are kept, up to a limit (`next(limit:)`); the structure around the
/// values (the top-level object, the array, the commas) is checked here, each value's own syntax
/// by `JSONParser` when it is parsed. Positions are 1-based lines and columns in characters, as
/// the other readers give them.
final class JSONValueStream {
  /// How the values sit in the file.
  enum Layout {
    /// `{"responses": [v, v, …]}`: the elements of the top-level object's `responses` array;
    /// other top-level members are read through (and named by `skippedMembers`).
    case responsesArray
    /// `v v v`: every top-level value (JSON Lines, NDJSON), separated by white space.
    case concatenated
  }

  /// One value: its bytes (at most the limit given), where it starts, and its whole size.
  struct Piece {
    var bytes: [UInt8]
    var line: Int
    var column: Int
    var size: Int
    var isTruncated: Bool { size > bytes.count }

    /// The file position of the byte at `offset` of `bytes`.
    func position(ofOffset offset: Int) -> (line: Int, column: Int) {
      TextPosition.after(bytes.prefix(max(0, offset)), line: line, column: column)
    }
  }

  private enum State {
    case start
    case memberName(first: Bool)
    case afterMember
    case array(first: Bool)
    case end
  }

  private let path: String
  private let layout: Layout
  private let source: any XMLByteSource
  private var buffer = [UInt8](repeating: 0, count: 1 << 20)
  private var count = 0
  private var index = 0
  private var atEnd = false
  private var state = State.start
  /// Bytes consumed so far (for progress and the summary).
  private(set) var bytesRead: Int64 = 0
  /// The position of the next byte.
  private(set) var line = 1
  private(set) var column = 1
  /// Whether a `responses` array was found (`.responsesArray`).
  private(set) var sawResponses = false
  /// Top-level members other than `responses` that were read through (`.responsesArray`), the
  /// first 20.
  private(set) var skippedMembers: [String] = []

  /// Reads the file `path` (named `displayName` in messages).
  convenience init(path: String, displayName: String, layout: Layout) throws(ImportError) {
    let source: FileByteSource
    do { source = try FileByteSource(path: path) } catch {
      throw error.replacingPath(path, with: displayName)
    }
    try self.init(source: source, displayName: displayName, layout: layout)
  }

  /// Reads `source` (a file, or a member of a ZIP archive inflated as it is read).
  init(source: any XMLByteSource, displayName: String, layout: Layout) throws(ImportError) {
    path = displayName
    self.layout = layout
    self.source = source
    if layout == .concatenated { state = .end }
    // A UTF-8 byte-order mark is no character of the document.
    if try peek() == 0xEF, count - index >= 3, buffer[index + 1] == 0xBB, buffer[index + 2] == 0xBF {
      index += 3
      bytesRead += 3
    }
  }

  private func fail(_ message: String, line: Int? = nil, column: Int? = nil) -> ImportError {
    .malformed(path: path, line: line ?? self.line, column: column ?? self.column, message: message, recordsBefore: 0)
  }

  /// The next byte without consuming it; nil at the end of the file.
  private func peek() throws(ImportError) -> UInt8? {
    if index < count { return buffer[index] }
    if atEnd { return nil }
    let source = self.source
    var failure: ImportError?
    let got = buffer.withUnsafeMutableBytes { bytes -> Int in
      do throws(ImportError) { return try source.read(into: bytes.baseAddress!, count: bytes.count) } catch {
        failure = error
        return 0
      }
    }
    if let failure { throw failure }
    count = got
    index = 0
    if got == 0 {
      atEnd = true
      return nil
    }
    return buffer[0]
  }

  /// Consumes the byte `peek` returned.
  private func advance(_ byte: UInt8) {
    index += 1
    bytesRead += 1
    TextPosition.advance(&line, &column, past: byte)
  }

  private func skipWhitespace() throws(ImportError) {
    while let byte = try peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance(byte) }
  }

  private func expect(_ wanted: UInt8, _ message: String) throws(ImportError) {
    guard let byte = try peek(), byte == wanted else { throw fail(message) }
    advance(byte)
  }

  /// The next value, or nil when the file has no more.
  /// - Throws: `ImportError.malformed` at the place where the structure around the values breaks
  ///   (a missing comma, a file that ends inside a value, content after the document).
  func next(limit: Int) throws(ImportError) -> Piece? {
    while true {
      switch state {
      case .start:
        try skipWhitespace()
        guard try peek() == UInt8(ascii: "{") else {
          throw fail("expected a JSON object ({\"responses\": […]}) at the start of the file")
        }
        advance(UInt8(ascii: "{"))
        state = .memberName(first: true)
      case .memberName(let first):
        try skipWhitespace()
        if first, try peek() == UInt8(ascii: "}") {
          advance(UInt8(ascii: "}"))
          state = .end
          continue
        }
        guard try peek() == UInt8(ascii: "\"") else { throw fail("expected a member name in double quotes") }
        let name = try capture(limit: 4096)
        guard !name.isTruncated, let key = try? JSONParser.parse(String(decoding: name.bytes, as: UTF8.self)) else {
          throw fail("a top-level member name that is not a valid JSON string", line: name.line, column: name.column)
        }
        try skipWhitespace()
        try expect(UInt8(ascii: ":"), "expected ':' after the member name")
        try skipWhitespace()
        if key.stringValue == "responses" {
          guard try peek() == UInt8(ascii: "[") else { throw fail("the \"responses\" member is not an array") }
          if sawResponses { throw fail("a second \"responses\" member (JSON leaves duplicate names undefined)") }
          advance(UInt8(ascii: "["))
          sawResponses = true
          state = .array(first: true)
          continue
        }
        // Another member: read through, its syntax checked while it is small enough to keep.
        let value = try capture(limit: limit)
        if !value.isTruncated {
          do throws(JSONSyntaxError) {
            _ = try value.bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
              try JSONParser.parse(buffer)
            }
          } catch {
            let (line, column) = value.position(ofOffset: error.offset)
            throw fail("malformed JSON: \(error.message)", line: line, column: column)
          }
        }
        if skippedMembers.count < 20, let key = key.stringValue { skippedMembers.append(key) }
        state = .afterMember
      case .afterMember:
        try skipWhitespace()
        switch try peek() {
        case UInt8(ascii: ",")?:
          advance(UInt8(ascii: ","))
          state = .memberName(first: false)
        case UInt8(ascii: "}")?:
          advance(UInt8(ascii: "}"))
          state = .end
        case nil: throw fail("the file ends inside the top-level object (a truncated export?)")
        default: throw fail("expected ',' or '}' in the top-level object")
        }
      case .array(let first):
        try skipWhitespace()
        guard let byte = try peek() else {
          throw fail("the file ends inside the \"responses\" array (a truncated export?)")
        }
        if byte == UInt8(ascii: "]") {
          advance(byte)
          state = .afterMember
          continue
        }
        if !first {
          guard byte == UInt8(ascii: ",") else { throw fail("expected ',' or ']' between the responses") }
          advance(byte)
          try skipWhitespace()
        }
        state = .array(first: false)
        return try capture(limit: limit)
      case .end:
        try skipWhitespace()
        guard try peek() != nil else { return nil }
        if layout == .concatenated { return try capture(limit: limit) }
        throw fail("unexpected content after the JSON document")
      }
    }
  }

  /// Consumes the buffered bytes `range` (from `index`) as part of `piece`: kept up to `limit`,
  /// counted, and followed for the line and column.
  private func take(_ range: Range<Int>, into piece: inout Piece, limit: Int) {
    buffer.withUnsafeBufferPointer { bytes in
      let run = UnsafeBufferPointer(rebasing: bytes[range])
      if piece.size < limit { piece.bytes.append(contentsOf: run.prefix(limit - piece.size)) }
      (line, column) = TextPosition.after(run, line: line, column: column)
    }
    piece.size += range.count
    index = range.upperBound
    bytesRead += Int64(range.count)
  }

  /// Reads one value from the current byte, keeping its first `limit` bytes. Its syntax is
  /// `JSONParser`'s to check; this only finds where it ends: the bracket that closes it (outside
  /// strings), the quote that ends a string, or the delimiter after a number or literal, and in
  /// `.concatenated` (NDJSON) at the latest the end of its line.
  private func capture(limit: Int) throws(ImportError) -> Piece {
    var piece = Piece(bytes: [], line: line, column: column, size: 0)
    func keep(_ byte: UInt8) {
      if piece.size < limit { piece.bytes.append(byte) }
      piece.size += 1
    }
    guard let first = try peek() else { throw fail("unexpected end of file, expected a value") }
    switch first {
    case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""):
      var depth = 0
      var inString = false
      var escaped = false
      // The buffered bytes are scanned in one loop and taken (kept, counted, placed) as a run: a
      // byte at a time through `peek` and `advance` made a 50 MB export take 85 s in a debug build.
      while true {
        guard try peek() != nil else {
          throw fail(
            "the file ends inside the value that starts at line \(piece.line), column \(piece.column) (a truncated export?)"
          )
        }
        let start = index
        var end = index
        var done = false
        buffer.withUnsafeBufferPointer { bytes in
          while end < count {
            let byte = bytes[end]
            // NDJSON holds one value per line (JSON writes a line feed in a string as \n): a broken
            // line ends at its line feed, and the next line is a value of its own.
            if byte == 0x0A && layout == .concatenated {
              done = true
              return
            }
            end += 1
            if inString {
              if escaped {
                escaped = false
              } else if byte == UInt8(ascii: "\\") {
                escaped = true
              } else if byte == UInt8(ascii: "\"") {
                inString = false
                if depth == 0 {
                  done = true
                  return
                }
              }
              continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
              depth -= 1
              if depth == 0 {
                done = true
                return
              }
            default: break
            }
          }
        }
        take(start..<end, into: &piece, limit: limit)
        if done { return piece }
      }
    case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ":"):
      throw fail("expected a JSON value")
    default:
      // A number or literal: up to the next delimiter (the parser judges it).
      while let byte = try peek() {
        switch byte {
        case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "{"),
          UInt8(ascii: "["), UInt8(ascii: "\""):
          return piece
        default:
          advance(byte)
          keep(byte)
        }
      }
      return piece
    }
  }
}
