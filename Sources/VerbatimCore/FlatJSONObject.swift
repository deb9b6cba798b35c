/// A JSONL line read in place when it has the common shape of exported records: one object whose
/// members are strings without escapes, numbers, `true`, `false` or `null`, with ASCII names.
/// Such a line needs no `JSONValue` tree, no `String` per member and no unescaping: the text can be
/// tokenized from the line's own bytes and the members written back as the bytes they were read
/// from, which is exactly what `JSONWriter.carriedMembers(of:replacing:)` writes for them (a string
/// without `\` holds no `"`, `\` or control character, so escaping leaves it as it is; a number is
/// carried as its text; the writer is compact, and the member slices exclude white space).
///
/// `scan` accepts only lines that `JSONParser` parses to that object (strict RFC 8259 syntax); any
/// other line (escapes, nested values, a byte-order mark, a syntax error) is declined and goes
/// through `TextRecordDecoder.decode`, which parses it or reports the error. Reuse one value per
/// thread: the member list keeps its capacity.
public struct FlatJSONObject {
  /// Byte ranges into the scanned line: the name without quotes, the value as written (a string
  /// with its quotes).
  struct Member {
    var name: Range<Int>
    var value: Range<Int>
    var isString: Bool

    /// The value's bytes, without a string's quotes.
    var contents: Range<Int> { isString ? (value.lowerBound + 1)..<(value.upperBound - 1) : value }
  }

  var members: [Member] = []
  /// Whether the line `scan` last read as a flat object is all ASCII. Its strings then hold no CR
  /// or LF either: a string with a control character or an escape makes the line no flat object.
  public private(set) var isASCII = false

  public init() {}

  /// Reads `line` as a flat object; false when it is not one or not valid UTF-8 (nothing is
  /// reported: the caller takes the general path).
  public mutating func scan(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    // Emptied member by member (two or three a line): `removeAll(keepingCapacity:)` went through
    // the general `replaceSubrange`, some 80 instructions a line.
    while members.popLast() != nil {}
    isASCII = false
    guard let base = line.baseAddress else { return false }
    // UTF-8 is validated only for a line with a byte ≥ 0x80, and after the scan: outside strings
    // the syntax admits ASCII only, and the string scans collect the high bits of what they pass.
    var highBits: UInt64 = 0
    let count = line.count
    var position = Self.skipWhitespace(base, count, from: 0)
    guard position < count, base[position] == UInt8(ascii: "{") else { return false }
    position = Self.skipWhitespace(base, count, from: position + 1)
    guard position < count else { return false }
    if base[position] == UInt8(ascii: "}") {
      return Self.skipWhitespace(base, count, from: position + 1) == count
    }
    while true {
      guard position < count, base[position] == UInt8(ascii: "\""),
        let nameEnd = Self.stringEnd(base, count, from: position, asciiOnly: true, highBits: &highBits)
      else { return false }
      let name = (position + 1)..<(nameEnd - 1)
      position = Self.skipWhitespace(base, count, from: nameEnd)
      guard position < count, base[position] == UInt8(ascii: ":") else { return false }
      position = Self.skipWhitespace(base, count, from: position + 1)
      guard position < count else { return false }
      let valueEnd: Int?
      let isString = base[position] == UInt8(ascii: "\"")
      switch base[position] {
      case UInt8(ascii: "\""):
        valueEnd = Self.stringEnd(base, count, from: position, asciiOnly: false, highBits: &highBits)
      case UInt8(ascii: "t"): valueEnd = Self.literalEnd("true", base, count, from: position)
      case UInt8(ascii: "f"): valueEnd = Self.literalEnd("false", base, count, from: position)
      case UInt8(ascii: "n"): valueEnd = Self.literalEnd("null", base, count, from: position)
      default: valueEnd = Self.numberEnd(base, count, from: position)
      }
      guard let valueEnd else { return false }
      members.append(Member(name: name, value: position..<valueEnd, isString: isString))
      position = Self.skipWhitespace(base, count, from: valueEnd)
      guard position < count else { return false }
      if base[position] == UInt8(ascii: ",") {
        position = Self.skipWhitespace(base, count, from: position + 1)
        continue
      }
      guard base[position] == UInt8(ascii: "}"), Self.skipWhitespace(base, count, from: position + 1) == count else {
        return false
      }
      isASCII = highBits & 0x8080_8080_8080_8080 == 0
      return isASCII || UTF8Validation.firstInvalidOffset(line) == nil
    }
  }

