/// Watches the bytes of an input read with `--encoding iso-8859-1` or `windows-1252` for the sign
/// that it is UTF-8 after all (QA review 29): a UTF-8 byte-order mark at the start, or at least one
/// non-ASCII byte with every non-ASCII byte in a well-formed multi-byte UTF-8 sequence (the rule of
/// `EncodingCheck`; real single-byte text almost never passes). Reading such a file as a single-byte
/// encoding would turn "é" into "Ã©" and a BOM-prefixed id column into "ï»¿id", so the import stops.
struct UTF8Probe {
  private var pending = 0
  private var broken = false
  private var sawMultiByte = false
  private var started = false
  private var line = 1
  private var column = 0
  /// Whether the input starts with EF BB BF.
  private(set) var byteOrderMark = false
  /// Line and column (in bytes, from 1) of the first multi-byte sequence.
  private(set) var first = (line: 0, column: 0)

  /// Feeds the next chunk of raw input bytes.
  mutating func feed(_ chunk: UnsafeRawBufferPointer) {
    if !started, !chunk.isEmpty {
      started = true
      byteOrderMark = chunk.count >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF
    }
    guard !broken else { return }
    for byte in chunk {
      column += 1
      if pending > 0 {
        guard byte & 0xC0 == 0x80 else {
          broken = true
          return
        }
        pending -= 1
        continue
      }
      if byte < 0x80 {
        if byte == 0x0A {
          line += 1
          column = 0
        }
        continue
      }
      switch byte {
      case 0xC2...0xDF: pending = 1
      case 0xE0...0xEF: pending = 2
      case 0xF0...0xF4: pending = 3
      default:
        broken = true
        return
      }
      if !sawMultiByte {
        sawMultiByte = true
        first = (line, column)
      }
    }
  }

  /// A byte outside a well-formed UTF-8 sequence was seen: feeding more changes nothing.
  var isBroken: Bool { broken }

  /// After the last chunk: at least one non-ASCII byte, and every one in a well-formed multi-byte
  /// sequence (`EncodingCheck`'s rule).
  var onlyUTF8Sequences: Bool { sawMultiByte && !broken && pending == 0 }

  /// After the last chunk: whether the input is UTF-8 (a byte-order mark, or multi-byte sequences
  /// only).
  var isUTF8: Bool { byteOrderMark || onlyUTF8Sequences }
}
