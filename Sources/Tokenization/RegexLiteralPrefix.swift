#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The literal text every match of a regular expression starts with, read from the pattern when a
/// short analysis can tell: an ASCII text without it cannot match, and `ICURegex` skips the ICU
/// call for it. `RegexFirstBytes` answers for a pattern that opens with a class ("[£$€]"); this one
/// for a word ("return", after inline flags and `\b`), whose first letter alone is in most texts,
/// so that a pattern built around a word costs a substring search, not a regex search per text
/// (the twenty-third session's codebook regexes made `code` 30% slower without it).
///
/// Conservative: the pattern may open with inline flags (`(?i)`, `(?im)`; not `x`) and the zero-width `^`,
/// `\A`, `\b`; then ASCII letters, digits and spaces are collected up to the first other
/// character (the last one dropped when a quantifier follows it); a top-level `|` anywhere gives
/// nil, and so does a literal of fewer than three characters. Only for a pure-ASCII text does
/// absence prove no match: ICU's case-insensitive matching folds some non-ASCII characters to
/// ASCII letters ("ſ" to "s", "K" KELVIN SIGN to "k", the ligature "ﬆ" to "st").
public enum RegexLiteralPrefix {
  /// The literal (lower-cased when the match is case-insensitive, by option or by an inline `i`
  /// flag) and whether it is compared case-insensitively; nil when the pattern is beyond the
  /// analysis.
  public static func literal(pattern: String, caseInsensitive: Bool) -> (bytes: [UInt8], caseInsensitive: Bool)? {
    let scalars = Array(pattern.unicodeScalars)
    guard !hasTopLevelAlternation(scalars) else { return nil }
    var insensitive = caseInsensitive
    var index = 0
    // Inline flags: "(?i)", "(?im)", "(?-i)".
    while index + 2 < scalars.count, scalars[index] == "(", scalars[index + 1] == "?" {
      var end = index + 2
      var on = true
      var flags: [(Unicode.Scalar, Bool)] = []
      while end < scalars.count, scalars[end] != ")" {
        let flag = scalars[end]
        if flag == "-" {
          on = false
        } else {
          guard "imsxw".unicodeScalars.contains(flag) else { return nil }
          flags.append((flag, on))
        }
        end += 1
      }
      guard end < scalars.count else { return nil }
      for (flag, on) in flags where flag == "i" { insensitive = on }
      // Free spacing: a space in the pattern is no literal space.
      if flags.contains(where: { $0 == ("x", true) }) { return nil }
      index = end + 1
    }
    index = RegexFirstBytes.skippingZeroWidthOpeners(scalars, from: index)
    var literal: [UInt8] = []
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " else {
        break
      }
      literal.append(UInt8(scalar.value))
      index += 1
    }
    if index < scalars.count, "?*{".unicodeScalars.contains(scalars[index]), !literal.isEmpty { literal.removeLast() }
    guard literal.count >= 3 else { return nil }
    if insensitive { literal = literal.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 } }
    return (literal, insensitive)
  }

  /// Whether the pure-ASCII `text` holds `literal` (ASCII letters compared without case when
  /// `caseInsensitive`, `literal` then lower-case); nil when `text` holds a non-ASCII byte (the
  /// search proves nothing then). The text is checked eight bytes at a time, then searched with
  /// `memchr` for the literal's first byte in each case.
  public static func asciiText(
    _ text: UnsafeBufferPointer<UInt8>, contains literal: [UInt8], caseInsensitive: Bool
  ) -> Bool? {
    guard let base = text.baseAddress, let first = literal.first else { return text.isEmpty ? false : nil }
    let count = text.count
    var index = 0
    var high: UInt64 = 0
    while index + 8 <= count {
      high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      index += 8
    }
    while index < count {
      high |= UInt64(base[index])
      index += 1
    }
    if high & 0x8080_8080_8080_8080 != 0 { return nil }
    let length = literal.count
    // The first byte, then its upper case when it is a letter searched without case (two locals,
    // not an array: allocating one at each call cost a third of this function's time).
    let searches = caseInsensitive && first &- 0x61 < 26 ? 2 : 1
    return literal.withUnsafeBufferPointer { wanted -> Bool in
      for search in 0..<searches {
        let byte = search == 0 ? first : first & ~0x20
        var from = 0
        while from + length <= count, let found = memchr(base + from, Int32(byte), count - from - length + 1) {
          let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          var offset = 1
          while offset < length {
            var candidate = base[start + offset]
            if caseInsensitive && candidate &- 0x41 < 26 { candidate |= 0x20 }
            if candidate != wanted[offset] { break }
            offset += 1
          }
          if offset == length { return true }
          from = start + 1
        }
      }
      return false
    }
  }

  /// Whether `|` stands outside every group and class (an alternative that may start anywhere).
  private static func hasTopLevelAlternation(_ scalars: [Unicode.Scalar]) -> Bool {
    var depth = 0
    var inClass = false
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\\" {
        index += 2
        continue
      }
      if inClass {
        if scalar == "]" { inClass = false }
      } else if scalar == "[" {
        inClass = true
      } else if scalar == "(" {
        depth += 1
      } else if scalar == ")" {
        depth -= 1
      } else if scalar == "|" && depth == 0 {
        return true
      }
      index += 1
    }
    return false
  }
}
