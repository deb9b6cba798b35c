/// Word boundaries for pure-ASCII text, reproducing ICU's default word break rules (UAX #29 as ICU
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
  }

  static let classes: [WordClass] = {
    var table = [WordClass](repeating: .other, count: 128)
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

  /// Appends every boundary after 0 (the last is `bytes.count`) to `boundaries`.
  static func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, into boundaries: inout [Int32]) {
    let count = bytes.count
    guard count > 0 else { return }
    classes.withUnsafeBufferPointer { table in
      @inline(__always) func cls(_ index: Int) -> WordClass {
        index < count && index >= 0 ? table[Int(bytes[index])] : .other
      }
      var index = 1
      while index < count {
        let before = table[Int(bytes[index - 1])]
        let after = table[Int(bytes[index])]
        if !isBoundary(before: before, after: after, beforeBefore: cls(index - 2), afterAfter: cls(index + 1)) {
          index += 1
          continue
        }
        boundaries.append(Int32(index))
        index += 1
      }
      boundaries.append(Int32(count))
    }
  }

  @inline(__always)
  static func isBoundary(before: WordClass, after: WordClass, beforeBefore: WordClass, afterAfter: WordClass) -> Bool {
    // WB3: CR × LF; WB3a/b: break around newlines.
    if before == .cr && after == .lf { return false }
    if before == .cr || before == .lf || before == .newline { return true }
    if after == .cr || after == .lf || after == .newline { return true }
    // WB3d: keep horizontal white space together.
    if before == .space && after == .space { return false }
    // WB5: letter × letter.
    if before == .letter && after == .letter { return false }
    // WB6/7: letter × (MidNumLet | SQ) letter (ICU has no ASCII MidLetter).
    if before == .letter && (after == .midNumLet || after == .singleQuote)
      && afterAfter == .letter
    {
      return false
    }
    if (before == .midNumLet || before == .singleQuote) && after == .letter
      && beforeBefore == .letter
    {
      return false
    }
    // WB8/9/10: digits and letters join.
    if (before == .numeric || before == .letter) && (after == .numeric || after == .letter) { return false }
    // WB11/12: numeric (MidNum | MidNumLet | SQ) × numeric.
    if (before == .midNum || before == .midNumLet || before == .singleQuote) && after == .numeric
      && beforeBefore == .numeric
    {
      return false
    }
    if before == .numeric && (after == .midNum || after == .midNumLet || after == .singleQuote)
      && afterAfter == .numeric
    {
      return false
    }
    // WB13a/b: ExtendNumLet joins letters, digits and itself.
    if (before == .letter || before == .numeric || before == .extendNumLet) && after == .extendNumLet { return false }
    if before == .extendNumLet && (after == .letter || after == .numeric) { return false }
    // WB999.
    return true
  }
}