  /// Whether two members have the same name (the general path rejects such a line: JSON leaves
  /// duplicate names undefined). Most objects are small, so pairs are compared; an object of more
  /// than 16 members goes through a set of its names (pairs made a line of 80,000 members take 10 s
  /// in `score`; QA review 39).
  public func hasRepeatedName(in line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard members.count > 1 else { return false }
    if members.count == 2 {
      // The usual line ("id" and "text"): one comparison, without the loops' steps.
      let first = members[0].name
      let second = members[1].name
      return first.count == second.count
        && UnsafeBufferPointer(rebasing: line[first]).elementsEqual(UnsafeBufferPointer(rebasing: line[second]))
    }
    if members.count > 16 {
      var seen = Set<ArraySlice<UInt8>>(minimumCapacity: members.count)
      for member in members where !seen.insert(ArraySlice(line[member.name])).inserted { return true }
      return false
    }
    for later in 1..<members.count {
      let name = UnsafeBufferPointer(rebasing: line[members[later].name])
      for earlier in 0..<later where members[earlier].name.count == name.count {
        if UnsafeBufferPointer(rebasing: line[members[earlier].name]).elementsEqual(name) { return true }
      }
    }
    return false
  }

  /// The contents (without quotes) of the first member named `name` (ASCII), when it is a string;
  /// nil when there is no such member or it is not a string (the general path then says why, or
  /// reads `null` as an empty text).
  public func stringContents(of name: [UInt8], in line: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    guard let member = firstMember(named: name, in: line), member.isString else { return nil }
    return member.contents
  }

  /// The first member named `name` (ASCII) as `JSONValue.identifierText` renders the value the
  /// general path reads for it: a string's contents (no escapes in a flat object), any other value
  /// as written (a number's text, `true`, `false`, `null`). Nil when there is no such member. `tag`
  /// reads each line's `"id"` this way: parsing the whole line again for a number id cost about
  /// 3,800 instructions a line (VADER texts: 90M of `tag`'s 979M).
  public func identifierText(of name: [UInt8], in line: UnsafeBufferPointer<UInt8>) -> String? {
    guard let member = firstMember(named: name, in: line) else { return nil }
    return String(decoding: UnsafeBufferPointer(rebasing: line[member.contents]), as: UTF8.self)
  }

  /// The first member named `name` (ASCII), if any.
  /// A loop over the members' and the name's buffers: `members.first { Self.equals(…) }` cost some
  /// 90 instructions a line for the text member of a two-member line (a closure call per member,
  /// and the name's buffer taken once per member).
  private func firstMember(named name: [UInt8], in line: UnsafeBufferPointer<UInt8>) -> Member? {
    name.withUnsafeBufferPointer { name in
      members.withUnsafeBufferPointer { members in
        for member in members where Self.equals(line, member.name, name) { return member }
        return nil
      }
    }
  }

  /// Whether `line[range]` is `name`: a byte loop over two buffers (the generic `elementsEqual` of a
  /// buffer and an array cost about ten times as much, for every member of every line).
  @inline(__always)
  static func equals(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ name: [UInt8]) -> Bool {
    guard range.count == name.count else { return false }
    return name.withUnsafeBufferPointer { equals(line, range, $0) }
  }

  /// `equals(_:_:_:)` with the name's buffer already taken (`firstMember(named:in:)` takes it once
  /// for all the members).
  @inline(__always)
  static func equals(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ name: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard range.count == name.count else { return false }
    var index = 0
    while index < name.count {
      if line[range.lowerBound &+ index] != name[index] { return false }
      index &+= 1
    }
    return true
  }

