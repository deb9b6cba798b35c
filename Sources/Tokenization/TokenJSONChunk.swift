import VerbatimCore

/// The JSON of a text's tokens and sentences (`JSONWriter.tokenMembers`) assembled in a fixed buffer
/// and appended to the writer's bytes a chunk at a time. Written through `JSONWriter`'s calls, a
/// token cost about two thousand instructions: a call, a uniqueness test and an append per piece,
/// ten pieces a token.
///
/// The bytes are exactly those the calls write: compact JSON, strings escaped as
/// `JSONWriter.string(utf8:)` escapes them (`\"`, `\\`, `\n`, `\r`, `\t`, and `\u00xx` in lower-case
/// hex for the other control characters; nothing else), integers as `JSONWriter.number(_:)` writes
/// them. `TokenJSONTests` compares the two on texts with every kind of token and every escape.
struct TokenJSONChunk {
  /// The buffer's size: at most 1,024 bytes are allocated on the stack by
  /// `withUnsafeTemporaryAllocation` without a run-time check.
  static let capacity = 1024
  /// Bytes a write may store past what it means to (literal pieces are copied 16 bytes at a time,
  /// the next write overwriting the excess).
  static let slack = 32
  /// The most bytes a token's members take besides its text and norm: the punctuation, the kind and
  /// two integers of up to 20 characters each.
  static let tokenOverhead = 100
  /// The most bytes a sentence's `[start,end]` takes, with its comma.
  static let sentenceSize = 44

  /// The literal pieces, each at the start of a 32-byte slot (`pieceSlots`): for each kind (in
  /// `kindPiece` order) `","kind":"<kind>","start":`, then `,{"text":"`, then `","norm":"`, then
  /// `,"end":`; after the slots, the two digits of each number below 100 ("00" to "99"). Read once
  /// per text (`withChunk`).
  private static let pieces: [UInt8] = {
    let names = [
      "word", "number", "emoji", "emoticon", "url", "email", "mention", "hashtag", "punct", "placeholder",
    ]
    let literals =
      names.map { "\",\"kind\":\"\($0)\",\"start\":" } + [",{\"text\":\"", "\",\"norm\":\"", ",\"end\":"]
    var table = [UInt8](repeating: 0, count: pieceSlots * 32)
    for (slot, literal) in literals.enumerated() {
      let bytes = Array(literal.utf8)
      precondition(bytes.count <= 32, "a piece longer than its slot")
      table.replaceSubrange((slot * 32)..<(slot * 32 + bytes.count), with: bytes)
    }
    for value in 0..<100 { table += [UInt8(ascii: "0") + UInt8(value / 10), UInt8(ascii: "0") + UInt8(value % 10)] }
    return table
  }()
  private static let pieceSlots = 13
  private static let openSlot = 10
  private static let normSlot = 11
  private static let endSlot = 12
  /// Where the digit pairs start in `pieces`.
  private static let pairsOffset = pieceSlots * 32

  /// The slot of a kind's piece in `pieces`, and the piece's length (`","kind":"` and `","start":`
  /// are ten bytes each).
  @inline(__always)
  private static func kindPiece(_ kind: TokenKind) -> (slot: Int, length: Int) {
    switch kind {
    case .word: (0, 24)
    case .number: (1, 26)
    case .emoji: (2, 25)
    case .emoticon: (3, 28)
    case .url: (4, 23)
    case .email: (5, 25)
    case .mention: (6, 27)
    case .hashtag: (7, 27)
    case .punct: (8, 25)
    case .placeholder: (9, 31)
    }
  }

