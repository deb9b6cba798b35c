internal import ICUBridge

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Control characters in text, read as spaces: C0 controls other than tab, line feed and carriage
/// return (NUL, VT, FF, ESC, U+001C–U+001F …), DEL (U+007F) and the C1 controls U+0080–U+009F
/// except U+0085 NEXT LINE (a line break, as Unicode's sentence rules read it, like line feed).
///
/// Such a character holds no word and no punctuation; it comes from a database field, a
/// terminal, a converted legacy file (a NUL pad, an escape sequence, a C1 byte read as Latin-1).
/// Word breaking made it a punctuation token, which the scorer read as punctuation between words
/// ("good\0bad" read as ironic praise, −0.64 where "good bad" is −0.05). The tokenizer breaks a
/// copy of the text in which each one is a space (a C1 control, two bytes in UTF-8, a no-break
/// space U+00A0, also two): the copy has the original's byte and code-point offsets, so tokens
/// and sentences index the original text, which keeps its controls.
enum ControlCharacters {
  /// Where the first such control starts in `bytes` (valid UTF-8), or nil when there is none
  /// (most texts: sixteen bytes at a time, `vb_control_candidates16`, each group without a byte
  /// below 0x20, DEL or 0xC2 passed in a few instructions; a group with a tab, a line break or a
  /// C2 that leads no control is read byte by byte).
  /// `controlFreeASCII`: the bytes are known to be ASCII without one below 0x20 (a JSON string's
  /// text read in place), so only DEL is looked for (`memchr`).
  @inline(__always)
  static func first(in bytes: UnsafeBufferPointer<UInt8>, controlFreeASCII: Bool = false) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    if controlFreeASCII {
      return memchr(base, 0x7F, bytes.count).map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base }
    }
    let count = bytes.count
    var index = 0
    while index + 16 <= count {
      if vb_control_candidates16(base + index) != 0 {
        // A C1 control's lead byte may end the group: its second byte is read past it.
        for position in index..<(index + 16) where length(in: bytes, at: position) > 0 { return position }
      }
      index += 16
    }
    while index < count {
      if length(in: bytes, at: index) > 0 { return index }
      index += 1
    }
    return nil
  }

  /// The length in bytes of the control starting at `index` (1 for C0 and DEL, 2 for C1), or 0.
  @inline(__always)
  static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x20 { return byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0 : 1 }
    if byte == 0x7F { return 1 }
    if byte == 0xC2, index + 1 < bytes.count {
      let next = bytes[index + 1]
      return next >= 0x80 && next <= 0x9F && next != 0x85 ? 2 : 0
    }
    return 0
  }

  /// Makes each control in `bytes` from `start` on a space: a C0 control or DEL the space U+0020,
  /// a C1 control the no-break space U+00A0 (both keep the text's byte and code-point lengths).
  static func blank(_ bytes: UnsafeMutableBufferPointer<UInt8>, from start: Int) {
    let view = UnsafeBufferPointer(bytes)
    var index = start
    while index < bytes.count {
      switch length(in: view, at: index) {
      case 1:
        bytes[index] = 0x20
        index += 1
      case 2:
        bytes[index + 1] = 0xA0
        index += 2
      default: index += 1
      }
    }
  }
}