  @inline(__always)
  private static func skipWhitespace(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> Int {
    var position = start
    while position < count {
      switch base[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return position
      }
    }
    return position
  }

  /// The position after the closing quote of the string opening at `start`, or nil when it has an
  /// escape, a control character (the parser's error), no closing quote, or (for `asciiOnly`) a
  /// byte ≥ 0x80. Runs free of `"`, `\` and control characters are skipped 8 bytes at a time.
  /// The bytes passed are or-ed into `highBits` (whose 0x80 bits then tell whether any was ≥ 0x80).
  @inline(__always)
  private static func stringEnd(
    _ base: UnsafePointer<UInt8>, _ count: Int, from start: Int, asciiOnly: Bool, highBits: inout UInt64
  ) -> Int? {
    var position = start + 1
    let highs: UInt64 = 0x8080_8080_8080_8080
    var seen: UInt64 = 0
    defer { highBits |= seen }
    // Sixteen bytes at a time while none is flagged (`escapeFlags`); the word loop below finds
    // the flagged byte.
    if position + 16 <= count {
      var seenLanes = SIMD16<UInt8>()
      while position + 16 <= count {
        let lanes = UnsafeRawPointer(base + position).loadUnaligned(as: SIMD16<UInt8>.self)
        let flags = Self.escapeFlags(lanes) | (asciiOnly ? lanes & SIMD16(repeating: 0x80) : SIMD16())
        let halves = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
        if halves[0] | halves[1] != 0 { break }
        seenLanes |= lanes
        position += 16
      }
      let seenHalves = unsafeBitCast(seenLanes, to: SIMD2<UInt64>.self)
      seen = seenHalves[0] | seenHalves[1]
    }
    while position + 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
      let flags = JSONWriter.escapeMask(word) | (asciiOnly ? word & highs : 0)
      if flags != 0 {
        // The bytes before the first flagged one need no test: the loop below starts at it.
        let skipped = flags.trailingZeroBitCount >> 3
        seen |= word & ((1 << UInt64(8 * skipped)) &- 1)
        position += skipped
        break
      }
      seen |= word
      position += 8
    }
    while position < count {
      let byte = base[position]
      if byte == UInt8(ascii: "\"") { return position + 1 }
      if byte == UInt8(ascii: "\\") || byte < 0x20 || (asciiOnly && byte >= 0x80) { return nil }
      seen |= UInt64(byte)
      position += 1
    }
    return nil
  }

  /// The high bit of each of 16 bytes that is < 0x20, `"` or `\\`, exactly (`JSONWriter.escapeMask`'s
  /// tests lane by lane, where no borrow crosses from one byte to the next): a byte below 0x20
  /// wraps below zero when 0x20 is taken from it and has its high bit clear; a byte equal to `"`
  /// or `\\` is zero after the exclusive or, and wraps when 1 is taken.
  @inline(__always)
  private static func escapeFlags(_ lanes: SIMD16<UInt8>) -> SIMD16<UInt8> {
    let quote = lanes ^ SIMD16(repeating: 0x22)
    let backslash = lanes ^ SIMD16(repeating: 0x5C)
    let wrapped =
      (lanes &- SIMD16(repeating: 0x20)) | (quote &- SIMD16(repeating: 1)) | (backslash &- SIMD16(repeating: 1))
    return wrapped & ~lanes & SIMD16(repeating: 0x80)
  }

  private static func literalEnd(_ literal: StaticString, _ base: UnsafePointer<UInt8>, _ count: Int, from start: Int)
    -> Int?
  {
    let length = literal.utf8CodeUnitCount
    guard start + length <= count else { return nil }
    let matches = literal.withUTF8Buffer { expected in
      (0..<length).allSatisfy { base[start + $0] == expected[$0] }
    }
    return matches ? start + length : nil
  }

  /// The end of an RFC 8259 number at `start`: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  private static func numberEnd(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> Int? {
    func isDigit(_ position: Int) -> Bool { position < count && base[position] &- 0x30 < 10 }
    var position = start
    if base[position] == UInt8(ascii: "-") { position += 1 }
    guard isDigit(position) else { return nil }
    if base[position] == UInt8(ascii: "0") {
      position += 1
    } else {
      while isDigit(position) { position += 1 }
    }
    if position < count, base[position] == UInt8(ascii: ".") {
      position += 1
      guard isDigit(position) else { return nil }
      while isDigit(position) { position += 1 }
    }
    if position < count, base[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < count, base[position] == UInt8(ascii: "+") || base[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard isDigit(position) else { return nil }
      while isDigit(position) { position += 1 }
    }
    return position
  }
}

extension JSONWriter {
  /// Opens an output record's line and object and carries the input's members through: `record`'s
  /// when the line was decoded, else those of the flat line `object` (read in place from `source`).
  /// Returns how many of the input's members the command's own replaced (`score`, `tag`).
  public mutating func beginCarriedRecord(
    _ record: TextRecord?, flat object: FlatJSONObject, in source: UnsafeBufferPointer<UInt8>, line: Int,
    replacing ownKeys: [String], ownNames: [[UInt8]]
  ) -> Int {
    startLine()
    beginObject()
    if let record { return carriedMembers(of: record, replacing: ownKeys) }
    return carriedMembers(of: object, in: source, line: line, replacing: ownNames)
  }

