import Tokenization

/// The ASCII marks that the default scorer's text-level tests look for, found in one pass over a
/// text's bytes, 16 at a time (32 with AVX2: `WideTextMarks`): a hyphen (`isGluedHyphen`), a dollar sign (rule 38's prices), a
/// quotation mark (scare quotes), "!" or "?" (emphasis), three identical ASCII letters in a row
/// (a lengthened word, "loooove"; `Elongation`), and a digit (rule 42's dates, "the 3rd"). Each
/// test searched the text on its own before (a `memchr` per character, and an eight-byte scan for
/// the letter runs).
struct TextMarks: OptionSet, Sendable {
  let rawValue: UInt8

  static let hyphen = TextMarks(rawValue: 1)
  static let dollar = TextMarks(rawValue: 2)
  /// `"` or `'`.
  static let quote = TextMarks(rawValue: 4)
  /// `!` or `?`.
  static let emphasis = TextMarks(rawValue: 8)
  /// Three identical ASCII letters in a row.
  static let letterRun = TextMarks(rawValue: 16)
  /// An ASCII digit.
  static let digit = TextMarks(rawValue: 32)

  /// The marks of `bytes`, which may be any UTF-8: every mark is an ASCII byte, which occurs in no
  /// other character.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> TextMarks {
    guard let base = bytes.baseAddress else { return [] }
    let count = bytes.count
    // A step reads 18 bytes (a letter run may start at its last byte): shorter texts go by byte.
    guard count >= 18 else { return scalarMarks(base, from: 0, to: count) }
    typealias Bytes = SIMD16<UInt8>
    typealias Mask = SIMDMask<SIMD16<Int8>>
    let raw = UnsafeRawPointer(base)
    /// `bit` in each byte where `mask` holds.
    @inline(__always) func flag(_ mask: Mask, _ bit: UInt8) -> Bytes {
      unsafeBitCast(mask, to: Bytes.self) & Bytes(repeating: bit)
    }
    // One mask per mark, or-ed step by step and made into bits once at the end: bits made at every
    // step cost an `and`, a shift and an `or` per mark and step (a tenth of the pass's instructions).
    var hyphens = Mask(repeating: false)
    var dollars = Mask(repeating: false)
    var quotes = Mask(repeating: false)
    var emphases = Mask(repeating: false)
    var runs = Mask(repeating: false)
    var digits = Mask(repeating: false)
    /// Finds the marks at the 16 offsets from `index` (a run is three equal bytes, from `index + k`).
    @inline(__always) func step(at index: Int) {
      let first = raw.loadUnaligned(fromByteOffset: index, as: Bytes.self)
      let second = raw.loadUnaligned(fromByteOffset: index + 1, as: Bytes.self)
      let third = raw.loadUnaligned(fromByteOffset: index + 2, as: Bytes.self)
      hyphens .|= first .== Bytes(repeating: UInt8(ascii: "-"))
      dollars .|= first .== Bytes(repeating: UInt8(ascii: "$"))
      quotes .|= (first .== Bytes(repeating: UInt8(ascii: "\""))) .| (first .== Bytes(repeating: UInt8(ascii: "'")))
      emphases .|= (first .== Bytes(repeating: UInt8(ascii: "!"))) .| (first .== Bytes(repeating: UInt8(ascii: "?")))
      // Bytes of 0x80 and above stay at or above 0x80 when or-ed with 0x20: no letter.
      let letter = ((first | Bytes(repeating: 0x20)) &- Bytes(repeating: UInt8(ascii: "a"))) .< Bytes(repeating: 26)
      runs .|= (first .== second) .& (second .== third) .& letter
      digits .|= (first &- Bytes(repeating: UInt8(ascii: "0"))) .< Bytes(repeating: 10)
    }
    // The bulk of a longer text 32 bytes a step where the processor has AVX2 (the same marks, in
    // the same bits); the steps below read the rest.
    let (wide, wideEnd) = WideTextMarks.marks(base, count: count)
    var index = wideEnd
    while index + 18 <= count {
      step(at: index)
      index += 16
    }
    // The offsets left where a run may start: one more step, overlapping the last (the marks are
    // or-ed).
    if index < count - 2 { step(at: count - 18) }
    let found =
      flag(hyphens, hyphen.rawValue) | flag(dollars, dollar.rawValue) | flag(quotes, quote.rawValue)
      | flag(emphases, emphasis.rawValue) | flag(runs, letterRun.rawValue) | flag(digits, digit.rawValue)
    let lanes = unsafeBitCast(found, to: SIMD2<UInt64>.self)
    var folded = lanes[0] | lanes[1]
    folded |= folded >> 32
    folded |= folded >> 16
    folded |= folded >> 8
    // The last two bytes start no run, and no step reads them as first bytes.
    return TextMarks(rawValue: UInt8(truncatingIfNeeded: folded) | wide)
      .union(scalarMarks(base, from: count - 2, to: count))
  }

  /// The marks of `base[start..<end]`, a byte at a time (a run starts before `end - 2`).
  private static func scalarMarks(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> TextMarks {
    var marks: TextMarks = []
    var index = start
    while index < end {
      let byte = base[index]
      switch byte {
      case UInt8(ascii: "-"): marks.insert(.hyphen)
      case UInt8(ascii: "$"): marks.insert(.dollar)
      case UInt8(ascii: "\""), UInt8(ascii: "'"): marks.insert(.quote)
      case UInt8(ascii: "!"), UInt8(ascii: "?"): marks.insert(.emphasis)
      case UInt8(ascii: "0")...UInt8(ascii: "9"): marks.insert(.digit)
      default:
        if index + 2 < end, byte == base[index + 1], byte == base[index + 2], (byte | 0x20) &- UInt8(ascii: "a") < 26 {
          marks.insert(.letterRun)
        }
      }
      index += 1
    }
    return marks
  }
}
