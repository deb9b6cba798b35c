/// Watches raw input bytes for the sign that a file read or declared as a single-byte encoding
/// (ISO-8859-1, windows-1252, …) is UTF-8 after all (QA reviews 29 and 31): a UTF-8 byte-order mark
/// at the start, or well-formed multi-byte UTF-8 sequences at least as many as the non-ASCII bytes
/// outside one ("stray" bytes). Real single-byte text almost never holds a well-formed sequence (an
/// accented or Cyrillic letter followed by ASCII or by another letter is not one), so its stray
/// bytes far outnumber its sequences; a UTF-8 file with one answer pasted in from a Latin-1 source
/// has many sequences and a few stray bytes. Reading either UTF-8 case as a single-byte encoding
/// would turn "é" into "Ã©" and a BOM-prefixed id column into "ï»¿id", so the import stops.
struct UTF8Probe {
  private var pending = 0
  private var started = false
  private var line = 1
  private var column = 0
  /// Whether the input starts with EF BB BF.
  private(set) var byteOrderMark = false
  /// Well-formed multi-byte sequences seen.
  private(set) var sequences = 0
  /// Non-ASCII bytes outside a well-formed sequence (a lead byte cut short counts once).
  private(set) var strayBytes = 0
  /// Line and column (in bytes, from 1) of the first multi-byte sequence.
  private(set) var first = (line: 0, column: 0)
  /// Line and column (in bytes, from 1) of the first stray byte.
  private(set) var firstStray = (line: 0, column: 0)

  /// Feeds the next chunk of raw input bytes.
  mutating func feed(_ chunk: UnsafeRawBufferPointer) {
    if !started, !chunk.isEmpty {
      started = true
      byteOrderMark = chunk.count >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF
    }
    for byte in chunk {
      column += 1
      if pending > 0 {
        if byte & 0xC0 == 0x80 {
          pending -= 1
          if pending == 0 { sequences += 1 }
          continue
        }
        // The sequence was cut short: its lead byte was stray; this byte starts afresh.
        pending = 0
        noteStray(column: column - 1)
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
        noteStray(column: column)
        continue
      }
      if sequences == 0 && first.line == 0 { first = (line, column) }
    }
  }

  private mutating func noteStray(column: Int) {
    if strayBytes == 0 { firstStray = (line, max(column, 1)) }
    strayBytes += 1
  }

  /// After the last chunk: the stray bytes, counting a sequence the input ends inside.
  var strayBytesAtEnd: Int { strayBytes + (pending > 0 ? 1 : 0) }

  /// So many stray bytes against so few sequences that no later input can make the file UTF-8's
  /// (more than 1,000, and more than ten times the sequences): a scan may stop here.
  var isSingleByteText: Bool { strayBytes > 1_000 && strayBytes > 10 * sequences }

  /// After the last chunk: at least one multi-byte sequence and no stray byte.
  var onlyUTF8Sequences: Bool { sequences > 0 && strayBytesAtEnd == 0 }

  /// After the last chunk: at least one multi-byte sequence, and no fewer sequences than stray bytes.
  var mostlyUTF8Sequences: Bool { sequences > 0 && sequences >= strayBytesAtEnd }

  /// After the last chunk: whether the input is UTF-8, wholly or but for a few stray bytes (a
  /// byte-order mark, or `mostlyUTF8Sequences`).
  var isUTF8: Bool { byteOrderMark || mostlyUTF8Sequences }

  /// What the probe saw, for an error message.
  var evidence: UTF8Evidence {
    UTF8Evidence(
      sequences: sequences, firstSequence: FilePosition(line: first.line, column: first.column),
      strayBytes: strayBytesAtEnd,
      firstStray: strayBytesAtEnd == 0
        ? nil
        : FilePosition(
          line: strayBytes == 0 ? line : firstStray.line, column: strayBytes == 0 ? column : firstStray.column),
      byteOrderMark: byteOrderMark)
  }
}

/// A line and a column (in bytes, from 1) in an input file.
public struct FilePosition: Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var description: String { "\(line):\(column)" }
}

/// Why an input read or declared as a single-byte encoding was judged UTF-8 (`UTF8Probe`).
public struct UTF8Evidence: Sendable, Equatable {
  /// Well-formed multi-byte UTF-8 sequences, and where the first is.
  public var sequences: Int
  public var firstSequence: FilePosition
  /// Non-ASCII bytes outside a well-formed sequence, and where the first is (nil when none).
  public var strayBytes: Int
  public var firstStray: FilePosition?
  /// Whether the input starts with a UTF-8 byte-order mark.
  public var byteOrderMark: Bool
}
