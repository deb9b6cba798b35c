import VerbatimCore

/// A text encoding a CSV or JSONL export may come in besides UTF-8, converted to UTF-8 as the input
/// is copied (`InputSpool`). Excel saves "CSV" in the Windows code page (windows-1252 in Western
/// Europe and the Americas) and "Unicode text" in UTF-16; nothing is guessed: the user names it.
public enum SourceEncoding: String, Sendable, CaseIterable {
  case utf8 = "utf-8"
  /// Read as WHATWG reads the label: windows-1252 where it defines 0x80–0x9F, else ISO 8859-1.
  case latin1 = "iso-8859-1"
  case windows1252 = "windows-1252"
  case utf16 = "utf-16"

  /// windows-1252's 0x80–0x9F (the C1 range in ISO 8859-1); 0 marks the five undefined bytes.
  static let windows1252High: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
    0x0178,
  ]
}

/// Converts a stream of bytes in a `SourceEncoding` to UTF-8, chunk by chunk (state carries over
/// between chunks: a UTF-16 code unit or surrogate pair may be split).
struct Transcoder {
  let encoding: SourceEncoding
  private var pending: [UInt8] = []
  private var bigEndian = false
  private var started = false
  private var highSurrogate: UInt32?

  init(_ encoding: SourceEncoding) { self.encoding = encoding }

  /// The byte written for one the encoding does not define: 0xFF is never valid UTF-8, so the
  /// reader rejects the record that holds it, on its own line, and keeps the others (review r17a:
  /// one undefined byte failed the whole file).
  static let undecodable: UInt8 = 0xFF

  /// Appends the UTF-8 of `chunk` to `output`; returns false when the chunk held a byte the
  /// encoding does not define (an undefined windows-1252 byte, an unpaired UTF-16 surrogate), which
  /// is written as `undecodable`.
  mutating func convert(_ chunk: UnsafeRawBufferPointer, into output: inout [UInt8]) -> Bool {
    switch encoding {
    case .utf8:
      output.append(contentsOf: chunk)
      return true
    case .latin1, .windows1252:
      var valid = true
      for byte in chunk {
        if byte < 0x80 {
          output.append(byte)
          continue
        }
        var scalar = UInt32(byte)
        if byte < 0xA0 {
          let mapped = SourceEncoding.windows1252High[Int(byte - 0x80)]
          if encoding == .windows1252 {
            guard mapped != 0 else {
              output.append(Self.undecodable)
              valid = false
              continue
            }
            scalar = mapped
          } else if mapped != 0 {
            // "iso-8859-1" is read as the WHATWG Encoding Standard reads that label (and as Triple-S
            // data declared ISO-8859-1 is read): a byte windows-1252 defines is that character,
            // since C1 controls never belong in an answer (review r16a). The five bytes it leaves
            // undefined stay C1 controls.
            scalar = mapped
          }
        }
        UTF8Validation.appendScalar(scalar, to: &output)
      }
      return valid
    case .utf16:
      var valid = true
      pending.append(contentsOf: chunk)
      var index = 0
      if !started && pending.count >= 2 {
        started = true
        if pending[0] == 0xFE && pending[1] == 0xFF {
          bigEndian = true
          index = 2
        } else if pending[0] == 0xFF && pending[1] == 0xFE {
          index = 2
        } else if pending[0] == 0 && pending[1] != 0 {
          // No byte-order mark: a first character below U+0100 (a header's first letter) shows the
          // order, its zero byte first in big-endian (QA review 29: big-endian was read as
          // little-endian). Anything else is read as little-endian, as Windows writes it.
          bigEndian = true
        }
      }
      while index + 1 < pending.count {
        let unit =
          bigEndian
          ? UInt32(pending[index]) << 8 | UInt32(pending[index + 1])
          : UInt32(pending[index + 1]) << 8 | UInt32(pending[index])
        index += 2
        if let high = highSurrogate {
          highSurrogate = nil
          if (0xDC00...0xDFFF).contains(unit) {
            UTF8Validation.appendScalar(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &output)
            continue
          }
          // A high surrogate without its pair: marked, and this unit read on its own.
          output.append(Self.undecodable)
          valid = false
        }
        if (0xD800...0xDBFF).contains(unit) {
          highSurrogate = unit
        } else if (0xDC00...0xDFFF).contains(unit) {
          output.append(Self.undecodable)
          valid = false
        } else {
          UTF8Validation.appendScalar(unit, to: &output)
        }
      }
      pending.removeFirst(index)
      return valid
    }
  }

  /// At the end of the input: a half code unit or a dangling surrogate is written as `undecodable`
  /// (the last record is rejected, the ones before it kept). Returns whether the input was complete.
  mutating func finish(into output: inout [UInt8]) -> Bool {
    guard !isComplete else { return true }
    pending.removeAll()
    highSurrogate = nil
    output.append(Self.undecodable)
    return false
  }

  /// Whether the input ended cleanly (no half code unit, no dangling surrogate).
  var isComplete: Bool { pending.isEmpty && highSurrogate == nil }

}