  /// Calls `body` with a chunk over a stack buffer.
  @inline(__always)
  static func withChunk<Result>(_ body: (inout TokenJSONChunk) -> Result) -> Result {
    pieces.withUnsafeBufferPointer { pieces in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
        var chunk = TokenJSONChunk(buffer: buffer.baseAddress!, pieces: pieces.baseAddress!)
        return body(&chunk)
      }
    }
  }

  /// The buffer's first byte.
  let buffer: UnsafeMutablePointer<UInt8>
  /// Where the bytes written must end, so that the slack stays free.
  let limit: UnsafeMutablePointer<UInt8>
  private let pieces: UnsafePointer<UInt8>

  private init(buffer: UnsafeMutablePointer<UInt8>, pieces: UnsafePointer<UInt8>) {
    self.buffer = buffer
    self.pieces = pieces
    limit = buffer + (Self.capacity - Self.slack)
  }

  /// Appends the bytes written, from the buffer's start to `end`, to `bytes`; returns the buffer's
  /// start, where writing starts again.
  @inline(__always)
  func flush(to end: UnsafeMutablePointer<UInt8>, into bytes: inout [UInt8]) -> UnsafeMutablePointer<UInt8> {
    if end > buffer { bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: end - buffer)) }
    return buffer
  }

  /// Writes one token at `target` as `{"text":…,"norm":…,"kind":…,"start":…,"end":…}`, after a
  /// comma when `comma`, and returns where it ends. The caller has made room: `tokenOverhead` and
  /// the strings' `escapedSize` before `limit`. (Pointers in and out, so that the loop keeps its
  /// position in a register.)
  @inline(__always)
  func token(
    at target: UnsafeMutablePointer<UInt8>, text: UnsafeBufferPointer<UInt8>, norm: UnsafeBufferPointer<UInt8>,
    kind: TokenKind, start: Int, end: Int, comma: Bool, escaping: Bool
  ) -> UnsafeMutablePointer<UInt8> {
    // `,{"text":"` without its comma when none is due.
    let skip = comma ? 0 : 1
    copy16(from: Self.openSlot &* 32 &+ skip, to: target)
    var position = Self.string(text, at: target + (10 &- skip), escaping: escaping)
    copy16(from: Self.normSlot &* 32, to: position)
    position = Self.string(norm, at: position + 10, escaping: escaping)
    let (slot, length) = Self.kindPiece(kind)
    copy16(from: slot &* 32, to: position)
    copy16(from: slot &* 32 &+ 16, to: position + 16)
    position = decimal(start, at: position + length)
    copy16(from: Self.endSlot &* 32, to: position)
    position = decimal(end, at: position + 7)
    position.pointee = UInt8(ascii: "}")
    return position + 1
  }

  /// Writes `[start,end]` at `target`, after a comma when `comma`, and returns where it ends.
  @inline(__always)
  func sentence(at target: UnsafeMutablePointer<UInt8>, start: Int, end: Int, comma: Bool) -> UnsafeMutablePointer<
    UInt8
  > {
    var position = target
    if comma {
      position.pointee = UInt8(ascii: ",")
      position += 1
    }
    position.pointee = UInt8(ascii: "[")
    position = decimal(start, at: position + 1)
    position.pointee = UInt8(ascii: ",")
    position = decimal(end, at: position + 1)
    position.pointee = UInt8(ascii: "]")
    return position + 1
  }

  /// The room a string may take: its bytes, or six times as many when it may need escapes (each
  /// byte at most `\u00xx`).
  @inline(__always)
  static func escapedSize(_ string: UnsafeBufferPointer<UInt8>, escaping: Bool) -> Int {
    escaping ? string.count &* 6 : string.count
  }

  /// Copies 16 bytes of `pieces` from `offset` to `target`.
  @inline(__always)
  private func copy16(from offset: Int, to target: UnsafeMutablePointer<UInt8>) {
    let piece = UnsafeRawPointer(pieces + offset).loadUnaligned(as: SIMD16<UInt8>.self)
    UnsafeMutableRawPointer(target).storeBytes(of: piece, as: SIMD16<UInt8>.self)
  }

  /// Copies the two digits of `value` (below 100) to `target`.
  @inline(__always)
  private func copyPair(_ value: Int, to target: UnsafeMutablePointer<UInt8>) {
    let pair = UnsafeRawPointer(pieces + (Self.pairsOffset &+ value &* 2)).loadUnaligned(as: UInt16.self)
    UnsafeMutableRawPointer(target).storeBytes(of: pair, as: UInt16.self)
  }

  /// Writes `string` at `target` (between the quotes the pieces around it hold), copied, or escaped
  /// byte by byte when the text may hold a byte to escape; returns where it ends.
  @inline(__always)
  private static func string(
    _ string: UnsafeBufferPointer<UInt8>, at target: UnsafeMutablePointer<UInt8>, escaping: Bool
  )
    -> UnsafeMutablePointer<UInt8>
  {
    if escaping { return writeEscaped(string, at: target) }
    copy(string, to: target)
    return target + string.count
  }

  /// Copies `source` to `target` without reading past its end: overlapping 8-, 4- or 1-byte moves
  /// for short strings (most tokens), the library's copy for long ones.
  @inline(__always)
  private static func copy(_ source: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
    let length = source.count
    guard let base = source.baseAddress, length > 0 else { return }
    let from = UnsafeRawPointer(base)
    let to = UnsafeMutableRawPointer(target)
    if length >= 8 {
      guard length <= 64 else {
        to.copyMemory(from: from, byteCount: length)
        return
      }
      var offset = 0
      while offset &+ 8 < length {
        to.storeBytes(
          of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
        offset &+= 8
      }
      let last = length &- 8
      to.storeBytes(of: from.loadUnaligned(fromByteOffset: last, as: UInt64.self), toByteOffset: last, as: UInt64.self)
    } else if length >= 4 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: length &- 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: length &- 4, as: UInt32.self)
    } else {
      // 1 to 3 bytes: the first, the middle and the last (some the same).
      let middle = length >> 1
      target[0] = base[0]
      target[middle] = base[middle]
      target[length &- 1] = base[length &- 1]
    }
  }

  /// Writes `string` at `target` with JSON escapes, as `JSONWriter.string(utf8:)` does; returns
  /// where it ends.
  private static func writeEscaped(_ string: UnsafeBufferPointer<UInt8>, at target: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    var position = target
    guard let base = string.baseAddress else { return position }
    var index = 0
    while index < string.count {
      let byte = base[index]
      if JSONWriter.mustEscape(byte) {
        position += JSONWriter.writeEscape(of: byte, at: position)
      } else if byte == 0xE2, JSONWriter.isLineSeparator(base, at: index, count: string.count) {
        // U+2028, U+2029 (no token holds one: they are white space; for the writer's contract).
        position += JSONWriter.writeLineSeparatorEscape(last: base[index + 2], at: position)
        index += 3
        continue
      } else {
        position.pointee = byte
        position += 1
      }
      index += 1
    }
    return position
  }

  /// Writes `value` in decimal at `target`, with a minus sign when negative; returns where it ends.
  /// Below 1,000 (most offsets) the digits come from the pairs table, without a loop.
  @inline(__always)
  private func decimal(_ value: Int, at target: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
    if UInt(bitPattern: value) < 10 {
      target.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
      return target + 1
    }
    if UInt(bitPattern: value) < 100 {
      copyPair(value, to: target)
      return target + 2
    }
    if UInt(bitPattern: value) < 1000 {
      let hundreds = value / 100
      target.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: hundreds)
      copyPair(value &- hundreds &* 100, to: target + 1)
      return target + 3
    }
    var position = target
    if value < 0 {
      position.pointee = UInt8(ascii: "-")
      position += 1
    }
    var magnitude = value.magnitude
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits &+= 1
      rest /= 10
    }
    let end = position + digits
    position = end
    repeat {
      position -= 1
      position.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    return end
  }
}
