/// The bytes a match of a regular expression can start with, read from the pattern when a short
/// analysis can tell: a text holding none of them cannot match, and `ICURegex` skips the ICU call
/// for it (codebooks run every regular expression on every text; most texts hold none of the bytes
/// a pattern such as `/[£$€][0-9]/` starts with).
///
/// The analysis is conservative: it answers only when the pattern opens, after zero-width `^`,
/// `\A` or `\b`, with one literal character or one bracket class of literal characters and ASCII
/// ranges, not made optional by `?`, `*` or `{`, and the pattern has no `|` anywhere. Anything
/// else (groups, `.`, escapes such as `\d` that ICU reads as Unicode classes, negated or nested
/// classes) gives nil: no prefilter. Under case-insensitive matching a non-ASCII literal gives nil,
/// and every lead byte of a non-ASCII character counts as a possible start, since ICU's case
/// folding matches "k" with U+212A KELVIN SIGN and "s" with U+017F LONG S.
public enum RegexFirstBytes {
  /// A 256-entry table, true for each byte a match can start with; nil when the pattern is beyond
  /// the analysis.
  public static func table(pattern: String, caseInsensitive: Bool) -> [Bool]? {
    let scalars = Array(pattern.unicodeScalars)
    guard !scalars.isEmpty, !scalars.contains("|") else { return nil }
    let index = skippingZeroWidthOpeners(scalars, from: 0)
    guard index < scalars.count, let (first, next) = firstElement(scalars, at: index), !first.isEmpty else {
      return nil
    }
    if next < scalars.count, "?*{".unicodeScalars.contains(scalars[next]) { return nil }
    var table = [Bool](repeating: false, count: 256)
    for scalar in first {
      if caseInsensitive {
        guard scalar.isASCII else { return nil }
        let byte = UInt8(scalar.value)
        table[Int(byte)] = true
        if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
          table[Int(byte ^ 0x20)] = true
        }
      } else {
        table[Int(String(scalar).utf8.first!)] = true
      }
    }
    if caseInsensitive {
      for lead in 0xC2...0xF4 { table[lead] = true }
    }
    return table
  }

  /// The index after the zero-width openers `^`, `\A` and `\b` from `index`.
  static func skippingZeroWidthOpeners(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
    var index = index
    while index < scalars.count {
      if scalars[index] == "^" {
        index += 1
      } else if scalars[index] == "\\", index + 1 < scalars.count, "Ab".unicodeScalars.contains(scalars[index + 1]) {
        index += 2
      } else {
        break
      }
    }
    return index
  }

  /// The characters the element at `index` can match and the index after it, or nil when the
  /// element is not a literal character or a class of literal characters.
  private static func firstElement(_ scalars: [Unicode.Scalar], at index: Int) -> ([Unicode.Scalar], Int)? {
    let scalar = scalars[index]
    switch scalar {
    case "[": return bracketClass(scalars, from: index + 1)
    case "\\":
      // An escaped ASCII punctuation character is itself ("\$", "\.", "\/"); other escapes are
      // classes, properties or assertions.
      guard index + 1 < scalars.count else { return nil }
      let escaped = scalars[index + 1]
      guard escaped.isASCII, !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) else { return nil }
      return ([escaped], index + 2)
    case ".", "(", ")", "]", "{", "}", "*", "+", "?", "$", "^": return nil
    default: return ([scalar], index + 1)
    }
  }

  /// A bracket class of literal characters and ASCII ranges (`[£$€]`, `[0-9]`), read from just after
  /// its `[`; nil for a negated, nested or escaped class.
  private static func bracketClass(_ scalars: [Unicode.Scalar], from start: Int) -> ([Unicode.Scalar], Int)? {
    var members: [Unicode.Scalar] = []
    var index = start
    guard index < scalars.count, scalars[index] != "^", scalars[index] != "]" else { return nil }
    while index < scalars.count, scalars[index] != "]" {
      let scalar = scalars[index]
      guard scalar != "[", scalar != "\\", scalar != "&", scalar != "-" else { return nil }
      if index + 2 < scalars.count, scalars[index + 1] == "-", scalars[index + 2] != "]" {
        let last = scalars[index + 2]
        guard scalar.isASCII, last.isASCII, scalar.value <= last.value, last != "\\", last != "[" else { return nil }
        for value in scalar.value...last.value { members.append(Unicode.Scalar(UInt8(value))) }
        index += 3
      } else {
        members.append(scalar)
        index += 1
      }
    }
    guard index < scalars.count else { return nil }
    return (members, index + 1)
  }
}
