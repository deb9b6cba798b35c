/// A streaming JSON writer into a reusable byte buffer. It writes compact JSON (no spaces), keys in
/// the order given, and numbers at full precision (shortest text that round-trips). Non-finite
/// doubles are written as `null`. Commas are tracked so callers only say what comes next.
public struct JSONWriter: Sendable {
  /// The bytes written so far.
  public var bytes: [UInt8] = []
  @usableFromInline var needsComma = false

  public init(capacity: Int = 256) {
    if capacity > 0 { bytes.reserveCapacity(capacity) }  // 0: a writer that takes over a buffer
  }

  /// The bytes written so far, as a string.
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Empties the buffer, keeping its capacity.
  public mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    needsComma = false
  }

  /// Starts a new top-level value after the bytes already written (the next line of JSON Lines),
  /// so no comma separates it from them.
  public mutating func startLine() {
    needsComma = false
  }

  @inlinable
  mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  @inlinable
  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  @inlinable
  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  @inlinable
  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  @inlinable
  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Writes a member name; the next call writes its value.
  ///
  /// Disfavoured, so that a literal name (`key("id")`) takes `key(_: StaticString)`, which appends
  /// a name without escapes as it is: this one copies the name first, some 100 instructions more
  /// a name.
  @_disfavoredOverload
  public mutating func key(_ name: String) {
    var name = name
    name.withUTF8 { appendShort(quoted: $0, colon: true) }
    needsComma = false
  }

  /// Writes a literal member name: its bytes as they are when they need no escape (the usual
  /// case), escaped otherwise.
  @inlinable
  public mutating func key(_ name: StaticString) {
    name.withUTF8Buffer { appendLiteral($0, colon: true) }
    needsComma = false
  }

  /// Writes a literal string value (e.g. an enum's raw value), escaped where it needs it.
  @inlinable
  public mutating func string(_ value: StaticString) {
    value.withUTF8Buffer { appendLiteral($0, colon: false) }
    needsComma = true
  }

  /// Writes a string value, escaped. Disfavoured, as `key(_: String)` is, for literals.
  @_disfavoredOverload
  public mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { appendShort(quoted: $0, colon: false) }
    needsComma = true
  }

  /// Appends the separating comma (if due), a literal quoted, and a colon after it for a key: its
  /// bytes as they are after one check that none needs an escape.
  @inlinable
  mutating func appendLiteral(_ utf8: UnsafeBufferPointer<UInt8>, colon: Bool) {
    separate()
    if Self.needsEscape(utf8) {
      appendQuoted(utf8: utf8)
    } else {
      bytes.append(UInt8(ascii: "\""))
      bytes.append(contentsOf: utf8)
      bytes.append(UInt8(ascii: "\""))
    }
    if colon { bytes.append(UInt8(ascii: ":")) }
  }

  /// Appends the separating comma (if due), `utf8` quoted and escaped, and a colon after it for a
  /// key. A short text that needs no escape (member names, labels, codes) is assembled on the stack
  /// and appended at once; anything else goes through `appendQuoted(utf8:)`.
  private mutating func appendShort(quoted utf8: UnsafeBufferPointer<UInt8>, colon: Bool) {
    let count = utf8.count
    guard count <= 48, let base = utf8.baseAddress, !Self.needsEscape(utf8)
    else {
      separate()
      appendQuoted(utf8: utf8)
      if colon { bytes.append(UInt8(ascii: ":")) }
      return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 4) { buffer in
      var length = 0
      if needsComma {
        buffer[0] = UInt8(ascii: ",")
        length = 1
      }
      buffer[length] = UInt8(ascii: "\"")
      UnsafeMutableRawPointer(buffer.baseAddress! + length + 1).copyMemory(from: base, byteCount: count)
      length += count + 1
      buffer[length] = UInt8(ascii: "\"")
      length += 1
      if colon {
        buffer[length] = UInt8(ascii: ":")
        length += 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<length]))
    }
  }

  /// Writes a string from UTF-8 bytes that are already known to be valid.
  public mutating func string(utf8 value: UnsafeBufferPointer<UInt8>) {
    separate()
    appendQuoted(utf8: value)
    needsComma = true
  }

  public mutating func number(_ value: Double) {
    separate()
    appendNumber(value)
    needsComma = true
  }

  /// Writes the separating comma (if due), then JSON text that `body` assembles from literal
  /// fragments and numbers in a stack buffer of `capacity` bytes, appended at once: a fixed layout
  /// written on every line (a record's sentiment member) costs one append instead of one per piece.
  /// The text completes a value. `body` must not write more than `capacity` bytes (it traps).
  @inlinable
  public mutating func appendAssembled(capacity: Int, _ body: (inout JSONFragmentBuffer) -> Void) {
    separate()
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
      var fragments = JSONFragmentBuffer(buffer)
      body(&fragments)
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<fragments.count]))
    }
    needsComma = true
  }

  private mutating func appendNumber(_ value: Double) {
    if value == 0 {
      bytes.append(contentsOf: "0.0".utf8)  // also -0.0: stable output
    } else if value == 1 {
      bytes.append(contentsOf: "1.0".utf8)  // what `write(to:)` prints, without running it
    } else if value.isFinite {
      // The same digits as `format` (the standard library's shortest round-trip text), written
      // straight into the buffer: no String per number. Scores (between 0.001 and 1 in
      // magnitude) take `ShortestDecimal`, the rest the standard library.
      let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
        let count = ShortestDecimal.write(value, to: buffer.baseAddress!)
        if let count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count])) }
        return count != nil
      }
      if written { return }
      var sink = ASCIISink()
      swap(&sink.bytes, &bytes)
      value.write(to: &sink)
      swap(&sink.bytes, &bytes)
    } else {
      bytes.append(contentsOf: "null".utf8)
    }
  }

  @inlinable
  public mutating func number(_ value: Int) {
    separate()
    appendDecimal(value)
    needsComma = true
  }

  /// Appends the decimal digits of `value` without allocating a String.
  @usableFromInline
  mutating func appendDecimal(_ value: Int) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      if value == Int.min {
        bytes.append(contentsOf: "9223372036854775808".utf8)
        return
      }
    }
    var magnitude = value.magnitude
    if magnitude < 10 {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude))
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch, enough for 20 digits
    let count = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
      var position = scratch.count
      while magnitude > 0 {
        position -= 1
        scratch[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      }
      bytes.append(contentsOf: scratch[position...])
      return scratch.count - position
    }
    _ = count
  }

  public mutating func bool(_ value: Bool) {
    separate()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
    needsComma = true
  }

  public mutating func null() {
    separate()
    bytes.append(contentsOf: "null".utf8)
    needsComma = true
  }

  /// Writes an optional double: `null` when absent.
  public mutating func number(_ value: Double?) {
    if let value { number(value) } else { null() }
  }

  /// Writes a whole value.
  public mutating func value(_ value: JSONValue) {
    switch value {
    case .null: null()
    case .bool(let flag): bool(flag)
    case .number(let text):
      separate()
      bytes.append(contentsOf: text.utf8)
      needsComma = true
    case .string(let text): string(text)
    case .array(let elements):
      beginArray()
      for element in elements { self.value(element) }
      endArray()
    case .object(let members):
      beginObject()
      for member in members {
        key(member.key)
        self.value(member.value)
      }
      endObject()
    }
  }

  /// Shortest round-tripping decimal text of a finite double ("0.4404", "1e-05", "3.0").
  public static func format(_ value: Double) -> String {
    if value == 0 { return "0.0" }  // also turns -0.0 into 0.0: stable output
    return value.description
  }

  /// Writes the JSON escape of `byte`, one that must be escaped in a string (< 0x20, `"` or `\\`),
  /// at `target`: `\"`, `\\`, `\n`, `\r`, `\t`, else `\u00xx` in lower-case hex (RFC 8259 §7).
  /// Returns how many bytes it wrote (2 or 6). `appendQuoted` and the tokenizer's
  /// `TokenJSONChunk` both escape through it.
  @inline(__always)
  public static func writeEscape(of byte: UInt8, at target: UnsafeMutablePointer<UInt8>) -> Int {
    target[0] = 0x5C
    switch byte {
    case 0x22, 0x5C: target[1] = byte
    case 0x0A: target[1] = UInt8(ascii: "n")
    case 0x0D: target[1] = UInt8(ascii: "r")
    case 0x09: target[1] = UInt8(ascii: "t")
    default:
      @inline(__always) func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") &+ value : UInt8(ascii: "a") &+ (value &- 10)
      }
      target[1] = UInt8(ascii: "u")
      target[2] = UInt8(ascii: "0")
      target[3] = UInt8(ascii: "0")
      target[4] = hexDigit(byte >> 4)
      target[5] = hexDigit(byte & 0x0F)
      return 6
    }
    return 2
  }

  /// Appends `"…"` with JSON escapes, U+2028 and U+2029 as `\u2028` and `\u2029` too
  /// (`isLineSeparator`). Clean runs are found 8 bytes at a time and copied whole.
  @usableFromInline
  mutating func appendQuoted(utf8: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    guard let base = utf8.baseAddress else {
      bytes.append(UInt8(ascii: "\""))
      return
    }
    let count = utf8.count
    var runStart = 0
    var index = 0
    while index < count {
      if index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if !Self.mayNeedEscape(word) && !Self.mayHoldLineSeparator(word) {
          index += 8
          continue
        }
      }
      let byte = base[index]
      let separator = byte == 0xE2 && Self.isLineSeparator(base, at: index, count: count)
      guard Self.mustEscape(byte) || separator else {
        index += 1
        continue
      }
      if runStart < index {
        bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
      }
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6) { escape in
        let length =
          separator
          ? Self.writeLineSeparatorEscape(last: base[index + 2], at: escape.baseAddress!)
          : Self.writeEscape(of: byte, at: escape.baseAddress!)
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: escape[0..<length]))
      }
      index += separator ? 3 : 1
      runStart = index
    }
    if runStart < count {
      bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Whether some byte of `bytes` must be escaped in a JSON string (< 0x20, `"` or `\\`), or it
  /// holds U+2028 or U+2029 (`isLineSeparator`), which the writer escapes too: eight bytes at a time
  /// (`mayNeedEscape`, `mayHoldLineSeparator`), the rest one by one.
  @inlinable
  public static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    /// Whether the 8 bytes at `index` hold a byte to escape or the start of a line separator
    /// (tested further only when a byte is not ASCII).
    @inline(__always) func wordNeedsEscape(at index: Int) -> Bool {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if mayNeedEscape(word) { return true }
      guard mayHoldLineSeparator(word) else { return false }
      for offset in 0..<8 where isLineSeparator(base, at: index + offset, count: count) { return true }
      return false
    }
    guard count >= 8 else {
      for index in 0..<count {
        let byte = base[index]
        if mustEscape(byte) || (byte == 0xE2 && isLineSeparator(base, at: index, count: count)) { return true }
      }
      return false
    }
    var index = 0
    while index + 8 <= count {
      if wordNeedsEscape(at: index) { return true }
      index += 8
    }
    // The last bytes as one word that overlaps the one before (a yes/no answer may test a byte
    // twice): short strings (most keys and values) took a byte-by-byte loop here.
    return index < count && wordNeedsEscape(at: count - 8)
  }

  /// Whether `byte` must be escaped in a JSON string: a control character (< 0x20), `"` or `\\`
  /// (RFC 8259 §7).
  @inlinable @inline(__always)
  public static func mustEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C
  }

  /// Whether any of 8 bytes is < 0x20, `"` or `\\` ("determine if a word has a byte less than n" and
  /// "has a zero byte", Anderson, Bit Twiddling Hacks): exact as a yes/no answer.
  @inline(__always) @usableFromInline
  static func mayNeedEscape(_ word: UInt64) -> Bool {
    escapeMask(word) != 0
  }

  /// The high bit of each of 8 bytes (little-endian) flagged as < 0x20, `"` or `\\`: nonzero exactly
  /// when `mayNeedEscape`, and its lowest set bit is the first such byte's (a borrow makes false
  /// flags only in bytes above a true one).
  @inline(__always)
  static func escapeMask(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let control = (word &- ones &* 0x20) & ~word & highs
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let quotes = (quote &- ones) & ~quote & highs
    let backslashes = (backslash &- ones) & ~backslash & highs
    return control | quotes | backslashes
  }
}