  /// `carriedMembers(of:replacing:)` for a line read by `FlatJSONObject.scan`: an `"id"` member
  /// with the 1-based line number `line` when the object has none, then every member whose name is
  /// not in `ownNames` (compared byte for byte: pass ASCII names), each copied as written. Returns
  /// how many members it left out.
  ///
  /// The members are assembled in one temporary buffer and appended once: a record's two or three
  /// members were otherwise about a dozen appends (each with its capacity and uniqueness tests).
  @discardableResult
  public mutating func carriedMembers(
    of object: FlatJSONObject, in source: UnsafeBufferPointer<UInt8>, line: Int, replacing ownNames: [[UInt8]]
  ) -> Int {
    let idName: [UInt8] = [UInt8(ascii: "i"), UInt8(ascii: "d")]
    if !object.members.contains(where: { FlatJSONObject.equals(source, $0.name, idName) }) {
      key("id" as StaticString)
      number(line)
    }
    // Per kept member: a comma, the quoted name, a colon and the value; and three bytes more per
    // U+2028 or U+2029 (`\u2028` for the three bytes of the character), which the line holds only
    // where it has a byte above 0xDF.
    var length = 0
    var separators = 0
    for member in object.members {
      length += member.name.count + member.value.count + 4
    }
    guard length > 0, let sourceBase = source.baseAddress else { return 0 }
    if !object.isASCII {
      separators = Self.lineSeparatorCount(source)
      length += 3 * separators
    }
    var left = 0
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
      // `length` counts every member, so the kept ones fit.
      let target = buffer.baseAddress!
      var written = 0
      var comma = needsComma
      /// Copies the bytes of `range` of the line, escaping U+2028 and U+2029 when it holds any.
      func copy(_ range: Range<Int>) {
        if separators > 0 {
          written += Self.copyEscapingLineSeparators(UnsafeBufferPointer(rebasing: source[range]), to: target + written)
        } else {
          Self.copyBytes(from: sourceBase + range.lowerBound, count: range.count, to: target + written)
          written += range.count
        }
      }
      for member in object.members {
        if ownNames.contains(where: { FlatJSONObject.equals(source, member.name, $0) }) {
          left += 1
          continue
        }
        if comma {
          target[written] = UInt8(ascii: ",")
          written += 1
        }
        comma = true
        target[written] = UInt8(ascii: "\"")
        written += 1
        copy(member.name)
        target[written] = UInt8(ascii: "\"")
        target[written + 1] = UInt8(ascii: ":")
        written += 2
        copy(member.value)
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<written]))
      needsComma = comma
    }
    return left
  }

  /// Copies `count` bytes from `source` to `target` (which do not overlap): up to 16 with two loads
  /// and two stores that may overlap, any more with `memcpy`. A record's names and short values
  /// (`"id"`, a number) each took a `memmove` call, some 30 instructions.
  @inline(__always)
  static func copyBytes(from source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(target)
    if count > 16 {
      to.copyMemory(from: from, byteCount: count)
    } else if count >= 8 {
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
      to.storeBytes(of: head, as: UInt64.self)
      to.storeBytes(of: tail, toByteOffset: count &- 8, as: UInt64.self)
    } else if count >= 4 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: count &- 4, as: UInt32.self)
    } else if count > 0 {
      // One to three bytes: the first, the middle and the last (some the same).
      target[0] = source[0]
      target[count >> 1] = source[count >> 1]
      target[count &- 1] = source[count &- 1]
    }
  }

  /// The bytes `key(name)` writes when no comma is due: the name quoted (and escaped), then a colon.
  /// Made once per run for `flatStringMember(encodedKey:contents:)`.
  public static func encodedKey(_ name: String) -> [UInt8] {
    var writer = JSONWriter(capacity: 0)
    writer.key(name)
    return writer.bytes
  }

  /// Writes a member whose value is a string of a line read by `FlatJSONObject.scan`: `encodedKey`
  /// (see `encodedKey(_:)`), then `contents` (the string's bytes between its quotes) quoted and
  /// copied as they are. Such a string holds no `"`, `\` or control character (the scan declines a
  /// line with one), so this writes what `key(_:)` and `string(utf8:)` write, searching the text
  /// only for U+2028 and U+2029 (which it escapes), and only when `mayHoldLineSeparator` (this runs
  /// once per record).
  /// `mayHoldLineSeparator`: false when the contents are known to hold no byte above 0x7F.
  public mutating func flatStringMember(
    encodedKey: [UInt8], contents: UnsafeBufferPointer<UInt8>, mayHoldLineSeparator: Bool = true
  ) {
    separate()
    bytes.append(contentsOf: encodedKey)
    if mayHoldLineSeparator, Self.lineSeparatorCount(contents) > 0 {
      appendQuoted(utf8: contents)
    } else {
      bytes.append(UInt8(ascii: "\""))
      bytes.append(contentsOf: contents)
      bytes.append(UInt8(ascii: "\""))
    }
    needsComma = true
  }
}
