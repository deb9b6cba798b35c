/// Word boundaries for a stretch of text in alphabetic scripts (no dictionary segmentation), with
/// emoji, reproducing ICU's word break rules from each character's Word_Break property as ICU
/// reports it, without running ICU's iterator. It declines (the caller asks ICU) a stretch with a
/// character ICU segments from its dictionaries (Han, Hiragana, Katakana, Hangul syllables, Thai,
/// Lao, Khmer, Myanmar …), a Hebrew letter (WB7a–c look at quotes), a Format character, a line
/// break, a space other than ASCII's, a pictograph that is also a letter (ℹ Ⓜ 🅰 🅱 🅾 🅿), or a
/// combining mark or ZWJ with no base. `MixedScriptFastPathTests` checks it
/// against ICU; any difference is a bug here.
///
/// The rules see units (WB4: a character with the Extend and ZWJ characters after it) and join:
/// - WB3c: ZWJ × Extended_Pictographic (the ZWJ being the unit's last character).
/// - WB3d: WSegSpace × WSegSpace (ASCII spaces).
/// - WB5, WB8–WB10: letters and digits with each other ("@" is a letter in ICU's root rules).
/// - WB6/WB7: Letter × (MidLetter | MidNumLet | Single_Quote) Letter, and the other side.
/// - WB11/WB12: Numeric × (MidNum | MidNumLet | Single_Quote) Numeric, and the other side.
/// - WB13a/b: ExtendNumLet with letters, digits and itself.
/// - WB15/WB16: regional indicators in pairs.
/// Everything else breaks (WB999). ICU's root rules take ":", U+FE55 and U+FF1A out of MidLetter, so
/// they break too.
struct AlphabeticWordBreaker {
  enum UnitClass: UInt8 {
    case other, letter, numeric, midLetter, midNum, midNumLetQ, extendNumLet, space, pictographic, regional
    /// Not a unit class: a combining mark (folded into the unit before it).
    case extend
    /// Not a unit class: ZERO WIDTH JOINER (folded into the unit before it; WB3c after it).
    case zwj
    /// Not a unit class: a character this breaker leaves to ICU.
    case declined
  }

  /// Units of the current region: class, end offset, and whether the last character is ZWJ (WB3c).
  /// Sized once to the longest region seen (never more units than bytes) and written in place.
  private var classes: [UnitClass] = []
  private var ends: [Int32] = []
  private var endsWithJoiner: [Bool] = []
  private var unitCount = 0
  /// `ascii` and `twoByte`, held: reading a static per region is a `swift_once` call.
  private let asciiClasses = Self.ascii
  private let twoByteClasses = Self.twoByte
  private let rulesTable = Self.rules

  /// ASCII classes: `ASCIIWordBreaker`'s (ICU's root word rules on ASCII), with the line breaks left
  /// to ICU.
  private static let ascii: [UnitClass] = ASCIIWordBreaker.classes.prefix(128).map { byteClass in
    switch byteClass {
    case .letter: .letter
    case .numeric: .numeric
    case .midNumLet, .singleQuote: .midNumLetQ
    case .midNum: .midNum
    case .extendNumLet: .extendNumLet
    case .space: .space
    case .cr, .lf, .newline: .declined
    case .other, .typographic: .other
    }
  }

