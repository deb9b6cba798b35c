internal import ICUBridge

/// Sentence boundaries for any text, reproducing ICU's sentence break rules (UAX #29 SB1–SB998,
/// which ICU's root rules follow) from each character's Sentence_Break property as ICU reports it,
/// without running ICU's iterator. `MixedScriptFastPathTests` checks it against ICU on generated
/// mixed-script texts; any difference is a bug here.
///
/// The rules see units (SB5: a character with the Extend and Format characters after it, except
/// after a paragraph separator or at the start, where such a character is a unit of class Other)
/// and break only after a paragraph separator or a terminator, so the breaker jumps from one
/// candidate ("." "!" "?" CR LF, or a non-ASCII ATerm, STerm or Sep) to the next and reads units
/// only around it, as `ASCIISentenceBreaker` does on bytes:
/// - SB3/SB4: CR × LF; a break after every paragraph separator (CR, LF, CR LF, Sep).
/// - SB6: ATerm × Numeric. SB7: (Upper | Lower) ATerm × Upper.
/// - SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower.
/// - SB8a: SATerm Close* Sp* × (SContinue | SATerm). SB9/SB10: the Close and Sp after it stay.
/// - SB11: SATerm Close* Sp* ParaSep? ÷. Nothing else breaks (SB998).
struct UnicodeSentenceBreaker {
  enum UnitClass: UInt8 {
    case other, aTerm, close, lower, numeric, oLetter, sep, space, sTerm, upper, cr, lf, sContinue
    /// Extend or Format (folded into the unit before them by SB5).
    case extendOrFormat

    var isParagraphSeparator: Bool { self == .cr || self == .lf || self == .sep }
    var isTerminator: Bool { self == .aTerm || self == .sTerm }
  }

  /// ICU's `USentenceBreak` values (`CharacterFlags.sentenceBreak`) as unit classes.
  private static let fromICU: [UnitClass] = [
    .other, .aTerm, .close, .extendOrFormat, .lower, .numeric, .oLetter, .sep, .space, .sTerm, .upper, .cr,
    .extendOrFormat, .lf, .sContinue, .other,
  ]

  /// The classes of ASCII characters: `ASCIISentenceBreaker`'s; ";" (whose class changed in Unicode
  /// 15.1) is read from ICU instead (`character(at:)`).
  private static let asciiClasses: [UnitClass] = ASCIISentenceBreaker.classes.prefix(128).map { byteClass in
    switch byteClass {
    case .upper: .upper
    case .lower: .lower
    case .numeric: .numeric
    case .aTerm: .aTerm
    case .sTerm: .sTerm
    case .close: .close
    case .space: .space
    case .sContinue: .sContinue
    case .cr: .cr
    case .lf: .lf
    case .other, .semicolon, .typographic: .other
    }
  }

  /// Whether each code point below U+0800 is an ATerm, STerm or Sep (from ICU, once per process).
  private static let twoByteCandidates: [Bool] = (0..<0x800).map { scalar in
    switch fromICU[Int(CharacterFlags.belowU0800[scalar].sentenceBreak)] {
    case .aTerm, .sTerm, .sep: true
    default: false
    }
  }

