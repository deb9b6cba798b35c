/// UTF-8 validation with the offset of the first bad byte, and encoding helpers.
public enum UTF8Validation {
  /// The 0-based offset of the first byte that is not part of a well-formed UTF-8 sequence
  /// (Unicode 15, Table 3-7: no overlongs, no surrogates, nothing above U+10FFFF), or nil.
  ///
  /// One pass answers both "is it valid" and "is it ASCII" questions callers used to ask in two:
  /// ASCII is skipped eight bytes at a time, and a word that holds a byte ≥ 0x80 jumps straight to
  /// it (the lowest high bit of the little-endian word), so ASCII between multi-byte characters
  /// costs no byte-by-byte steps. A multi-byte character with four bytes left is checked from one
  /// 32-bit load (`sequenceLength`); the last three bytes go through `tailSequenceLength`. Either
  /// way the offset reported is that of the ill-formed sequence's first byte.
  public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    let raw = UnsafeRawPointer(base)
    let highs: UInt64 = 0x8080_8080_8080_8080
    var index = 0
    while index < count {
      let lead = base[index]
      if lead < 0x80 {
        // Runs of ASCII (most text) are skipped sixteen bytes at a time, then eight; the word with
        // a high bit gives the first non-ASCII byte. (`index` ≤ `count`: no sum here overflows.)
        index &+= 1
        while index &+ 16 <= count {
          let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          let second = raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self)
          if (first | second) & highs != 0 { break }
          index &+= 16
        }
        while index &+ 8 <= count {
          let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & highs
          if high != 0 {
            index &+= high.trailingZeroBitCount &>> 3
            break
          }
          index &+= 8
        }
        continue
      }
      let length =
        index + 4 <= count
        ? sequenceLength(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self)))
        : tailSequenceLength(base, at: index, count: count)
      guard length != 0 else { return index }
      index += length
      // Runs of two-byte characters and ASCII (most text in those scripts) eight bytes at a time;
      // runs of three-byte characters (Chinese, Japanese) one 32-bit load each.
      if length == 2 {
        index = twoByteRunEnd(base, from: index, count: count)
      } else if length == 3 {
        index = threeByteRunEnd(base, from: index, count: count)
      }
    }
    return nil
  }

  /// How many of `bytes` are UTF-8 continuation bytes (0x80–0xBF): a byte count less this is a
  /// count of characters, for columns in messages. Eight bytes at a time: a continuation byte has
  /// its high bit set and the next bit clear.
  @inlinable @inline(__always)
  public static func continuationByteCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let highs: UInt64 = 0x8080_8080_8080_8080
    var count = 0
    var index = 0
    while index &+ 8 <= bytes.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      count &+= (word & highs & ~(word &<< 1)).nonzeroBitCount
      index &+= 8
    }
    while index < bytes.count {
      if base[index] & 0xC0 == 0x80 { count &+= 1 }
      index &+= 1
    }
    return count
  }

  /// The length of the well-formed multi-byte sequence whose lead (≥ 0x80) is the low byte of
  /// `word` (four bytes read little-endian), or 0 when it is ill-formed. Table 3-7's ranges for
  /// the second byte (A0–BF after E0, 80–9F after ED, 90–BF after F0, 80–8F after F4) are exactly
  /// the continuation bytes that make the code point neither overlong (below 0x800 or 0x10000)
  /// nor a surrogate nor above U+10FFFF, which is what is tested of the decoded value.
  @inline(__always)
  private static func sequenceLength(_ word: UInt32) -> Int {
    let lead = word & 0xFF
    if lead < 0xE0 {
      // C2–DF and one continuation byte; 80–C1 is no lead.
      return lead >= 0xC2 && word & 0xC000 == 0x8000 ? 2 : 0
    }
    if lead < 0xF0 {
      guard word & 0xC0_C000 == 0x80_8000 else { return 0 }
      let scalar = (lead & 0x0F) << 12 | (word >> 2) & 0xFC0 | (word >> 16) & 0x3F
      return scalar >= 0x800 && scalar & 0xF800 != 0xD800 ? 3 : 0
    }
    // F5–FF is no lead (F5–F7 would also decode above U+10FFFF; F8–FF not at all).
    guard lead <= 0xF4, word & 0xC0C0_C000 == 0x8080_8000 else { return 0 }
    let scalar = (lead & 0x07) << 18 | (word << 4) & 0x3_F000 | (word >> 10) & 0xFC0 | (word >> 24) & 0x3F
    return scalar >= 0x1_0000 && scalar <= 0x10_FFFF ? 4 : 0
  }

  /// `sequenceLength` of the sequence at `index` when fewer than four bytes are left, byte by
  /// byte (Table 3-7); 0 when it is ill-formed or cut off.
  private static func tailSequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int {
    let lead = base[index]
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upper = 0x9F
    case 0xF0:
      length = 4
      lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upper = 0x8F
    default: return 0
    }
    guard index + length <= count, base[index + 1] >= lower, base[index + 1] <= upper else { return 0 }
    for offset in 2..<max(length, 2) where offset < length {
      guard base[index + offset] & 0xC0 == 0x80 else { return 0 }
    }
    return length
  }

  /// The end of the run of well-formed ASCII and two-byte characters that starts at `index` (a
  /// character boundary), found eight bytes at a time; it stops at or before any other byte (a
  /// longer or ill-formed sequence), which the caller then reads byte by byte. Within a word, each
  /// lead byte C2–DF must be followed by a continuation byte 80–BF and each continuation byte must
  /// follow such a lead; a lead in the last byte carries its character into the next word.
  @inline(__always)
  private static func twoByteRunEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
    let highs: UInt64 = 0x8080_8080_8080_8080
    var index = start
    while index + 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let high = word & highs
      let bit6 = (word << 1) & highs
      let bit5 = (word << 2) & highs
      let leads = high & bit6
      let continuations = high & ~bit6
      // A lead of three or four bytes (bit 5 set), or C0/C1 (an overlong form: bits 1–4 clear).
      let payload = ((word & 0x1E1E_1E1E_1E1E_1E1E) &+ 0x7F7F_7F7F_7F7F_7F7F) & highs
      guard leads & bit5 == 0, leads & ~payload == 0, leads << 8 == continuations else { break }
      index += 8 &- Int(leads >> 63)
    }
    return index
  }

  /// The end of the run of three-byte characters with leads E1–EC and EE–EF that starts at `index`
  /// (a character boundary), one 32-bit load per character while four bytes are left: after those
  /// leads any two continuation bytes are well-formed (Table 3-7; E0 and ED, whose second byte has
  /// a narrower range, end the run, as does anything else, and the caller reads it).
  @inline(__always)
  private static func threeByteRunEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
    var index = start
    while index &+ 4 <= count {
      let word = UInt32(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self))
      // A lead E0–EF and two continuation bytes, the lead neither E0 nor ED.
      guard word & 0xC0_C0F0 == 0x80_80E0, word & 0x0F != 0, word & 0xFF != 0xED else { break }
      index &+= 3
    }
    return index
  }

  /// The encoding a line that is really UTF-16 or UTF-32 is in, and how that shows (for the first
  /// line of an input): a UTF-16 or UTF-32 byte-order mark, or zero bytes making up at least a quarter
  /// of the line, all at odd or all at even offsets (two or more; UTF-16 text in a Latin script has
  /// one after or before every letter, UTF-8 text has none). Nil for anything else.
  public static func utf16Evidence(_ bytes: UnsafeBufferPointer<UInt8>) -> (encoding: String, evidence: String)? {
    // With a byte-order mark, the name without endianness: `iconv -f UTF-16` reads the mark and drops it.
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
      return ("UTF-32", "it starts with a little-endian UTF-32 byte-order mark")
    }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      return ("UTF-32", "it starts with a big-endian UTF-32 byte-order mark")
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16", "it starts with a little-endian UTF-16 byte-order mark") }
    if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16", "it starts with a big-endian UTF-16 byte-order mark") }
    // Zero bytes on one side of every character only: at odd offsets for little-endian text in the
    // Latin range, at even ones for big-endian. Zeros on both sides are binary data, not text.
    var zeros = (even: 0, odd: 0)
    for (offset, byte) in bytes.enumerated() where byte == 0 {
      if offset & 1 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
    }
    let total = zeros.even + zeros.odd
    guard total >= 2, total * 4 >= bytes.count, zeros.even == 0 || zeros.odd == 0 else { return nil }
    return (zeros.even > 0 ? "UTF-16BE" : "UTF-16LE", "its first line has a zero byte between its characters")
  }

  /// `utf16Evidence(_:)` of a whole file's first line (up to its first line feed), with the message
  /// that names the encoding and the `iconv` command that converts it, for files a user writes
  /// (lexicons, codebooks; QA review 17: a UTF-16 lexicon was said to be Latin-1). Nil for UTF-8.
  public static func wrongEncodingMessage(_ bytes: [UInt8], path: String, what: String) -> String? {
    let end = bytes.firstIndex(of: 0x0A) ?? bytes.count
    guard
      let (encoding, evidence) = bytes.withUnsafeBufferPointer({
        utf16Evidence(UnsafeBufferPointer(rebasing: $0[..<end]))
      })
    else { return nil }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    // Quoted for the shell when the name holds anything but letters, digits and . _ - (a space).
    let plain = name.unicodeScalars.allSatisfy {
      $0.isASCII && (CharacterSetLite.isAlphanumeric($0) || "._-".unicodeScalars.contains($0))
    }
    let (source, target) =
      plain
      ? (name, "utf8-" + name)
      : (
        "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'",
        "utf8-converted"
      )
    return conversionAdvice(what, encoding: encoding, evidence: evidence, from: source, to: target)
  }

  /// "the input is UTF-16LE, not UTF-8 (evidence); convert it first, e.g. iconv -f UTF-16LE -t UTF-8
  /// FILE > converted.txt": the one wording for text input (`InputError.notUTF8`) and for the files
  /// users write (`wrongEncodingMessage`).
  public static func conversionAdvice(
    _ what: String, encoding: String, evidence: String, from source: String, to target: String
  ) -> String {
    "the \(what) is \(encoding), not UTF-8 (\(evidence)); convert it first, e.g. "
      + "iconv -f \(encoding) -t UTF-8 \(source) > \(target)"
  }

  /// Whether every byte is ASCII. Inlinable: the tokenizer asks it of every stretch it may join to
  /// a region, where a call across modules cost more than the test.
  @inlinable
  public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    // Eight bytes at a time.
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= count {
        if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
        index += 8
      }
    }
    while index < count {
      if bytes[index] >= 0x80 { return false }
      index += 1
    }
    return true
  }

  /// Replaces every ill-formed sequence with U+FFFD (Swift's decoder follows the Unicode
  /// "maximal subpart" practice) and returns the text and how many replacements were made.
  public static func repairing(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, replacements: Int) {
    let text = String(decoding: bytes, as: UTF8.self)
    let replacement: Unicode.Scalar = "\u{FFFD}"
    let before = countReplacementCharacters(bytes)
    let after = text.unicodeScalars.reduce(0) { $0 + ($1 == replacement ? 1 : 0) }
    return (text, after - before)
  }

  private static func countReplacementCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard bytes.count >= 3 else { return 0 }
    var count = 0
    for index in 0..<(bytes.count - 2)
    where bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD {
      count += 1
    }
    return count
  }

  /// Appends the UTF-8 encoding of a scalar value (caller guarantees it is a valid scalar).
  public static func appendScalar(_ scalar: UInt32, to bytes: inout [UInt8]) {
    switch scalar {
    case 0..<0x80: bytes.append(UInt8(scalar))
    case 0x80..<0x800:
      bytes.append(UInt8(0xC0 | scalar >> 6))
      bytes.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      bytes.append(UInt8(0xE0 | scalar >> 12))
      bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      bytes.append(UInt8(0x80 | scalar & 0x3F))
    default:
      bytes.append(UInt8(0xF0 | scalar >> 18))
      bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      bytes.append(UInt8(0x80 | scalar & 0x3F))
    }
  }

  /// Number of Unicode scalars (code points) in valid UTF-8: the bytes that are not continuation
  /// bytes. This is the indexing Python's `str` uses.
  @inline(__always)
  public static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }
}

/// ASCII letter and digit tests without Foundation.
enum CharacterSetLite {
  static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
  }
}