  /// The class of the character at `index`, moving `index` past it: ASCII and two-byte characters
  /// from the tables, others decoded and classified.
  @inline(__always)
  private static func nextUnitClass(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int, ascii: UnsafeBufferPointer<UnitClass>,
    twoByte: UnsafeBufferPointer<UnitClass>, flags: CharacterFlagCache
  ) -> UnitClass {
    let lead = bytes[index]
    if lead < 0x80 {
      index += 1
      return ascii[Int(lead)]
    }
    if lead < 0xE0 {
      defer { index += 2 }
      return twoByte[Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)]
    }
    let (scalar, length) = decodeScalar(bytes, at: index)
    index += length
    return unitClass(scalar, flags.flags(scalar))
  }

  /// The unit class of a non-ASCII character, from its flags.
  @inline(__always)
  private static func unitClass(_ scalar: UInt32, _ flags: CharacterFlags) -> UnitClass {
    if flags.contains(.dictionary) { return .declined }
    let wordBreak = flags.wordBreak
    // Extended_Pictographic characters with a word class of their own (ℹ Ⓜ 🅰 🅱 🅾 🅿 are ALetter)
    // would need both roles in WB3c: left to ICU (review r12).
    if flags.contains(.emoji) && wordBreak != 0 && wordBreak != 13 { return .declined }
    switch wordBreak {
    case 0: return flags.contains(.emoji) ? .pictographic : .other
    case 1: return .letter
    // ICU's root rules take the colons out of MidLetter: ":" (ASCII), U+FE55 SMALL COLON and U+FF1A
    // FULLWIDTH COLON (review r12).
    case 4: return scalar == 0xFE55 || scalar == 0xFF1A ? .other : .midLetter
    case 5: return .midNum
    case 6: return .numeric
    case 7: return .extendNumLet
    case 9: return .extend
    case 11: return .midNumLetQ
    case 13: return .regional
    case 21: return .zwj
    default: return .declined  // Format, Newline, Katakana, Hebrew_Letter, WSegSpace, and the rest
    }
  }

  /// Classes of U+0080–U+07FF (once per process).
  private static let twoByte: [UnitClass] = (0..<0x800).map { unitClass(UInt32($0), CharacterFlags.belowU0800[$0]) }

  /// What the rules say between two units (WB3c, which depends on the ZWJ, aside): join, break, or
  /// look one unit further on either side, or count the regional indicators before.
  enum Rule: UInt8 {
    case breaks, joins, letterAfter, letterBefore, numericAfter, numericBefore, regionalPair
  }

  /// The rule between units of classes `before` and `after` (the UAX #29 rules listed above).
  static func rule(_ before: UnitClass, _ after: UnitClass) -> Rule {
    func isWordish(_ unitClass: UnitClass) -> Bool {
      unitClass == .letter || unitClass == .numeric || unitClass == .extendNumLet
    }
    switch (before, after) {
    case (.space, .space): return .joins  // WB3d
    case (.letter, .letter), (.numeric, .numeric), (.letter, .numeric), (.numeric, .letter):
      return .joins  // WB5, WB8–WB10
    case (_, .extendNumLet): return isWordish(before) ? .joins : .breaks  // WB13a
    case (.extendNumLet, _): return after == .letter || after == .numeric ? .joins : .breaks  // WB13b
    case (.letter, .midLetter), (.letter, .midNumLetQ): return .letterAfter  // WB6
    case (.midLetter, .letter), (.midNumLetQ, .letter): return .letterBefore  // WB7
    case (.numeric, .midNum), (.numeric, .midNumLetQ): return .numericAfter  // WB12
    case (.midNum, .numeric), (.midNumLetQ, .numeric): return .numericBefore  // WB11
    case (.regional, .regional): return .regionalPair  // WB15/WB16
    default: return .breaks  // WB999
    }
  }

  /// `rule` for every pair of unit classes, indexed `before * 16 + after`.
  private static let rules: [Rule] = (0..<256).map { pair in
    guard let before = UnitClass(rawValue: UInt8(pair >> 4)), let after = UnitClass(rawValue: UInt8(pair & 15)) else {
      return .breaks
    }
    return rule(before, after)
  }

  /// Appends the boundaries of `region` of `bytes` (offsets from the region's start, the last being
  /// its length) to `boundaries` and returns true; or returns false, appending nothing, when the
  /// region holds a character this breaker leaves to ICU.
  mutating func boundaries(
    _ bytes: UnsafeBufferPointer<UInt8>, region: Range<Int>, flags: CharacterFlagCache, into boundaries: inout [Int32]
  ) -> Bool {
    guard readUnits(bytes, region: region, flags: flags) else { return false }
    let count = unitCount
    let lowerBound = Int32(region.lowerBound)
    // The boundaries are written over `ends` (the one for unit `index` once the rule for it has
    // read its end; never ahead of it) and appended in one step.
    var found = 0
    rulesTable.withUnsafeBufferPointer { rules in
      classes.withUnsafeBufferPointer { classes in
        endsWithJoiner.withUnsafeBufferPointer { endsWithJoiner in
          ends.withUnsafeMutableBufferPointer { ends in
            @inline(__always) func cls(_ index: Int) -> UnitClass {
              index >= 0 && index < count ? classes[index] : .other
            }
            // Regional indicators in a row ending at `index`, kept as the loop goes: counting the run
            // back from each one was quadratic in a run of flags typed without spaces (QA review 32, H2).
            var regionalRun = 0
            for index in 0..<(count - 1) {
              let before = classes[index]
              let after = classes[index + 1]
              regionalRun = before == .regional ? regionalRun + 1 : 0
              let joins: Bool
              if after == .pictographic && endsWithJoiner[index] {
                joins = true  // WB3c
              } else {
                switch rules[Int(before.rawValue) << 4 | Int(after.rawValue)] {
                case .breaks: joins = false
                case .joins: joins = true
                case .letterAfter: joins = cls(index + 2) == .letter
                case .letterBefore: joins = cls(index - 1) == .letter
                case .numericAfter: joins = cls(index + 2) == .numeric
                case .numericBefore: joins = cls(index - 1) == .numeric
                case .regionalPair:
                  // WB15/WB16: an odd number of regional indicators before this one in the run.
                  joins = regionalRun % 2 == 1
                }
              }
              if !joins {
                ends[found] = ends[index] - lowerBound
                found += 1
              }
            }
            ends[found] = Int32(region.count)
            found += 1
          }
        }
      }
    }
    ends.withUnsafeBufferPointer { ends in boundaries.append(contentsOf: UnsafeBufferPointer(rebasing: ends[0..<found]))
    }
    return true
  }

  /// Whether `boundaries` would decline `range`: it holds a character left to ICU, or it starts with
  /// a combining mark or ZWJ (no base), or it is empty. Reads the characters as `readUnits` does,
  /// storing nothing. (Mutating only so that a caller's stored breaker is used in place, not copied.)
  mutating func declines(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, flags: CharacterFlagCache) -> Bool {
    asciiClasses.withUnsafeBufferPointer { ascii in
      twoByteClasses.withUnsafeBufferPointer { twoByte in
        var index = range.lowerBound
        var first = true
        while index < range.upperBound {
          let unitClass = Self.nextUnitClass(bytes, at: &index, ascii: ascii, twoByte: twoByte, flags: flags)
          switch unitClass {
          case .declined: return true
          case .extend, .zwj: if first { return true }
          default: break
          }
          first = false
        }
        return first
      }
    }
  }

  /// Reads the region into units; false when it holds a declined character.
  private mutating func readUnits(
    _ bytes: UnsafeBufferPointer<UInt8>, region: Range<Int>, flags: CharacterFlagCache
  ) -> Bool {
    if classes.count < region.count {
      classes = [UnitClass](repeating: .other, count: region.count)
      ends = [Int32](repeating: 0, count: region.count)
      endsWithJoiner = [Bool](repeating: false, count: region.count)
    }
    var units = 0
    let accepted = asciiClasses.withUnsafeBufferPointer { ascii in
      twoByteClasses.withUnsafeBufferPointer { twoByte in
        classes.withUnsafeMutableBufferPointer { classes in
          ends.withUnsafeMutableBufferPointer { ends in
            endsWithJoiner.withUnsafeMutableBufferPointer { joiners in
              var index = region.lowerBound
              while index < region.upperBound {
                let unitClass = Self.nextUnitClass(bytes, at: &index, ascii: ascii, twoByte: twoByte, flags: flags)
                switch unitClass {
                case .declined: return false
                case .extend, .zwj:
                  guard units > 0 else { return false }  // a mark with no base: ICU's WB4 start rules
                  ends[units - 1] = Int32(index)
                  joiners[units - 1] = unitClass == .zwj
                default:
                  classes[units] = unitClass
                  ends[units] = Int32(index)
                  joiners[units] = false
                  units += 1
                }
              }
              return units > 0
            }
          }
        }
      }
    }
    unitCount = units
    return accepted
  }
}