  /// For each byte, 1 where a candidate may start there, else 0: "." "!" "?" CR and LF; every lead
  /// byte of three or four (E0–FF: looked at one by one); and each two-byte lead (C0–DF) whose 64
  /// characters include an ATerm, STerm or Sep in `twoByteCandidates` (C2 for U+0085 NEXT LINE,
  /// the Armenian, Arabic, Syriac and N'Ko rows …). Other ASCII, the continuation bytes 80–BF (in
  /// valid UTF-8 never a character's start) and the other two-byte leads (Latin-1 letters, Latin
  /// Extended, Greek, Cyrillic …) are 0, and `nextCandidate` skips them without decoding: a
  /// character whose lead is 0 is no candidate, so the skip finds exactly the characters the
  /// byte-by-byte reading found.
  static let stopBytes: [UInt8] = (0..<256).map { byte in
    switch byte {
    case 0..<0x80: asciiClasses[byte].isTerminator || asciiClasses[byte].isParagraphSeparator ? 1 : 0
    case 0x80..<0xC0: 0
    case 0xC0..<0xE0: twoByteCandidates[(byte & 0x1F) << 6..<((byte & 0x1F) + 1) << 6].contains(true) ? 1 : 0
    default: 1
    }
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private let flags: CharacterFlagCache
  private let ascii: UnsafeBufferPointer<UnitClass>
  /// `twoByteCandidates`, read once per text (a static read in the loop costs a `swift_once` call
  /// per character).
  private let twoByte: UnsafeBufferPointer<Bool>
  /// `fromICU`, likewise.
  private let icuClasses: UnsafeBufferPointer<UnitClass>
  /// `stopBytes`, likewise.
  private let stops: UnsafeBufferPointer<UInt8>
  /// `CandidateBlocks.states` of the tokenizer's tables (a pointer: the breaker holds no reference).
  private let blockStates: UnsafeMutablePointer<UInt8>

  /// The breaker's class tables, held by a caller that breaks many texts (`Tokenizer`): reading the
  /// statics costs a `swift_once` call each, per text.
  struct Tables {
    fileprivate let ascii = UnicodeSentenceBreaker.asciiClasses
    fileprivate let twoByte = UnicodeSentenceBreaker.twoByteCandidates
    fileprivate let icuClasses = UnicodeSentenceBreaker.fromICU
    fileprivate let stops = UnicodeSentenceBreaker.stopBytes
    fileprivate let blocks = CandidateBlocks()
  }

  /// Whether each block of 64 code points (the code point shifted right by 6: what the lead and
  /// first continuation byte of a three-byte character give, or the first three bytes of a four-byte
  /// one) holds an ATerm, STerm or Sep: 0 not yet known, 1 none, 2 some. A block is read from ICU
  /// (through the flag cache) the first time a character of it is met, with the very test
  /// `nextCandidate` makes of one character, so a character of a block marked 1 is no candidate, and
  /// stepping over it without decoding it finds what the test would. One per tokenizer (held in
  /// `Tables`), like the flag cache: no sharing.
  final class CandidateBlocks {
    fileprivate static let count = 0x11_0000 >> 6
    fileprivate let states: UnsafeMutablePointer<UInt8>

    init() {
      states = .allocate(capacity: Self.count)
      states.initialize(repeating: 0, count: Self.count)
    }

    deinit { states.deallocate() }
  }

  /// Appends every sentence boundary after 0 (the last is `bytes.count`) to `boundaries`.
  static func boundaries(
    _ bytes: UnsafeBufferPointer<UInt8>, flags: CharacterFlagCache, into boundaries: inout [Int32]
  ) {
    Self.boundaries(bytes, flags: flags, tables: Tables(), into: &boundaries)
  }

  /// `boundaries(_:flags:into:)` with the class tables held by the caller.
  static func boundaries(
    _ bytes: UnsafeBufferPointer<UInt8>, flags: CharacterFlagCache, tables: Tables, into boundaries: inout [Int32]
  ) {
    guard bytes.count > 0 else { return }
    let blockStates = tables.blocks.states
    tables.ascii.withUnsafeBufferPointer { ascii in
      tables.twoByte.withUnsafeBufferPointer { twoByte in
        tables.icuClasses.withUnsafeBufferPointer { icuClasses in
          tables.stops.withUnsafeBufferPointer { stops in
            UnicodeSentenceBreaker(
              bytes: bytes, flags: flags, ascii: ascii, twoByte: twoByte, icuClasses: icuClasses, stops: stops,
              blockStates: blockStates
            )
            .run(into: &boundaries)
          }
        }
      }
    }
    if boundaries.last != Int32(bytes.count) { boundaries.append(Int32(bytes.count)) }
  }

  private func run(into boundaries: inout [Int32]) {
    let count = bytes.count
    var index = 0
    while let candidate = nextCandidate(from: index) {
      let (current, currentEnd) = unit(at: candidate)
      if current.isParagraphSeparator {
        boundaries.append(Int32(currentEnd))  // SB4 (CR LF is one unit)
        index = currentEnd
        continue
      }
      guard current.isTerminator else {
        index = currentEnd
        continue
      }
      if current == .aTerm, currentEnd < count {
        let next = unit(at: currentEnd).0
        if next == .numeric {
          index = currentEnd
          continue
        }  // SB6
        if next == .upper {
          let previous = classBefore(candidate)
          if previous == .upper || previous == .lower {
            index = currentEnd
            continue
          }  // SB7
        }
      }
      var end = currentEnd
      var following = UnitClass.other
      var followingEnd = end
      while end < count {
        (following, followingEnd) = unit(at: end)
        guard following == .close else { break }
        end = followingEnd
      }
      while end < count, following == .space {
        end = followingEnd
        if end < count { (following, followingEnd) = unit(at: end) }
      }
      guard end < count else { break }
      if following.isParagraphSeparator {
        boundaries.append(Int32(followingEnd))  // SB9, SB10, then SB4
        index = followingEnd
        continue
      }
      if following == .sContinue || following.isTerminator {
        index = end  // SB8a
        continue
      }
      if current == .aTerm, lowerFollows(from: end) {
        index = end  // SB8
        continue
      }
      boundaries.append(Int32(end))  // SB11
      index = end
    }
  }

  /// SB8's look-ahead: whether a Lower comes before any OLetter, Upper, Lower, ParaSep or SATerm.
  private func lowerFollows(from start: Int) -> Bool {
    var index = start
    while index < bytes.count {
      let (unitClass, end) = unit(at: index)
      switch unitClass {
      case .lower: return true
      case .oLetter, .upper, .cr, .lf, .sep, .aTerm, .sTerm: return false
      default: index = end
      }
    }
    return false
  }

  /// The start of the next character at or after `index` that may end a sentence or paragraph:
  /// "." "!" "?" CR or LF, or a non-ASCII ATerm, STerm or Sep. `bytes` is valid UTF-8 (the
  /// tokenizer's input is) and `start` a character's start.
  private func nextCandidate(from start: Int) -> Int? {
    let count = bytes.count
    var index = start
    while index < count {
      // Bytes that start no candidate (`stopBytes`) are stepped over sixteen at a time up to the
      // first byte `mayStop` flags, then one by one.
      if let base = bytes.baseAddress {
        while index &+ 16 <= count {
          let flagged = Self.mayStop(base, at: index)
          if flagged != 0 {
            index &+= flagged.trailingZeroBitCount
            break
          }
          index &+= 16
        }
      }
      while index < count, stops[Int(bytes[index])] == 0 { index &+= 1 }
      guard index < count else { return nil }
      let lead = bytes[index]
      // An ASCII stop byte is a candidate ("." "!" "?" CR LF).
      if lead < 0x80 { return index }
      if lead < 0xE0, index + 1 < count {
        // Two-byte characters of a row with a candidate: one table read.
        if twoByte[Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)] { return index }
        index += 2
        continue
      }
      // Three- and four-byte characters of a block without a candidate: one table read.
      if lead < 0xF0, index + 2 < count {
        if blockState(Int(lead & 0x0F) << 6 | Int(bytes[index + 1] & 0x3F)) == 1 {
          index += 3
          continue
        }
      } else if lead < 0xF8, index + 3 < count {
        let block = Int(lead & 0x07) << 12 | Int(bytes[index + 1] & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
        // Below U+110000 in valid UTF-8; the test keeps the read inside the table whatever the bytes.
        if block < CandidateBlocks.count, blockState(block) == 1 {
          index += 4
          continue
        }
      }
      let (scalar, length) = decodeScalar(bytes, at: index)
      if isCandidate(scalar) { return index }
      index += length
    }
    return nil
  }

  /// One bit per byte of the 16 from `start` (bit 0 the first) that may start a candidate: "." "!"
  /// "?" LF CR, a lead byte of three or four bytes, or one of the two-byte leads C2, CD and D5–DF,
  /// whose rows hold every two-byte ATerm, STerm and Sep (U+0085, U+037E, Armenian, Hebrew, Arabic,
  /// Syriac, N'Ko), or C0 (no lead in valid UTF-8; `stopBytes` marks it for the ASCII terminators
  /// its row would hold). `SentenceCandidateSkipTests` checks that every byte `stopBytes` marks is
  /// flagged. Text in the Latin, Greek and Cyrillic rows, like ASCII, is stepped over in one test
  /// per 16 bytes (`vb_sentence_stop_mask16`: SSE2 comparisons and their byte mask).
  @inline(__always)
  static func mayStop(_ base: UnsafePointer<UInt8>, at start: Int) -> UInt32 {
    vb_sentence_stop_mask16(base + start)
  }

  /// Whether a non-ASCII character is an ATerm, STerm or Sep.
  @inline(__always)
  private func isCandidate(_ scalar: UInt32) -> Bool {
    switch icuClasses[Int(flags.flags(scalar).sentenceBreak)] {
    case .aTerm, .sTerm, .sep: true
    default: false
    }
  }

  /// `CandidateBlocks`' state of `block` (1 none, 2 some), read from ICU the first time.
  @inline(__always)
  private func blockState(_ block: Int) -> UInt8 {
    let state = blockStates[block]
    if state != 0 { return state }
    var found: UInt8 = 1
    for scalar in UInt32(block) << 6..<UInt32(block + 1) << 6 where isCandidate(scalar) { found = 2 }
    blockStates[block] = found
    return found
  }

  /// The class of the character at `index` (not folded), and its length.
  @inline(__always)
  private func character(at index: Int) -> (UnitClass, Int) {
    let byte = bytes[index]
    if byte < 0x80 && byte != UInt8(ascii: ";") { return (ascii[Int(byte)], 1) }
    let (scalar, length) = decodeScalar(bytes, at: index)
    return (icuClasses[Int(flags.flags(scalar).sentenceBreak)], length)
  }

  /// The unit starting at `index`: its class and end. A paragraph separator takes no Extend or Format
  /// after it (CR takes a following LF); any other character takes all of them (SB5).
  @inline(__always)
  private func unit(at index: Int) -> (UnitClass, Int) {
    var (unitClass, end) = character(at: index)
    end += index
    switch unitClass {
    case .cr:
      if end < bytes.count, bytes[end] == 0x0A { return (.lf, end + 1) }  // SB3
      return (.cr, end)
    case .lf, .sep:
      return (unitClass, end)
    case .extendOrFormat:
      unitClass = .other  // at the start or after a paragraph separator
    default:
      break
    }
    while end < bytes.count, bytes[end] >= 0x80 {
      let (next, length) = character(at: end)
      guard next == .extendOrFormat else { break }
      end += length
    }
    return (unitClass, end)
  }

  /// The class of the unit that ends where the character at `index` starts (`.other` at the start).
  private func classBefore(_ index: Int) -> UnitClass {
    var position = index
    var sawExtend = false
    while position > 0 {
      var start = position - 1
      while bytes[start] & 0xC0 == 0x80 { start -= 1 }
      let unitClass = character(at: start).0
      if unitClass == .extendOrFormat {
        sawExtend = true
        position = start
        continue
      }
      // Extend and Format after a paragraph separator are a unit of their own, of class Other.
      if sawExtend && unitClass.isParagraphSeparator { return .other }
      return unitClass
    }
    return .other
  }
}
