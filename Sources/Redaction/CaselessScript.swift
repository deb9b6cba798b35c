/// The scripts without letter case in which names are written after an English cue ("my name is
/// 田中太郎", "name: محمد"), told apart by their Unicode blocks (Unicode 15, Blocks.txt), since the
/// standard library exposes no Script property.
///
/// A name is the run of letters of one such script: Japanese writes particles glued to a name in
/// another script ("田中太郎です": Han, then Hiragana), so the name ends where the script changes.
/// Combining marks of the script's block (Arabic harakat, Devanagari vowel signs, Thai vowels) stay
/// in the run; Latin, Greek and Cyrillic have case and are judged by the capital-letter rules.
enum CaselessScript: Equatable {
  case han, hiragana, katakana, hangul, arabic, hebrew, devanagari, bengali, tamil, thai

  /// The script of `scalar` when it is a letter or mark of one of these scripts, else nil.
  init?(_ scalar: Unicode.Scalar) {
    let properties = scalar.properties
    guard
      properties.isAlphabetic || properties.generalCategory == .nonspacingMark
        || properties.generalCategory == .spacingMark
    else { return nil }
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F, 0x3005: self = .han
    case 0x3041...0x309F: self = .hiragana
    case 0x30A1...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: self = .katakana
    case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3131...0x318E: self = .hangul
    case 0x0600...0x06FF, 0x0750...0x077F: self = .arabic
    case 0x05D0...0x05EA, 0x0591...0x05C7: self = .hebrew
    case 0x0900...0x097F: self = .devanagari
    case 0x0980...0x09FF: self = .bengali
    case 0x0B80...0x0BFF: self = .tamil
    case 0x0E01...0x0E4E: self = .thai
    default: return nil
    }
  }
}
