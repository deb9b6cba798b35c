/// Word boundaries for pure-ASCII text (and for ASCII text with the typographic quotes and dashes of
/// `TypographicPunctuation`), reproducing ICU's default word break rules (UAX #29 as ICU
/// tailors it) on the ASCII subset, without a call into ICU. `TokenizationTests` checks it against
/// ICU on a large generated corpus; any difference is a bug here.
///
/// Classes (UAX #29, Table 3, as ICU's root word.txt tailors them, measured against ICU 72):
/// ALetter A–Z a–z and "@" (ICU adds "@" so e-mail-like strings stay whole); Numeric 0–9;
/// MidNumLet "."; Single_Quote "'"; MidNum "," ";"; ExtendNumLet "_"; CR, LF, Newline (VT, FF);
/// WSegSpace " ". ICU removes ":" from MidLetter, so it breaks like any other punctuation.
/// Everything else breaks on both sides (WB999).
enum ASCIIWordBreaker {
  enum WordClass: UInt8 {
    case other, letter, numeric, midNumLet, singleQuote, midNum, extendNumLet, cr, lf, newline, space
    /// The lead byte of a typographic quote or dash (`TypographicPunctuation`).
    case typographic
  }

  static let classes: [WordClass] = {
    var table = [WordClass](repeating: .other, count: 256)
    table[Int(TypographicPunctuation.lead)] = .typographic
    for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = .letter }
    for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = .letter }
    table[Int(UInt8(ascii: "@"))] = .letter
    for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = .numeric }
    table[Int(UInt8(ascii: "."))] = .midNumLet
    table[Int(UInt8(ascii: "'"))] = .singleQuote
    table[Int(UInt8(ascii: ","))] = .midNum
    table[Int(UInt8(ascii: ";"))] = .midNum
    table[Int(UInt8(ascii: "_"))] = .extendNumLet
    table[0x0D] = .cr
    table[0x0A] = .lf
    table[0x0B] = .newline
    table[0x0C] = .newline
    table[0x20] = .space
    return table
  }()

  /// Calls `body` with the class table (one global access per text, not per byte).
  @inline(__always)
  static func withClassTable<Result, Failure: Error>(
    _ body: (UnsafeBufferPointer<WordClass>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try classes.withUnsafeBufferPointer { table throws(Failure) in try body(table) }
  }

  /// The end of the word-boundary segment that starts at `index` (`index < bytes.count`).
  ///
  /// Run-based: letters, digits and "_" always join each other (WB5, WB8–WB10, WB13a/b), so a word
  /// run is consumed in one loop; "." and "'" join only letter–letter (WB6/7) or digit–digit
  /// (WB11/12), "," and ";" only digit–digit.
  @inline(__always)
  static func segmentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, table: UnsafeBufferPointer<WordClass>)
    -> Int
  {
    let count = bytes.count
    @inline(__always) func cls(_ index: Int) -> WordClass { table[Int(bytes[index])] }
    // (Offsets are below the byte count: `&+` cannot overflow.)
    var end = index &+ 1
    switch cls(index) {
    case .letter, .numeric, .extendNumLet:
      run: while true {
        end = ByteRuns.alnumRunEnd(bytes, from: end)
        guard end < count else { break }
        var next = cls(end)
        switch next {
        case .letter, .extendNumLet:
          // "@" and "_" (ALetter and ExtendNumLet, as letters and digits are), which the run above
          // leaves to this test: they are rare, and a mask for each cost every word.
          end &+= 1
          continue run
        case .midNumLet, .singleQuote, .midNum, .typographic:
          break
        default:
          // Only "." "'" "," ";" and the typographic quotes can join across (below); any other
          // byte ends the word (most often a space), with no look at the bytes around it.
          break run
        }
        var width = 1
        if next == .typographic {
          // ‘ and ’ are MidNumLet; the other typographic marks break.
          guard TypographicPunctuation.isSingleQuote(bytes, at: end) else { break }
          next = .midNumLet
          width = 3
        }
        guard end + width < count else { break }
        let before = cls(end - 1)
        let after = cls(end + width)
        let joins: Bool
        switch next {
        case .midNumLet, .singleQuote:
          joins = (before == .letter && after == .letter) || (before == .numeric && after == .numeric)
        case .midNum:
          joins = before == .numeric && after == .numeric
        default:
          joins = false
        }
        if !joins { break }
        end &+= width &+ 1
      }
    case .space:
      while end < count, cls(end) == .space { end += 1 }
    case .cr:
      if end < count, cls(end) == .lf { end += 1 }
    case .typographic:
      end = index + 3  // one mark, on its own (WB999)
    default:
      break
    }
    return end
  }
}
