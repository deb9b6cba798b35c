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
    // (Offsets are below the byte count: `&+` cannot overflow.)
    let end = index &+ 1
    let first = table[Int(bytes[index])]
    if opensWord(first) {
      let runEnd = ByteRuns.alnumRunEnd(bytes, from: end)
      guard runEnd < count, mayContinueWord(table[Int(bytes[runEnd])]) else { return runEnd }
      return wordEnd(bytes, runEnd: runEnd, table: table)
    }
    switch first {
    case .space:
      var end = end
      while end < count, table[Int(bytes[end])] == .space { end &+= 1 }
      return end
    case .cr:
      return end < count && table[Int(bytes[end])] == .lf ? end &+ 1 : end
    case .typographic:
      return index &+ 3  // one mark, on its own (WB999)
    default:
      return end
    }
  }

  /// Whether a segment that starts with a byte of class `first` is a word that `segmentEnd` ends
  /// at the end of its run of letters and digits, or after it (`wordEnd`). (A bit per class, tested
  /// in one shift; a masking shift, `&>>`, as every class is below 32: no range test first.)
  @inline(__always)
  static func opensWord(_ first: WordClass) -> Bool {
    let opening: UInt32 =
      1 << WordClass.letter.rawValue | 1 << WordClass.numeric.rawValue | 1 << WordClass.extendNumLet.rawValue
    return opening &>> UInt32(first.rawValue) & 1 != 0
  }

  /// Whether a byte of class `next` after a word's run of letters and digits may continue the word
  /// ("@" "_", or "." "'" "," ";" and the typographic quotes between letters or digits); any other
  /// byte ends it. (A bit per class of `WordClass`, tested in one masking shift, as `opensWord`.)
  @inline(__always)
  static func mayContinueWord(_ next: WordClass) -> Bool {
    let continuing: UInt32 =
      1 << WordClass.letter.rawValue | 1 << WordClass.extendNumLet.rawValue | 1 << WordClass.midNumLet.rawValue
      | 1 << WordClass.singleQuote.rawValue | 1 << WordClass.midNum.rawValue | 1 << WordClass.typographic.rawValue
    return continuing &>> UInt32(next.rawValue) & 1 != 0
  }

  /// The end of a word (a segment that opens with a letter, digit or "_") whose first run of ASCII
  /// letters and digits ends at `runEnd`: `segmentEnd`'s answer, for a caller that found that run
  /// itself. Kept out of line: the loop that calls it takes it only where `mayContinueWord` says the
  /// byte at `runEnd` may continue the word.
  @inline(never)
  static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, runEnd: Int, table: UnsafeBufferPointer<WordClass>) -> Int {
    let count = bytes.count
    @inline(__always) func cls(_ index: Int) -> WordClass { table[Int(bytes[index])] }
    var end = runEnd
    run: while true {
      guard end < count else { break }
      var next = cls(end)
      switch next {
      case .letter, .extendNumLet:
        // "@" and "_" (ALetter and ExtendNumLet, as letters and digits are), which the run leaves
        // to this test: they are rare, and a mask for each cost every word.
        end &+= 1
        end = ByteRuns.alnumRunEnd(bytes, from: end)
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
      end = ByteRuns.alnumRunEnd(bytes, from: end)
    }
    return end
  }
}
