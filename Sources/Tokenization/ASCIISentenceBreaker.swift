/// Sentence boundaries for pure-ASCII text (and for ASCII text with the typographic quotes and dashes
/// of `TypographicPunctuation`: quotes are Close, dashes SContinue), reproducing ICU's sentence break rules (UAX #29
/// SB1–SB998, which ICU's root rules follow) on the ASCII subset without a call into ICU.
/// `ASCIIFastPathTests` checks it against ICU on generated texts and on the VADER corpora; any
/// difference is a bug here.
///
/// Classes (UAX #29, Table 4, restricted to ASCII): Upper A–Z; Lower a–z; Numeric 0–9; ATerm ".";
/// STerm "!" "?"; Close `"` `'` `(` `)` `[` `]` `{` `}`; Sp space, tab, VT, FF; SContinue "," "-"
/// ":"; CR; LF. There is no OLetter, Extend, Format or Sep in ASCII; everything else is Other.
///
/// ";" is the one ASCII character whose class depends on the Unicode version: Other up to Unicode
/// 15.0 (ICU 72 and earlier), SContinue from Unicode 15.1. Where it would decide a break (right
/// after a terminator sequence), the breaker declines and the caller asks ICU.
enum ASCIISentenceBreaker {
  enum SentenceClass: UInt8 {
    case other, upper, lower, numeric, aTerm, sTerm, close, space, sContinue, semicolon, cr, lf
    /// The lead byte of a typographic quote (Close) or dash (SContinue): `TypographicPunctuation`.
    case typographic
  }

  static let classes: [SentenceClass] = {
    var table = [SentenceClass](repeating: .other, count: 256)
    table[Int(TypographicPunctuation.lead)] = .typographic
    for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = .upper }
    for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = .lower }
    for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = .numeric }
    table[Int(UInt8(ascii: "."))] = .aTerm
    for byte in "!?".utf8 { table[Int(byte)] = .sTerm }
    for byte in "\"'()[]{}".utf8 { table[Int(byte)] = .close }
    for byte in [0x09, 0x0B, 0x0C, 0x20] { table[byte] = .space }
    for byte in ",-:".utf8 { table[Int(byte)] = .sContinue }
    table[Int(UInt8(ascii: ";"))] = .semicolon
    table[0x0D] = .cr
    table[0x0A] = .lf
    return table
  }()

  /// Appends every sentence boundary after 0 (the last is `bytes.count`) to `boundaries` and returns
  /// true; or returns false, leaving `boundaries` as it was, where ICU's version decides.
  ///
  /// A break falls only after a paragraph separator (SB4: CR, LF or CR LF) or after a terminator
  /// sequence `SATerm Close* Sp*` (SB11), unless what follows continues the sentence: a ParaSep
  /// (SB9/SB10, the break then comes after it), an SContinue or another terminator (SB8a), or, for
  /// ".", a lower-case letter reached through anything but letters, separators and terminators
  /// (SB8). Right after ".", a digit (SB6) or, between letters, an upper-case letter (SB7) means
  /// the "." ended no sentence.
  static func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, into boundaries: inout [Int32]) -> Bool {
    let count = bytes.count
    guard count > 0 else { return true }
    let existing = boundaries.count
    return classes.withUnsafeBufferPointer { table in
      @inline(__always) func cls(_ index: Int) -> SentenceClass { table[Int(bytes[index])] }
      /// The class of the character at `index` with a typographic mark resolved, and its length.
      @inline(__always) func character(_ index: Int) -> (SentenceClass, Int) {
        let byteClass = cls(index)
        guard byteClass == .typographic else { return (byteClass, 1) }
        return (TypographicPunctuation.isDash(bytes, at: index) ? .sContinue : .close, 3)
      }
      /// The end of a paragraph separator starting at `index` (CR LF is one).
      @inline(__always) func separatorEnd(_ index: Int) -> Int {
        cls(index) == .cr && index + 1 < count && cls(index + 1) == .lf ? index + 2 : index + 1
      }
      var index = 0
      while index < count {
        let current = cls(index)
        switch current {
        case .cr, .lf:
          index = separatorEnd(index)
          boundaries.append(Int32(index))
          continue
        case .aTerm, .sTerm:
          break
        default:
          // No break can follow until the next "." "!" "?" CR or LF: the bytes before it are
          // skipped eight at a time (a typographic mark's lead byte stops the skip; it is stepped
          // over here again).
          index = ByteRuns.sentenceCandidateEnd(bytes, from: index + 1)
          continue
        }
        if current == .aTerm, index + 1 < count {
          let next = cls(index + 1)
          let previous: SentenceClass = index > 0 ? cls(index - 1) : .other
          if next == .numeric || (next == .upper && (previous == .upper || previous == .lower)) {
            index += 1  // SB6, SB7
            continue
          }
        }
        var end = index + 1
        while end < count {
          let (closeClass, length) = character(end)
          guard closeClass == .close else { break }
          end += length
        }
        while end < count, cls(end) == .space { end += 1 }
        guard end < count else { break }
        switch character(end).0 {
        case .cr, .lf:
          end = separatorEnd(end)  // SB9, SB10, then SB4
          boundaries.append(Int32(end))
          index = end
          continue
        case .sContinue, .aTerm, .sTerm:
          index = end  // SB8a
          continue
        case .semicolon:
          boundaries.removeSubrange(existing...)
          return false
        default:
          break
        }
        if current == .aTerm {
          // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
          var ahead = end
          while ahead < count {
            switch cls(ahead) {
            case .upper, .lower, .cr, .lf, .aTerm, .sTerm: break
            default:
              ahead += 1
              continue
            }
            break
          }
          if ahead < count, cls(ahead) == .lower {
            index = end
            continue
          }
        }
        boundaries.append(Int32(end))  // SB11
        index = end
      }
      if boundaries.last != Int32(count) { boundaries.append(Int32(count)) }
      return true
    }
  }
}
