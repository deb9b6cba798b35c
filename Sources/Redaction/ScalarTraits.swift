/// The Unicode properties the scanners ask of non-ASCII characters, as bits.
///
/// `Unicode.Scalar.Properties` looks each property up in the standard library's tables, and a scan
/// of mixed-script text asks for several per character. The answers for the Basic Multilingual Plane
/// (where nearly all text lives) are computed once into a 64 KiB table, from one general-category
/// look-up per scalar: Alphabetic is L, Nl and the Other_Alphabetic marks and symbols (Mn, Mc, So,
/// looked up), numeric is N (the other scalars with a numeric value are Lo, alphabetic anyway). Other
/// planes are looked up as they come.
enum ScalarTraits {
  /// Alphabetic (DerivedCoreProperties.txt).
  static let alphabetic: UInt8 = 1
  /// General category N (Nd, Nl, No: ٣, Ⅻ, ², ½).
  static let numeric: UInt8 = 2
  /// General category M: a combining mark, variation selector or enclosing keycap.
  static let mark: UInt8 = 4
  /// A letter of the Latin script (`isLatinLetter`).
  static let latin: UInt8 = 8
  /// General category L, M or N.
  static let letterMarkOrNumber: UInt8 = 16
  /// General category Nd: a decimal digit of some script.
  static let decimalDigit: UInt8 = 32
  /// A dash (general category Pd) or the minus sign U+2212: `FoldedText` reads one between digit
  /// groups as `-`.
  static let dash: UInt8 = 64
  /// An invisible format character: general category Cf and Default_Ignorable_Code_Point (ZWSP,
  /// ZWJ, soft hyphen, BOM, direction marks …), which `FoldedText` reads as not there.
  static let invisible: UInt8 = 128

  private static let basicPlane: [UInt8] = (0..<0x10000).map { value in
    guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
    return compute(scalar)
  }

  /// The traits of `scalar`.
  @inline(__always) static func of(_ scalar: Unicode.Scalar) -> UInt8 {
    scalar.value < 0x10000 ? basicPlane[Int(scalar.value)] : compute(scalar)
  }

  private static func compute(_ scalar: Unicode.Scalar) -> UInt8 {
    let latinBit = isLatinLetter(scalar.value) ? latin : 0
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return alphabetic | letterMarkOrNumber | latinBit
    case .letterNumber: return alphabetic | numeric | letterMarkOrNumber
    case .decimalNumber: return numeric | letterMarkOrNumber | decimalDigit
    case .otherNumber: return numeric | letterMarkOrNumber
    case .nonspacingMark, .spacingMark:
      return mark | letterMarkOrNumber | (scalar.properties.isAlphabetic ? alphabetic : 0)
    case .enclosingMark: return mark | letterMarkOrNumber
    case .otherSymbol: return scalar.properties.isAlphabetic ? alphabetic : 0
    case .dashPunctuation: return dash
    case .mathSymbol: return scalar.value == 0x2212 ? dash : 0
    case .format: return scalar.properties.isDefaultIgnorableCodePoint ? invisible : 0
    default: return 0
    }
  }

  /// Whether a letter is of the Latin script: ASCII, Latin-1 Supplement, Latin Extended-A and -B, IPA
  /// Extensions, Latin Extended Additional, -C, -D and -E, and the ligatures ﬀ–ﬆ. Full-width Ａ–ｚ
  /// count as another script: they are typed with an East Asian input method, like the words around
  /// them.
  static func isLatinLetter(_ value: UInt32) -> Bool {
    switch value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2AF, 0x1E00...0x1EFF, 0x2C60...0x2C7F,
      0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFB00...0xFB06:
      return true
    default: return false
    }
  }
}