/// JSON text assembled in a fixed buffer (`JSONWriter.appendAssembled`): literal fragments, and
/// numbers formatted exactly as `JSONWriter.number(_:)` formats them.
public struct JSONFragmentBuffer: TextOutputStream {
  @usableFromInline let buffer: UnsafeMutableBufferPointer<UInt8>
  /// Bytes written so far.
  @usableFromInline var written = 0
  /// Bytes written so far.
  public var count: Int { written }

  @inlinable
  init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

  /// Appends JSON text the caller has formed (plain ASCII names and punctuation).
  @inlinable @inline(__always)
  public mutating func fragment(_ json: StaticString) {
    json.withUTF8Buffer { _writeASCII($0) }
  }

  /// Appends a number as `JSONWriter.number(_:)` writes it: the shortest text that round-trips,
  /// "0.0" for either zero, "1.0", and `null` when not finite.
  public mutating func number(_ value: Double) {
    if value == 0 {
      fragment("0.0")  // also -0.0: stable output
    } else if value == 1 {
      fragment("1.0")
    } else if value.isFinite {
      // `ShortestDecimal` writes at most 24 bytes; with less room left, the standard library's
      // text is appended through the checked `_writeASCII`.
      if written + 24 <= buffer.count, let count = ShortestDecimal.write(value, to: buffer.baseAddress! + written) {
        written += count
      } else {
        value.write(to: &self)
      }
    } else {
      fragment("null")
    }
  }

  /// `TextOutputStream`, for `Double.write(to:)`.
  public mutating func write(_ string: String) {
    var string = string
    string.withUTF8 { _writeASCII($0) }
  }

  /// `TextOutputStream`'s fast path for ASCII text (the standard library writes a number's digits
  /// through it).
  @inlinable
  public mutating func _writeASCII(_ text: UnsafeBufferPointer<UInt8>) {
    precondition(written + text.count <= buffer.count, "assembled JSON longer than its buffer")
    guard let source = text.baseAddress, let target = buffer.baseAddress else { return }
    (target + written).update(from: source, count: text.count)
    written += text.count
  }
}

/// A text stream over a byte buffer that takes ASCII text (a number's digits) without making a
/// String of it.
private struct ASCIISink: TextOutputStream {
  var bytes: [UInt8] = []

  mutating func write(_ string: String) {
    bytes.append(contentsOf: string.utf8)
  }

  mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: buffer)
  }
}
