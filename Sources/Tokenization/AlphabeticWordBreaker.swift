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
  private static let twoByte: [UnitClass] = (0..<0x800).map { unitClass(UInt32($0), CharacterFlags(UInt32($0))) }

  /// Appends the boundaries of `region` of `bytes` (offsets from the region's start, the last being
  /// its length) to `boundaries` and returns true; or returns false, appending nothing, when the
  /// region holds a character this breaker leaves to ICU.
  mutating func boundaries(
    _ bytes: UnsafeBufferPointer<UInt8>, region: Range<Int>, flags: CharacterFlagCache, into boundaries: inout [Int32]
  ) -> Bool {
    guard readUnits(bytes, region: region, flags: flags) else { return false }
    let count = unitCount
    classes.withUnsafeBufferPointer { classes in
      ends.withUnsafeBufferPointer { ends in
        let endsWithJoiner = self.endsWithJoiner
        @inline(__always) func cls(_ index: Int) -> UnitClass {
          index >= 0 && index < count ? classes[index] : .other
        }
        @inline(__always) func isWordish(_ unitClass: UnitClass) -> Bool {
          unitClass == .letter || unitClass == .numeric || unitClass == .extendNumLet
        }
        for index in 0..<(count - 1) {
          let before = classes[index]
          let after = classes[index + 1]
          let joins: Bool
          switch (before, after) {
          case (_, .pictographic) where endsWithJoiner[index]: joins = true  // WB3c
          case (.space, .space): joins = true  // WB3d
          case (.letter, .letter), (.numeric, .numeric), (.letter, .numeric), (.numeric, .letter):
            joins = true  // WB5, WB8–WB10
          case (_, .extendNumLet): joins = isWordish(before)  // WB13a
          case (.extendNumLet, _): joins = after == .letter || after == .numeric  // WB13b
          case (.letter, .midLetter), (.letter, .midNumLetQ): joins = cls(index + 2) == .letter  // WB6
          case (.midLetter, .letter), (.midNumLetQ, .letter): joins = cls(index - 1) == .letter  // WB7
          case (.numeric, .midNum), (.numeric, .midNumLetQ): joins = cls(index + 2) == .numeric  // WB12
          case (.midNum, .numeric), (.midNumLetQ, .numeric): joins = cls(index - 1) == .numeric  // WB11
          case (.regional, .regional):
            // WB15/WB16: an odd number of regional indicators before this one in the run.
            var run = 1
            while index - run >= 0, classes[index - run] == .regional { run += 1 }
            joins = run % 2 == 1
          default: joins = false  // WB999
          }
          if !joins { boundaries.append(ends[index] - Int32(region.lowerBound)) }
        }
        boundaries.append(Int32(region.count))
      }
    }
    return true
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
                let lead = bytes[index]
                let unitClass: UnitClass
                if lead < 0x80 {
                  unitClass = ascii[Int(lead)]
                  index += 1
                } else if lead < 0xE0 {
                  unitClass = twoByte[Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)]
                  index += 2
                } else {
                  let (scalar, length) = decodeScalar(bytes, at: index)
                  unitClass = Self.unitClass(scalar, flags.flags(scalar))
                  index += length
                }
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
